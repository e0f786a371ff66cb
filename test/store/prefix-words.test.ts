/**
 * A free word of a search is a prefix ("think" finds "thinking"): both engines search the stored
 * words it begins, listed in quote_words (migration 17) as quotes are added, instead of the prefix
 * (whose postings they read in full). Both engines, the same answers: what was written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import type { Quote } from '../../src/facts/schema.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { PostgresStore } from '../../src/store/postgres.ts';
import { bothEngines } from '../helpers/engines.ts';

const engines = await bothEngines('prefix-words');

for (const engine of engines) {
  describe.skipIf(engine.skip)(`a free word is a prefix: ${engine.name}`, () => {
    let store: Store;
    let n = 0;
    const put = async (texts: string[]) => {
      const { article, facts } = sampleArticle(3000 + n, { speaker: 'JD Vance' });
      const quotes: Quote[] = texts.map((text) => ({ ...facts.quotes[0], text }));
      await store.putArticle(article, { ...facts, quotes }, ['all'], { storedAt: new Date(Date.UTC(2025, 0, 1) + n++ * 60_000).toISOString() });
      return article.id;
    };
    const texts = async (query: string) => {
      const hits = await store.searchQuotes(query, { limit: 200 });
      return (await store.getQuotes(hits)).map((q) => q.quote.text).sort();
    };
    beforeAll(async () => {
      store = engine.make();
      await store.migrate();
      await put(['we think so', 'the thinking is done', 'they think again', 'a café opened', 'nothing here']);
    }, 60_000);
    afterAll(() => store?.close());

    it('finds every word the prefix begins, and none it does not', async () => {
      expect(await texts('think')).toEqual(['the thinking is done', 'they think again', 'we think so']);
      expect(await texts('thinking')).toEqual(['the thinking is done']);
      expect(await texts('thin')).toEqual(['the thinking is done', 'they think again', 'we think so']);
      expect(await texts('thinker')).toEqual([]);
      expect(await texts('think done')).toEqual(['the thinking is done']);
      // A word with an accent (SQLite's index holds it without).
      expect(await texts('café')).toEqual(['a café opened']);
    });

    it('finds words first stored after the prefix was searched', async () => {
      expect(await texts('think')).toHaveLength(3);
      await put(['the thinkers met', 'unrelated words']);
      expect(await texts('think')).toEqual(['the thinkers met', 'the thinking is done', 'they think again', 'we think so']);
      expect(await texts('thinker')).toEqual(['the thinkers met']);
      await put(['a thinktank spoke']);
      expect(await texts('think')).toHaveLength(5);
      expect(await texts('think met')).toEqual(['the thinkers met']);
    });

    it('a store from before version 17 lists its index\'s words when it migrates, with the same answers', async () => {
      const listed = async () => {
        const q = 'SELECT word FROM quote_words ORDER BY word';
        return store instanceof SqliteStore ? store.db.prepare(q).pluck().all() : (await (store as PostgresStore).pool.query(q)).rows.map((r) => r.word);
      };
      const before = await listed();
      expect(before).toEqual(expect.arrayContaining(['think', 'thinking', 'thinkers', 'thinktank', 'vance']));
      const queries = ['think', 'thinker', 'thin met', 'café', 'nothing'];
      const answers = await Promise.all(queries.map(texts));
      for (const statement of ['DROP TABLE quote_words', 'DELETE FROM schema_migrations WHERE version = 17']) {
        if (store instanceof SqliteStore) store.db.exec(statement);
        else await (store as PostgresStore).pool.query(statement);
      }
      await store.migrate();
      expect(await listed()).toEqual(before);
      expect(await Promise.all(queries.map(texts))).toEqual(answers);
    });

    it('a prefix of very many words finds them all', async () => {
      const many = Array.from({ length: 90 }, (_, i) => `pre${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x said`);
      await put(many);
      expect(await texts('pre')).toEqual([...many].sort());
      expect(await texts('prea')).toHaveLength(4);
    });
  });
}
