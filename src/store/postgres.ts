import pg from 'pg';
import type { Article } from '../articles/article.ts';
import type { Claim, Facts } from '../facts/schema.ts';
import { TopicSchema, type Topic } from '../briefing/topic.ts';
import { migrations } from './migrations.ts';
import { subscriptionFromRow } from './subscription-row.ts';
import { parseFtsQuery, toTsquery } from './fts-query.ts';
import { sortKey, RANK_WINDOW } from './sqlite.ts';
import { ArticleCache } from './article-cache.ts';
import { Lru } from './lru.ts';
import { NewSourceSchema, pollUpdateColumns, sourceFromRow, type NewSource, type Source, type SourcePollUpdate } from '../sources/source.ts';
import {
  SubscriptionSchema,
  type IngestResult,
  type QuoteHit,
  type Store,
  type StoredQuote,
  type StoredArticle,
  type Subscription,
  type SubscriptionInput,
} from './store.ts';
import type { DigestClaim, DigestOutcome, DigestRun, DigestRunStatus } from './store.ts';
import { digestRunFromRow, SUPERSEDED } from './digest-runs.ts';
import { isStoreUnavailable, StoreUnavailableError } from './unavailable.ts';
import { combineRoles, personForms, quoteIdentities, type PersonForm } from '../briefing/people.ts';

type Row = Record<string, unknown>;
async function bumpTopics(c: pg.PoolClient, topics: string[]): Promise<void> {
  for (const t of [...new Set(topics)].sort()) {
    await c.query('INSERT INTO topic_versions (topic, version) VALUES ($1, 1) ON CONFLICT (topic) DO UPDATE SET version = topic_versions.version + 1', [t]);
  }
}

async function bumpVersion(c: pg.PoolClient): Promise<void> {
  await c.query("UPDATE store_meta SET value = value + 1 WHERE key = 'data_version'");
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
}

export const PG_DEFAULTS = { connectTimeoutMs: 5000, queryTimeoutMs: 10_000 } as const;
/** Migrations (index builds, another process holding the migration lock) may take long: no statement timeout for them. */
const NO_TIMEOUT = 24 * 3_600_000;
/** A query with its own client-side read time-out (node-postgres supports it; its types do not say so). */
const timed = (text: string, ms: number, values?: unknown[]): pg.QueryConfig => ({ text, values, query_timeout: ms }) as pg.QueryConfig;

/** The scale-out store: PostgreSQL through `pg`, same interface and migrations as SQLite. */
export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  private clock: () => Date;
  private cache = new ArticleCache();
  private claims = new Lru<string, Claim[]>(5000);

  constructor(connectionString: string, opts: PostgresOptions = {}) {
    if (opts.schema && !/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error('invalid schema name');
    this.schema = opts.schema;
    const queryMs = opts.queryTimeoutMs ?? PG_DEFAULTS.queryTimeoutMs;
    this.pool = new pg.Pool({
      connectionString,
      max: opts.max ?? 5,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
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
    this.pool.on('error', () => {});
    this.clock = opts.clock ?? (() => new Date());
  }

  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await c.query('BEGIN');
      const r = await fn(c);
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

  private pinging: Promise<void> | null = null;

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
    if (this.schema) await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`).catch(async (e) => {
      // Two processes creating the same schema at once: the loser sees a unique violation.
      if (!(await this.pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.schema])).rowCount) throw e;
    });
    await this.tx(async (c) => {
      // No statement time-out here: building an index on a large table, or waiting for another process's migration, takes long.
      await c.query('SET LOCAL statement_timeout = 0');
      await c.query(timed('SELECT pg_advisory_xact_lock($1)', NO_TIMEOUT, [MIGRATION_LOCK]));
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const done = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      // In version order, whatever the array order; a missing version (a gap) is simply absent.
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await c.query(timed(m.postgres, NO_TIMEOUT));
        await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, this.clock().toISOString()]);
        // Version 6: the people of articles stored before it.
        if (m.version === 6) for (const r of (await c.query('SELECT id, published, article_json, facts_json, stored_at FROM articles ORDER BY stored_at, id')).rows) await recordPeople(c, r.article_json, r.facts_json, r.stored_at);
      }
    });
  }

  async schemaVersion(): Promise<number> {
    return Number((await this.pool.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v);
  }

  /** End the pool; a client stuck on a silent connection is not waited for longer than `timeoutMs`. */
  async close(timeoutMs = 2000): Promise<void> {
    let t: NodeJS.Timeout | undefined;
    await Promise.race([this.pool.end().catch(() => {}), new Promise<void>((r) => (t = setTimeout(r, timeoutMs)))]);
    clearTimeout(t);
  }

  async putArticle(article: Article, facts: Facts, topics: string[], opts: { storedAt?: string; fingerprints?: { bands: string[]; at: string } } = {}): Promise<IngestResult> {
    const storedAt = opts.storedAt ?? this.clock().toISOString();
    return this.tx(async (c) => {
      const ins = await c.query(
        `INSERT INTO articles (id, url, outlet, headline, published, article_json, facts_json, stored_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [article.id, article.url ?? null, article.outlet ?? null, article.headline, article.published ?? null, JSON.stringify(article), JSON.stringify(facts), storedAt],
      );
      if (!ins.rowCount) return { id: article.id, inserted: false, topics: await this.topicsOf(article.id, c) };
      for (const t of topics) {
        await c.query('INSERT INTO article_topics (article_id, topic, sort_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [article.id, t, sortKey(article, storedAt)]);
      }
      await bumpTopics(c, topics);
      if (facts.quotes.length) {
        const vals: unknown[] = [];
        const rows = facts.quotes.map((q, i) => {
          vals.push(article.id, i, q.speaker, q.text, q.kind, storedAt, JSON.stringify(q));
          const b = i * 7;
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7})`;
        });
        await c.query(`INSERT INTO quotes (article_id, idx, speaker, text, kind, stored_at, quote_json) VALUES ${rows.join(', ')}`, vals);
        const counts = new Map<string, number>();
        for (const q of facts.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
        for (const [name, n] of [...counts].sort()) {
          await c.query('INSERT INTO speakers (name, quotes) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET quotes = speakers.quotes + excluded.quotes', [name, n]);
        }
      }
      await recordPeople(c, article, facts, storedAt);
      if (opts.fingerprints?.bands.length) {
        await c.query(
          `INSERT INTO article_fingerprints (band, article_id, stored_at) SELECT b, $2, $3 FROM unnest($1::text[]) AS b ON CONFLICT DO NOTHING`,
          [opts.fingerprints.bands, article.id, opts.fingerprints.at],
        );
      }
      await bumpVersion(c);
      return { id: article.id, inserted: true, topics: [...topics].sort() };
    });
  }

  private async topicsOf(id: string, c: pg.Pool | pg.PoolClient = this.pool): Promise<string[]> {
    return (await c.query('SELECT topic FROM article_topics WHERE article_id = $1 ORDER BY topic', [id])).rows.map((r) => r.topic);
  }

  async hasArticle(id: string): Promise<boolean> {
    return Boolean((await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount);
  }

  /** Rows with at least id and stored_at; article/facts JSON is read only for articles not already parsed. */
  private async hydrate(rows: Row[]): Promise<StoredArticle[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id as string);
    for (const r of rows) if (r.article_json && !this.cache.get(r.id as string)) this.cache.set(r.id as string, { article: r.article_json as Article, facts: r.facts_json as Facts });
    const missing = ids.filter((id) => !this.cache.get(id));
    if (missing.length) {
      const got = await this.pool.query('SELECT id, article_json, facts_json FROM articles WHERE id = ANY($1)', [missing]);
      for (const r of got.rows) this.cache.set(r.id, { article: r.article_json, facts: r.facts_json });
    }
    const links = (await this.pool.query('SELECT article_id, topic FROM article_topics WHERE article_id = ANY($1) ORDER BY topic', [ids])).rows;
    const byId = new Map<string, string[]>();
    for (const l of links) byId.set(l.article_id, [...(byId.get(l.article_id) ?? []), l.topic]);
    return rows.map((r) => {
      const { article, facts } = this.cache.get(r.id as string)!;
      return { article, facts, topics: byId.get(r.id as string) ?? [], storedAt: r.stored_at as string };
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.pool.query('SELECT * FROM articles WHERE id = $1', [id]);
    return (await this.hydrate(r.rows))[0] ?? null;
  }

  async listArticles(opts: { topic?: string; since?: string; limit?: number } = {}): Promise<StoredArticle[]> {
    const since = opts.since ?? '';
    const limit = opts.limit ?? null;
    const r = opts.topic
      ? await this.pool.query(
          `SELECT a.id, a.stored_at FROM article_topics t JOIN articles a ON a.id = t.article_id
           WHERE t.topic = $1 AND a.stored_at > $2 ORDER BY t.sort_key DESC, a.id LIMIT $3`,
          [opts.topic, since, limit],
        )
      : await this.pool.query(
          `SELECT id, stored_at FROM articles WHERE stored_at > $1 ORDER BY coalesce(published, substr(stored_at, 1, 10)) DESC, stored_at DESC, id LIMIT $2`,
          [since, limit],
        );
    return this.hydrate(r.rows);
  }

  async countArticles(topic?: string): Promise<number> {
    const r = topic
      ? await this.pool.query('SELECT count(*)::int AS n FROM article_topics WHERE topic = $1', [topic])
      : await this.pool.query('SELECT count(*)::int AS n FROM articles');
    return r.rows[0].n;
  }

  async setArticleTopics(id: string, topics: string[]): Promise<void> {
    await this.tx(async (c) => {
      const r = await c.query('SELECT article_json, stored_at FROM articles WHERE id = $1 FOR UPDATE', [id]);
      if (!r.rowCount) return;
      await bumpTopics(c, await this.topicsOf(id, c));
      await c.query('DELETE FROM article_topics WHERE article_id = $1', [id]);
      await bumpTopics(c, topics);
      for (const t of topics) {
        await c.query('INSERT INTO article_topics (article_id, topic, sort_key) VALUES ($1, $2, $3)', [id, t, sortKey(r.rows[0].article_json, r.rows[0].stored_at)]);
      }
      await bumpVersion(c);
    });
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    let after = '';
    for (;;) {
      const r = await this.pool.query('SELECT * FROM articles WHERE id > $1 ORDER BY id LIMIT 500', [after]);
      if (!r.rowCount) return;
      for (const a of await this.hydrate(r.rows)) yield a;
      after = r.rows[r.rows.length - 1].id;
    }
  }

  async upsertTopics(topics: Topic[]): Promise<void> {
    await this.tx(async (c) => {
      for (const t of topics) await c.query('INSERT INTO topics (id, json) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET json = excluded.json', [t.id, JSON.stringify(t)]);
      await bumpTopics(c, topics.map((t) => t.id));
      await bumpVersion(c);
    });
  }

  async listTopics(): Promise<Topic[]> {
    return (await this.pool.query('SELECT json FROM topics ORDER BY id')).rows.map((r) => TopicSchema.parse(r.json));
  }

  async searchQuotes(query: string, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    const tsq = toTsquery(parseFtsQuery(query));
    if (!tsq) return [];
    // Ranked (ts_rank, speaker weighted A) among the newest RANK_WINDOW matches: the rank is
    // computed for those rows only, not for every row holding a common word.
    const r = await this.pool.query(
      `SELECT m.article_id, m.idx, ts_rank(m.tsv, to_tsquery('simple', $1)) AS rank FROM (
         SELECT q.article_id, q.idx, q.stored_at, q.tsv
         FROM quotes q
         WHERE q.tsv @@ to_tsquery('simple', $1) AND q.stored_at > $2
           AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = q.article_id AND t.topic = $3))
         ORDER BY q.stored_at DESC LIMIT $5) m
       ORDER BY rank DESC, m.stored_at DESC LIMIT $4`,
      [tsq, opts.since ?? '', opts.topic ?? null, opts.limit ?? 50, RANK_WINDOW],
    );
    return r.rows.map((x) => ({ articleId: x.article_id, quoteIndex: x.idx, score: Number(x.rank) }));
  }

  async getQuotes(refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]> {
    if (!refs.length) return [];
    const r = await this.pool.query(
      `SELECT q.article_id, q.idx, q.quote_json, a.headline, a.outlet, a.url, a.published
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS r(article_id, idx, n)
       JOIN quotes q ON q.article_id = r.article_id AND q.idx = r.idx JOIN articles a ON a.id = q.article_id ORDER BY r.n`,
      [refs.map((x) => x.articleId), refs.map((x) => x.quoteIndex)],
    );
    return r.rows.map((x) => ({
      articleId: x.article_id,
      quoteIndex: x.idx,
      quote: x.quote_json,
      head: { id: x.article_id, headline: x.headline, outlet: x.outlet ?? undefined, url: x.url ?? undefined, published: x.published ?? undefined },
    }));
  }

  async dataVersion(topic?: string): Promise<number> {
    if (topic !== undefined) return Number((await this.pool.query('SELECT version FROM topic_versions WHERE topic = $1', [topic])).rows[0]?.version ?? 0);
    return Number((await this.pool.query("SELECT value FROM store_meta WHERE key = 'data_version'")).rows[0].value);
  }

  async quotesByPerson(person: string, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    const rows = (
      await this.pool.query(
        `SELECT q.article_id AS "articleId", q.idx AS "quoteIndex" FROM person_quotes q
         WHERE q.person = $1 AND q.stored_at > $2
           AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = q.article_id AND t.topic = $3))
         ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT $4`,
        [person, opts.since ?? '', opts.topic ?? null, opts.limit ?? 50],
      )
    ).rows;
    return rows.map((r) => ({ articleId: r.articleId, quoteIndex: Number(r.quoteIndex), score: 0 }));
  }

  async findPeople(surnames: string[]): Promise<PersonForm[]> {
    if (!surnames.length) return [];
    const rows = (await this.pool.query('SELECT * FROM people WHERE surname = ANY($1::text[]) ORDER BY quotes DESC, name', [surnames])).rows;
    return rows.map((r) => ({ name: r.name, person: r.person, surname: r.surname, kind: r.kind, middle: r.middle, quotes: Number(r.quotes), roles: r.roles_json }));
  }

  async listSpeakers(): Promise<{ name: string; quotes: number }[]> {
    return (await this.pool.query('SELECT name, quotes FROM speakers ORDER BY quotes DESC, name')).rows;
  }

  async quotesBySpeaker(names: string[], opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    if (!names.length) return [];
    // One indexed walk per name (speaker, stored_at), newest first, then merged: one scan over
    // several names would sort every quote of all of them.
    const r = await this.pool.query(
      `SELECT x.article_id, x.idx FROM unnest($1::text[]) AS n(name), LATERAL (
         SELECT q.article_id, q.idx, q.stored_at FROM quotes q
         WHERE q.speaker = n.name AND q.stored_at > $2
           AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = q.article_id AND t.topic = $3))
         ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT $4) x
       ORDER BY x.stored_at DESC, x.article_id, x.idx LIMIT $4`,
      [[...new Set(names)], opts.since ?? '', opts.topic ?? null, opts.limit ?? 50],
    );
    return r.rows.map((x) => ({ articleId: x.article_id, quoteIndex: x.idx, score: 0 }));
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    const hit = this.cache.get(articleId)?.facts.claims ?? this.claims.get(articleId);
    if (hit) return hit;
    const r = await this.pool.query(`SELECT facts_json -> 'claims' AS claims FROM articles WHERE id = $1`, [articleId]);
    const claims = (r.rows[0]?.claims ?? null) as Claim[] | null;
    if (claims) this.claims.set(articleId, claims);
    return claims ?? [];
  }

  async addSubscription(input: SubscriptionInput): Promise<Subscription> {
    const sub = SubscriptionSchema.parse(input);
    return this.tx(async (c) => {
      const cur = (await c.query('SELECT * FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3 FOR UPDATE', [sub.platform, sub.workspace, sub.channel])).rows[0];
      if (cur) {
        const topics = [...new Set([...(JSON.parse(cur.topics_json) as string[]), ...sub.topics])].sort();
        await c.query('UPDATE subscriptions SET topics_json = $1, time = $2, timezone = $3, quiet_day = $4 WHERE id = $5', [JSON.stringify(topics), sub.time, sub.timezone, sub.quietDay, cur.id]);
      } else {
        await c.query(
          `INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (platform, workspace, channel) DO NOTHING`,
          [sub.platform, sub.workspace, sub.channel, JSON.stringify([...new Set(sub.topics)].sort()), sub.time, sub.timezone, sub.quietDay, this.clock().toISOString()],
        );
      }
      const r = await c.query('SELECT * FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3', [sub.platform, sub.workspace, sub.channel]);
      return subscriptionFromRow(r.rows[0]);
    });
  }

  async restoreSubscription(sub: Subscription): Promise<Subscription> {
    await this.pool.query(
      `INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at, last_posted_slot, last_posted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (platform, workspace, channel) DO UPDATE SET topics_json = excluded.topics_json, time = excluded.time, timezone = excluded.timezone,
         quiet_day = excluded.quiet_day, created_at = excluded.created_at, last_posted_slot = excluded.last_posted_slot, last_posted_at = excluded.last_posted_at`,
      [sub.platform, sub.workspace, sub.channel, JSON.stringify(sub.topics), sub.time, sub.timezone, sub.quietDay, sub.createdAt ?? this.clock().toISOString(), sub.lastPostedSlot, sub.lastPostedAt],
    );
    return (await this.listSubscriptions({ platform: sub.platform, workspace: sub.workspace, channel: sub.channel }))[0];
  }

  async removeSubscription(platform: string, workspace: string, channel: string, topic: string): Promise<boolean> {
    return this.tx(async (c) => {
      const cur = (await c.query('SELECT * FROM subscriptions WHERE platform = $1 AND workspace = $2 AND channel = $3 FOR UPDATE', [platform, workspace, channel])).rows[0];
      if (!cur) return false;
      const all = JSON.parse(cur.topics_json) as string[];
      const topics = all.filter((t) => t !== topic);
      if (topics.length === all.length) return false;
      if (!topics.length) await c.query('DELETE FROM subscriptions WHERE id = $1', [cur.id]);
      else await c.query('UPDATE subscriptions SET topics_json = $1 WHERE id = $2', [JSON.stringify(topics), cur.id]);
      return true;
    });
  }

  async listSubscriptions(filter: { platform?: string; workspace?: string; channel?: string } = {}): Promise<Subscription[]> {
    const r = await this.pool.query(
      `SELECT * FROM subscriptions WHERE ($1::text IS NULL OR platform = $1) AND ($2::text IS NULL OR workspace = $2) AND ($3::text IS NULL OR channel = $3) ORDER BY id`,
      [filter.platform ?? null, filter.workspace ?? null, filter.channel ?? null],
    );
    return r.rows.map((x) => subscriptionFromRow(x));
  }

  // --- digests: exactly-once bookkeeping (unique insert claims a slot; FOR UPDATE SKIP LOCKED re-claims a retry)
  async getSubscription(id: number): Promise<Subscription | null> {
    const r = await this.pool.query('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return r.rowCount ? subscriptionFromRow(r.rows[0]) : null;
  }

  async claimDigestRun(subscriptionId: number, slot: string, opts: { by: string; now: string; kind?: DigestRun['kind'] }): Promise<DigestClaim> {
    return this.tx(async (c): Promise<DigestClaim> => {
      const sub = (await c.query('SELECT * FROM subscriptions WHERE id = $1 FOR KEY SHARE', [subscriptionId])).rows[0];
      if (!sub) return { claimed: false, run: null, reason: 'gone' };
      let run = (
        await c.query(
          `INSERT INTO digest_runs (subscription_id, slot, kind, status, attempts, claimed_by, claimed_at)
           VALUES ($1, $2, $3, 'claimed', 1, $4, $5) ON CONFLICT (subscription_id, slot) DO NOTHING RETURNING *`,
          [subscriptionId, slot, opts.kind ?? 'scheduled', opts.by, opts.now],
        )
      ).rows[0];
      if (!run) {
        run = (
          await c.query(
            `UPDATE digest_runs SET status = 'claimed', attempts = attempts + 1, claimed_by = $3, claimed_at = $4, next_attempt_at = NULL
             WHERE id = (
               SELECT r.id FROM digest_runs r
               WHERE r.subscription_id = $1 AND r.slot = $2 AND r.status = 'failed' AND r.next_attempt_at IS NOT NULL AND r.next_attempt_at <= $4
                 AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = r.subscription_id AND n.slot > r.slot)
               FOR UPDATE SKIP LOCKED)
             RETURNING *`,
            [subscriptionId, slot, opts.by, opts.now],
          )
        ).rows[0];
        if (!run) {
          const cur = (await c.query('SELECT * FROM digest_runs WHERE subscription_id = $1 AND slot = $2', [subscriptionId, slot])).rows[0];
          return { claimed: false, run: cur ? digestRunFromRow(cur) : null, reason: 'exists' };
        }
      }
      await c.query(
        `UPDATE digest_runs SET next_attempt_at = NULL, error = coalesce(error, '') || $3
         WHERE subscription_id = $1 AND slot < $2 AND status = 'failed' AND next_attempt_at IS NOT NULL`,
        [subscriptionId, slot, SUPERSEDED],
      );
      const covered = (await c.query(`SELECT max(covered_until) AS c FROM digest_runs WHERE subscription_id = $1 AND status = 'posted'`, [subscriptionId])).rows[0].c;
      return { claimed: true, run: digestRunFromRow(run), subscription: subscriptionFromRow(sub), since: covered ?? sub.last_posted_at ?? sub.created_at ?? null };
    });
  }

  async finishDigestRun(runId: number, by: string, outcome: DigestOutcome): Promise<boolean> {
    return this.tx(async (c) => {
      const run = (await c.query(`SELECT * FROM digest_runs WHERE id = $1 AND status = 'claimed' AND claimed_by = $2 FOR UPDATE`, [runId, by])).rows[0];
      if (!run) return false;
      if (outcome.status === 'posted') {
        await c.query(`UPDATE digest_runs SET status = 'posted', posted_at = $2, covered_until = $3, next_attempt_at = NULL, error = NULL WHERE id = $1`, [runId, outcome.at, outcome.coveredUntil]);
        await c.query(`UPDATE subscriptions SET last_posted_slot = $2, last_posted_at = $3 WHERE id = $1 AND (last_posted_slot IS NULL OR last_posted_slot <= $2)`, [
          run.subscription_id,
          run.slot,
          outcome.at,
        ]);
      } else if (outcome.status === 'failed') {
        await c.query(`UPDATE digest_runs SET status = 'failed', error = $2, next_attempt_at = $3 WHERE id = $1`, [runId, outcome.error, outcome.nextAttemptAt]);
      } else {
        await c.query(`UPDATE digest_runs SET status = 'skipped', error = $2, next_attempt_at = NULL WHERE id = $1`, [runId, outcome.reason]);
      }
      return true;
    });
  }

  async skipDigestRun(subscriptionId: number, slot: string, reason: string, now: string): Promise<boolean> {
    try {
      const r = await this.pool.query(
        `INSERT INTO digest_runs (subscription_id, slot, status, claimed_at, error)
         SELECT $1, $2, 'skipped', $3, $4 WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = $1)
         ON CONFLICT (subscription_id, slot) DO NOTHING`,
        [subscriptionId, slot, now, reason],
      );
      return Boolean(r.rowCount);
    } catch (e) {
      if ((e as { code?: string }).code === '23503') return false; // the subscription went away meanwhile
      throw e;
    }
  }

  async dueDigestRetries(now: string): Promise<DigestRun[]> {
    const r = await this.pool.query(
      `SELECT * FROM digest_runs r WHERE status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= $1
         AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = r.subscription_id AND n.slot > r.slot)
       ORDER BY next_attempt_at, id`,
      [now],
    );
    return r.rows.map(digestRunFromRow);
  }

  async expireDigestClaims(claimedBefore: string, now: string): Promise<DigestRun[]> {
    const r = await this.pool.query(
      `UPDATE digest_runs SET status = 'failed', next_attempt_at = NULL,
         error = 'abandoned at ' || $2 || ': claimed by ' || coalesce(claimed_by, '?') || ' at ' || claimed_at || ' and never finished (not re-posted, in case it went out)'
       WHERE status = 'claimed' AND claimed_at < $1 RETURNING *`,
      [claimedBefore, now],
    );
    return r.rows.map(digestRunFromRow).sort((a, b) => a.id - b.id);
  }

  async listDigestRuns(filter: { subscriptionId?: number; status?: DigestRunStatus; since?: string } = {}): Promise<DigestRun[]> {
    const r = await this.pool.query(
      `SELECT * FROM digest_runs WHERE ($1::int IS NULL OR subscription_id = $1) AND ($2::text IS NULL OR status = $2) AND slot > $3 ORDER BY slot, subscription_id`,
      [filter.subscriptionId ?? null, filter.status ?? null, filter.since ?? ''],
    );
    return r.rows.map(digestRunFromRow);
  }

  // --- sources (migration 3) ---
  async addSource(input: NewSource): Promise<{ source: Source; created: boolean }> {
    const src = NewSourceSchema.parse(input);
    const now = this.clock().toISOString();
    const r = await this.pool.query(
      `INSERT INTO sources (kind, location, every_seconds, created_at, next_due_at) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (location) DO UPDATE SET every_seconds = excluded.every_seconds
       RETURNING *, (xmax = 0) AS created`,
      [src.kind, src.location, src.everySeconds, now],
    );
    return { source: sourceFromRow(r.rows[0]), created: Boolean(r.rows[0].created) };
  }

  async listSources(): Promise<Source[]> {
    return (await this.pool.query('SELECT * FROM sources ORDER BY id')).rows.map(sourceFromRow);
  }

  async getSource(id: number): Promise<Source | null> {
    const r = await this.pool.query('SELECT * FROM sources WHERE id = $1', [id]);
    return r.rowCount ? sourceFromRow(r.rows[0]) : null;
  }

  async removeSource(id: number): Promise<boolean> {
    return Boolean((await this.pool.query('DELETE FROM sources WHERE id = $1', [id])).rowCount);
  }

  async claimDueSources(now: string, leaseUntil: string, limit = 16): Promise<Source[]> {
    const r = await this.pool.query(
      `UPDATE sources SET next_due_at = $2 WHERE id IN (
         SELECT id FROM sources WHERE next_due_at <= $1 ORDER BY next_due_at, id LIMIT $3 FOR UPDATE SKIP LOCKED
       ) RETURNING *`,
      [now, leaseUntil, limit],
    );
    return r.rows.map(sourceFromRow).sort((a, b) => a.id - b.id);
  }

  async recordSourcePoll(id: number, update: SourcePollUpdate): Promise<void> {
    const cols = pollUpdateColumns(update);
    const sets = cols.map(([c], i) => `${c} = $${i + 1}`).join(', ');
    await this.pool.query(`UPDATE sources SET ${sets}, articles_taken = articles_taken + $${cols.length + 1} WHERE id = $${cols.length + 2}`, [
      ...cols.map(([, v]) => v),
      update.articlesTaken,
      id,
    ]);
  }

  async addArticleFingerprints(articleId: string, bands: string[], storedAt: string): Promise<void> {
    if (!bands.length) return;
    await this.pool.query(
      `INSERT INTO article_fingerprints (band, article_id, stored_at) SELECT b, $2, $3 FROM unnest($1::text[]) AS b ON CONFLICT DO NOTHING`,
      [bands, articleId, storedAt],
    );
  }

  async findArticlesByFingerprint(bands: string[], opts: { since?: string; limit?: number } = {}): Promise<string[]> {
    if (!bands.length) return [];
    const r = await this.pool.query(
      `SELECT article_id FROM article_fingerprints WHERE band = ANY($1) AND stored_at > $2
       GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT $3`,
      [bands, opts.since ?? '', opts.limit ?? 20],
    );
    return r.rows.map((x) => x.article_id as string);
  }
}

/**
 * The forms of people and organisations an article adds (src/briefing/people.ts). The upsert locks
 * the row, so merging the roles it returns is safe with several processes ingesting at once.
 */
async function recordPeople(c: pg.PoolClient, article: Pick<Article, 'id' | 'published' | 'body'>, facts: Facts, storedAt: string): Promise<void> {
  const sq = quoteIdentities(article, facts);
  if (sq.length) {
    await c.query(
      'INSERT INTO person_quotes (person, article_id, idx, stored_at) SELECT p, $2, i, $3 FROM unnest($1::text[], $4::int[]) AS u(p, i) ON CONFLICT DO NOTHING',
      [sq.map((r) => r.person), article.id, storedAt, sq.map((r) => r.index)],
    );
  }
  const forms = personForms(article, facts, storedAt).sort((a, b) => a.name.localeCompare(b.name));
  for (const f of forms) {
    const r = await c.query(
      `INSERT INTO people (name, person, surname, kind, middle, quotes, roles_json) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (name) DO UPDATE SET quotes = people.quotes + excluded.quotes RETURNING (xmax <> 0) AS existed, roles_json`,
      [f.name, f.person, f.surname, f.kind, f.middle, f.quotes, JSON.stringify(f.roles)],
    );
    if (r.rows[0].existed && f.roles.length) await c.query('UPDATE people SET roles_json = $2 WHERE name = $1', [f.name, JSON.stringify(combineRoles(r.rows[0].roles_json, f.roles))]);
  }
}
