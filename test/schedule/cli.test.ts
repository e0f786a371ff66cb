/** `briefbot digest --channel ID [--now]`: preview, post now (recorded), print when no adapter runs here. */
import { afterAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { runDigestCli } from '../../src/schedule/cli.ts';
import { loadConfig } from '../../src/config.ts';
import type { Digest } from '../../src/schedule/digest.ts';
import { addArticle, FakeClock, openStore, subscribe, tempDir } from './harness.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function run(argv: string[], deps: Parameters<typeof runDigestCli>[3]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDigestCli(argv, loadConfig({}), silent, { out: (s) => out.push(s), err: (s) => err.push(s), ...deps });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('previews, posts now through an adapter hook (recorded), and prints when no adapter runs here', async () => {
  const clock = new FakeClock('2025-01-06T12:00:00.000Z');
  const store = await openStore(join(tmp.dir, 'cli.db'), clock);
  const sub = await subscribe(store, clock, '2025-01-06T09:00:00.000Z', { channel: 'C42' });
  const words = await addArticle(store, 'ukraine-talks', '2025-01-06T10:00:00.000Z');

  expect((await run(['--help'], { store })).out).toMatch(/^Usage: briefbot digest --channel ID \[--now\]/);
  expect((await run([], { store })).code).toBe(2);
  expect(await run(['--channel', 'nope'], { store, clock: clock.now })).toMatchObject({ code: 1, err: expect.stringContaining('No digest subscription for channel nope') });

  const preview = await run(['--channel', 'C42'], { store, clock: clock.now });
  expect(preview.code).toBe(0);
  expect(preview.out).toContain(words);
  expect(preview.out).toContain('preview: nothing was posted or recorded');

  const printed = await run(['--channel', 'C42', '--now'], { store, clock: clock.now });
  expect(printed.code).toBe(0);
  expect(printed.err).toContain('Printed, not posted: no slack adapter runs in this process');
  expect(await store.listDigestRuns()).toEqual([]);

  const posted: Digest[] = [];
  let stopped = false;
  const hook = async () => ({ posters: { slack: async (d: Digest) => void posted.push(d) }, stop: async () => void (stopped = true) });
  const now = await run(['--channel', 'C42', '--now', '--format', 'json'], { store, clock: clock.now, posters: hook });
  expect(now).toMatchObject({ code: 0, out: 'Posted the digest to slack/T1/C42 (1 topic(s) with news).' });
  expect(stopped).toBe(true);
  expect(posted.map((d) => d.subscription.id)).toEqual([sub.id]);
  expect((await store.listDigestRuns()).map((r) => [r.kind, r.status])).toEqual([['on-demand', 'posted']]);
  await store.close();
});
