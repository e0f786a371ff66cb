import type { Store } from '../../store/store.ts';
import { SqliteStore } from '../../store/sqlite.ts';
import { instrumentStore } from '../../store/instrumented.ts';

/**
 * How a worker thread opens the same store as the main thread (which has migrated it): the SQLite
 * file, or the PostgreSQL URL and schema with the process's PG_*_TIMEOUT_MS, and whether its calls
 * are timed for /metrics (METRICS=true; the worker sends what it records back, src/metrics.ts).
 */
export type WorkerStoreConfig = ({ engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string; connectTimeoutMs?: number; queryTimeoutMs?: number }) & {
  metrics?: boolean;
};

/** How a worker opens the same store as `store`; null when it cannot (an in-memory SQLite database). */
export function workerStoreConfig(store: Store, opts: { metrics?: boolean } = {}): WorkerStoreConfig | null {
  const metrics = opts.metrics ? { metrics: true } : {};
  if (store.engine === 'sqlite') {
    const file = (store as unknown as { db: { name: string; memory: boolean } }).db;
    return file.memory || !file.name || file.name === ':memory:' ? null : { engine: 'sqlite', file: file.name, ...metrics };
  }
  const pg = store as unknown as { url?: string; schema?: string; timeouts: { connectTimeoutMs: number; queryTimeoutMs: number } };
  const url = pg.url;
  return url ? { engine: 'postgres', url, schema: pg.schema, ...pg.timeouts, ...metrics } : null;
}

/** Open the store a worker was given (PostgreSQL: a small pool of its own, the same time-outs). */
export async function openWorkerStore(cfg: WorkerStoreConfig, opts: { pgClients?: number } = {}): Promise<Store> {
  let store: Store;
  if (cfg.engine === 'postgres') {
    const { PostgresStore } = await import('../../store/postgres.ts');
    store = new PostgresStore(cfg.url, { schema: cfg.schema, max: opts.pgClients ?? 2, connectTimeoutMs: cfg.connectTimeoutMs, queryTimeoutMs: cfg.queryTimeoutMs });
  } else {
    store = new SqliteStore(cfg.file);
  }
  return cfg.metrics ? instrumentStore(store) : store;
}
