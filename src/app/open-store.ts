import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { instrumentStore } from '../store/instrumented.ts';

/**
 * Open (and migrate) the store the settings choose: PostgreSQL when DATABASE_URL is set, else SQLite.
 * With METRICS=true every store call is timed and its failures counted (src/store/instrumented.ts).
 */
export async function openStore(
  config: Pick<Config, 'BRIEFBOT_DB' | 'DATABASE_URL'> & Partial<Pick<Config, 'PG_CONNECT_TIMEOUT_MS' | 'PG_QUERY_TIMEOUT_MS' | 'METRICS'>>,
): Promise<Store> {
  let store: Store;
  if (config.DATABASE_URL) {
    const { PostgresStore } = await import('../store/postgres.ts');
    store = new PostgresStore(config.DATABASE_URL, { connectTimeoutMs: config.PG_CONNECT_TIMEOUT_MS, queryTimeoutMs: config.PG_QUERY_TIMEOUT_MS });
  } else {
    store = new SqliteStore(config.BRIEFBOT_DB);
  }
  if (config.METRICS) store = instrumentStore(store);
  await store.migrate();
  return store;
}
