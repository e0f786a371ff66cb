/**
 * A SQLite write that finds the file locked by another writer (a worker thread or another process
 * storing an article) waits without blocking its thread: timers keep firing, and the write goes
 * through once the lock is released. SQLite's own busy handler slept on the thread instead, so the
 * bot's main thread stopped answering the network for as long as the other writer held the lock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { TopicSchema } from '../../src/store/topic.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefbot-lock-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const topic = (id: string) => TopicSchema.parse({ id, title: id, match: { terms: [id] } });

async function lockedStore(name: string) {
  const file = join(tmp, `${name}.db`);
  const store = new SqliteStore(file);
  await store.migrate();
  // Another connection holds the write lock; on the same thread, so SQLite's busy handler could
  // never see it released.
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return { store, other };
}

/** Timer ticks counted while `work` runs. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ ticks: number; result: PromiseSettledResult<T> }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { ticks, result };
}

describe('sqlite write lock held by another connection', () => {
  it('a write waits with the thread running, and lands once the lock is released', async () => {
    const { store, other } = await lockedStore('released');
    setTimeout(() => other.exec('COMMIT'), 300);
    const { ticks, result } = await ticksDuring(store.upsertTopics([topic('lock-test')]));
    expect(result.status).toBe('fulfilled');
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect((await store.listTopics()).map((t) => t.id)).toContain('lock-test');
    // A transaction of several statements waits the same way.
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => other.exec('COMMIT'), 200);
    const tx = await ticksDuring(store.upsertTopics([topic('a-lock'), topic('b-lock')]));
    expect(tx.result.status).toBe('fulfilled');
    expect(tx.ticks).toBeGreaterThanOrEqual(5);
    expect((await store.listTopics()).map((t) => t.id)).toEqual(expect.arrayContaining(['a-lock', 'b-lock']));
    other.close();
    await store.close();
  });

  it('reads go on while the lock is held', async () => {
    const { store, other } = await lockedStore('reads');
    expect(await store.countArticles()).toBe(0);
    other.exec('COMMIT');
    other.close();
    await store.close();
  });

  it('a lock never released ends in SQLITE_BUSY after about 5 s, not a hang, and the thread ran meanwhile', async () => {
    const { store, other } = await lockedStore('held');
    const t0 = Date.now();
    const { ticks, result } = await ticksDuring(store.upsertTopics([topic('never')]));
    expect(result.status).toBe('rejected');
    expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4500);
    expect(ticks).toBeGreaterThan(100);
    other.exec('ROLLBACK');
    other.close();
    await store.close();
  }, 15_000);
});
