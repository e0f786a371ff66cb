/**
 * Full-text search reads the quotes' word statistics on its first search and keeps them a while. A
 * reading that failed (the index unreadable, the server unreachable) is not kept: once the store
 * answers again, the next search works, instead of failing with the kept error for ten minutes.
 */
import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { bothEngines } from '../helpers/engines.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';

const engines = await bothEngines('word-stats');

/** Run SQL on the store's own connection (the search index renamed away and back). */
async function exec(store: Store, text: string): Promise<void> {
  if (store instanceof SqliteStore) store.db.exec(text);
  else if (store instanceof PostgresStore) await store.pool.query(text);
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`word statistics: ${engine.name}`, () => {
    it('a failed reading is not kept: the search after the store recovers works', async () => {
      const store = engine.make();
      await store.migrate();
      const { article, facts } = sampleArticle(1, { words: 'the harvest was early this year' });
      await store.putArticle(article, facts, ['all']);
      const index = store.engine === 'sqlite' ? 'quotes_fts' : 'quote_search';
      await exec(store, `ALTER TABLE ${index} RENAME TO away`);
      await expect(store.searchQuotes('harvest')).rejects.toThrow();
      await exec(store, `ALTER TABLE away RENAME TO ${index}`);
      expect((await store.searchQuotes('harvest')).map((h) => h.articleId)).toEqual([article.id]);
      await store.close();
    });
  });
}
