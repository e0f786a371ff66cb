import type { Claim, Quote } from '../../facts/schema.ts';
import { raw, sql, typed, type Sql } from '../sql.ts';
import type { Db, QuoteFilter, Row, WordStats } from '../db.ts';
import { articleHeadFromRow, quoteHitFromRow, readJson } from '../rows.ts';
import type { ArticleHead, QuoteHit, StoredQuote } from '../store.ts';
import type { StoreContext } from './context.ts';
import { ftsTerms, nameWord, parseFtsQuery, statsWord, type FtsTerm } from '../fts-query.ts';
import { dataVersion } from './versions.ts';
import { lowerBound } from '../../sorted.ts';

/** The most matches one full-text search returns (the newest). */
export const MAX_MATCHES = 1000;

/** How many matches a search returns: the caller's limit (default 50), at most MAX_MATCHES. */
export const searchLimit = (opts: QuoteFilter): number => Math.min(MAX_MATCHES, opts.limit ?? 50);
/**
 * A word in fewer quotes than this is rare: a query holding one has at most that many matches, all
 * found through it (the index's intersection starts from the rarest word), and the newest kept.
 * A query of common words only walks its matches newest first and stops at the limit.
 */
export const RARE_TERM = 4000;

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

/** How long a connection's word statistics are used before they are read again. */
const STATS_MS = 10 * 60_000;

/**
 * The word statistics: read on the first search; after STATS_MS read again, while the searches
 * meanwhile use the last ones (no question waits for the reading but the first). A failed reading
 * (the store unreachable) is not kept: the next search reads them again.
 */
async function wordStats(s: StoreContext): Promise<WordStats> {
  const held = s.wordStats;
  if (held && Date.now() - held.at <= STATS_MS) return held.stats;
  const reading = { at: Date.now(), stats: s.db.d.wordStats(s.db) };
  reading.stats.then(
    () => {
      s.wordStats = reading;
    },
    () => {
      if (s.wordStats === reading) s.wordStats = undefined;
    },
  );
  if (!held) {
    s.wordStats = reading;
    return reading.stats;
  }
  // Stale: kept (with a new time, so one reading at a time) until the new ones are in.
  s.wordStats = { at: reading.at, stats: held.stats };
  return held.stats;
}

/**
 * How many quotes hold each word, each up to `cap`, estimated from the word statistics: a listed
 * word's share of the quotes, a prefix the sum over the listed words it begins, an unlisted word
 * half the smallest listed share (as PostgreSQL's planner assumes).
 */
export function estimateCounts(stats: WordStats, terms: FtsTerm[], cap: number): number[] {
  const { rows, shares, floor } = stats;
  return terms.map((t) => {
    let share = shares.get(statsWord(t)) ?? 0;
    if (t.prefix) {
      // The listed words that begin with it are neighbours in sorted order.
      const words = sortedWords(stats);
      for (let i = lowerBound(words, t.word); i < words.length && words[i].startsWith(t.word); i++) if (words[i] !== t.word) share += shares.get(words[i])!;
    }
    return Math.min(cap, Math.round((share || floor / 2) * rows));
  });
}

const sorted = new WeakMap<WordStats, string[]>();
/** The statistics' words in code-unit order, sorted once per reading. */
function sortedWords(stats: WordStats): string[] {
  let words = sorted.get(stats);
  if (!words) sorted.set(stats, (words = [...stats.shares.keys()].sort()));
  return words;
}

/** Rows of several newest-first walks (one a name or identity key), merged newest first and cut to `limit`. */
export function mergeNewest(rows: Row[], limit: number): QuoteHit[] {
  const at = (r: (typeof rows)[number]) => String(r.stored_at);
  const id = (r: (typeof rows)[number]) => String(r.article_id);
  rows.sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : Number(a.idx) - Number(b.idx)));
  return rows.slice(0, limit).map((r) => quoteHitFromRow(r));
}

/**
 * Full-text search: the newest matches (at most the limit), newest first. Which way they are
 * found is chosen here from the words' estimated counts (estimateCounts, each capped at RARE_TERM): walking
 * matches newest first stops early when they are many, but when a rare word is ANDed (or in a
 * phrase) with common ones, the walk reads the common words' postings (FTS5 backwards: 80 ms for
 * "a lot of fakes" at 10,000 articles, where finding its 130 matches in the index's order takes
 * 1.4 ms; PostgreSQL's index intersects them all, then checks the phrase on each row).
 */
export async function searchQuotes(s: StoreContext, query: string, opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  const terms = { ...parseFtsQuery(query), speaker: opts.speaker === undefined ? undefined : nameWord(opts.speaker) };
  if (opts.speaker !== undefined && !terms.speaker) return [];
  const words = ftsTerms(terms);
  if (!words.length) return [];
  // One word too: PostgreSQL's planner, left to itself, may walk a rare word's matches newest first
  // through quote_search(stored_at), filtering every row ("did anyone deny the FT report": 'ft':*,
  // 0.7 s at 100,000 articles).
  const listed = await prefixWords(s.db, terms.words);
  if ([...listed.values()].some((l) => l?.length === 0)) return [];
  const stats = await wordStats(s);
  const counts = estimateCounts(stats, words, RARE_TERM);
  const rarest = counts.indexOf(Math.min(...counts));
  const rare = counts[rarest] < RARE_TERM ? words[rarest] : null;
  return s.db.d.searchQuotes(s.db, terms, opts, { rare, few: fewTogether(stats, words, searchLimit(opts)), words: (w) => listed.get(w) ?? null });
}

/** A prefix stands for the stored words it begins when they are at most this many (else it is searched as a prefix). */
const PREFIX_WORDS = 64;
/** A word as both engines' indexes hold it: letters and digits (PostgreSQL's also has "shake-up", "3.5", hosts). */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The stored words (quote_words, migration 17) each free word of a search begins ("think": think,
 * thinking, thinks; none: no quote holds one), or null to search it as a prefix: when they are
 * more than PREFIX_WORDS, or one is not a plain word, or the word is not plain ASCII (SQLite's
 * index folds other scripts' accents its own way). Both engines read a prefix by merging the
 * postings of every word it begins before the first match; the words ORed are walked (SQLite,
 * newest first) or intersected (PostgreSQL's index) from their postings.
 */
async function prefixWords(db: Db, words: string[]): Promise<Map<string, string[] | null>> {
  const out = new Map<string, string[] | null>();
  for (const word of words) {
    if (out.has(word)) continue;
    if (!/^[a-z0-9]+$/.test(word)) {
      out.set(word, null);
      continue;
    }
    const end = word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) + 1);
    const list = (await db.all<{ word: string }>(sql`SELECT word FROM quote_words WHERE word >= ${word} AND word < ${end} ORDER BY word LIMIT ${PREFIX_WORDS + 1}`)).map((r) => r.word);
    out.set(word, list.length > PREFIX_WORDS || !list.every((w) => PLAIN_WORD.test(w)) ? null : list);
  }
  return out;
}

/**
 * PostgreSQL's costs, µs, timed at 2 million quotes in shared buffers on six word pairs (all
 * matches from the index: 9–90 ms; walked newest first: 5–670 ms): a posting of the index read, a
 * matching row read and checked, a row walked newest first. Its own planner's estimates chose the
 * walk for a pair in few quotes and the index for a phrase in many.
 */
const SEARCH_COST = { posting: 0.05, bitmapRow: 4.5, walkRow: 0.4 };

/**
 * Whether finding all the matches of words none of which is rare costs less than walking the
 * quotes newest first until `limit` are found, from the words' estimated counts as if they occurred
 * independently (m together): all of them costs reading every word's postings and the m rows;
 * the walk about limit × rows / m rows (every row, when m < limit). "What did Clinton say about
 * the debate": Clinton's quotes and the debate's, together in 1,177 of 2 million, took
 * PostgreSQL's planner through 170,000 rows newest first (55–97 ms; 15 ms from the index); "think
 * there", in 80,000 and 115,000 quotes and together in 15,000, is walked (5 ms; 80 ms from the index).
 */
export function fewTogether(stats: WordStats, words: FtsTerm[], limit: number): boolean {
  if (words.length < 2 || stats.rows <= 0) return false;
  const counts = estimateCounts(stats, words, stats.rows);
  const together = Math.max(1, counts.reduce((m, n) => (m * n) / stats.rows, stats.rows));
  const all = SEARCH_COST.posting * counts.reduce((a, b) => a + b, 0) + SEARCH_COST.bitmapRow * together;
  const walk = SEARCH_COST.walkRow * Math.min(stats.rows, (limit * stats.rows) / together);
  return all < walk;
}

export async function quotesBySpeaker(s: StoreContext, names: string[], opts: QuoteFilter = {}): Promise<QuoteHit[]> {
  return names.length ? s.db.d.quotesBySpeaker(s.db, [...new Set(names)], opts) : [];
}

/**
 * Every speaker with their number of quotes, most quoted first. Read again only when the store's
 * data version has moved (every stored article moves it, in any process): a who-said question
 * that names nobody known compares the name with all of them.
 */
export async function listSpeakers(s: StoreContext): Promise<{ name: string; quotes: number }[]> {
  const version = await dataVersion(s.db);
  if (s.speakers?.version === version) return s.speakers.list;
  const list = (await s.db.all(sql`SELECT name, quotes FROM speakers ORDER BY quotes DESC, name`)).map((r) => ({ name: r.name as string, quotes: Number(r.quotes) }));
  s.speakers = { version, list };
  return list;
}

/**
 * Quotes with their article's head, in the order asked (refs not stored are left out). A stored
 * quote and an article's head never change, so each is read and parsed once per process: only the
 * quotes and heads not already held are read, each in one query.
 */
export async function getQuotes(s: StoreContext, refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]> {
  if (!refs.length) return [];
  const key = (articleId: string, idx: number) => `${articleId}\u0000${idx}`;
  const quotes = new Map<string, Quote>();
  const heads = new Map<string, ArticleHead>();
  const missing: { articleId: string; quoteIndex: number }[] = [];
  for (const r of refs) {
    const k = key(r.articleId, r.quoteIndex);
    const quote = s.quotes.get(k);
    if (quote) quotes.set(k, quote);
    else missing.push(r);
    const head = s.heads.get(r.articleId);
    if (head) heads.set(r.articleId, head);
  }
  if (missing.length) {
    const { from } = s.db.d.quoteRefs(missing);
    for (const r of await s.db.all(sql`SELECT q.article_id, q.idx, q.quote_json FROM ${from}`)) {
      const quote = readJson<Quote>(r.quote_json);
      s.quotes.set(key(r.article_id as string, Number(r.idx)), quote);
      quotes.set(key(r.article_id as string, Number(r.idx)), quote);
    }
  }
  const noHead = [...new Set(refs.map((r) => r.articleId))].filter((id) => !heads.has(id));
  if (noHead.length) {
    for (const r of await s.db.all(sql`SELECT id AS article_id, headline, outlet, url, published FROM ${s.db.d.articleHeads} WHERE ${s.db.d.inList('id', noHead)}`)) {
      const head = articleHeadFromRow(r);
      s.heads.set(head.id, head);
      heads.set(head.id, head);
    }
  }
  return refs.flatMap((r) => {
    const quote = quotes.get(key(r.articleId, r.quoteIndex));
    const head = heads.get(r.articleId);
    return quote && head ? [{ articleId: r.articleId, quoteIndex: r.quoteIndex, quote, head: { ...head } }] : [];
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
