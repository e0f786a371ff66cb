/**
 * The store on both engines, for test files that run one suite on each: SQLite on temporary files
 * and PostgreSQL in a fresh schema per store (skipped with the reason when no server answers,
 * except in CI). Call at a test file's top level: the files and schemas are removed after it.
 */
import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from './postgres.ts';

export interface Engine {
  name: string;
  skip: boolean;
  make: () => Store;
  /** A second store on the same file or schema (another process's view of it). */
  reopen: (store: Store) => Store;
}

export async function bothEngines(label: string): Promise<Engine[]> {
  const pgOk = await requirePostgres();
  const tmp = mkdtempSync(join(tmpdir(), `briefbot-${label}-`));
  const schemas: string[] = [];
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    for (const s of schemas) await dropSchema(s);
  });
  return [
    { name: 'sqlite (temporary file)', skip: false, make: () => new SqliteStore(join(tmp, `s${Math.random().toString(36).slice(2)}.db`)), reopen: (store) => new SqliteStore((store as SqliteStore).db.name) },
    {
      name: pgOk ? 'postgres (127.0.0.1:5432, own schema)' : 'postgres (skipped: no server at 127.0.0.1:5432)',
      skip: !pgOk,
      make: () => {
        const schema = freshSchema();
        schemas.push(schema);
        return new PostgresStore(PG_URL, { schema });
      },
      reopen: (store) => new PostgresStore(PG_URL, { schema: (store as PostgresStore).schema }),
    },
  ];
}
