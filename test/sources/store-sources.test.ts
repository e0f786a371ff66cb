/** The sources part of the Store, on both engines (SQLite file, PostgreSQL schema). */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { migrations } from '../../src/store/migrations.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { storeEngines } from './engines.ts';

const { engines, cleanup } = await storeEngines();
afterAll(cleanup);

for (const engine of engines) {
  describe.skipIf(engine.skip)(`Store sources: ${engine.name}`, () => {
    let store: Store;
    let now = new Date('2025-04-24T08:00:00.000Z');
    beforeEach(async () => {
      now = new Date('2025-04-24T08:00:00.000Z');
      store = engine.make(() => now);
      await store.migrate();
      return () => store.close();
    });

    it('is at the latest schema version, with migration 3 applied once', async () => {
      await store.migrate();
      expect(await store.schemaVersion()).toBe(Math.max(...migrations.map((m) => m.version)));
      expect(migrations.some((m) => m.version === 3)).toBe(true);
      expect(await store.listSources()).toEqual([]);
    });

    it('adds, lists, gets and removes sources; adding again updates the interval', async () => {
      const a = await store.addSource({ kind: 'url', location: 'https://example.com/feed.xml', everySeconds: 900 });
      expect(a.created).toBe(true);
      expect(a.source).toMatchObject({ kind: 'url', location: 'https://example.com/feed.xml', everySeconds: 900, format: null, errorCount: 0, articlesTaken: 0, lastFetchAt: null });
      expect(a.source.nextDueAt).toBe(now.toISOString());
      const b = await store.addSource({ kind: 'folder', location: '/srv/news', everySeconds: 60 });
      const again = await store.addSource({ kind: 'url', location: 'https://example.com/feed.xml', everySeconds: 3600 });
      expect(again.created).toBe(false);
      expect(again.source.id).toBe(a.source.id);
      expect(again.source.everySeconds).toBe(3600);
      expect((await store.listSources()).map((s) => s.id)).toEqual([a.source.id, b.source.id]);
      expect((await store.getSource(b.source.id))?.location).toBe('/srv/news');
      expect(await store.removeSource(b.source.id)).toBe(true);
      expect(await store.removeSource(b.source.id)).toBe(false);
      expect(await store.getSource(b.source.id)).toBeNull();
      await expect(store.addSource({ kind: 'url', location: 'https://x.test/', everySeconds: 5 })).rejects.toThrow(/once a minute/);
    });

    it('claims due sources under a lease, so a second claimer gets nothing until it runs out', async () => {
      const { source } = await store.addSource({ kind: 'url', location: 'https://example.com/a', everySeconds: 900 });
      await store.addSource({ kind: 'url', location: 'https://example.com/b', everySeconds: 900 });
      const lease = new Date(now.getTime() + 600_000).toISOString();
      const first = await store.claimDueSources(now.toISOString(), lease);
      expect(first.map((s) => s.location)).toEqual(['https://example.com/a', 'https://example.com/b']);
      expect(first[0].nextDueAt).toBe(lease);
      expect(await store.claimDueSources(now.toISOString(), lease)).toEqual([]);
      expect(await store.claimDueSources(lease, new Date(now.getTime() + 1_200_000).toISOString(), 1)).toHaveLength(1);
      expect((await store.getSource(source.id))?.nextDueAt).not.toBe(now.toISOString());
    });

    it('records polls: validators, state, errors, and a running total of articles taken', async () => {
      const { source } = await store.addSource({ kind: 'url', location: 'https://example.com/feed', everySeconds: 900 });
      await store.recordSourcePoll(source.id, {
        lastFetchAt: '2025-04-24T08:00:00.000Z',
        lastSuccessAt: '2025-04-24T08:00:00.000Z',
        nextDueAt: '2025-04-24T08:15:00.000Z',
        lastError: null,
        errorCount: 0,
        articlesTaken: 3,
        format: 'feed',
        etag: '"v1"',
        lastModified: 'Wed, 23 Apr 2025 10:00:00 GMT',
        state: { 'a.md': '1:2' },
      });
      await store.recordSourcePoll(source.id, { lastFetchAt: '2025-04-24T08:15:00.000Z', nextDueAt: '2025-04-24T08:45:00.000Z', lastError: 'HTTP 500', errorCount: 1, articlesTaken: 0 });
      await store.recordSourcePoll(source.id, { lastFetchAt: '2025-04-24T08:45:00.000Z', lastSuccessAt: '2025-04-24T08:45:00.000Z', nextDueAt: '2025-04-24T09:00:00.000Z', lastError: null, errorCount: 0, articlesTaken: 2 });
      expect(await store.getSource(source.id)).toMatchObject({
        format: 'feed',
        etag: '"v1"',
        lastModified: 'Wed, 23 Apr 2025 10:00:00 GMT',
        state: { 'a.md': '1:2' },
        lastFetchAt: '2025-04-24T08:45:00.000Z',
        lastSuccessAt: '2025-04-24T08:45:00.000Z',
        nextDueAt: '2025-04-24T09:00:00.000Z',
        lastError: null,
        errorCount: 0,
        articlesTaken: 5,
      });
      await store.recordSourcePoll(9999, { lastFetchAt: 'x', nextDueAt: 'x', lastError: null, errorCount: 0, articlesTaken: 1 }); // a removed source: no-op
    });

    it('indexes fingerprints and finds articles sharing band keys, most shared first, within a window', async () => {
      const a = sampleArticle(1);
      const b = sampleArticle(2);
      await store.putArticle(a.article, a.facts, []);
      await store.putArticle(b.article, b.facts, []);
      await store.addArticleFingerprints(a.article.id, ['0:aa', '1:bb', '2:cc'], '2025-04-20T00:00:00.000Z');
      await store.addArticleFingerprints(b.article.id, ['0:aa', '5:ff'], '2025-04-24T00:00:00.000Z');
      await store.addArticleFingerprints(b.article.id, ['0:aa'], '2025-04-24T00:00:00.000Z'); // idempotent
      expect(await store.findArticlesByFingerprint(['0:aa', '1:bb'])).toEqual([a.article.id, b.article.id]);
      expect(await store.findArticlesByFingerprint(['0:aa', '1:bb'], { since: '2025-04-22T00:00:00.000Z' })).toEqual([b.article.id]);
      expect(await store.findArticlesByFingerprint(['9:zz'])).toEqual([]);
      expect(await store.findArticlesByFingerprint([])).toEqual([]);
    });
  });
}
