/** The two store engines, as in test/store/store-suite.test.ts: SQLite on a temporary file, PostgreSQL in its own schema. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';

export interface Engine {
  name: string;
  skip: boolean;
  make(clock?: () => Date): Store;
}

export async function storeEngines(): Promise<{ engines: Engine[]; cleanup(): Promise<void> }> {
  const pgOk = await requirePostgres();
  const tmp = mkdtempSync(join(tmpdir(), 'briefbot-sources-'));
  const schemas: string[] = [];
  return {
    engines: [
      { name: 'sqlite', skip: false, make: (clock) => new SqliteStore(join(tmp, `s${Math.random().toString(36).slice(2)}.db`), { clock }) },
      {
        name: pgOk ? 'postgres' : 'postgres (skipped: no server at 127.0.0.1:5432)',
        skip: !pgOk,
        make: (clock) => {
          const schema = freshSchema('bb_src');
          schemas.push(schema);
          return new PostgresStore(PG_URL, { schema, clock });
        },
      },
    ],
    async cleanup() {
      rmSync(tmp, { recursive: true, force: true });
      for (const s of schemas) await dropSchema(s).catch(() => {});
    },
  };
}
