/**
 * Full-text search over quotes finds the newest matches (up to MAX_MATCHES) whichever way it walks the
 * index: through a rare word (all matches in the index's order, the newest kept) or newest first
 * (common words only). Both engines, over a store of 4,500 quotes built here, checked against the
 * matches computed from what was written.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import type { Quote } from '../../src/facts/schema.ts';
import { MAX_MATCHES, RARE_TERM } from '../../src/store/resources/quotes.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { bothEngines } from '../helpers/engines.ts';
import { PG_URL } from '../helpers/postgres.ts';

const engines = await bothEngines('quote-search');

const ARTICLES = 90;
const PER_ARTICLE = 50;
/** Quotes 0–19 of each article hold the phrase, 20–24 its words in another order; every quote holds "of" and "matter". */
const text = (k: number, j: number) =>
  j < 20 ? `there are a lot of fakes in matter ${k}` : j < 25 ? `fakes are a lot ${k} of matter` : `nothing of note in matter ${k} number ${j}`;
const storedAt = (k: number) => new Date(Date.UTC(2025, 0, 1) + k * 60_000).toISOString();
const inSome = (k: number) => k % 3 === 0;

interface Written {
  articleId: string;
  k: number;
  j: number;
  text: string;
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`quote search: ${engine.name}`, () => {
    let store: Store;
    const written: Written[] = [];
    beforeAll(async () => {
      store = engine.make();
      await store.migrate();
      for (let k = 0; k < ARTICLES; k++) {
        const { article, facts } = sampleArticle(1000 + k, { speaker: k % 2 ? 'Dmitry Peskov' : 'JD Vance' });
        const one = facts.quotes[0];
        const quotes: Quote[] = Array.from({ length: PER_ARTICLE }, (_, j) => ({ ...one, text: text(k, j) }));
        await store.putArticle(article, { ...facts, quotes }, inSome(k) ? ['some', 'all'] : ['all'], { storedAt: storedAt(k) });
        quotes.forEach((q, j) => written.push({ articleId: article.id, k, j, text: q.text }));
      }
      // PostgreSQL judges a word rare from the planner's statistics: kept as autovacuum would.
      if (store instanceof PostgresStore) await store.pool.query('ANALYZE quote_search'); // its own schema's (a bare ANALYZE reads every schema's tables)
    }, 120_000);
    afterAll(() => store?.close());

    /** The newest MAX_MATCHES written quotes that pass `keep`, as sorted refs. */
    const newest = (keep: (w: Written) => boolean) =>
      written
        .filter(keep)
        .sort((a, b) => b.k - a.k || b.j - a.j)
        .slice(0, MAX_MATCHES)
        .map((w) => `${w.articleId}:${w.j}`)
        .sort();
    const found = async (query: string, opts: { topic?: string; since?: string } = {}) =>
      (await store.searchQuotes(query, { ...opts, limit: MAX_MATCHES })).map((h) => `${h.articleId}:${h.quoteIndex}`).sort();
    /** The newest `n` written quotes that pass `keep`, newest first. */
    const inOrder = (keep: (w: Written) => boolean, n: number) =>
      written
        .filter(keep)
        .sort((a, b) => b.k - a.k || b.j - a.j)
        .slice(0, n)
        .map((w) => `${w.articleId}:${w.j}`);
    const phrase = (w: Written) => w.text.includes('a lot of fakes');

    it('is a store where "fakes" is a rare word and "of" and "matter" are common', () => {
      const holding = (word: string) => written.filter((w) => w.text.split(' ').includes(word)).length;
      expect(holding('fakes')).toBeLessThan(RARE_TERM);
      expect(holding('fakes')).toBeGreaterThan(MAX_MATCHES);
      expect(holding('of')).toBeGreaterThanOrEqual(RARE_TERM);
      expect(holding('matter')).toBeGreaterThanOrEqual(RARE_TERM);
    });

    it('a phrase with a rare word: the newest matches of the phrase, not of its words', async () => {
      const got = await found('"a lot of fakes"');
      expect(got).toHaveLength(MAX_MATCHES);
      expect(got).toEqual(newest(phrase));
    });

    it('a rare word ANDed with common ones, in a topic and since a time', async () => {
      const words = (w: Written) => w.text.includes('fakes') && w.text.includes(' of ');
      expect(await found('fakes of')).toEqual(newest(words));
      // Two words each in half the quotes: together in none, and in half of them with a third.
      expect(await found('nothing fakes')).toEqual([]);
      expect(await found('nothing matter note')).toEqual(newest((w) => w.text.startsWith('nothing')));
      expect(await found('"a lot of fakes"', { topic: 'some' })).toEqual(newest((w) => phrase(w) && inSome(w.k)));
      expect(await found('"a lot of fakes"', { since: storedAt(60) })).toEqual(newest((w) => phrase(w) && w.k > 60));
      expect(await found('"a lot of fakes" matter', { topic: 'nowhere' })).toEqual([]);
    });

    it('one rare word alone (walked newest first, not counted): its newest matches', async () => {
      const fakes = (w: Written) => w.text.split(' ').some((t) => t.startsWith('fakes'));
      expect(await found('fakes')).toEqual(newest(fakes));
      expect(await found('"fakes"', { topic: 'some' })).toEqual(newest((w) => w.text.split(' ').includes('fakes') && inSome(w.k)));
    });

    it('common words only: the newest matches, walked newest first', async () => {
      expect(await found('matter')).toEqual(newest(() => true));
      expect(await found('"of matter"')).toEqual(newest((w) => w.text.includes('of matter')));
      expect(await found('matter', { topic: 'some' })).toEqual(newest((w) => inSome(w.k)));
    });

    it.runIf(engine.name.startsWith('postgres'))('a phrase of common words, or common words together: the newest quotes walked first, older matches from the index (PostgreSQL)', async () => {
      // A walk through the newest 300 quotes (6 articles) finds 30 matches: fewer than the limit.
      const short = new PostgresStore(PG_URL, { schema: (store as PostgresStore).schema, phraseWalk: 300 });
      try {
        const ofMatter = (w: Written) => w.text.includes('of matter');
        const got = async (query: string, opts: { topic?: string; since?: string; limit?: number } = {}) =>
          (await short.searchQuotes(query, { limit: MAX_MATCHES, ...opts })).map((h) => `${h.articleId}:${h.quoteIndex}`);
        expect(await got('"of matter"')).toEqual(inOrder(ofMatter, MAX_MATCHES));
        expect(await got('"of matter"', { limit: 20 })).toEqual(inOrder(ofMatter, 20));
        expect(await got('"of matter"', { topic: 'some' })).toEqual(inOrder((w) => ofMatter(w) && inSome(w.k), MAX_MATCHES));
        expect(await got('"of matter"', { since: storedAt(30) })).toEqual(inOrder((w) => ofMatter(w) && w.k > 30, MAX_MATCHES));
        expect(await got('"of matter"', { since: storedAt(88) })).toEqual(inOrder((w) => ofMatter(w) && w.k > 88, MAX_MATCHES));
        expect(await got('"matter of"')).toEqual([]);
        // Common words ANDed, as many together as apart: the same walk, then the index.
        const inMatter = (w: Written) => w.text.split(' ').includes('in');
        expect(await got('in matter')).toEqual(inOrder(inMatter, MAX_MATCHES));
        expect(await got('in matter', { topic: 'some' })).toEqual(inOrder((w) => inMatter(w) && inSome(w.k), MAX_MATCHES));
        expect(await got('in matter', { since: storedAt(30) })).toEqual(inOrder((w) => inMatter(w) && w.k > 30, MAX_MATCHES));
      } finally {
        await short.close();
      }
    });

    it('returns the newest matches first, in order, whichever way it found them', async () => {
      const refs = async (query: string, limit?: number) => (await store.searchQuotes(query, limit ? { limit } : {})).map((h) => `${h.articleId}:${h.quoteIndex}`);
      // Through the rare word, and walked newest first; the default limit is 50.
      expect(await refs('"a lot of fakes"', 40)).toEqual(inOrder(phrase, 40));
      expect(await refs('matter')).toEqual(inOrder(() => true, 50));
      // A limit past the most one search returns is cut to it.
      expect(await refs('matter', 5000)).toHaveLength(MAX_MATCHES);
    });
  });
}
