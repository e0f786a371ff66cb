/** export | import: moving a store from SQLite to PostgreSQL without loss. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { exportStore, importStore } from '../../src/app/transfer.ts';
import { syncTopics } from '../../src/app/boot.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import type { Store } from '../../src/store/store.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';
import { ROOT } from '../helpers/run-cli.ts';

const pgOk = await requirePostgres();
const schemas: string[] = [];
afterAll(async () => {
  for (const s of schemas) await dropSchema(s);
});

async function dump(store: Store): Promise<string[]> {
  const lines: string[] = [];
  await exportStore(store, (l) => void lines.push(l));
  // Canonical JSON (sorted keys: PostgreSQL's JSONB does not keep key order). Row ids are each
  // store's own, and a source's createdAt is when it was added to this store.
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canon(x)])) : v;
  return lines
    .filter((l) => !l.startsWith('{"type":"meta"'))
    .map((l) => {
      const o = JSON.parse(l);
      if (o.subscription) delete o.subscription.id;
      if (o.source) {
        delete o.source.id;
        delete o.source.createdAt;
      }
      return JSON.stringify(canon(o));
    });
}

describe.skipIf(!pgOk)(pgOk ? 'export/import: SQLite -> PostgreSQL' : 'export/import: SQLite -> PostgreSQL (skipped: no PostgreSQL at 127.0.0.1:5432)', () => {
  it('round-trips the seeds and a subscription with nothing lost, and importing twice changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-transfer-'));
    const sqlite = new SqliteStore(join(dir, 'a.db'));
    await sqlite.migrate();
    const topics = await syncTopics(sqlite, join(ROOT, 'briefings'));
    const r = await ingestPaths(sqlite, [join(ROOT, 'seeds')], topics);
    expect(r.inserted).toBeGreaterThan(0);
    const sub = await sqlite.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['ukraine-talks'], time: '07:30', timezone: 'Europe/London' });
    await sqlite.restoreSubscription({ ...sub, lastPostedSlot: '2025-04-24T06:30:00.000Z', lastPostedAt: '2025-04-24T06:30:02.000Z' });
    const { source } = await sqlite.addSource({ kind: 'url', location: 'https://news.example.test/feed.xml', everySeconds: 900 });
    await sqlite.recordSourcePoll(source.id, { lastFetchAt: '2025-04-24T06:00:00.000Z', nextDueAt: '2025-04-24T06:15:00.000Z', lastError: null, errorCount: 0, articlesTaken: 3, lastSuccessAt: '2025-04-24T06:00:00.000Z', format: 'feed', etag: '"abc"', lastModified: null, state: null });
    const file = join(dir, 'store.jsonl');
    const out: string[] = [];
    await exportStore(sqlite, (l) => void out.push(l));
    writeFileSync(file, out.join('\n') + '\n');

    const schema = freshSchema();
    schemas.push(schema);
    const pgStore = new PostgresStore(PG_URL, { schema });
    await pgStore.migrate();
    const imported = await importStore(pgStore, file);
    expect(imported.errors).toEqual([]);
    expect(imported.articles).toBe(r.inserted);
    expect(await dump(pgStore)).toEqual(await dump(sqlite));
    const again = await importStore(pgStore, file);
    expect(again.articles).toBe(0);
    expect(await pgStore.countArticles()).toBe(r.inserted);
    // The PostgreSQL store answers the same questions.
    expect((await pgStore.searchQuotes('"a lot of fakes"')).length).toBe((await sqlite.searchQuotes('"a lot of fakes"')).length);
    await pgStore.close();
    await sqlite.close();
  });

});

describe('import', () => {
  it('reports a bad line by number and still imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-transfer-'));
    const file = join(dir, 'bad.jsonl');
    const topic = { type: 'topic', topic: { id: 'x', title: 'X', match: { terms: [], people: [], minTerms: 2 }, digest: { channels: [] } } };
    writeFileSync(file, ['{not json', JSON.stringify({ type: 'article', article: {} }), JSON.stringify(topic)].join('\n'));
    const store = new SqliteStore(join(dir, 'b.db'));
    await store.migrate();
    const r = await importStore(store, file);
    expect(r.errors.map((e) => e.split(':')[0])).toEqual(['line 1', 'line 2']);
    expect(r.topics).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('{not json');
    await store.close();
  });
});
