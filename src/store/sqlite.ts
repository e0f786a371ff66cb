import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article } from '../articles/article.ts';
import type { Claim, Facts, Quote } from '../facts/schema.ts';
import { TopicSchema, type Topic } from '../briefing/topic.ts';
import { migrations } from './migrations.ts';
import { subscriptionFromRow } from './subscription-row.ts';
import { parseFtsQuery, toFts5 } from './fts-query.ts';
import { ArticleCache } from './article-cache.ts';
import { Lru } from './lru.ts';
import { windowBm25 } from './window-rank.ts';
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
import { combineRoles, personForms, quoteIdentities, type PersonForm } from '../briefing/people.ts';

type Row = Record<string, unknown>;

/** Full-text matches ranked per query: the newest this many. */
export const RANK_WINDOW = 1000;

export function sortKey(a: Article, storedAt: string): string {
  return `${(a.published ?? storedAt.slice(0, 10)).slice(0, 10)}|${storedAt}`;
}

/** The embedded store: one SQLite file (WAL mode), better-sqlite3. */
export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly db: Database.Database;
  private clock: () => Date;
  private cache = new ArticleCache();
  private quotes = new Lru<string, Quote>(20_000);
  private claims = new Lru<string, Claim[]>(5000);

  constructor(path: string, opts: { clock?: () => Date } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.clock = opts.clock ?? (() => new Date());
  }

  async migrate(): Promise<void> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const apply = this.db.transaction(() => {
      const done = new Set(this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      // In version order, whatever the array order; a missing version (a gap) is simply absent.
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        this.db.exec(m.sqlite);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, this.clock().toISOString());
        // Version 6: the people of articles stored before it.
        if (m.version === 6) for (const r of this.db.prepare('SELECT id, published, article_json, facts_json, stored_at FROM articles ORDER BY stored_at, id').all() as Row[]) this.recordPeople(JSON.parse(r.article_json as string), JSON.parse(r.facts_json as string), r.stored_at as string);
      }
    });
    apply.immediate();
  }

  async schemaVersion(): Promise<number> {
    return (this.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async putArticle(article: Article, facts: Facts, topics: string[], opts: { storedAt?: string; fingerprints?: { bands: string[]; at: string } } = {}): Promise<IngestResult> {
    const storedAt = opts.storedAt ?? this.clock().toISOString();
    const tx = this.db.transaction((): IngestResult => {
      const exists = this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(article.id);
      if (exists) return { id: article.id, inserted: false, topics: this.topicsOf(article.id) };
      this.db
        .prepare('INSERT INTO articles (id, url, outlet, headline, published, article_json, facts_json, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(article.id, article.url ?? null, article.outlet ?? null, article.headline, article.published ?? null, JSON.stringify(article), JSON.stringify(facts), storedAt);
      this.linkTopics(article, storedAt, topics);
      const q = this.db.prepare('INSERT INTO quotes (article_id, idx, speaker, text, kind, stored_at, quote_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const f = this.db.prepare('INSERT INTO quotes_fts (speaker, text, article_id, idx) VALUES (?, ?, ?, ?)');
      const sp = this.db.prepare('INSERT INTO speakers (name, quotes) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET quotes = quotes + 1');
      facts.quotes.forEach((qt, i) => {
        q.run(article.id, i, qt.speaker, qt.text, qt.kind, storedAt, JSON.stringify(qt));
        f.run(qt.speaker ?? '', qt.text, article.id, i);
        if (qt.speaker) sp.run(qt.speaker);
      });
      this.recordPeople(article, facts, storedAt);
      const fp = this.db.prepare('INSERT OR IGNORE INTO article_fingerprints (band, article_id, stored_at) VALUES (?, ?, ?)');
      for (const b of opts.fingerprints?.bands ?? []) fp.run(b, article.id, opts.fingerprints!.at);
      this.bumpVersion();
      return { id: article.id, inserted: true, topics: [...topics].sort() };
    });
    return tx.immediate();
  }

  /** The forms of people and organisations an article adds (src/briefing/people.ts). */
  private recordPeople(article: Pick<Article, 'id' | 'published' | 'body'>, facts: Facts, storedAt: string): void {
    const pq = this.db.prepare('INSERT OR IGNORE INTO person_quotes (person, article_id, idx, stored_at) VALUES (?, ?, ?, ?)');
    for (const r of quoteIdentities(article, facts)) pq.run(r.person, article.id, r.index, storedAt);
    const get = this.db.prepare('SELECT roles_json FROM people WHERE name = ?').pluck();
    const up = this.db.prepare(
      `INSERT INTO people (name, person, surname, kind, middle, quotes, roles_json) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET quotes = quotes + excluded.quotes, roles_json = excluded.roles_json`,
    );
    for (const f of personForms(article, facts, storedAt)) {
      const old = get.get(f.name) as string | undefined;
      up.run(f.name, f.person, f.surname, f.kind, f.middle, f.quotes, JSON.stringify(old ? combineRoles(JSON.parse(old), f.roles) : f.roles));
    }
  }

  async quotesByPerson(person: string, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    const rows = this.db
      .prepare(
        `SELECT q.article_id AS articleId, q.idx AS quoteIndex FROM person_quotes q
         WHERE q.person = ? AND q.stored_at > ?
           AND (? IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = q.article_id AND t.topic = ?))
         ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ?`,
      )
      .all(person, opts.since ?? '', opts.topic ?? null, opts.topic ?? null, opts.limit ?? 50) as { articleId: string; quoteIndex: number }[];
    return rows.map((r) => ({ ...r, score: 0 }));
  }

  async findPeople(surnames: string[]): Promise<PersonForm[]> {
    if (!surnames.length) return [];
    const rows = this.db.prepare('SELECT * FROM people WHERE surname IN (SELECT value FROM json_each(?)) ORDER BY quotes DESC, name').all(JSON.stringify(surnames)) as Row[];
    return rows.map((r) => ({ name: r.name as string, person: r.person as string, surname: r.surname as string, kind: r.kind as PersonForm['kind'], middle: r.middle as string, quotes: r.quotes as number, roles: JSON.parse(r.roles_json as string) }));
  }

  private linkTopics(article: Article, storedAt: string, topics: string[]): void {
    const ins = this.db.prepare('INSERT OR IGNORE INTO article_topics (article_id, topic, sort_key) VALUES (?, ?, ?)');
    for (const t of topics) ins.run(article.id, t, sortKey(article, storedAt));
    this.bumpTopics(topics);
  }

  private bumpTopics(topics: string[]): void {
    const up = this.db.prepare('INSERT INTO topic_versions (topic, version) VALUES (?, 1) ON CONFLICT(topic) DO UPDATE SET version = version + 1');
    for (const t of topics) up.run(t);
  }

  private topicsOf(id: string): string[] {
    return this.db.prepare('SELECT topic FROM article_topics WHERE article_id = ? ORDER BY topic').pluck().all(id) as string[];
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  private parsed(r: Row): { article: Article; facts: Facts } {
    const id = r.id as string;
    let v = this.cache.get(id);
    if (!v) {
      v = { article: JSON.parse(r.article_json as string), facts: JSON.parse(r.facts_json as string) };
      this.cache.set(id, v);
    }
    return v;
  }

  private hydrate(r: Row): StoredArticle {
    const { article, facts } = this.parsed(r);
    return { article, facts, topics: this.topicsOf(r.id as string), storedAt: r.stored_at as string };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return r ? this.hydrate(r) : null;
  }

  async listArticles(opts: { topic?: string; since?: string; limit?: number } = {}): Promise<StoredArticle[]> {
    const limit = opts.limit ?? -1;
    const since = opts.since ?? '';
    // Ids first (index only), then the JSON of the articles not already parsed, then topics in one query.
    const heads = (
      opts.topic
        ? this.db
            .prepare(
              `SELECT a.id, a.stored_at FROM article_topics t JOIN articles a ON a.id = t.article_id
               WHERE t.topic = ? AND a.stored_at > ? ORDER BY t.sort_key DESC, a.id LIMIT ?`,
            )
            .all(opts.topic, since, limit)
        : this.db
            .prepare(`SELECT id, stored_at FROM articles WHERE stored_at > ? ORDER BY coalesce(published, substr(stored_at, 1, 10)) DESC, stored_at DESC, id LIMIT ?`)
            .all(since, limit)
    ) as { id: string; stored_at: string }[];
    return this.hydrateMany(heads);
  }

  private hydrateMany(heads: { id: string; stored_at: string }[]): StoredArticle[] {
    if (!heads.length) return [];
    const ids = JSON.stringify(heads.map((h) => h.id));
    const missing = heads.filter((h) => !this.cache.get(h.id)).map((h) => h.id);
    if (missing.length) {
      const rows = this.db.prepare('SELECT id, article_json, facts_json FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(missing)) as Row[];
      for (const r of rows) this.parsed(r);
    }
    const topics = new Map<string, string[]>();
    for (const r of this.db.prepare('SELECT article_id, topic FROM article_topics WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY topic').all(ids) as { article_id: string; topic: string }[]) {
      const list = topics.get(r.article_id);
      if (list) list.push(r.topic);
      else topics.set(r.article_id, [r.topic]);
    }
    return heads.map((h) => {
      const { article, facts } = this.cache.get(h.id) ?? this.parsed(this.db.prepare('SELECT id, article_json, facts_json FROM articles WHERE id = ?').get(h.id) as Row);
      return { article, facts, topics: topics.get(h.id) ?? [], storedAt: h.stored_at };
    });
  }

  async countArticles(topic?: string): Promise<number> {
    return topic
      ? (this.db.prepare('SELECT count(*) FROM article_topics WHERE topic = ?').pluck().get(topic) as number)
      : (this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number);
  }

  async setArticleTopics(id: string, topics: string[]): Promise<void> {
    const tx = this.db.transaction(() => {
      const r = this.db.prepare('SELECT article_json, stored_at FROM articles WHERE id = ?').get(id) as Row | undefined;
      if (!r) return;
      this.bumpTopics(this.topicsOf(id));
      this.db.prepare('DELETE FROM article_topics WHERE article_id = ?').run(id);
      this.linkTopics(JSON.parse(r.article_json as string), r.stored_at as string, topics);
      this.bumpVersion();
    });
    tx.immediate();
  }

  async *allArticles(): AsyncIterable<StoredArticle> {
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY stored_at, id').pluck().all() as string[];
    for (const id of ids) {
      const a = await this.getArticle(id);
      if (a) yield a;
    }
  }

  async upsertTopics(topics: Topic[]): Promise<void> {
    const tx = this.db.transaction(() => {
      const up = this.db.prepare('INSERT INTO topics (id, json) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json');
      for (const t of topics) up.run(t.id, JSON.stringify(t));
      this.bumpTopics(topics.map((t) => t.id));
      this.bumpVersion();
    });
    tx.immediate();
  }

  async listTopics(): Promise<Topic[]> {
    return (this.db.prepare('SELECT json FROM topics ORDER BY id').pluck().all() as string[]).map((j) => TopicSchema.parse(JSON.parse(j)));
  }

  async searchQuotes(query: string, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    const terms = parseFtsQuery(query);
    const match = toFts5(terms);
    if (!match) return [];
    // Ranked (BM25, speaker weighted 4x) among the newest RANK_WINDOW matches: FTS5 walks rowids
    // newest first and stops, so a common word costs the same at any archive size. The ranking is
    // computed over those rows (windowBm25): FTS5's own bm25() counts every row holding each word.
    const rows = this.db
      .prepare(
        `SELECT f.article_id AS articleId, f.idx AS quoteIndex, f.speaker, f.text, f.rowid AS rid
         FROM quotes_fts f
         WHERE quotes_fts MATCH ?
           AND (? = '' OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = f.article_id AND q.idx = f.idx AND q.stored_at > ?))
           AND (? IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = f.article_id AND t.topic = ?))
         ORDER BY f.rowid DESC LIMIT ?`,
      )
      .all(match, opts.since ?? '', opts.since ?? '', opts.topic ?? null, opts.topic ?? null, RANK_WINDOW) as { articleId: string; quoteIndex: number; speaker: string; text: string; rid: number }[];
    const scores = windowBm25(rows, terms);
    return rows
      .map((r, i) => ({ articleId: r.articleId, quoteIndex: r.quoteIndex, score: scores[i], rid: r.rid }))
      .sort((a, b) => b.score - a.score || b.rid - a.rid)
      .slice(0, opts.limit ?? 50)
      .map(({ rid: _rid, ...hit }) => hit);
  }

  async getQuotes(refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]> {
    if (!refs.length) return [];
    const rows = this.db
      .prepare(
        `SELECT q.article_id, q.idx, ${'q.quote_json'}, a.headline, a.outlet, a.url, a.published FROM json_each(?) r
         JOIN quotes q ON q.article_id = json_extract(r.value, '$[0]') AND q.idx = json_extract(r.value, '$[1]')
         JOIN articles a ON a.id = q.article_id ORDER BY r.key`,
      )
      .raw()
      .all(JSON.stringify(refs.map((r) => [r.articleId, r.quoteIndex]))) as [string, number, string, string, string | null, string | null, string | null][];
    return rows.map(([articleId, idx, json, headline, outlet, url, published]) => {
      // A stored quote never changes: parsed once per process.
      const key = `${articleId}\u0000${idx}`;
      let quote = this.quotes.get(key);
      if (!quote) this.quotes.set(key, (quote = JSON.parse(json) as Quote));
      return { articleId, quoteIndex: idx, quote, head: { id: articleId, headline, outlet: outlet ?? undefined, url: url ?? undefined, published: published ?? undefined } };
    });
  }

  async getClaims(articleId: string): Promise<Claim[]> {
    const hit = this.cache.get(articleId)?.facts.claims ?? this.claims.get(articleId);
    if (hit) return hit;
    const json = this.db.prepare("SELECT json_extract(facts_json, '$.claims') FROM articles WHERE id = ?").pluck().get(articleId) as string | undefined;
    const claims = json ? (JSON.parse(json) as Claim[]) : [];
    if (json) this.claims.set(articleId, claims);
    return claims;
  }

  async dataVersion(topic?: string): Promise<number> {
    if (topic !== undefined) return (this.db.prepare('SELECT version FROM topic_versions WHERE topic = ?').pluck().get(topic) as number | undefined) ?? 0;
    return this.db.prepare("SELECT value FROM store_meta WHERE key = 'data_version'").pluck().get() as number;
  }

  private bumpVersion(): void {
    this.db.prepare("UPDATE store_meta SET value = value + 1 WHERE key = 'data_version'").run();
  }

  async listSpeakers(): Promise<{ name: string; quotes: number }[]> {
    return this.db.prepare('SELECT name, quotes FROM speakers ORDER BY quotes DESC, name').all() as { name: string; quotes: number }[];
  }

  async quotesBySpeaker(names: string[], opts: { topic?: string; since?: string; limit?: number } = {}): Promise<QuoteHit[]> {
    if (!names.length) return [];
    const limit = opts.limit ?? 50;
    // One indexed walk per name (speaker, stored_at), newest first, then merged: one query over
    // several names would sort every quote of all of them.
    const st = this.db.prepare(
      `SELECT q.article_id AS articleId, q.idx AS quoteIndex, q.stored_at AS at FROM quotes q
       WHERE q.speaker = ? AND q.stored_at > ?
         AND (? IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = q.article_id AND t.topic = ?))
       ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ?`,
    );
    const rows = [...new Set(names)].flatMap((n) => st.all(n, opts.since ?? '', opts.topic ?? null, opts.topic ?? null, limit) as { articleId: string; quoteIndex: number; at: string }[]);
    rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.quoteIndex - b.quoteIndex));
    return rows.slice(0, limit).map((r) => ({ articleId: r.articleId, quoteIndex: r.quoteIndex, score: 0 }));
  }

  async addSubscription(input: SubscriptionInput): Promise<Subscription> {
    const sub = SubscriptionSchema.parse(input);
    const tx = this.db.transaction(() => {
      const cur = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?').get(sub.platform, sub.workspace, sub.channel) as Row | undefined;
      if (cur) {
        const topics = [...new Set([...(JSON.parse(cur.topics_json as string) as string[]), ...sub.topics])].sort();
        this.db
          .prepare('UPDATE subscriptions SET topics_json = ?, time = ?, timezone = ?, quiet_day = ? WHERE id = ?')
          .run(JSON.stringify(topics), sub.time, sub.timezone, sub.quietDay, cur.id);
      } else {
        this.db
          .prepare('INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(sub.platform, sub.workspace, sub.channel, JSON.stringify([...new Set(sub.topics)].sort()), sub.time, sub.timezone, sub.quietDay, this.clock().toISOString());
      }
      return subscriptionFromRow(this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?').get(sub.platform, sub.workspace, sub.channel) as Row);
    });
    return tx.immediate();
  }

  async restoreSubscription(sub: Subscription): Promise<Subscription> {
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at, last_posted_slot, last_posted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (platform, workspace, channel) DO UPDATE SET topics_json = excluded.topics_json, time = excluded.time, timezone = excluded.timezone,
           quiet_day = excluded.quiet_day, created_at = excluded.created_at, last_posted_slot = excluded.last_posted_slot, last_posted_at = excluded.last_posted_at`,
      )
      .run(sub.platform, sub.workspace, sub.channel, JSON.stringify(sub.topics), sub.time, sub.timezone, sub.quietDay, sub.createdAt ?? this.clock().toISOString(), sub.lastPostedSlot, sub.lastPostedAt);
    return (await this.listSubscriptions({ platform: sub.platform, workspace: sub.workspace, channel: sub.channel }))[0];
  }

  async removeSubscription(platform: string, workspace: string, channel: string, topic: string): Promise<boolean> {
    const tx = this.db.transaction(() => {
      const cur = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ?').get(platform, workspace, channel) as Row | undefined;
      if (!cur) return false;
      const topics = (JSON.parse(cur.topics_json as string) as string[]).filter((t) => t !== topic);
      if (topics.length === (JSON.parse(cur.topics_json as string) as string[]).length) return false;
      if (topics.length === 0) this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(cur.id);
      else this.db.prepare('UPDATE subscriptions SET topics_json = ? WHERE id = ?').run(JSON.stringify(topics), cur.id);
      return true;
    });
    return tx.immediate();
  }

  async listSubscriptions(filter: { platform?: string; workspace?: string; channel?: string } = {}): Promise<Subscription[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM subscriptions WHERE (? IS NULL OR platform = ?) AND (? IS NULL OR workspace = ?) AND (? IS NULL OR channel = ?) ORDER BY id`,
      )
      .all(filter.platform ?? null, filter.platform ?? null, filter.workspace ?? null, filter.workspace ?? null, filter.channel ?? null, filter.channel ?? null) as Row[];
    return rows.map((r) => subscriptionFromRow(r));
  }

  // --- digests: exactly-once bookkeeping (IMMEDIATE transactions: one writer at a time)
  private digestStmts = new Map<string, Database.Statement>();
  /** A prepared statement, prepared once (digest passes run thousands of these). */
  private dq(sql: string): Database.Statement {
    let st = this.digestStmts.get(sql);
    if (!st) this.digestStmts.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  async getSubscription(id: number): Promise<Subscription | null> {
    const r = this.dq('SELECT * FROM subscriptions WHERE id = ?').get(id) as Row | undefined;
    return r ? subscriptionFromRow(r) : null;
  }

  private digestRun(subscriptionId: number, slot: string): DigestRun | null {
    const r = this.dq('SELECT * FROM digest_runs WHERE subscription_id = ? AND slot = ?').get(subscriptionId, slot) as Row | undefined;
    return r ? digestRunFromRow(r) : null;
  }

  async claimDigestRun(subscriptionId: number, slot: string, opts: { by: string; now: string; kind?: DigestRun['kind'] }): Promise<DigestClaim> {
    const tx = this.db.transaction((): DigestClaim => {
      const sub = this.dq('SELECT * FROM subscriptions WHERE id = ?').get(subscriptionId) as Row | undefined;
      if (!sub) return { claimed: false, run: null, reason: 'gone' };
      const ins = this.dq(
          `INSERT INTO digest_runs (subscription_id, slot, kind, status, attempts, claimed_by, claimed_at)
           VALUES (?, ?, ?, 'claimed', 1, ?, ?) ON CONFLICT (subscription_id, slot) DO NOTHING`,
        )
        .run(subscriptionId, slot, opts.kind ?? 'scheduled', opts.by, opts.now);
      if (!ins.changes) {
        const re = this.dq(
            `UPDATE digest_runs SET status = 'claimed', attempts = attempts + 1, claimed_by = ?, claimed_at = ?, next_attempt_at = NULL
             WHERE subscription_id = ? AND slot = ? AND status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?
               AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = digest_runs.subscription_id AND n.slot > digest_runs.slot)`,
          )
          .run(opts.by, opts.now, subscriptionId, slot, opts.now);
        if (!re.changes) return { claimed: false, run: this.digestRun(subscriptionId, slot), reason: 'exists' };
      }
      this.dq(
          `UPDATE digest_runs SET next_attempt_at = NULL, error = coalesce(error, '') || ?
           WHERE subscription_id = ? AND slot < ? AND status = 'failed' AND next_attempt_at IS NOT NULL`,
        )
        .run(SUPERSEDED, subscriptionId, slot);
      const covered = this.dq(`SELECT max(covered_until) FROM digest_runs WHERE subscription_id = ? AND status = 'posted'`).pluck().get(subscriptionId) as string | null;
      return {
        claimed: true,
        run: this.digestRun(subscriptionId, slot)!,
        subscription: subscriptionFromRow(sub),
        since: covered ?? (sub.last_posted_at as string | null) ?? (sub.created_at as string | null),
      };
    });
    return tx.immediate();
  }

  async finishDigestRun(runId: number, by: string, outcome: DigestOutcome): Promise<boolean> {
    const tx = this.db.transaction((): boolean => {
      const run = this.dq(`SELECT * FROM digest_runs WHERE id = ? AND status = 'claimed' AND claimed_by = ?`).get(runId, by) as Row | undefined;
      if (!run) return false;
      if (outcome.status === 'posted') {
        this.dq(`UPDATE digest_runs SET status = 'posted', posted_at = ?, covered_until = ?, next_attempt_at = NULL, error = NULL WHERE id = ?`).run(outcome.at, outcome.coveredUntil, runId);
        this.dq(`UPDATE subscriptions SET last_posted_slot = ?, last_posted_at = ? WHERE id = ? AND (last_posted_slot IS NULL OR last_posted_slot <= ?)`)
          .run(run.slot, outcome.at, run.subscription_id, run.slot);
      } else if (outcome.status === 'failed') {
        this.dq(`UPDATE digest_runs SET status = 'failed', error = ?, next_attempt_at = ? WHERE id = ?`).run(outcome.error, outcome.nextAttemptAt, runId);
      } else {
        this.dq(`UPDATE digest_runs SET status = 'skipped', error = ?, next_attempt_at = NULL WHERE id = ?`).run(outcome.reason, runId);
      }
      return true;
    });
    return tx.immediate();
  }

  async skipDigestRun(subscriptionId: number, slot: string, reason: string, now: string): Promise<boolean> {
    const tx = this.db.transaction((): boolean => {
      if (!this.dq('SELECT 1 FROM subscriptions WHERE id = ?').get(subscriptionId)) return false;
      const r = this.dq(`INSERT INTO digest_runs (subscription_id, slot, status, claimed_at, error) VALUES (?, ?, 'skipped', ?, ?) ON CONFLICT (subscription_id, slot) DO NOTHING`)
        .run(subscriptionId, slot, now, reason);
      return r.changes > 0;
    });
    return tx.immediate();
  }

  async dueDigestRetries(now: string): Promise<DigestRun[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM digest_runs r WHERE status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ?
           AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = r.subscription_id AND n.slot > r.slot)
         ORDER BY next_attempt_at, id`,
      )
      .all(now) as Row[];
    return rows.map(digestRunFromRow);
  }

  async expireDigestClaims(claimedBefore: string, now: string): Promise<DigestRun[]> {
    const tx = this.db.transaction((): DigestRun[] => {
      const rows = this.dq(`SELECT * FROM digest_runs WHERE status = 'claimed' AND claimed_at < ? ORDER BY id`).all(claimedBefore) as Row[];
      const upd = this.dq(`UPDATE digest_runs SET status = 'failed', next_attempt_at = NULL, error = ? WHERE id = ?`);
      for (const r of rows) upd.run(`abandoned at ${now}: claimed by ${r.claimed_by} at ${r.claimed_at} and never finished (not re-posted, in case it went out)`, r.id);
      return rows.map((r) => digestRunFromRow({ ...r, status: 'failed', next_attempt_at: null }));
    });
    return tx.immediate();
  }

  async listDigestRuns(filter: { subscriptionId?: number; status?: DigestRunStatus; since?: string } = {}): Promise<DigestRun[]> {
    const rows = this.db
      .prepare(`SELECT * FROM digest_runs WHERE (? IS NULL OR subscription_id = ?) AND (? IS NULL OR status = ?) AND slot > ? ORDER BY slot, subscription_id`)
      .all(filter.subscriptionId ?? null, filter.subscriptionId ?? null, filter.status ?? null, filter.status ?? null, filter.since ?? '') as Row[];
    return rows.map(digestRunFromRow);
  }

  // --- sources (migration 3) ---
  async addSource(input: NewSource): Promise<{ source: Source; created: boolean }> {
    const src = NewSourceSchema.parse(input);
    const tx = this.db.transaction(() => {
      const cur = this.db.prepare('SELECT id FROM sources WHERE location = ?').get(src.location) as Row | undefined;
      if (cur) this.db.prepare('UPDATE sources SET every_seconds = ? WHERE id = ?').run(src.everySeconds, cur.id);
      else {
        const now = this.clock().toISOString();
        this.db
          .prepare('INSERT INTO sources (kind, location, every_seconds, created_at, next_due_at) VALUES (?, ?, ?, ?, ?)')
          .run(src.kind, src.location, src.everySeconds, now, now);
      }
      const row = this.db.prepare('SELECT * FROM sources WHERE location = ?').get(src.location) as Row;
      return { source: sourceFromRow(row), created: !cur };
    });
    return tx.immediate();
  }

  async listSources(): Promise<Source[]> {
    return (this.db.prepare('SELECT * FROM sources ORDER BY id').all() as Row[]).map(sourceFromRow);
  }

  async getSource(id: number): Promise<Source | null> {
    const r = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as Row | undefined;
    return r ? sourceFromRow(r) : null;
  }

  async removeSource(id: number): Promise<boolean> {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  async claimDueSources(now: string, leaseUntil: string, limit = 16): Promise<Source[]> {
    const tx = this.db.transaction(() => {
      const rows = this.db.prepare('SELECT * FROM sources WHERE next_due_at <= ? ORDER BY next_due_at, id LIMIT ?').all(now, limit) as Row[];
      const lease = this.db.prepare('UPDATE sources SET next_due_at = ? WHERE id = ?');
      for (const r of rows) lease.run(leaseUntil, r.id);
      return rows.map((r) => sourceFromRow({ ...r, next_due_at: leaseUntil }));
    });
    return tx.immediate();
  }

  async recordSourcePoll(id: number, update: SourcePollUpdate): Promise<void> {
    const cols = pollUpdateColumns(update);
    this.db
      .prepare(`UPDATE sources SET ${cols.map(([c]) => `${c} = ?`).join(', ')}, articles_taken = articles_taken + ? WHERE id = ?`)
      .run(...cols.map(([, v]) => v), update.articlesTaken, id);
  }

  async addArticleFingerprints(articleId: string, bands: string[], storedAt: string): Promise<void> {
    const ins = this.db.prepare('INSERT OR IGNORE INTO article_fingerprints (band, article_id, stored_at) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const b of bands) ins.run(b, articleId, storedAt);
    }).immediate();
  }

  async findArticlesByFingerprint(bands: string[], opts: { since?: string; limit?: number } = {}): Promise<string[]> {
    if (!bands.length) return [];
    return this.db
      .prepare(
        `SELECT article_id FROM article_fingerprints WHERE band IN (${bands.map(() => '?').join(', ')}) AND stored_at > ?
         GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ?`,
      )
      .pluck()
      .all(...bands, opts.since ?? '', opts.limit ?? 20) as string[];
  }
}
