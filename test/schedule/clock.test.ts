/**
 * The digest engine's wake-up schedule and clock from settings (DIGEST_CRON, and the tests-only
 * BRIEFBOT_TEST_CLOCK_FILE), and in process through startBot's options.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Running, startBot } from '../../adapters/launch.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { fileClock } from '../../src/schedule/clock.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-platforms.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DIGEST_CRON', () => {
  it('defaults to every minute and accepts a schedule with seconds', () => {
    expect(loadConfig({}).DIGEST_CRON).toBe('* * * * *');
    expect(loadConfig({ DIGEST_CRON: '' }).DIGEST_CRON).toBe('* * * * *');
    expect(loadConfig({ DIGEST_CRON: ' */2 * * * * * ' }).DIGEST_CRON).toBe('*/2 * * * * *');
    expect(loadConfig({ DIGEST_CRON: '*/5 * * * *' }).DIGEST_CRON).toBe('*/5 * * * *');
  });

  it.each([
    ['61 * * * *', 'minute'],
    ['* * * * * * *', ''],
    ['every minute', ''],
  ])('refuses %j with a message naming the setting', (value, field) => {
    let err: unknown;
    try {
      loadConfig({ DIGEST_CRON: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('DIGEST_CRON: must be a cron expression: 5 fields');
    if (field) expect(msg).toContain(`bad field: ${field}`);
    expect(msg).not.toContain(value);
  });
});

describe('BRIEFBOT_TEST_CLOCK_FILE (tests only)', () => {
  it('reads now from the file at each call; a file caught mid-write keeps the last good time', () => {
    const f = join(dir, 'now');
    writeFileSync(f, '2025-01-06T07:29:30.000Z\n');
    const clock = fileClock(f);
    expect(clock().toISOString()).toBe('2025-01-06T07:29:30.000Z');
    writeFileSync(f, '2025-01-06T07:30:01.000Z');
    expect(clock().toISOString()).toBe('2025-01-06T07:30:01.000Z');
    writeFileSync(f, '');
    expect(clock().toISOString()).toBe('2025-01-06T07:30:01.000Z');
    rmSync(f);
    expect(clock().toISOString()).toBe('2025-01-06T07:30:01.000Z');
  });

  it('a missing or bad file stops the start with a clear message', () => {
    expect(() => fileClock(join(dir, 'absent'))).toThrow('BRIEFBOT_TEST_CLOCK_FILE: cannot read the clock file (ENOENT)');
    const f = join(dir, 'bad');
    writeFileSync(f, 'tomorrow');
    expect(() => fileClock(f)).toThrow('BRIEFBOT_TEST_CLOCK_FILE: the clock file must hold one ISO 8601 instant');
  });
});

describe('startBot options: the digest clock and schedule, in process', () => {
  let fake: FakeSlack | undefined;
  let running: Running | undefined;
  afterAll(async () => {
    await running?.shutdown();
    await fake?.close();
  });

  it('refuses a bad schedule before anything starts', async () => {
    const config = loadConfig({ BRIEFBOT_DB: join(dir, 'never.db'), PORT: '0', SLACK_BOT_TOKEN: 'xoxb-1-2-clock', SLACK_SIGNING_SECRET: 's' });
    await expect(startBot(config, createLogger({ LOG_LEVEL: 'silent' }), { digestCron: 'sometimes' })).rejects.toThrow(
      'digest schedule must be a cron expression',
    );
  });

  it('wakes every second on the given schedule and posts a digest when the given clock reaches its slot', async () => {
    fake = await startFakeSlack();
    const config = loadConfig({
      BRIEFBOT_DB: join(dir, 'bot.db'),
      SEEDS_DIR: './seeds',
      BRIEFINGS_DIR: './briefings',
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-5555-6666-clocktoken',
      SLACK_SIGNING_SECRET: 'clock-test-secret',
      SLACK_API_URL: fake.apiUrl,
    });
    const logs: string[] = [];
    // Two days ahead, half a minute before 07:30 UTC: the subscription made now is due at that slot.
    const slot = Math.floor(Date.now() / 86_400_000) * 86_400_000 + 2 * 86_400_000 + 7.5 * 3_600_000;
    let now = slot - 30_000;
    running = await startBot(config, createLogger(config, (l) => logs.push(l)), { digestClock: () => new Date(now), digestCron: '* * * * * *' });
    expect(logs.some((l) => l.includes('digests: slack; waking on "* * * * * *"'))).toBe(true);
    await running.store.addSubscription({ platform: 'slack', workspace: 'T0CLOCK', channel: 'C0CLOCK', topics: ['ukraine-talks'], time: '07:30', timezone: 'UTC' });
    await new Promise((r) => setTimeout(r, 2500));
    expect(fake.posts()).toHaveLength(0);
    now = slot + 1000;
    const post = await fake.waitFor(() => fake!.posts()[0], 30_000);
    expect(post.body.channel).toBe('C0CLOCK');
    // The fake records the post before it answers; the engine records the run once the answer is
    // back, then logs it: wait for that log line, not just the request, before reading the store.
    await fake.waitFor(() => logs.find((l) => /digest for slack\/T0CLOCK\/C0CLOCK at .* posted/.test(l)), 30_000);
    const runs = await running.store.listDigestRuns({ status: 'posted' });
    expect(runs.map((r) => r.slot)).toEqual([new Date(slot).toISOString()]);
  }, 60_000);
});
