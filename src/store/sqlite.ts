import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Quote } from '../facts/schema.ts';
import type { Db, Dialect, QuoteFilter, Row } from './db.ts';
import { indexWords, SPEAKER_MARK, toFts5 } from './fts-query.ts';
import { Lru } from './lru.ts';
import { applyMigrations } from './migrations.ts';
import { quoteHitFromRow } from './rows.ts';
import { inTopic, mergeNewest, searchLimit, speakerWalk } from './resources/quotes.ts';
import { SqlStore } from './sql-store.ts';
import { raw, render, sql, type Sql } from './sql.ts';
import type { QuoteHit } from './store.ts';

/** Prepared statements, prepared once a text (digest passes run thousands of the same few). */
class Statements {
  private map = new Map<string, Database.Statement>();
  constructor(private db: Database.Database) {}
  get(text: string): Database.Statement {
    let st = this.map.get(text);
    if (!st) {
      if (this.map.size >= 2000) this.map.clear();
      this.map.set(text, (st = this.db.prepare(text)));
    }
    return st;
  }
}

/** The running transaction on a database file, which every other caller in this thread waits for. */
interface Gate {
  busy: Promise<void> | null;
}

/**
 * One gate a file for all the connections a thread has to it: a transaction of this thread that is
 * between two awaits holds the file's write lock, so another connection of the same thread must not
 * even try for it (its retries would only end at BUSY_WAIT_MS). Other threads and processes are
 * waited for without blocking (`unblocked`).
 */
const gates = new Map<string, Gate>();
function gateOf(path: string): Gate {
  if (path === ':memory:') return { busy: null };
  const key = resolve(path);
  let gate = gates.get(key);
  if (!gate) gates.set(key, (gate = { busy: null }));
  return gate;
}

/** A connection's page cache, MiB (each connection: the bot's, and each worker thread's). */
const CACHE_MIB = 64;

/** Full-text index rows' quote ids a connection keeps once read. */
const FTS_ROWS = 50_000;

/**
 * How long a statement waits for another connection's write lock (a worker thread or another
 * process storing an article) before it fails with SQLITE_BUSY. It waits with timers, not in
 * SQLite's busy handler (`busy_timeout`), which sleeps on the calling thread: the bot's main thread
 * would stop answering the network until the other writer committed.
 */
const BUSY_WAIT_MS = 5000;

const isBusy = (e: unknown) => (e as { code?: string }).code === 'SQLITE_BUSY';

/** Run one synchronous call once the thread's gate is open, again after a pause while the file is locked by another writer. */
async function unblocked<T>(c: Connection, inside: boolean, call: () => T): Promise<T> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (let pause = 1; ; pause = Math.min(2 * pause, 50)) {
    // Checked right before the call, with no await between.
    if (!inside) while (c.gate.busy) await c.gate.busy;
    try {
      return call();
    } catch (e) {
      // Inside a transaction this connection holds the write lock already.
      if (inside || !isBusy(e) || Date.now() + pause > deadline) throw e;
    }
    await new Promise((r) => setTimeout(r, pause));
  }
}

/** Index rows sampled for the words' shares (wordStats), in this many runs of neighbouring rows. */
const WORD_SAMPLE = 2000;
const WORD_SAMPLE_RUNS = 50;

/** A full-text match's quote (the index's rows are only ever added). */
type FtsRow = { article_id: string; idx: number; rid: number };

/** One SQLite connection, its prepared statements, its file's gate and the index rows it has read. */
interface Connection {
  raw: Database.Database;
  statements: Statements;
  gate: Gate;
  ftsRows: Lru<number, FtsRow>;
}

/**
 * better-sqlite3's synchronous calls behind the async `Db`. A transaction (BEGIN IMMEDIATE: one
 * writer at a time across processes) runs its callback with a Db of its own; callers outside it
 * wait until it ends (each call checks right before it runs, with no await between), so nothing
 * else runs inside another's transaction on the one connection, and no other connection of this
 * thread waits for the file's lock while the transaction waits for its turn on the thread.
 */
class SqliteDb implements Db {
  readonly d = SQLITE;
  constructor(
    private c: Connection,
    private inside: boolean,
  ) {}

  /** Full-text index rows already read, by rowid. */
  get ftsRows(): Lru<number, FtsRow> {
    return this.c.ftsRows;
  }

  private statement(q: Sql): { st: Database.Statement; params: unknown[] } {
    const { text, params } = render(q, this.d);
    return { st: this.c.statements.get(text), params };
  }

  async all<T = Row>(q: Sql): Promise<T[]> {
    const { st, params } = this.statement(q);
    return unblocked(this.c, this.inside, () => {
      if (st.reader) return st.all(...params) as T[];
      st.run(...params);
      return [];
    });
  }

  async get<T = Row>(q: Sql): Promise<T | undefined> {
    const { st, params } = this.statement(q);
    return unblocked(this.c, this.inside, () => {
      if (st.reader) return st.get(...params) as T | undefined;
      st.run(...params);
      return undefined;
    });
  }

  async run(q: Sql): Promise<number> {
    const { st, params } = this.statement(q);
    return unblocked(this.c, this.inside, () => (st.reader ? st.all(...params).length : st.run(...params).changes));
  }

  async insertRows(table: string, columns: string[], rows: unknown[][], conflict = ''): Promise<void> {
    if (!rows.length) return;
    const st = this.c.statements.get(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${conflict}`);
    const insert = () => {
      for (const r of rows) st.run(...r.map((v) => v ?? null));
    };
    if (this.inside || rows.length === 1) await unblocked(this.c, this.inside, insert);
    else await this.tx(async () => insert());
  }

  async script(text: string): Promise<void> {
    await unblocked(this.c, this.inside, () => this.c.raw.exec(text));
  }

  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.inside) return fn(this);
    // The write lock first (waited for without blocking), then the gate taken with no await between:
    // of several waiters, one goes first.
    let done = () => {};
    await unblocked(this.c, false, () => {
      this.c.raw.exec('BEGIN IMMEDIATE');
      this.c.gate.busy = new Promise<void>((r) => (done = r));
    });
    try {
      const result = await fn(new SqliteDb(this.c, true));
      this.c.raw.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.c.raw.inTransaction) this.c.raw.exec('ROLLBACK');
      throw e;
    } finally {
      this.c.gate.busy = null;
      done();
    }
  }
}

const none = sql``;

const SQLITE: Dialect = {
  engine: 'sqlite',
  placeholder: () => '?',
  cast: (placeholder) => placeholder,
  // A write transaction holds the one write lock already.
  forUpdate: none,
  forKeyShare: none,
  skipLocked: none,
  inList: (column, values) => sql`${raw(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`,
  jsonField: (column, field) => sql`json_extract(${raw(column)}, ${raw(`'$.${field}'`)})`,
  // The planner takes the primary key's index (one row an id) and reads the row, unless told.
  articleHeads: sql`articles INDEXED BY articles_head`,
  // By row number when every ref has one (a search's hits: one lookup a quote, not two).
  quoteRefs: (refs) => ({
    from: refs.every((r) => r.row !== undefined)
      ? sql`json_each(${JSON.stringify(refs.map((r) => r.row))}) r JOIN quotes q ON q.rowid = r.value`
      : sql`json_each(${JSON.stringify(refs.map((r) => [r.articleId, r.quoteIndex]))}) r
      JOIN quotes q ON q.article_id = json_extract(r.value, '$[0]') AND q.idx = json_extract(r.value, '$[1]')`,
    order: sql`r.key`,
  }),
  isForeignKeyViolation: (e) => (e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY',

  // Whether the row was there: asked first, in the same write transaction.
  upsert: (db, upsert, probe) =>
    db.tx(async (t) => {
      const existed = (await t.get(probe)) !== undefined;
      return { row: (await t.get(upsert))!, existed };
    }),

  // The quotes' words into quote_words too, tokenized as FTS5's unicode61 does (lower case, accents
  // off); for the plain ASCII prefixes looked up there, the two agree.
  // A quote's full-text row has the quote's own row number (migration 18): a search's hit is read
  // from `quotes` by it.
  async indexQuotes(db, articleId, quotes: Quote[]) {
    await db.run(sql`INSERT INTO quotes_fts (rowid, speaker, text, article_id, idx) SELECT rowid, coalesce(speaker, ''), text, article_id, idx FROM quotes WHERE article_id = ${articleId} ORDER BY idx`);
    const words = new Set(quotes.flatMap((q) => indexWords(`${q.speaker ?? ''} ${q.text}`)));
    await db.insertRows('quote_words', ['word'], [...words].map((w) => [w]), 'ON CONFLICT DO NOTHING');
  },

  // A sample of the index's rows, in WORD_SAMPLE_RUNS runs of neighbouring rowids evenly spread
  // over them (a count would read a common word's postings: 1 ms a word at 100,000 articles; rows
  // spread one by one were each a page of their own: 1 s for the first search of a connection to
  // a 5.4 GB file): each word's share of the sampled quotes, tokenized as the index does (lower
  // case, accents off), and each word of the speakers' names again, marked (SPEAKER_MARK).
  async wordStats(db) {
    const top = Number((await db.get(sql`SELECT max(rowid) AS n FROM quotes_fts`))?.n ?? 0);
    const runs = Math.max(1, Math.min(WORD_SAMPLE_RUNS, Math.floor(top / (WORD_SAMPLE / WORD_SAMPLE_RUNS))));
    const run = Math.min(top, Math.ceil(WORD_SAMPLE / runs));
    // Run r ends at the r-th of `runs` even steps through the rowids and reads the `run` rows before it.
    const ids = new Set<number>();
    for (let r = 1; r <= runs; r++) {
      const end = Math.ceil((r * top) / runs);
      for (let id = end; id > Math.max(0, end - run); id--) ids.add(id);
    }
    const rows = ids.size ? await db.all<{ speaker: string; text: string }>(sql`SELECT speaker, text FROM quotes_fts WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify([...ids])}))`) : [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      for (const w of new Set([...indexWords(`${r.speaker} ${r.text}`), ...indexWords(r.speaker).map((x) => SPEAKER_MARK + x)])) seen.set(w, (seen.get(w) ?? 0) + 1);
    }
    const shares = new Map([...seen].map(([w, n]) => [w, n / Math.max(1, rows.length)]));
    return { rows: top, shares, floor: rows.length ? 1 / rows.length : 0 };
  },

  // The newest `limit` matches, found newest first (FTS5 walks rowids backwards and stops, so
  // common words cost the same at any archive size; also for words estimated together in few
  // quotes, `few`, which FTS5 walks faster than it finds them all: 400 different questions at
  // 100,000 articles, 145 asks a CPU-second against 123) or, with a rare word, all of them in rowid
  // order (FTS5 skips through the common words' postings from the rare one's; backwards it reads
  // them all), then the newest kept. The walk reads rowids only; the quotes' ids are read for the
  // rowids this connection has not read before.
  async searchQuotes(db, terms, opts, { rare, words }): Promise<QuoteHit[]> {
    const match = toFts5(terms, words);
    if (!match) return [];
    const since = opts.since ?? '';
    const limit = searchLimit(opts);
    const filter = sql`quotes_fts MATCH ${match}
      AND (${since} = '' OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = f.article_id AND q.idx = f.idx AND q.stored_at > ${since}))
      AND ${inTopic(opts.topic, 'f.article_id')}`;
    const ids =
      rare !== null
        ? (await db.all<{ rid: number }>(sql`SELECT f.rowid AS rid FROM quotes_fts f WHERE ${filter}`)).map((r) => r.rid).sort((a, b) => b - a).slice(0, limit)
        : (await db.all<{ rid: number }>(sql`SELECT f.rowid AS rid FROM quotes_fts f WHERE ${filter} ORDER BY f.rowid DESC LIMIT ${limit}`)).map((r) => r.rid);
    const held = (db as SqliteDb).ftsRows;
    const missing = ids.filter((id) => held.get(id) === undefined);
    if (missing.length) {
      for (const r of await db.all<FtsRow>(sql`SELECT article_id, idx, rowid AS rid FROM quotes WHERE rowid IN (SELECT value FROM json_each(${JSON.stringify(missing)}))`)) held.set(r.rid, r);
    }
    return ids.flatMap((id) => {
      const r = held.get(id);
      return r ? [{ ...quoteHitFromRow(r), row: id }] : [];
    });
  },

  // One indexed walk per name (speaker, stored_at), newest first, then merged: one query over
  // several names would sort every quote of all of them.
  async quotesBySpeaker(db, names, opts: QuoteFilter): Promise<QuoteHit[]> {
    const limit = opts.limit ?? 50;
    const rows: { article_id: string; idx: number; stored_at: string }[] = [];
    for (const name of names) {
      rows.push(...(await db.all<{ article_id: string; idx: number; stored_at: string }>(speakerWalk(sql`${name}`, opts, limit))));
    }
    return mergeNewest(rows, limit);
  },
};

/** The embedded store: one SQLite file (WAL mode), better-sqlite3. */
export class SqliteStore extends SqlStore {
  readonly engine = 'sqlite' as const;
  /** The better-sqlite3 handle (tests and the soak look inside). */
  readonly db: Database.Database;

  constructor(path: string, opts: { clock?: () => Date } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Page cache: SQLite's default 2 MB holds 500 pages, so each question read its scattered quotes'
    // pages from the file again; filled only as pages are read (400 different who-said questions at
    // 100,000 articles: 45 → 52 asks a CPU-second).
    db.pragma(`cache_size = -${CACHE_MIB * 1024}`);
    // Opening waits in SQLite's busy handler (the pragmas above); every later statement waits for
    // another writer without blocking the thread (`unblocked`).
    db.pragma('busy_timeout = 0');
    super(new SqliteDb({ raw: db, statements: new Statements(db), gate: gateOf(path), ftsRows: new Lru(FTS_ROWS) }, false), opts.clock);
    this.db = db;
  }

  async migrate(): Promise<void> {
    await this.s.db.tx((db) => applyMigrations(db, this.s.now));
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
