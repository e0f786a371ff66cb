/**
 * Facts -> BriefingCard. Pure and deterministic: the same input gives the same card (every sort has
 * a stable tie-break). Cost is bounded: only the newest MAX_CARD_ARTICLES articles are read, and of
 * each only its first LEAD_SENTENCES sentences plus its fact lists, so a card is built in a few
 * milliseconds whatever the archive size.
 */
import type { Citation } from '../../facts/schema.ts';
import type { StoredArticle } from '../../store/store.ts';
import type { BriefingCard, CardLine, CardSource } from '../card.ts';
import type { Topic } from '../topic.ts';
import { describeChanges } from './changes.ts';
import { rankDisputes } from './disputes.ts';
import { rankNext } from './next.ts';
import { rankPositions } from './positions.ts';
import { rankQuotes, roundRobin } from './quotes.ts';
import { clusterStories, sentenceCandidates, topicLexicon, type Story } from './sentences.ts';
import { cmp, fold, jaccard } from './text.ts';
import { articleWindow, type WindowArticle } from './window.ts';

export interface BuildCardInput {
  topic: Topic;
  articles: StoredArticle[];
  /** ISO date-time the card is built at ("as of"); scheduled events before its day drop off. */
  now: string;
  /** Only facts first stored after this ISO time (and a sentence saying what changed). */
  since?: string | null;
  /** 1-based page of a long card. */
  page?: number;
}

/** Items per page for each section (the TL;DR and "what changed" are on page 1 only). */
export const PAGE_SIZE = { tldr: 3, developments: 6, quotes: 6, positions: 5, disputes: 4, next: 5 } as const;
/** At most this many citations per item (the representative first, then the newest outlets). */
export const MAX_CITES_PER_ITEM = 8;
/** A TL;DR sentence this similar to one already chosen adds nothing. */
const TLDR_DIVERSITY = 0.35;

function slice<T>(items: readonly T[], size: number, page: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

function capCites(cites: Citation[]): Citation[] {
  return cites.slice(0, MAX_CITES_PER_ITEM);
}

function pickTldr(stories: Story[]): Story[] {
  const byScore = [...stories].sort((a, b) => b.score - a.score || cmp(b.when, a.when) || cmp(a.text, b.text));
  const chosen: Story[] = [];
  for (const s of byScore) {
    if (chosen.length >= PAGE_SIZE.tldr) break;
    if (chosen.length >= 2 && s.score < 0.6 * chosen[0].score) break;
    if (chosen.some((c) => jaccard(s.tokens, new Set(c.tokens)) >= TLDR_DIVERSITY)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => cmp(b.when, a.when) || b.score - a.score || cmp(a.text, b.text));
}

export function buildCard(input: BuildCardInput): BriefingCard {
  const { topic, now } = input;
  const since = input.since ?? null;
  const sinceMs = since ? Date.parse(since) : NaN;
  const isNew = (stored: string) => since === null || Number.isNaN(sinceMs) || Date.parse(stored) > sinceMs;

  const window = articleWindow(input.articles);
  const byId = new Map<string, WindowArticle>(window.map((wa) => [wa.id, wa]));
  const lex = topicLexicon(topic);
  const topicPeople = new Set(topic.match.people.map(fold));
  const newest = window[0]?.date.slice(0, 10) ?? now.slice(0, 10);

  const stories = clusterStories(sentenceCandidates(window, lex), newest).filter((s) => isNew(s.firstStored));
  const tldr = pickTldr(stories);
  const inTldr = new Set(tldr);
  const developments = stories
    .filter((s) => !inTldr.has(s) && (s.happened || s.lead) && !s.scheduledOnly)
    .sort((a, b) => b.score - a.score || cmp(b.when, a.when) || cmp(a.text, b.text));
  const quotes = roundRobin(rankQuotes(window, topicPeople).filter((q) => isNew(q.firstStored)));
  const positions = rankPositions(window, topicPeople).filter((p) => isNew(p.firstStored));
  const disputes = rankDisputes(window).filter((d) => isNew(d.firstStored));
  const next = rankNext(window, now).filter((n) => isNew(n.firstStored));

  const pages = Math.max(
    1,
    Math.ceil(developments.length / PAGE_SIZE.developments),
    Math.ceil(quotes.length / PAGE_SIZE.quotes),
    Math.ceil(positions.length / PAGE_SIZE.positions),
    Math.ceil(disputes.length / PAGE_SIZE.disputes),
    Math.ceil(next.length / PAGE_SIZE.next),
  );
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pages);

  const newArticles = since === null ? [] : window.filter((wa) => isNew(wa.storedAt));
  const changes =
    since === null || page !== 1
      ? []
      : describeChanges({ newArticles, disputes, quotes, newNext: next.length, maxCites: MAX_CITES_PER_ITEM });

  const line = (s: Story): CardLine => ({ text: s.text, when: s.when, cites: capCites(s.cites) });
  const card: BriefingCard = {
    topic: topic.id,
    title: topic.title,
    asOf: now,
    since,
    changes,
    tldr: page === 1 ? tldr.map(line) : [],
    developments: slice(developments, PAGE_SIZE.developments, page)
      .sort((a, b) => cmp(b.when, a.when) || b.score - a.score || cmp(a.text, b.text))
      .map(line),
    quotes: slice(quotes, PAGE_SIZE.quotes, page).map((q) => ({ ...q.quote, cites: capCites(q.quote.cites) })),
    positions: slice(positions, PAGE_SIZE.positions, page).map((p) => ({ party: p.party, stance: p.stance, cites: capCites(p.cites) })),
    disputes: slice(disputes, PAGE_SIZE.disputes, page).map(({ firstStored: _f, score: _s, ...d }) => ({ ...d, cites: capCites(d.cites) })),
    next: slice(next, PAGE_SIZE.next, page).map((n) => ({ text: n.text, when: n.when, cites: capCites(n.cites) })),
    sources: [],
    page,
    pages,
  };
  card.sources = cardSources(card, byId, newArticles.length ? newArticles : window);
  return card;
}

/** Every article cited on the card, in order of first citation (so [1] is the most important source). */
function cardSources(card: BriefingCard, byId: Map<string, WindowArticle>, fallback: readonly WindowArticle[]): CardSource[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (cites: Citation[]) => {
    for (const c of cites) if (!seen.has(c.articleId) && byId.has(c.articleId)) (seen.add(c.articleId), ids.push(c.articleId));
  };
  for (const l of card.changes) add(l.cites);
  for (const l of card.tldr) add(l.cites);
  for (const l of card.developments) add(l.cites);
  for (const q of card.quotes) add(q.cites);
  for (const p of card.positions) add(p.cites);
  for (const d of card.disputes) add(d.cites);
  for (const n of card.next) add(n.cites);
  if (!ids.length) for (const wa of fallback.slice(0, 10)) ids.push(wa.id);
  return ids.map((id) => {
    const a = byId.get(id)!.sa.article;
    return { articleId: id, outlet: a.outlet ?? null, headline: a.headline, published: a.published ?? null, url: a.url ?? null };
  });
}
