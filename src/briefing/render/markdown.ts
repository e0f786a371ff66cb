/** Markdown (README, web): the whole card, headings per section, linked sources. */
import type { BriefingCard } from '../card.ts';
import { emptyNote, headerTitle, isEmpty, morePointer, safeUrl, subtitle } from './parts.ts';
import { cardSections, type Style } from './sections.ts';

/** Escape Markdown specials and raw HTML in user text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** An http(s) URL (the shared check) with the characters that would end a Markdown link percent-encoded. */
function mdUrl(url: string | null): string | null {
  return safeUrl(url)?.replace(/[()\s<>]/g, (c) => encodeURIComponent(c)) ?? null;
}

const md: Style = {
  esc: escapeMarkdown,
  cut: (s) => escapeMarkdown(s.trim()),
  bold: (s) => `**${s}**`,
  link: (url, label) => {
    const u = mdUrl(url);
    return u ? `[${escapeMarkdown(label)}](${u})` : escapeMarkdown(label);
  },
  bullet: '- ',
};

export function renderMarkdown(card: BriefingCard): string {
  const out = [`# ${escapeMarkdown(headerTitle(card))}`, '', `_${escapeMarkdown(subtitle(card))}_`];
  if (isEmpty(card)) out.push('', escapeMarkdown(emptyNote(card)));
  for (const s of cardSections(card, md)) {
    out.push('', `## ${s.id === 'changes' && card.since ? `${s.title} since ${escapeMarkdown(card.since)}` : s.title}`, '');
    out.push(...(s.id === 'sources' ? s.lines.map((l) => `${l}  `) : s.lines));
  }
  const more = morePointer(card, 0);
  if (more) out.push('', `More: \`${more.replace(/^more: /, '')}\``);
  return out.join('\n') + '\n';
}
