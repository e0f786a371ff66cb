import type { Claim, Quote } from '../../facts/schema.ts';
import { raw, sql, typed, type Sql } from '../sql.ts';
import type { Db, QuoteFilter } from '../db.ts';
import { readJson, storedQuoteFromRow } from '../rows.ts';
import type { QuoteHit, StoredQuote } from '../store.ts';
import type { StoreContext } from './context.ts';

/** Full-text matches ranked per query: the newest this many. */
export const RANK_WINDOW = 1000;

/** No topic, or the article (`column`) is linked to the topic. */
export function inTopic(topic: string | undefined, column = 'q.article_id'): Sql {
  return sql`(${typed(topic, 'text')} IS NULL OR EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = ${raw(column)} AND t.topic = ${topic}))`;
}

/** An article's quotes, their full-text index and the speakers' counts (in the article's transaction). */
export async function storeQuotes(db: Db, articleId: string, quotes: Quote[], storedAt: string): Promise<void> {
  if (!quotes.length) return;
  const cols = ['article_id', 'idx', 'speaker', 'text', 'kind', 'stored_at', 'quote_json'];
  await db.insertRows('quotes', cols, quotes.map((q, i) => [articleId, i, q.speaker, q.text, q.kind, storedAt, JSON.stringify(q)]));
  await db.d.indexQuotes(db, articleId, quotes);
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const speakers = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await db.insertRows('speakers', ['name', 'quotes'], speakers, 'ON CONFLICT (name) DO UPDATE SET quotes = speakers.quotes + excluded.quotes');
}

/**
 * One speaker's quotes, newest first (at most `limit`): in a topic from its own index (migration
 * 11), else from the quotes' (speaker, stored_at) index. Both engines walk it once a name.
 */
export function speakerWalk(name: Sql, opts: QuoteFilter, limit: number): Sql {
  return opts.topic
    ? sql`SELECT q.article_id, q.idx, q.stored_at FROM topic_quotes q
          WHERE q.topic = ${opts.topic} AND q.speaker = ${name} AND q.stored_at > ${opts.since ?? ''}
          ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${limit}`
    : sql`SELECT q.article_id, q.idx, q.stored_at FROM quotes q
          WHERE q.speaker = ${name} AND q.stored_at > ${opts.since ?? ''}
          ORDER BY q.stored_at DESC, q.article_id, q.idx LIMIT ${limit}`;
}

export async function searchQuotes(s: StoreContext, query: string, opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  return s.db.d.searchQuotes(s.db, query, opts);
}

export async function quotesBySpeaker(s: StoreContext, names: string[], opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  return names.length ? s.db.d.quotesBySpeaker(s.db, [...new Set(names)], opts) : [];
}

export async function listSpeakers(s: StoreContext): Promise<{ name: string; quotes: number }[]> {
  return (await s.db.all(sql`SELECT name, quotes FROM speakers ORDER BY quotes DESC, name`)).map((r) => ({ name: r.name as string, quotes: Number(r.quotes) }));
}

/** Quotes with their article's head; a stored quote never changes, so it is parsed once per process. */
export async function getQuotes(s: StoreContext, refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]> {
  if (!refs.length) return [];
  const { from, order } = s.db.d.quoteRefs(refs);
  const rows = await s.db.all(sql`SELECT q.article_id, q.idx, q.quote_json, a.headline, a.outlet, a.url, a.published FROM ${from} JOIN articles a ON a.id = q.article_id ORDER BY ${order}`);
  return rows.map((r) => {
    const key = `${r.article_id}\u0000${r.idx}`;
    let quote = s.quotes.get(key);
    if (!quote) s.quotes.set(key, (quote = readJson<Quote>(r.quote_json)));
    return storedQuoteFromRow(r, quote);
  });
}

/** An article's claims, without loading (or parsing) the whole article. */
export async function getClaims(s: StoreContext, articleId: string): Promise<Claim[]> {
  const hit = s.cache.get(articleId)?.facts.claims ?? s.claims.get(articleId);
  if (hit) return hit;
  const r = await s.db.get(sql`SELECT ${s.db.d.jsonField('facts_json', 'claims')} AS claims FROM articles WHERE id = ${articleId}`);
  const claims = r?.claims === null || r?.claims === undefined ? null : readJson<Claim[]>(r.claims);
  if (claims) s.claims.set(articleId, claims);
  return claims ?? [];
}
