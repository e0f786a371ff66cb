/**
 * The briefing card as a web page: every section of the card, each citation a link to the cited
 * sentence of the stored article, the sources with their original URLs, a timeline, and links to
 * the other pages of a long card. Pure: card + links in, HTML out.
 */
import type { BriefingCard, CardSource } from '../../src/briefing/card.ts';
import type { Citation } from '../../src/facts/schema.ts';
import { attribution, formatTime, quoteWords, SECTION_TITLE, sourceNumbers } from '../../src/briefing/render/parts.ts';
import { esc, externalLink, humanDate, layout } from './html.ts';

export interface PageLinks {
  card(topic: string, opts: { since?: string | null; page?: number }): string;
  article(articleId: string, sentenceIndex?: number): string;
}

function citeLinks(card: BriefingCard, nums: Map<string, number>, cites: readonly Citation[], links: PageLinks): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cites) {
    const n = nums.get(c.articleId);
    const key = `${c.articleId}#${c.sentenceIndex}`;
    if (n === undefined || seen.has(key)) continue;
    seen.add(key);
    const src = card.sources[n - 1];
    const label = `Source ${n}${src?.outlet ? ` (${src.outlet})` : ''}, sentence ${c.sentenceIndex + 1}`;
    out.push(`<a class="cite" href="${esc(links.article(c.articleId, c.sentenceIndex))}" aria-label="${esc(label)}" title="${esc(label)}">[${n}]</a>`);
  }
  return out.length ? ` <span class="cites">${out.join('')}</span>` : '';
}

function section(id: string, title: string, items: string[], ordered = false): string {
  if (!items.length) return '';
  const tag = ordered ? 'ol' : 'ul';
  return `<section aria-labelledby="h-${id}" class="sec sec-${id}">\n<h2 id="h-${id}">${esc(title)}</h2>\n<${tag}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</${tag}>\n</section>`;
}

function sourceItem(s: CardSource, links: PageLinks): string {
  const meta = [s.outlet, s.published ? humanDate(s.published) : null].filter(Boolean).join(' · ');
  const original = s.url ? ` · ${externalLink(s.url, 'original')}` : '';
  return `<a href="${esc(links.article(s.articleId))}">${esc(s.headline)}</a>${meta ? ` <span class="meta">${esc(meta)}</span>` : ''}${original}`;
}

export function cardPage(card: BriefingCard, links: PageLinks, timeline: string): string {
  const nums = sourceNumbers(card);
  const cl = (cites: readonly Citation[]) => citeLinks(card, nums, cites, links);
  const when = (w: string | null) => (w ? `<time class="when" datetime="${esc(w)}">${esc(humanDate(w))}</time> — ` : '');
  const title = card.pages > 1 ? `${card.title} (page ${card.page} of ${card.pages})` : card.title;
  const sub = [`As of ${formatTime(card.asOf)}`, card.since ? `new since ${formatTime(card.since)}` : null, `${card.sources.length} source${card.sources.length === 1 ? '' : 's'}`]
    .filter(Boolean)
    .join(' · ');

  const parts: string[] = [];
  parts.push(`<header class="head">\n<p class="kicker">Briefing · <span class="topic">${esc(card.topic)}</span></p>\n<h1>${esc(title)}</h1>\n<p class="sub">${esc(sub)}</p>\n</header>`);
  const empty = !card.changes.length && !card.tldr.length && !card.developments.length && !card.quotes.length && !card.positions.length && !card.disputes.length && !card.next.length;
  if (empty) parts.push(`<p class="lead">${esc(card.since ? `Nothing new since ${formatTime(card.since)}.` : 'No stored articles on this topic yet.')}</p>`);
  if (timeline) {
    parts.push(
      `<figure class="tl">\n${timeline}\n<figcaption>Articles per day on this topic over the period the card covers; <span class="mark-key" aria-hidden="true">▼</span> marks the days of the card's developments.</figcaption>\n</figure>`,
    );
  }
  const changesTitle = card.since ? `${SECTION_TITLE.changes} since ${formatTime(card.since)}` : SECTION_TITLE.changes;
  parts.push(section('changes', changesTitle, card.changes.map((l) => `${esc(l.text)}${cl(l.cites)}`)));
  parts.push(section('tldr', SECTION_TITLE.tldr, card.tldr.map((l) => `${esc(l.text)}${cl(l.cites)}`)));
  parts.push(section('developments', SECTION_TITLE.developments, card.developments.map((l) => `${when(l.when)}${esc(l.text)}${cl(l.cites)}`)));
  parts.push(
    section(
      'quotes',
      SECTION_TITLE.quotes,
      card.quotes.map((q) => `<strong>${esc(attribution(q))}</strong>: <span class="words ${q.kind}">${esc(quoteWords(q))}</span>${cl(q.cites)}`),
    ),
  );
  parts.push(
    section(
      'disputes',
      SECTION_TITLE.disputes,
      card.disputes.map((d) => {
        const claim = `<strong>Claim${d.claimSource ? ` (${esc(d.claimSource)})` : ''}</strong>: ${esc(d.claim)}`;
        const resp =
          d.response && d.responseKind
            ? `<br><strong>${d.responseKind === 'denied' ? 'Denied' : 'Confirmed'}${d.responder ? ` by ${esc(d.responder)}` : ''}</strong>: ${esc(d.response)}`
            : `<br><span class="meta">No response reported.</span>`;
        return `${claim}${resp}${cl(d.cites)}`;
      }),
    ),
  );
  parts.push(section('next', SECTION_TITLE.next, card.next.map((l) => `${l.when ? `<strong>${esc(l.when)}</strong> — ` : ''}${esc(l.text)}${cl(l.cites)}`)));
  parts.push(section('positions', SECTION_TITLE.positions, card.positions.map((p) => `<strong>${esc(p.party)}</strong>: ${esc(p.stance)}${cl(p.cites)}`)));
  parts.push(section('sources', SECTION_TITLE.sources, card.sources.map((s) => sourceItem(s, links)), true));
  if (card.pages > 1) {
    const nav: string[] = [];
    if (card.page > 1) nav.push(`<a rel="prev" href="${esc(links.card(card.topic, { since: card.since, page: card.page - 1 }))}">← Page ${card.page - 1}</a>`);
    nav.push(`<span>Page ${card.page} of ${card.pages}</span>`);
    if (card.page < card.pages) nav.push(`<a rel="next" href="${esc(links.card(card.topic, { since: card.since, page: card.page + 1 }))}">Page ${card.page + 1} →</a>`);
    parts.push(`<nav class="pager" aria-label="Pages of this card">${nav.join(' ')}</nav>`);
  }
  return layout({ title: card.title, body: parts.filter(Boolean).join('\n') });
}
