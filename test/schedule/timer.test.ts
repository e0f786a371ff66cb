/**
 * The real node-cron timer, on a seconds-resolution schedule. The engine's clock runs 60 times
 * faster than real time (one real second is one minute), so real ticks walk across slots in seconds.
 */
import { afterEach, expect, it } from 'vitest';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { addArticle, engine, FakeClock, openStore, recorder, subscribe, tempDir } from './harness.ts';
import { runConsole } from '../../adapters/console/console.ts';
import type { Store } from '../../src/store/store.ts';
import { loadConfig } from '../../src/config.ts';

const tmp = tempDir();
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
process.on('exit', () => tmp.cleanup());

function accelerated(startIso: string) {
  const t0 = Date.now();
  const base = Date.parse(startIso);
  return () => new Date(base + (Date.now() - t0) * 60);
}

it('node-cron wakes the engine every second; each slot is posted once, at or after its time', async () => {
  const setup = new FakeClock('2025-01-05T00:00:00.000Z');
  const s = await openStore(join(tmp.dir, 'timer.db'), setup);
  stores.push(s);
  await subscribe(s, setup, '2025-01-05T00:00:00.000Z', { channel: 'A', time: '07:30' });
  await subscribe(s, setup, '2025-01-05T00:00:00.000Z', { channel: 'B', time: '07:31' });
  const clock = accelerated('2025-01-06T07:29:10.000Z');
  const fake = { now: clock, get iso() { return clock().toISOString(); } } as unknown as FakeClock;
  const rec = recorder(fake);
  const e = engine(s, fake, rec.poster, { clock });
  e.start({ cron: '* * * * * *' });
  await new Promise((r) => setTimeout(r, 3500));
  await e.stop();
  const after = rec.posts.length;
  await new Promise((r) => setTimeout(r, 1200));
  expect(rec.posts.length).toBe(after);
  expect(rec.posts.map((p) => [p.digest.subscription.channel, p.digest.slot])).toEqual([
    ['A', '2025-01-06T07:30:00.000Z'],
    ['B', '2025-01-06T07:31:00.000Z'],
  ]);
  for (const p of rec.posts) expect(Date.parse(p.at)).toBeGreaterThanOrEqual(Date.parse(p.digest.slot));
}, 15_000);

it('the console adapter prints the digests of console subscriptions (here: one missed a few minutes ago, on start)', async () => {
  const setup = new FakeClock('2025-01-05T00:00:00.000Z');
  const s = await openStore(join(tmp.dir, 'console.db'), setup);
  stores.push(s);
  await subscribe(s, setup, '2025-01-05T00:00:00.000Z', { platform: 'console', workspace: 'local', channel: 'console', time: '07:30', topics: ['ukraine-talks', 'budget'] });
  await subscribe(s, setup, '2025-01-05T00:00:00.000Z', { platform: 'slack', channel: 'C-elsewhere', time: '07:30' });
  const words = await addArticle(s, 'ukraine-talks', '2025-01-05T12:00:00.000Z');
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (b) => (text += b.toString()));
  const done = runConsole({ store: s, config: loadConfig({}), log: { debug() {}, info() {}, warn() {}, error() {} }, input, output, interactive: false, clock: accelerated('2025-01-06T07:35:00.000Z') });
  await new Promise((r) => setTimeout(r, 1500));
  input.end();
  await done;
  expect(text.match(/=== Digest for console\/local\/console — 2025-01-06 07:30 \(UTC\) ===/g)).toHaveLength(1);
  expect(text).toContain(words);
  expect(text).toContain('Also followed, nothing new since 2025-01-05 00:00 (UTC): The budget');
  expect(text).not.toContain('C-elsewhere');
}, 15_000);
