/**
 * "What's new since T": template sentences. Only labels and connecting words are template text;
 * names come from the facts, and nothing here is presented as a quotation.
 */
import type { Citation } from '../../facts/schema.ts';
import type { CardLine } from '../card.ts';
import type { RankedDispute } from './disputes.ts';
import type { RankedQuote } from './quotes.ts';

function list(names: string[], max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function reportName(source: string | null): string {
  if (!source) return 'a report';
  return `the ${source.replace(/^the\s+/i, '')} report`;
}

export function describeChanges(opts: {
  /** The new articles, each with its first sentence's citation (null when it has none). */
  newArticles: readonly { lead: Citation | null }[];
  disputes: readonly RankedDispute[];
  quotes: readonly RankedQuote[];
  newNext: number;
  maxCites: number;
}): CardLine[] {
  const { newArticles, disputes, quotes, newNext, maxCites } = opts;
  if (!newArticles.length) return [];
  const lines: CardLine[] = [];
  for (const d of disputes.filter((x) => x.response && x.responder).slice(0, 3)) {
    lines.push({ text: `${d.responder} ${d.responseKind} ${reportName(d.claimSource)}`, when: null, cites: [d.cites[1] ?? d.cites[0]] });
  }
  const parts = [`${newArticles.length} new article${newArticles.length === 1 ? '' : 's'}`];
  const speakers: string[] = [];
  for (const q of quotes) if (q.quote.speaker && !speakers.includes(q.quote.speaker)) speakers.push(q.quote.speaker);
  if (speakers.length) parts.push(`new quotes from ${list(speakers)}`);
  if (newNext) parts.push(`${newNext} new scheduled event${newNext === 1 ? '' : 's'}`);
  const cites: Citation[] = [];
  for (const a of newArticles) {
    if (a.lead) cites.push(a.lead);
    if (cites.length >= maxCites) break;
  }
  if (cites.length) lines.push({ text: parts.join('; '), when: null, cites });
  return lines;
}
