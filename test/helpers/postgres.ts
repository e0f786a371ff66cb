import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.BRIEFBOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the PostgreSQL test server answers; the reason when it does not. */
export async function postgresStatus(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `PostgreSQL at ${PG_URL} did not answer: ${(e as Error).message}` };
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Decide whether PostgreSQL tests run. Without a server they are skipped with the reason,
 * unless BRIEFBOT_REQUIRE_POSTGRES=1 (CI always has the server), where that is a failure.
 */
export async function requirePostgres(): Promise<boolean> {
  const s = await postgresStatus();
  if (s.ok) return true;
  if (process.env.BRIEFBOT_REQUIRE_POSTGRES === '1') throw new Error(`${s.reason} (BRIEFBOT_REQUIRE_POSTGRES=1: PostgreSQL tests must run)`);
  console.warn(`skipping PostgreSQL tests: ${s.reason}`);
  return false;
}

export function freshSchema(prefix = 'bb_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}
