/**
 * A worker thread opens the same store as the main thread (src/app/work/worker-store.ts): on
 * PostgreSQL with the process's PG_CONNECT_TIMEOUT_MS and PG_QUERY_TIMEOUT_MS, not the defaults,
 * so a worker's query against a silent server fails as fast as the main thread's.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PostgresStore } from '../../src/store/postgres.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { openWorkerStore, workerStoreConfig } from '../../src/app/work/worker-store.ts';
import { PG_URL, requirePostgres } from '../helpers/postgres.ts';

const pgUp = await requirePostgres();

describe('workerStoreConfig / openWorkerStore', () => {
  it.runIf(pgUp)('PostgreSQL: the worker connection carries the configured time-outs (the server sees its statement_timeout)', async () => {
    const main = new PostgresStore(PG_URL, { connectTimeoutMs: 1234, queryTimeoutMs: 4321 });
    const cfg = workerStoreConfig(main);
    expect(cfg).toMatchObject({ engine: 'postgres', url: PG_URL, connectTimeoutMs: 1234, queryTimeoutMs: 4321 });
    const worker = (await openWorkerStore(cfg!)) as PostgresStore;
    try {
      expect((await worker.pool.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('4321ms');
      expect(worker.timeouts).toEqual({ connectTimeoutMs: 1234, queryTimeoutMs: 4321 });
    } finally {
      await worker.close();
      await main.close();
    }
  });

  it('SQLite: the same file; an in-memory store has none to share', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-worker-store-'));
    try {
      const main = new SqliteStore(join(dir, 's.db'));
      await main.migrate();
      const worker = await openWorkerStore(workerStoreConfig(main)!);
      expect(await worker.schemaVersion()).toBe(await main.schemaVersion());
      await worker.close();
      await main.close();
      expect(workerStoreConfig(new SqliteStore(':memory:'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
