/** Pieces every renderer shares: section titles, citation markers, attributions, dates, pointers. */
import type { Citation } from '../../facts/schema.ts';
import type { BriefingCard, CardQuote, CardSource } from '../card.ts';
import type { SectionId } from './trim.ts';

/** At most this many citation markers per item ([1][2][3]+4). */
export const MAX_MARKERS = 3;

export const SECTION_TITLE: Record<SectionId, string> = {
  changes: "What's new",
  tldr: 'TL;DR',
  developments: 'Developments',
  quotes: 'Who said what',
  disputes: 'Disputed',
  next: "What's next",
  positions: 'Positions',
  sources: 'Sources',
};

/**
 * Links to the card and its cited sentences as web pages (src/web/links.ts builds them, signed,
 * when PUBLIC_URL is set). Renderers given none look as they always did.
 */
export interface CardLinks {
  /** The card as a web page (for the title). */
  card: string;
  /** A stored article, at a sentence when given. */
  article(articleId: string, sentenceIndex?: number): string;
}

/** Article id -> 1-based source number. */
export function sourceNumbers(card: BriefingCard): Map<string, number> {
  return new Map(card.sources.map((s, i) => [s.articleId, i + 1]));
}

/**
 * "[1][3]+2": one marker per cited article, at most MAX_MARKERS. With `link`, each marker links to
 * the first sentence of that article the item cites.
 */
export function markers(
  nums: Map<string, number>,
  cites: readonly Citation[],
  max = MAX_MARKERS,
  link?: (c: Citation, label: string) => string,
): string {
  const seen: number[] = [];
  const first: Citation[] = [];
  for (const c of cites) {
    const n = nums.get(c.articleId);
    if (n !== undefined && !seen.includes(n)) (seen.push(n), first.push(c));
  }
  const shown = seen
    .slice(0, max)
    .map((n, i) => (link ? link(first[i], `[${n}]`) : `[${n}]`))
    .join('');
  return seen.length > max ? `${shown}+${seen.length - max}` : shown;
}

/** "Dmitry Peskov (Kremlin spokesman), 2025-04-25" */
export function attribution(q: CardQuote): string {
  const who = q.speaker ?? 'Unnamed source';
  const role = q.role ? ` (${q.role})` : '';
  const when = q.saidOn ? `, ${q.saidOn.slice(0, 10)}` : '';
  const via = q.via ? `, via ${q.via}` : '';
  return `${who}${role}${when}${via}`;
}

/**
 * The words of a quote as shown: direct and partial in quotation marks; reported speech marked,
 * never quoted, and led by its cue verb ("(reported) ruled out: ceding territory ...").
 */
export function quoteWords(q: CardQuote, words: string = q.text): string {
  if (q.kind !== 'reported') return `“${words}”`;
  const cue = q.cue && /^[\p{L} -]{2,40}$/u.test(q.cue) && !/^(said|says|according to)$/i.test(q.cue) ? `${q.cue}: ` : '';
  return `(reported) ${cue}${words}`;
}

/** "2025-04-26 12:00 UTC" from an ISO time (or the input when it does not parse). */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}

export function sourceLabel(s: CardSource): string {
  return [s.outlet, s.headline].filter(Boolean).join(' — ');
}

/** The command that shows page `page` of a topic's card. */
export function pageCommand(topic: string, page: number): string {
  return `/brief ${topic} page:${page}`;
}

/** The "more" pointer for a rendered page: the next page when there is one, else the full text card. */
export function morePointer(card: BriefingCard, dropped: number): string | null {
  if (card.page < card.pages) {
    const left = dropped ? `${dropped} item${dropped === 1 ? '' : 's'} left out here; ` : '';
    return `${left}more: ${pageCommand(card.topic, card.page + 1)}`;
  }
  const notes: string[] = [];
  if (dropped) notes.push(`${dropped} item${dropped === 1 ? '' : 's'} left out here; full card: briefbot brief ${card.topic} page:${card.page} --format text`);
  const o = card.omitted;
  if (o) {
    const what = (
      [
        [o.developments, 'older development'],
        [o.quotes, 'quote'],
        [o.positions, 'position'],
        [o.disputes, 'dispute'],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`);
    notes.push(`Also on file: ${what.join(', ')}. Narrow it: /brief ${card.topic} since:DATE, or /who-said NAME ${card.topic}`);
  }
  return notes.length ? notes.join(' · ') : null;
}

/**
 * The one URL check every surface uses before making a link: an absolute http(s) URL, normalised
 * (WHATWG URL: spaces, quotes and angle brackets in the query percent-encoded); null for anything
 * else (javascript:, data:, relative, unparsable). Each surface then escapes it for its own markup.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function headerTitle(card: BriefingCard): string {
  return card.pages > 1 ? `${card.title} (${card.page}/${card.pages})` : card.title;
}

export function subtitle(card: BriefingCard): string {
  const parts = [`As of ${formatTime(card.asOf)}`];
  if (card.since) parts.push(`new since ${formatTime(card.since)}`);
  parts.push(`${card.sources.length} source${card.sources.length === 1 ? '' : 's'}`);
  if (card.pages > 1) parts.push(`page ${card.page} of ${card.pages}`);
  return parts.join(' · ');
}

export function isEmpty(card: BriefingCard): boolean {
  return !card.tldr.length && !card.developments.length && !card.quotes.length && !card.positions.length && !card.disputes.length && !card.next.length && !card.changes.length;
}

export function emptyNote(card: BriefingCard): string {
  return card.since ? `Nothing new since ${formatTime(card.since)}.` : 'No stored articles on this topic yet.';
}
