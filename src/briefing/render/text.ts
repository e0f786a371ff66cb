/** Terminal text: the whole card (no surface limits), [n] citation markers and a numbered source list. */
import type { BriefingCard } from '../card.ts';
import { emptyNote, headerTitle, isEmpty, morePointer, subtitle } from './parts.ts';
import { cardSections, type Style } from './sections.ts';

const plain: Style = {
  esc: (s) => s,
  cut: (s) => s.trim(),
  bold: (s) => s,
  link: (url, label) => (url ? `${label} <${url}>` : label),
  bullet: '  • ',
};

export function renderText(card: BriefingCard): string {
  const out = [headerTitle(card), subtitle(card)];
  if (isEmpty(card)) out.push('', emptyNote(card));
  for (const s of cardSections(card, plain)) {
    out.push('', s.id === 'changes' && card.since ? `${s.title} since ${card.since}` : s.title);
    out.push(...(s.id === 'sources' ? s.lines.map((l) => `  ${l}`) : s.lines));
  }
  const more = morePointer(card, 0);
  if (more) out.push('', `More: ${more.replace(/^more: /, '')}`);
  return out.join('\n') + '\n';
}
