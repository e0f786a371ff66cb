import type { Claim, Quote } from '../../facts/schema.ts';
import { ArticleCache } from '../article-cache.ts';
import type { Db, WordStats } from '../db.ts';
import type { ArticleHead, ArticlePosition } from '../store.ts';
import { Lru } from '../lru.ts';

/** What every resource module works with: the connection, the clock, the parse caches. */
export interface StoreContext {
  db: Db;
  /** The store's clock, as an ISO timestamp. */
  now(): string;
  /** Parsed articles (an article and its facts never change once stored). */
  cache: ArticleCache;
  /** Parsed quotes, by article id and index. */
  quotes: Lru<string, Quote>;
  /** Articles' heads (what a quote cites), by article id. */
  heads: Lru<string, ArticleHead>;
  /** Articles' claims, read without the whole article. */
  claims: Lru<string, Claim[]>;
  /** Articles' positions (who-said's `where does X stand`), by article id. */
  positions: Lru<string, ArticlePosition[]>;
  /** The quotes' word statistics and when they were read (full-text search chooses its walk by them). */
  wordStats?: { at: number; stats: Promise<WordStats> };
  /** Every speaker and their number of quotes, at a data version (listSpeakers). */
  speakers?: { version: number; list: { name: string; quotes: number }[] };
}

export function storeContext(db: Db, clock: () => Date): StoreContext {
  return { db, now: () => clock().toISOString(), cache: new ArticleCache(), quotes: new Lru(20_000), heads: new Lru(20_000), claims: new Lru(5000), positions: new Lru(5000) };
}
