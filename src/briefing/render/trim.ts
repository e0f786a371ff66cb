/**
 * Fitting a card into a surface: cut text at a word boundary with an ellipsis (never mid-word,
 * never inside a link, which is added after cutting), and drop whole lines by importance until
 * the rendered result fits.
 */

export const ELLIPSIS = '…';

/** `s` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function cutAtWord(s: string, max: number): string {
  const t = s.trim();
  if (t.length <= max) return t;
  if (max < 2) return ELLIPSIS.slice(0, max);
  let cut = t.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > 0) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // one giant word: never split a surrogate pair
  cut = cut.replace(/[\s,;:–—-]+$/u, '');
  return cut + ELLIPSIS;
}

/**
 * Cut raw text so that, once passed through `escapeText`, it is at most `hardCap` characters
 * (escaping may lengthen it: `&` -> `&amp;`). The cut happens before escaping, so no entity or
 * escape sequence is ever split.
 */
export function cutEscaped(raw: string, softMax: number, hardCap: number, escapeText: (s: string) => string): string {
  let max = softMax;
  for (;;) {
    const out = escapeText(cutAtWord(raw, max));
    if (out.length <= hardCap || max <= 8) return out.length <= hardCap ? out : escapeText(cutAtWord(raw, 1));
    max = Math.max(8, Math.floor((max * hardCap) / out.length) - 1);
  }
}

/** Sections of a card, in the order they are shown. */
export type SectionId = 'changes' | 'tldr' | 'developments' | 'quotes' | 'disputes' | 'next' | 'positions' | 'sources';

/** What goes first when a card must be shortened: least important first. */
export const DROP_ORDER: readonly SectionId[] = ['sources', 'positions', 'next', 'disputes', 'developments', 'quotes', 'tldr', 'changes'];

export interface Section {
  id: SectionId;
  title: string;
  /** Rendered lines, most important first. */
  lines: string[];
}

/**
 * Drop the last line of the least important non-empty section until `fits` holds (or nothing is
 * left to drop). Returns the kept sections (empty ones removed) and how many lines were dropped.
 */
export function trimSections(sections: Section[], fits: (s: Section[]) => boolean): { sections: Section[]; dropped: number } {
  const work = sections.map((s) => ({ ...s, lines: [...s.lines] })).filter((s) => s.lines.length);
  let dropped = 0;
  while (!fits(work)) {
    const victim = DROP_ORDER.map((id) => work.find((s) => s.id === id && s.lines.length)).find(Boolean);
    if (!victim) break;
    victim.lines.pop();
    dropped++;
    if (!victim.lines.length) work.splice(work.indexOf(victim), 1);
  }
  return { sections: work, dropped };
}
