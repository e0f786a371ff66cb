/** Text helpers for ranking and de-duplication: normalised forms, content tokens, similarity. */
import { normaliseText } from '../../articles/article.ts';

const STOP = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being it its this that these those ' +
    'he she they them his her their we our you your i me my us not no so if than then there here who whom which what when ' +
    'where why how all any both each few more most other some such only own same too very can will just should would could ' +
    'has have had do does did said says say told also after before about into over under again further once while during ' +
    'up down out off until against between through per via s t'
  ).split(' '),
);

/** Normalised text with quotation marks and punctuation folded away (exact-duplicate key). */
export function normKey(text: string): string {
  return (ASCII.test(text) ? text.toLowerCase().replace(/\s+/g, ' ').trim() : normaliseText(text))
    .replace(/["'.,;:!?()[\]…-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Distinct content tokens (lowercase, accents folded, stopwords and 1-letter tokens dropped). */
export function contentTokens(text: string): string[] {
  // Stored texts never change and the same ones come back on every /brief: remember them (bounded).
  const hit = TOKENS.get(text);
  if (hit) return hit;
  const toks = tokenize(text);
  if (TOKENS.size >= TOKENS_MAX) TOKENS.delete(TOKENS.keys().next().value!);
  TOKENS.set(text, toks);
  return toks;
}

const TOKENS = new Map<string, string[]>();
const TOKENS_MAX = 100_000;

function tokenize(text: string): string[] {
  const out = new Set<string>();
  const folded = fold(text);
  for (const w of folded.split(ASCII.test(folded) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)) {
    if ((w.length < 2 && !(w >= "0" && w <= "9")) || STOP.has(w)) continue;
    out.add(w);
  }
  return [...out];
}

/** Jaccard similarity of a token list against a token set. */
export function jaccard(a: readonly string[], b: ReadonlySet<string>): number {
  if (!a.length && !b.size) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.length + b.size - inter);
}

/** Lowercase with accents folded (for whole-text "mentions" checks). */
export function fold(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Share of a sentence's characters that sit inside quotation marks (“…” or "…"). */
export function quotedShare(text: string): number {
  if (!text.length) return 0;
  let inside = 0;
  let i = 0;
  for (;;) {
    const a = text.indexOf('"', i);
    const b = text.indexOf('“', i);
    const open = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (open < 0) break;
    const close = text.indexOf(text[open] === '"' ? '"' : '”', open + 1);
    if (close < 0) {
      inside += text.length - open - 1;
      break;
    }
    inside += close - open - 1;
    i = close + 1;
  }
  return inside / text.length;
}

/** Stable string comparison (no locale). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
