import pg from 'pg';
import type { Db, Dialect, QuoteFilter, Row } from './db.ts';
import { ftsTerms, SPEAKER_MARK, speakerTsquery, termToTsquery, toTsquery, type FtsTerm } from './fts-query.ts';
import { applyMigrations, QUOTE_TSV } from './migrations.ts';
import { quoteHitFromRow } from './rows.ts';
import { inTopic, searchLimit, speakerWalk } from './resources/quotes.ts';
import { SqlStore } from './sql-store.ts';
import { raw, render, sql, typed, type Sql } from './sql.ts';
import type { QuoteHit } from './store.ts';
import { isStoreUnavailable, StoreUnavailableError } from './unavailable.ts';

/** How many of the newest quotes a phrase of common words is looked for in, newest first, before the index is asked for older ones. */
export const PHRASE_WALK = 50_000;

const edges = new WeakMap<Db, { at: number; edge: Promise<string | undefined> }>();
/**
 * When the PHRASE_WALK-th (phraseWalk-th) newest quote was stored (none: fewer quotes), read at most every ten
 * minutes per store (6–8 ms at 2 million quotes): quotes stored since only lengthen the walk.
 */
function phraseEdge(db: Db): Promise<string | undefined> {
  const held = edges.get(db);
  if (held && Date.now() - held.at < 10 * 60_000) return held.edge;
  const walk = (db as PgDb).phraseWalk;
  const edge = db.get<{ stored_at: string }>(sql`SELECT stored_at FROM quote_search ORDER BY stored_at DESC OFFSET ${walk - 1} LIMIT 1`).then((r) => r?.stored_at);
  edges.set(db, { at: Date.now(), edge });
  edge.catch(() => edges.delete(db));
  return edge;
}

/** A connection URL without its `options` parameter, and that parameter's value (none: ''). Anything not a URL is left whole. */
export function splitOptions(connectionString: string): { url: string; options: string } {
  let u: URL;
  try {
    u = new URL(connectionString);
  } catch {
    return { url: connectionString, options: '' };
  }
  const options = u.searchParams.get('options') ?? '';
  if (!u.searchParams.has('options')) return { url: connectionString, options };
  u.searchParams.delete('options');
  return { url: u.toString(), options };
}

/** Advisory-lock key under which migrations run: one process migrates, the others wait. */
const MIGRATION_LOCK = 0x62726966;

export interface PostgresOptions {
  /** Schema to work in (created if missing); tests use one per run. */
  schema?: string;
  clock?: () => Date;
  max?: number;
  /** Connecting, and waiting for a free client when all are busy: at most this long (ms). PG_CONNECT_TIMEOUT_MS. */
  connectTimeoutMs?: number;
  /** One statement: the server cancels it after this long, the client gives up on the read a second later (ms). PG_QUERY_TIMEOUT_MS. */
  queryTimeoutMs?: number;
  /** How many of the newest quotes a phrase of common words is walked through first (PHRASE_WALK; tests make it small). */
  phraseWalk?: number;
}

export const PG_DEFAULTS = { connectTimeoutMs: 5000, queryTimeoutMs: 10_000 } as const;
/** Migrations (index builds, another process holding the migration lock) may take long: no statement timeout for them. */
const NO_TIMEOUT = 24 * 3_600_000;
/** A query with its own client-side read time-out (node-postgres supports it; its types do not say so). */
const timed = (text: string, ms: number, values?: unknown[]): pg.QueryConfig => ({ text, values, query_timeout: ms }) as pg.QueryConfig;

/** Rows a multi-row INSERT carries at most (PostgreSQL takes 65,535 parameters a statement). */
const ROWS_PER_INSERT = (columns: number) => Math.max(1, Math.floor(60_000 / columns));

/** The pool, or inside a transaction its one client. */
class PgDb implements Db {
  readonly d = POSTGRES;
  constructor(
    private pool: pg.Pool,
    private client?: pg.PoolClient,
    readonly phraseWalk = PHRASE_WALK,
  ) {}

  private query(q: Sql): Promise<pg.QueryResult> {
    const { text, params } = render(q, this.d);
    return (this.client ?? this.pool).query(text, params);
  }

  async all<T = Row>(q: Sql): Promise<T[]> {
    return (await this.query(q)).rows as T[];
  }

  async get<T = Row>(q: Sql): Promise<T | undefined> {
    return (await this.query(q)).rows[0] as T | undefined;
  }

  async run(q: Sql): Promise<number> {
    return (await this.query(q)).rowCount ?? 0;
  }

  async insertRows(table: string, columns: string[], rows: unknown[][], conflict = ''): Promise<void> {
    const per = ROWS_PER_INSERT(columns.length);
    for (let at = 0; at < rows.length; at += per) {
      const chunk = rows.slice(at, at + per);
      const values = chunk.map((r, i) => `(${r.map((_, j) => `$${i * columns.length + j + 1}`).join(', ')})`);
      await (this.client ?? this.pool).query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')} ${conflict}`, chunk.flat().map((v) => v ?? null));
    }
  }

  async script(text: string): Promise<void> {
    await (this.client ?? this.pool).query(timed(text, NO_TIMEOUT));
  }

  /** A query with no statement time-out (migrations: the lock another process holds, index builds). */
  async untimed(text: string, values: unknown[]): Promise<void> {
    await (this.client ?? this.pool).query(timed(text, NO_TIMEOUT, values));
  }

  async tx<T>(fn: (db: PgDb) => Promise<T>): Promise<T> {
    if (this.client) return fn(this);
    const c = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await c.query('BEGIN');
      const r = await fn(new PgDb(this.pool, c, this.phraseWalk));
      await c.query('COMMIT');
      return r;
    } catch (e) {
      // A client whose connection timed out or dropped is discarded, never handed out again.
      if (isStoreUnavailable(e)) broken = e as Error;
      else await c.query('ROLLBACK').catch((e2) => (broken = e2 as Error));
      throw e;
    } finally {
      c.release(broken);
    }
  }
}

const POSTGRES: Dialect = {
  engine: 'postgres',
  placeholder: (n) => `$${n}`,
  cast: (placeholder, type) => `${placeholder}::${type}`,
  forUpdate: sql`FOR UPDATE`,
  forKeyShare: sql`FOR KEY SHARE`,
  skipLocked: sql`FOR UPDATE SKIP LOCKED`,
  inList: (column, values) => sql`${raw(column)} = ANY(${typed(values, 'text[]')})`,
  jsonField: (column, field) => sql`${raw(column)} -> ${raw(`'${field}'`)}`,
  articleHeads: sql`articles`,
  quoteRefs: (refs) => ({
    from: sql`unnest(${typed(refs.map((r) => r.articleId), 'text[]')}, ${typed(refs.map((r) => r.quoteIndex), 'int[]')}) WITH ORDINALITY AS r(article_id, idx, n)
      JOIN quotes q ON q.article_id = r.article_id AND q.idx = r.idx`,
    order: sql`r.n`,
  }),
  isForeignKeyViolation: (e) => (e as { code?: string }).code === '23503',

  // One statement; the system column xmax is set when the row was updated rather than inserted.
  async upsert(db, upsert) {
    const row = (await db.get(sql`${upsert}, (xmax <> 0) AS existed`))!;
    return { row, existed: Boolean(row.existed) };
  },

  // The quotes' words in the narrow search table (migration 15), computed from the rows just written.
  // And their words (lexemes, speakers' marked ones left out) into quote_words (migration 17).
  indexQuotes: async (db, articleId) => {
    await db.run(sql`INSERT INTO quote_search (article_id, idx, stored_at, tsv) SELECT article_id, idx, stored_at, ${raw(QUOTE_TSV)} FROM quotes WHERE article_id = ${articleId}`);
    await db.run(
      sql`INSERT INTO quote_words (word) SELECT DISTINCT w.lexeme FROM quote_search q, unnest(q.tsv) w WHERE q.article_id = ${articleId} AND left(w.lexeme, 1) <> ${SPEAKER_MARK} ON CONFLICT DO NOTHING`,
    );
  },

  // The statistics ANALYZE keeps for the planner: quote_search.tsv's most common elements and their
  // shares (a count would read a common word's whole posting list). A store never analysed has
  // none: every word is then rare.
  async wordStats(db) {
    const r = await db.get<{ rows: number; lexemes: string[] | null; shares: number[] | null }>(
      sql`SELECT (SELECT reltuples FROM pg_class WHERE oid = 'quote_search'::regclass) AS rows, s.most_common_elems::text::text[] AS lexemes, s.most_common_elem_freqs AS shares
          FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'quote_search' AND s.attname = 'tsv'`,
    );
    const lexemes = r?.lexemes ?? [];
    // most_common_elem_freqs: one share per listed word, then the minimum, the maximum and the share of nulls.
    const shares = new Map(lexemes.map((w, i) => [w, Number(r!.shares![i])]));
    return { rows: Math.max(0, Number(r?.rows ?? 0)), shares, floor: lexemes.length ? Math.min(...shares.values()) : 0 };
  },

  // The newest `limit` matches. A phrase or a lone word that is rare: the quotes holding the rare
  // word are read (few) and the rest checked on them; for a phrase the index would intersect the
  // posting lists of all its words (in most quotes: "a lot of fakes", 50–90 ms) and still check the
  // phrase on every row, and for a lone rare word the planner may walk quote_search(stored_at)
  // newest first, filtering every row ('ft':*, 0.7 s at 100,000 articles). Words ANDed and
  // estimated together in few quotes: all of them from the index (fenced with OFFSET 0, which the
  // planner does not see through to walk newest first). Else the planner's choice (newest first
  // when common).
  async searchQuotes(db, terms, opts, { rare, few, words }): Promise<QuoteHit[]> {
    const text = toTsquery(terms, words);
    if (!text && !terms.speaker) return [];
    const speaker = terms.speaker === undefined ? null : sql`${speakerTsquery(terms.speaker)}::tsquery`;
    const tsq = text && speaker ? sql`(to_tsquery('simple', ${text}) && ${speaker})` : (speaker ?? sql`to_tsquery('simple', ${text})`);
    const since = opts.since ?? '';
    const limit = searchLimit(opts);
    const newest = async (from: Sql, bound: Sql = sql`TRUE`) =>
      (
        await db.all(
          sql`SELECT c.article_id, c.idx FROM ${from} c
              WHERE c.stored_at > ${since} AND ${bound} AND ${inTopic(opts.topic, 'c.article_id')}
              ORDER BY c.stored_at DESC, c.article_id DESC, c.idx DESC LIMIT ${limit}`,
        )
      ).map((r) => quoteHitFromRow(r));
    if (rare === null && (terms.phrases.length > 0 || (!few && ftsTerms(terms).length > 1))) {
      // A phrase of common words: the index would hand over every quote holding all of them, each
      // read to check the phrase ("the united states": 44,706 rows, 274 ms at 2 million quotes).
      // The newest PHRASE_WALK quotes are walked newest first instead (IS TRUE: not a condition the
      // index answers), and only when they hold fewer matches than the limit are the older ones
      // taken from the index. So too for common words ANDed that are estimated together in many
      // quotes: words that are not independent can be together in few, and an unbounded walk
      // then reads most of the table.
      const edge = await phraseEdge(db);
      const walked = sql`(SELECT q.article_id, q.idx, q.stored_at FROM quote_search q WHERE (q.tsv @@ ${tsq}) IS TRUE)`;
      if (edge === undefined || edge <= since) return newest(walked);
      const recent = await newest(walked, sql`c.stored_at >= ${edge}`);
      if (recent.length >= limit) return recent;
      return [...recent, ...(await newest(sql`(SELECT q.article_id, q.idx, q.stored_at FROM quote_search q WHERE q.tsv @@ ${tsq} AND q.stored_at < ${edge} OFFSET 0)`))].slice(0, limit);
    }
    const one = (t: FtsTerm) => (t.speaker ? sql`${speakerTsquery(t.word)}::tsquery` : sql`to_tsquery('simple', ${termToTsquery(t, words)})`);
    if (rare !== null && (terms.phrases.length > 0 || ftsTerms(terms).length === 1)) {
      return newest(sql`(SELECT * FROM (SELECT q.article_id, q.idx, q.stored_at, q.tsv FROM quote_search q WHERE q.tsv @@ ${one(rare)} OFFSET 0) r WHERE r.tsv @@ ${tsq})`);
    }
    return newest(few ? sql`(SELECT q.article_id, q.idx, q.stored_at FROM quote_search q WHERE q.tsv @@ ${tsq} OFFSET 0)` : sql`(SELECT q.article_id, q.idx, q.stored_at FROM quote_search q WHERE q.tsv @@ ${tsq})`);
  },

  // One indexed walk per name (speaker, stored_at), newest first, then merged, in one statement.
  async quotesBySpeaker(db, names, opts: QuoteFilter): Promise<QuoteHit[]> {
    const limit = opts.limit ?? 50;
    const rows = await db.all(
      sql`SELECT x.article_id, x.idx FROM unnest(${typed(names, 'text[]')}) AS n(name), LATERAL (${speakerWalk(sql`${raw('n.name')}`, opts, limit)}) x
          ORDER BY x.stored_at DESC, x.article_id, x.idx LIMIT ${limit}`,
    );
    return rows.map((r) => quoteHitFromRow(r));
  },
};

/** The scale-out store: PostgreSQL through `pg`, same interface and migrations as SQLite. */
export class PostgresStore extends SqlStore {
  readonly engine = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  /** The time-outs it was opened with (a worker thread opens the same store with them). */
  readonly timeouts: { connectTimeoutMs: number; queryTimeoutMs: number };
  /** The connection string it was opened with (a worker thread opens the same). */
  readonly url: string;
  private pg: PgDb;
  private pinging: Promise<void> | null = null;

  constructor(connectionString: string, opts: PostgresOptions = {}) {
    if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error('invalid schema name');
    const queryMs = opts.queryTimeoutMs ?? PG_DEFAULTS.queryTimeoutMs;
    // No JIT: the planner's cost of a full-text search with a common word's estimate passes
    // jit_above_cost, and compiling the plan took 300 ms for a statement that ran in 3 ms. The
    // URL's own `options` are kept (node-postgres would let them replace these).
    const { url, options } = splitOptions(connectionString);
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.max ?? 5,
      options: [options, '-c jit=off', opts.schema ? `-c search_path=${opts.schema}` : ''].filter(Boolean).join(' '),
      // Fail fast: a connection (or a free client) within this time, else an error the caller can answer with.
      connectionTimeoutMillis: opts.connectTimeoutMs ?? PG_DEFAULTS.connectTimeoutMs,
      // The server cancels a statement that runs too long; the client stops waiting for one whose answer
      // never comes (a silent network); a transaction left open by a vanished client is ended server-side.
      statement_timeout: queryMs,
      query_timeout: queryMs + 1000,
      idle_in_transaction_session_timeout: Math.max(queryMs * 3, 30_000),
      // The kernel probes an idle connection, so a dead peer is found even when nothing is sent.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    // An idle client's error (server restart, dropped connection) must not crash the process: the pool discards it.
    pool.on('error', () => {});
    const db = new PgDb(pool, undefined, opts.phraseWalk);
    super(db, opts.clock);
    this.pool = pool;
    this.url = connectionString;
    this.pg = db;
    this.schema = opts.schema;
    this.timeouts = { connectTimeoutMs: opts.connectTimeoutMs ?? PG_DEFAULTS.connectTimeoutMs, queryTimeoutMs: queryMs };
  }

  /**
   * A cheap, bounded probe: `SELECT 1` answered within `timeoutMs`, else StoreUnavailableError.
   * Concurrent probes share one query, so a flood of /readyz cannot take the pool.
   */
  ping(timeoutMs = 2000): Promise<void> {
    if (!this.pinging) {
      let t: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        t = setTimeout(() => reject(new StoreUnavailableError(`PostgreSQL did not answer within ${timeoutMs} ms`)), timeoutMs);
      });
      this.pinging = Promise.race([this.pool.query(timed('SELECT 1', timeoutMs)).then(() => undefined), late]).finally(() => {
        clearTimeout(t);
        this.pinging = null;
      });
    }
    return this.pinging;
  }

  async migrate(): Promise<void> {
    if (this.schema)
      await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`).catch(async (e) => {
        // Two processes creating the same schema at once: the loser sees a unique violation.
        if (!(await this.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.schema])).rowCount) throw e;
      });
    await this.pg.tx(async (db) => {
      // No statement time-out here: building an index on a large table, or waiting for another process's migration, takes long.
      await db.script('SET LOCAL statement_timeout = 0');
      await db.untimed('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await applyMigrations(db, this.s.now);
    });
  }

  /** End the pool; a client stuck on a silent connection is not waited for longer than `timeoutMs`. */
  async close(timeoutMs = 2000): Promise<void> {
    let t: NodeJS.Timeout | undefined;
    await Promise.race([this.pool.end().catch(() => {}), new Promise<void>((r) => (t = setTimeout(r, timeoutMs)))]);
    clearTimeout(t);
  }
}
