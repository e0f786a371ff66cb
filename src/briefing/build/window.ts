/**
 * Which articles a card is built from. The story (developments, TL;DR) is read from the newest
 * MAX_STORY_ARTICLES articles of a topic — the whole topic for a story of 5 or 500 articles — through
 * a bounded summary of each (its development reports, worked out once per stored article); quotes,
 * positions, disputes and what's next from the newest MAX_CARD_ARTICLES. The store hands over a
 * bounded newest set and both bounds are enforced again here, so building a card costs the same
 * whether the archive holds a thousand or a million articles.
 */
import type { StoredArticle } from '../../store/store.ts';
import { cmp } from './text.ts';

/** Quotes, positions, disputes and what's next read at most this many of the newest articles. */
export const MAX_CARD_ARTICLES = 120;
/** The story (developments and TL;DR) reads at most this many of the newest articles of a topic (what /brief fetches). */
export const MAX_STORY_ARTICLES = 600;
/**
 * A kept story reads the newest MAX_STORY_ARTICLES of its topic plus up to this many less one: the
 * window's oldest end moves this many articles at a time, not with every new article, so a story
 * kept between articles grows by the new ones only (one new article updates the developments it
 * joins) and is read whole again once every STORY_STEP articles.
 */
export const STORY_STEP = 200;

/** How many of a topic's `count` newest articles its kept story reads (the same count, the same window: every process agrees). */
export function storyWindowSize(count: number): number {
  return count <= MAX_STORY_ARTICLES ? count : MAX_STORY_ARTICLES + ((count - MAX_STORY_ARTICLES) % STORY_STEP);
}

/** Of each article, the first this-many sentences are TL;DR / development candidates (plus event sentences). */
export const LEAD_SENTENCES = 6;

/** An article inside the window, with its precomputed date key and recency rank (0 = newest). */
export interface WindowArticle {
  sa: StoredArticle;
  id: string;
  /** YYYY-MM-DD or ISO date-time: published, else the storage date (as the store orders them). */
  date: string;
  storedAt: string;
  rank: number;
}

export function dateKey(sa: StoredArticle): string {
  return sa.article.published ?? sa.storedAt.slice(0, 10);
}

function newerFirst(a: StoredArticle, b: StoredArticle): number {
  return cmp(dateKey(b), dateKey(a)) || cmp(b.storedAt, a.storedAt) || cmp(a.article.id, b.article.id);
}

/** The newest `max` articles, newest first (one O(n) check when the input is already ordered, as the store returns it). */
export function articleWindow(articles: readonly StoredArticle[], max = MAX_CARD_ARTICLES): WindowArticle[] {
  let sorted = true;
  for (let i = 1; i < articles.length && sorted; i++) if (newerFirst(articles[i - 1], articles[i]) > 0) sorted = false;
  const seen = new Set<string>();
  const list = (sorted ? articles : [...articles].sort(newerFirst)).filter((sa) => {
    if (seen.has(sa.article.id)) return false;
    seen.add(sa.article.id);
    return true;
  });
  return list.slice(0, max).map((sa, rank) => ({ sa, id: sa.article.id, date: dateKey(sa), storedAt: sa.storedAt, rank }));
}

/** Whole days from `a` to `b` (ISO dates or date-times); 0 when unparseable. */
export function daysBetween(a: string, b: string): number {
  const ta = Date.parse(a.length === 10 ? `${a}T00:00:00Z` : a);
  const tb = Date.parse(b.length === 10 ? `${b}T00:00:00Z` : b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
  return Math.floor((tb - ta) / 86_400_000);
}
