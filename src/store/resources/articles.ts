import type { Article } from '../../articles/article.ts';
import type { Facts } from '../../facts/schema.ts';
import { sql } from '../sql.ts';
import type { Db, Row } from '../db.ts';
import { readJson } from '../rows.ts';
import type { IngestResult, StoredArticle } from '../store.ts';
import type { StoreContext } from './context.ts';
import { addArticleFingerprints } from './fingerprints.ts';
import { recordPeople } from './people.ts';
import { storeQuotes } from './quotes.ts';
import { storeStances } from './stances.ts';
import { bumpTopics, bumpVersion } from './versions.ts';

/** A topic link's order: the article's date (else the day it was stored), then when it was stored. */
export function sortKey(a: Article, storedAt: string): string {
  return `${(a.published ?? storedAt.slice(0, 10)).slice(0, 10)}|${storedAt}`;
}

async function linkTopics(db: Db, article: Article, storedAt: string, topics: string[]): Promise<void> {
  const key = sortKey(article, storedAt);
  await db.insertRows('article_topics', ['article_id', 'topic', 'sort_key'], topics.map((t) => [article.id, t, key]), 'ON CONFLICT DO NOTHING');
  await bumpTopics(db, topics);
}

/**
 * Migration 11: the article's quotes (by speaker) and its people's quotes (by person) under each of
 * its topics, after its topic links or its quotes change.
 */
async function indexTopicQuotes(db: Db, id: string, replace: boolean): Promise<void> {
  if (replace) {
    await db.run(sql`DELETE FROM topic_quotes WHERE article_id = ${id}`);
    await db.run(sql`DELETE FROM topic_person_quotes WHERE article_id = ${id}`);
  }
  await db.run(
    sql`INSERT INTO topic_quotes (topic, speaker, stored_at, article_id, idx)
        SELECT t.topic, q.speaker, q.stored_at, q.article_id, q.idx FROM quotes q JOIN article_topics t ON t.article_id = q.article_id
        WHERE q.article_id = ${id} AND q.speaker IS NOT NULL`,
  );
  await db.run(
    sql`INSERT INTO topic_person_quotes (topic, person, stored_at, article_id, idx)
        SELECT t.topic, q.person, q.stored_at, q.article_id, q.idx FROM person_quotes q JOIN article_topics t ON t.article_id = q.article_id
        WHERE q.article_id = ${id}`,
  );
}

async function topicsOf(db: Db, id: string): Promise<string[]> {
  return (await db.all(sql`SELECT topic FROM article_topics WHERE article_id = ${id} ORDER BY topic`)).map((r) => r.topic as string);
}

export async function putArticle(
  s: StoreContext,
  article: Article,
  facts: Facts,
  topics: string[],
  opts: { storedAt?: string; fingerprints?: { bands: string[]; at: string } } = {},
): Promise<IngestResult> {
  const storedAt = opts.storedAt ?? s.now();
  return s.db.tx(async (db) => {
    const inserted = await db.run(
      sql`INSERT INTO articles (id, url, outlet, headline, published, article_json, facts_json, stored_at)
          VALUES (${article.id}, ${article.url}, ${article.outlet}, ${article.headline}, ${article.published}, ${JSON.stringify(article)}, ${JSON.stringify(facts)}, ${storedAt})
          ON CONFLICT (id) DO NOTHING`,
    );
    if (!inserted) return { id: article.id, inserted: false, topics: await topicsOf(db, article.id) };
    await linkTopics(db, article, storedAt, topics);
    await storeQuotes(db, article.id, facts.quotes, storedAt);
    await recordPeople(db, article, facts, storedAt);
    await storeStances(db, article.id, facts);
    if (topics.length) await indexTopicQuotes(db, article.id, false);
    if (opts.fingerprints) await addArticleFingerprints(db, article.id, opts.fingerprints.bands, opts.fingerprints.at);
    await bumpVersion(db);
    return { id: article.id, inserted: true, topics: [...topics].sort() };
  });
}

export async function hasArticle(s: StoreContext, id: string): Promise<boolean> {
  return (await s.db.get(sql`SELECT 1 AS one FROM articles WHERE id = ${id}`)) !== undefined;
}

/**
 * Rows with at least id and stored_at as stored articles: the JSON of articles not already parsed
 * is read (from the rows when they have it, else in one query), topic links in one query.
 */
async function hydrate(s: StoreContext, rows: Row[]): Promise<StoredArticle[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id as string);
  const parsed = new Map<string, { article: Article; facts: Facts }>();
  const take = (r: Row) => {
    const v = { article: readJson<Article>(r.article_json), facts: readJson<Facts>(r.facts_json) };
    s.cache.set(r.id as string, v);
    parsed.set(r.id as string, v);
  };
  for (const r of rows) {
    const hit = s.cache.get(r.id as string);
    if (hit) parsed.set(r.id as string, hit);
    else if (r.article_json !== undefined) take(r);
  }
  const missing = ids.filter((id) => !parsed.has(id));
  if (missing.length) for (const r of await s.db.all(sql`SELECT id, article_json, facts_json FROM articles WHERE ${s.db.d.inList('id', missing)}`)) take(r);
  const topics = new Map<string, string[]>();
  for (const r of await s.db.all(sql`SELECT article_id, topic FROM article_topics WHERE ${s.db.d.inList('article_id', ids)} ORDER BY topic`)) {
    const list = topics.get(r.article_id as string);
    if (list) list.push(r.topic as string);
    else topics.set(r.article_id as string, [r.topic as string]);
  }
  return rows.map((r) => ({ ...parsed.get(r.id as string)!, topics: topics.get(r.id as string) ?? [], storedAt: r.stored_at as string }));
}

export async function getArticle(s: StoreContext, id: string): Promise<StoredArticle | null> {
  return (await hydrate(s, await s.db.all(sql`SELECT * FROM articles WHERE id = ${id}`)))[0] ?? null;
}

/** The newest articles' ids and times (of a topic, or all; stored after `since`), from the indexes only. */
async function heads(s: StoreContext, opts: { topic?: string; since?: string; limit?: number }): Promise<Row[]> {
  const since = opts.since ?? '';
  const limit = opts.limit === undefined ? sql`` : sql` LIMIT ${opts.limit}`;
  return opts.topic
    ? s.db.all(
        sql`SELECT a.id, a.stored_at FROM article_topics t JOIN articles a ON a.id = t.article_id
            WHERE t.topic = ${opts.topic} AND a.stored_at > ${since} ORDER BY t.sort_key DESC, a.id${limit}`,
      )
    : s.db.all(sql`SELECT id, stored_at FROM articles WHERE stored_at > ${since} ORDER BY coalesce(published, substr(stored_at, 1, 10)) DESC, stored_at DESC, id${limit}`);
}

/** Ids first (index only), then the JSON of the articles not already parsed, then topics in one query. */
export async function listArticles(s: StoreContext, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<StoredArticle[]> {
  return hydrate(s, await heads(s, opts));
}

/** The ids listArticles would return, in its order, without reading any article. */
export async function listArticleIds(s: StoreContext, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<string[]> {
  return (await heads(s, opts)).map((r) => r.id as string);
}

/** The ids and storage times listArticles would return, in its order, without reading any article. */
export async function listArticleTimes(s: StoreContext, opts: { topic?: string; since?: string; limit?: number } = {}): Promise<{ id: string; storedAt: string }[]> {
  return (await heads(s, opts)).map((r) => ({ id: r.id as string, storedAt: String(r.stored_at) }));
}

/** These articles (those stored), in the order asked. */
export async function getArticles(s: StoreContext, ids: string[]): Promise<StoredArticle[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await s.db.all(sql`SELECT id, stored_at FROM articles WHERE ${s.db.d.inList('id', unique)}`);
  const at = new Map(unique.map((id, i) => [id, i]));
  return hydrate(s, rows.sort((a, b) => at.get(a.id as string)! - at.get(b.id as string)!));
}

export async function countArticles(s: StoreContext, topic?: string): Promise<number> {
  const r = topic ? await s.db.get(sql`SELECT count(*) AS n FROM article_topics WHERE topic = ${topic}`) : await s.db.get(sql`SELECT count(*) AS n FROM articles`);
  return Number(r?.n ?? 0);
}

export async function setArticleTopics(s: StoreContext, id: string, topics: string[]): Promise<void> {
  await s.db.tx(async (db) => {
    const r = await db.get(sql`SELECT article_json, stored_at FROM articles WHERE id = ${id} ${db.d.forUpdate}`);
    if (!r) return;
    await bumpTopics(db, await topicsOf(db, id));
    await db.run(sql`DELETE FROM article_topics WHERE article_id = ${id}`);
    await linkTopics(db, readJson<Article>(r.article_json), r.stored_at as string, topics);
    await indexTopicQuotes(db, id, true);
    await bumpVersion(db);
  });
}

/** Every stored article, in the order they were stored, a page at a time. */
export async function* allArticles(s: StoreContext): AsyncIterable<StoredArticle> {
  let at = '';
  let id = '';
  for (;;) {
    const rows = await s.db.all(sql`SELECT id, stored_at FROM articles WHERE stored_at > ${at} OR (stored_at = ${at} AND id > ${id}) ORDER BY stored_at, id LIMIT 500`);
    if (!rows.length) return;
    for (const a of await hydrate(s, rows)) yield a;
    at = rows[rows.length - 1].stored_at as string;
    id = rows[rows.length - 1].id as string;
  }
}
