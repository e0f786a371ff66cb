/** A card as surface-neutral sections of lines, written through a surface's style (escaping, bold, links). */
import type { BriefingCard } from '../card.ts';
import { attribution, markers, type CardLinks, quoteWords, SECTION_TITLE, sourceLabel, sourceNumbers } from './parts.ts';
import type { Section } from './trim.ts';

export interface Style {
  /** Escape a short piece of user text (a name, a role). */
  esc: (raw: string) => string;
  /** Escape one item of user text, cut to the surface's line budget (at a word boundary, with "…"). */
  cut: (raw: string) => string;
  /** Bold a piece of already escaped text. */
  bold: (escaped: string) => string;
  /** A link with a raw label (the style escapes and cuts the label; the link itself is never cut). */
  link: (url: string | null, rawLabel: string) => string;
  bullet: string;
}

function withMarkers(text: string, m: string): string {
  return m ? `${text} ${m}` : text;
}

export function cardSections(card: BriefingCard, st: Style, links?: CardLinks): Section[] {
  const nums = sourceNumbers(card);
  const cite = links ? (c: Parameters<typeof markers>[1][number], label: string) => st.link(links.article(c.articleId, c.sentenceIndex), label) : undefined;
  const mk = (c: Parameters<typeof markers>[1]) => markers(nums, c, undefined, cite);
  const b = st.bullet;
  const sections: Section[] = [
    { id: 'changes', title: SECTION_TITLE.changes, lines: card.changes.map((l) => withMarkers(`${b}${st.cut(l.text)}`, mk(l.cites))) },
    { id: 'tldr', title: SECTION_TITLE.tldr, lines: card.tldr.map((l) => withMarkers(`${b}${st.cut(l.text)}`, mk(l.cites))) },
    {
      id: 'developments',
      title: SECTION_TITLE.developments,
      lines: card.developments.map((l) => withMarkers(`${b}${l.when ? `${st.bold(st.esc(l.when))} — ` : ''}${st.cut(l.text)}`, mk(l.cites))),
    },
    {
      id: 'quotes',
      title: SECTION_TITLE.quotes,
      lines: card.quotes.map((q) => withMarkers(`${b}${st.bold(st.esc(attribution(q)))}: ${quoteWords(q, st.cut(q.text))}`, mk(q.cites))),
    },
    {
      id: 'disputes',
      title: SECTION_TITLE.disputes,
      lines: card.disputes.map((d) => {
        const claim = `${st.bold(st.esc(`Claim${d.claimSource ? ` (${d.claimSource})` : ''}`))}: ${st.cut(d.claim)}`;
        const resp =
          d.response && d.responseKind
            ? ` ⟷ ${st.bold(st.esc(`${d.responseKind === 'denied' ? 'Denied' : 'Confirmed'}${d.responder ? ` by ${d.responder}` : ''}`))}: ${st.cut(d.response)}`
            : ` ⟷ ${st.esc('(no response reported)')}`;
        return withMarkers(`${b}${claim}${resp}`, mk(d.cites));
      }),
    },
    {
      id: 'next',
      title: SECTION_TITLE.next,
      lines: card.next.map((l) => withMarkers(`${b}${l.when ? `${st.bold(st.esc(l.when))} — ` : ''}${st.cut(l.text)}`, mk(l.cites))),
    },
    {
      id: 'positions',
      title: SECTION_TITLE.positions,
      lines: card.positions.map((p) => withMarkers(`${b}${st.bold(st.esc(p.party))}: ${st.cut(p.stance)}`, mk(p.cites))),
    },
    {
      id: 'sources',
      title: SECTION_TITLE.sources,
      lines: card.sources.map((s, i) => `${links ? st.link(links.article(s.articleId), `[${i + 1}]`) : `[${i + 1}]`} ${st.link(s.url, sourceLabel(s))}${s.published ? ` (${st.esc(s.published.slice(0, 10))})` : ''}`),
    },
  ];
  return sections.filter((s) => s.lines.length);
}
