import type { Quote } from '../facts/schema.ts';
import type { Placeholders, Sql } from './sql.ts';
import type { QuoteHit } from './store.ts';
import type { FtsTerm, FtsTerms, PrefixWords } from './fts-query.ts';

export type Row = Record<string, unknown>;

export interface QuoteFilter {
  topic?: string;
  since?: string;
  limit?: number;
  /** Full-text search only: quotes whose speaker's name holds this surname (its last word, if several). */
  speaker?: string;
}

/**
 * What really differs between the engines, and nothing else: the clauses one engine has and the
 * other has not (row locks, SKIP LOCKED), how a list or a pair list is passed, JSON access, and
 * the few operations that are written differently (full-text search, the per-speaker walk, the
 * upsert that tells whether the row was there), and the placeholder style. Implemented in sqlite.ts and postgres.ts.
 */
export interface Dialect extends Placeholders {
  readonly engine: 'sqlite' | 'postgres';
  /** `FOR UPDATE` (PostgreSQL; SQLite's write transactions already hold the one write lock). */
  readonly forUpdate: Sql;
  /** `FOR KEY SHARE`: the row may not be deleted meanwhile. */
  readonly forKeyShare: Sql;
  /** `FOR UPDATE SKIP LOCKED`: of several processes, each takes rows no other holds. */
  readonly skipLocked: Sql;
  /** `column` is one of `values` (text). */
  inList(column: string, values: string[]): Sql;
  /** One field of a JSON column, as JSON (`readJson` reads it). */
  jsonField(column: string, field: string): Sql;
  /** The articles table read for heads only (id, headline, outlet, url, published): from the covering index of migration 12. */
  readonly articleHeads: Sql;
  /** A table `r` of (article_id, idx) pairs joined to `quotes q`, and the order of the pairs. */
  quoteRefs(refs: { articleId: string; quoteIndex: number; row?: number }[]): { from: Sql; order: Sql };
  /** A foreign key violation (a row deleted meanwhile by another process). */
  isForeignKeyViolation(e: unknown): boolean;

  /** INSERT … ON CONFLICT DO UPDATE … RETURNING *, and whether the row was there before (`probe` selects it by its key). */
  upsert(db: Db, upsert: Sql, probe: Sql): Promise<{ row: Row; existed: boolean }>;
  /** After an article's quotes are stored: index them for full-text search. */
  indexQuotes(db: Db, articleId: string, quotes: Quote[]): Promise<void>;
  /**
   * The quotes' common words and their shares (text and speaker), for estimating how many quotes
   * hold a word: from the planner's statistics (PostgreSQL) or a sample of the index (SQLite). Only
   * the way a search walks the index depends on them, never its result.
   */
  wordStats(db: Db): Promise<WordStats>;
  /**
   * Full-text search over quotes (text and speaker): the newest matches (searchLimit), newest first.
   * How, from the words' estimated counts (wordStats): `rare`, a word of the query in few quotes, so
   * all matches are few and can be found through it; `few`, the words estimated to be together in
   * so few quotes that finding all of them may cost less than walking newest first past the others
   * (each engine decides); else they are walked newest first until the limit is reached.
   */
  searchQuotes(db: Db, terms: FtsTerms, opts: QuoteFilter, plan: SearchPlan): Promise<QuoteHit[]>;
  /** Quotes by exactly these speakers, newest first: one indexed walk per name, merged. */
  quotesBySpeaker(db: Db, names: string[], opts: QuoteFilter): Promise<QuoteHit[]>;
}

/** How a full-text search finds its matches (searchQuotes). */
export interface SearchPlan {
  rare: FtsTerm | null;
  few: boolean;
  /** The stored words each free word begins, searched instead of the prefix when listed. */
  words: PrefixWords;
}

/** Quotes' common words: each word's share of the quotes, and how many quotes there are. */
export interface WordStats {
  rows: number;
  shares: Map<string, number>;
  /** The smallest share listed: a word not listed is in fewer quotes than this. */
  floor: number;
}

/**
 * A connection to either engine, as the resource modules (src/store/resources) use it. SQLite's
 * synchronous calls are wrapped as promises; its transactions hold every other caller of the
 * store back until they end, as a PostgreSQL transaction's client is its own.
 */
export interface Db {
  readonly d: Dialect;
  all<T = Row>(q: Sql): Promise<T[]>;
  get<T = Row>(q: Sql): Promise<T | undefined>;
  /** Rows changed. */
  run(q: Sql): Promise<number>;
  /** Rows into one table (`conflict`: an ON CONFLICT clause), in as few statements as the engine likes. */
  insertRows(table: string, columns: string[], rows: unknown[][], conflict?: string): Promise<void>;
  /** A migration's script: several statements, no time-out. */
  script(text: string): Promise<void>;
  /** A write transaction; inside it, `fn`'s Db is the transaction (a nested call joins it). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
}
