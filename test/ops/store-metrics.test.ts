/**
 * The store timed at its boundary (src/store/instrumented.ts), on both engines: latency by engine
 * and method, failures counted, a store's calls to its own methods not counted twice, and the
 * store's own properties (db, pool, engine) passing through.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instrumentStore } from '../../src/store/instrumented.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { enableMetrics, metricsText } from '../../src/metrics.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';
import { parsePrometheus, valueOf } from './prometheus-text.ts';
import type { Store } from '../../src/store/store.ts';

const pgOk = await requirePostgres();
enableMetrics();
const tmp = mkdtempSync(join(tmpdir(), 'briefbot-store-metrics-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  for (const s of schemas) await dropSchema(s);
});

const engines: { engine: 'sqlite' | 'postgres'; skip: boolean; make: () => Store }[] = [
  { engine: 'sqlite', skip: false, make: () => new SqliteStore(join(tmp, 'm.db')) },
  {
    engine: 'postgres',
    skip: !pgOk,
    make: () => {
      const schema = freshSchema('bb_metrics');
      schemas.push(schema);
      return new PostgresStore(PG_URL, { schema });
    },
  },
];

const count = async (engine: string, op: string) => valueOf(parsePrometheus(await metricsText()), 'briefbot_store_query_seconds_count', { engine, op });
const errors = async (engine: string, op: string) => valueOf(parsePrometheus(await metricsText()), 'briefbot_store_errors_total', { engine, op });

for (const e of engines) {
  describe.skipIf(e.skip)(`instrumented store: ${e.engine}`, () => {
    it('times each call once by engine and method, counts failures, and passes properties through', async () => {
      const raw = e.make();
      const store = instrumentStore(raw);
      expect(store.engine).toBe(e.engine);
      expect(store instanceof (e.engine === 'sqlite' ? SqliteStore : PostgresStore)).toBe(true);
      await store.migrate();
      const { article, facts } = sampleArticle(1);
      const puts = await count(e.engine, 'putArticle');
      await store.putArticle(article, facts, []);
      expect((await store.listArticles()).map((a) => a.article.id)).toEqual([article.id]);
      expect(await count(e.engine, 'putArticle')).toBe(puts + 1);
      expect(await count(e.engine, 'listArticles')).toBeGreaterThanOrEqual(1);
      // restoreSubscription reads the row back with this.listSubscriptions(): one call for the caller, not two.
      const sub = await store.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['t'] });
      const restores = await count(e.engine, 'restoreSubscription');
      const lists = await count(e.engine, 'listSubscriptions');
      expect((await store.restoreSubscription(sub)).channel).toBe('C1');
      expect(await count(e.engine, 'restoreSubscription')).toBe(restores + 1);
      expect(await count(e.engine, 'listSubscriptions')).toBe(lists);
      // A failing call: counted as an error, and still thrown to the caller.
      const before = await errors(e.engine, 'getArticle');
      await store.close();
      await expect(store.getArticle(article.id)).rejects.toThrow();
      expect(await errors(e.engine, 'getArticle')).toBe(before + 1);
    });
  });
}
