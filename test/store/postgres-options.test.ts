/**
 * PostgreSQL connections: the store's own session settings (no JIT, its schema) and those a
 * DATABASE_URL carries in its `options` parameter both hold, on the store's connections and on a
 * worker thread's copy of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PostgresStore, splitOptions } from '../../src/store/postgres.ts';
import { workerStoreConfig, openWorkerStore } from '../../src/app/work/worker-store.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';

const pgOk = await requirePostgres();
const schema = freshSchema();
afterAll(() => dropSchema(schema));

describe('splitOptions', () => {
  it('takes the options parameter out of a URL and leaves the rest', () => {
    expect(splitOptions('postgres://u@h:5432/db?options=-c%20statement_timeout%3D5000&sslmode=disable')).toEqual({
      url: 'postgres://u@h:5432/db?sslmode=disable',
      options: '-c statement_timeout=5000',
    });
    expect(splitOptions('postgres://u@h/db')).toEqual({ url: 'postgres://u@h/db', options: '' });
    expect(splitOptions('not a url')).toEqual({ url: 'not a url', options: '' });
  });
});

describe.skipIf(!pgOk)('PostgreSQL session settings', () => {
  const settings = async (store: PostgresStore) => {
    const r = await store.pool.query("SELECT current_setting('jit') AS jit, current_setting('search_path') AS path, current_setting('lock_timeout') AS lock");
    return r.rows[0];
  };

  it('no JIT and its schema; a URL\'s own options kept beside them, also on a worker\'s connections', async () => {
    const plain = new PostgresStore(PG_URL, { schema });
    try {
      await plain.migrate();
      expect(await settings(plain)).toMatchObject({ jit: 'off', path: schema });
    } finally {
      await plain.close();
    }
    const url = `${PG_URL}?options=${encodeURIComponent(`-c lock_timeout=1234 -c search_path=${schema}`)}`;
    const viaUrl = new PostgresStore(url);
    try {
      expect(await settings(viaUrl)).toEqual({ jit: 'off', path: schema, lock: '1234ms' });
      const worker = (await openWorkerStore(workerStoreConfig(viaUrl)!)) as PostgresStore;
      try {
        expect(await settings(worker)).toEqual({ jit: 'off', path: schema, lock: '1234ms' });
      } finally {
        await worker.close();
      }
    } finally {
      await viaUrl.close();
    }
  });
});
