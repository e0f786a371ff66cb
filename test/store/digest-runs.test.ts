/**
 * Digest bookkeeping on both engines (SQLite on a temporary file, PostgreSQL in its own schema):
 * exactly one claim per (subscription, slot), retries claimed once, the last successful post
 * recorded with the run, abandoned claims expired.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store, Subscription } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';

const pgOk = await requirePostgres();
const tmp = mkdtempSync(join(tmpdir(), 'briefbot-runs-'));
const schemas: string[] = [];
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  for (const s of schemas) await dropSchema(s);
});

const created = '2025-04-01T00:00:00.000Z';
const clock = () => new Date(created);
const engines: { name: string; skip: boolean; make: () => Store[] }[] = [
  {
    name: 'sqlite (temporary file)',
    skip: false,
    make: () => {
      const file = join(tmp, `r${Math.random().toString(36).slice(2)}.db`);
      return [new SqliteStore(file, { clock }), new SqliteStore(file, { clock })];
    },
  },
  {
    name: pgOk ? 'postgres (127.0.0.1:5432, own schema)' : 'postgres (skipped: no server at 127.0.0.1:5432)',
    skip: !pgOk,
    make: () => {
      const schema = freshSchema('bb_runs');
      schemas.push(schema);
      return [new PostgresStore(PG_URL, { schema, clock }), new PostgresStore(PG_URL, { schema, clock })];
    },
  },
];

const S1 = '2025-04-02T06:30:00.000Z';
const S2 = '2025-04-03T06:30:00.000Z';

for (const engine of engines) {
  describe.skipIf(engine.skip)(`Digest runs: ${engine.name}`, () => {
    let a: Store;
    let b: Store;
    let sub: Subscription;
    beforeEach(async () => {
      [a, b] = engine.make();
      await a.migrate();
      await b.migrate();
      sub = await a.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['ukraine-talks'] });
      return async () => {
        await a.close();
        await b.close();
      };
    });

    it('two stores racing for one slot: exactly one claim wins, and it says where "new" starts', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimDigestRun(sub.id!, S1, { by: `p${i}`, now: S1 })),
      );
      const won = results.filter((r) => r.claimed);
      expect(won).toHaveLength(1);
      const w = won[0];
      if (!w.claimed) throw new Error('unreachable');
      expect(w.since).toBe(created);
      expect(w.run).toMatchObject({ subscriptionId: sub.id, slot: S1, status: 'claimed', attempts: 1 });
      expect(results.filter((r) => !r.claimed).every((r) => !r.claimed && r.reason === 'exists')).toBe(true);
    });

    it('records the post on the run and the subscription together; the next claim starts from it', async () => {
      const c = await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: S1 });
      if (!c.claimed) throw new Error('not claimed');
      expect(await b.finishDigestRun(c.run.id, 'someone-else', { status: 'posted', at: S1, coveredUntil: S1 })).toBe(false);
      expect(await a.finishDigestRun(c.run.id, 'p1', { status: 'posted', at: '2025-04-02T06:30:02.000Z', coveredUntil: '2025-04-02T06:30:01.000Z' })).toBe(true);
      const s = await b.getSubscription(sub.id!);
      expect(s).toMatchObject({ lastPostedSlot: S1, lastPostedAt: '2025-04-02T06:30:02.000Z' });
      expect((await b.claimDigestRun(sub.id!, S1, { by: 'p2', now: S2 })).claimed).toBe(false);
      const next = await b.claimDigestRun(sub.id!, S2, { by: 'p2', now: S2 });
      expect(next.claimed && next.since).toBe('2025-04-02T06:30:01.000Z');
    });

    it('a failed run is retried once its time comes, by exactly one store, and then fails for good', async () => {
      const c = await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: S1 });
      if (!c.claimed) throw new Error('not claimed');
      await a.finishDigestRun(c.run.id, 'p1', { status: 'failed', at: S1, error: 'HTTP 500', nextAttemptAt: '2025-04-02T06:31:30.000Z' });
      expect(await a.dueDigestRetries('2025-04-02T06:31:00.000Z')).toEqual([]);
      expect((await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: '2025-04-02T06:31:00.000Z' })).claimed).toBe(false);
      const due = await b.dueDigestRetries('2025-04-02T06:32:00.000Z');
      expect(due.map((r) => [r.slot, r.attempts, r.error])).toEqual([[S1, 1, 'HTTP 500']]);
      const race = await Promise.all([a, b, a, b].map((s, i) => s.claimDigestRun(sub.id!, S1, { by: `q${i}`, now: '2025-04-02T06:32:00.000Z' })));
      const won = race.filter((r) => r.claimed);
      expect(won).toHaveLength(1);
      const w = won[0];
      if (!w.claimed) throw new Error('unreachable');
      expect(w.run.attempts).toBe(2);
      await (w.run.claimedBy!.startsWith('q') ? a : b).finishDigestRun(w.run.id, w.run.claimedBy!, { status: 'failed', at: S1, error: 'HTTP 500 again', nextAttemptAt: null });
      expect(await a.dueDigestRetries('2025-04-09T00:00:00.000Z')).toEqual([]);
      expect((await a.listDigestRuns({ subscriptionId: sub.id! }))[0]).toMatchObject({ status: 'failed', attempts: 2, nextAttemptAt: null, error: 'HTTP 500 again' });
      expect((await a.getSubscription(sub.id!))?.lastPostedSlot).toBeNull();
    });

    it('claiming a later slot ends the retries of an earlier one', async () => {
      const c = await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: S1 });
      if (!c.claimed) throw new Error('not claimed');
      await a.finishDigestRun(c.run.id, 'p1', { status: 'failed', at: S1, error: 'timeout', nextAttemptAt: S2 });
      expect(await a.claimDigestRun(sub.id!, S2, { by: 'p1', now: S2 })).toMatchObject({ claimed: true, since: created });
      expect(await a.dueDigestRetries('2025-04-09T00:00:00.000Z')).toEqual([]);
      expect((await a.listDigestRuns({ status: 'failed' }))[0].nextAttemptAt).toBeNull();
    });

    it('skips a slot only when it has no run, and expires abandoned claims', async () => {
      expect(await a.skipDigestRun(sub.id!, S1, 'missed by 30 h', S2)).toBe(true);
      expect(await b.skipDigestRun(sub.id!, S1, 'missed by 30 h', S2)).toBe(false);
      expect((await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: S2 })).claimed).toBe(false);
      expect(await a.claimDigestRun(sub.id!, S2, { by: 'dead', now: S2 })).toMatchObject({ claimed: true });
      expect(await b.skipDigestRun(sub.id!, S2, 'x', S2)).toBe(false);
      expect(await b.expireDigestClaims('2025-04-03T06:00:00.000Z', S2)).toEqual([]);
      const expired = await b.expireDigestClaims('2025-04-03T07:00:00.000Z', '2025-04-03T07:10:00.000Z');
      expect(expired.map((r) => [r.slot, r.status])).toEqual([[S2, 'failed']]);
      expect(await a.finishDigestRun(expired[0].id, 'dead', { status: 'posted', at: S2, coveredUntil: S2 })).toBe(false);
      expect((await a.listDigestRuns({ since: S1 })).map((r) => r.status)).toEqual(['failed']);
      expect((await a.listDigestRuns()).map((r) => [r.slot, r.status])).toEqual([
        [S1, 'skipped'],
        [S2, 'failed'],
      ]);
    });

    it('a removed subscription cannot be claimed', async () => {
      await a.removeSubscription('slack', 'T1', 'C1', 'ukraine-talks');
      expect(await a.claimDigestRun(sub.id!, S1, { by: 'p1', now: S1 })).toEqual({ claimed: false, run: null, reason: 'gone' });
      expect(await a.skipDigestRun(sub.id!, S1, 'x', S1)).toBe(false);
    });
  });
}
