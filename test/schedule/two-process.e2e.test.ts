/**
 * End to end, for real: two `briefbot serve` processes (node bin/briefbot.js) on one PostgreSQL
 * schema, with Slack (HTTP mode) and Discord (HTTP interactions + bot token) pointed at the fake
 * platforms (test/helpers/fake-platforms.ts), which record every message posted. Both processes
 * are due for the same digests:
 *  - on start, a slot missed a few minutes ago (catch-up): both try, exactly one posts;
 *  - at a scheduled minute T1, both wake at once: exactly one posts;
 *  - then both are killed with SIGKILL and restarted before T2: T1 is not posted again (though it
 *    is within the allowed lateness) and T2 is posted exactly once.
 *
 * Real node-cron wake-ups, every second (DIGEST_CRON with seconds), and a digest clock the test
 * moves (BRIEFBOT_TEST_CLOCK_FILE, tests only): every process reads the same "now" from one file,
 * so the test crosses T1 and T2 as soon as the processes are up instead of waiting for real minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';
import { FakePlatforms } from '../helpers/fake-platforms.ts';

const pgOk = await requirePostgres();
const MIN = 60_000;

interface Post {
  platform: 'slack' | 'discord';
  channel: string;
  at: number;
}

/** The digest messages the platforms got, in arrival order. */
function postsTo(fake: FakePlatforms): Post[] {
  return fake.requests.flatMap((r): Post[] => {
    if (r.path === '/slack/api/chat.postMessage') return [{ platform: 'slack', channel: String(r.data?.channel), at: r.at }];
    const m = r.method === 'POST' ? /\/channels\/(\d+)\/messages$/.exec(r.path) : null;
    return m && r.path.startsWith('/discord/') ? [{ platform: 'discord', channel: m[1], at: r.at }] : [];
  });
}

function byChannel(posts: Post[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of posts) out[`${p.platform}:${p.channel}`] = (out[`${p.platform}:${p.channel}`] ?? 0) + 1;
  return out;
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
/** Child processes may take many seconds to start on a loaded machine: wait on conditions, generously. */
const START_WAIT_MS = 150_000;
const POST_WAIT_MS = 60_000;

describe.skipIf(!pgOk)('two bot processes on one PostgreSQL database', () => {
  const schema = freshSchema('bb_e2e');
  const fake = new FakePlatforms();
  const procs = new Set<ChildProcess>();
  const logs: string[] = [];
  let env: NodeJS.ProcessEnv;
  const clockDir = mkdtempSync(join(tmpdir(), 'bb-e2e-clock-'));
  const clockFile = join(clockDir, 'now');
  /** Set the processes' digest clock (written whole, then renamed: never read half-written). */
  function setClock(ms: number) {
    writeFileSync(`${clockFile}.tmp`, new Date(ms).toISOString());
    renameSync(`${clockFile}.tmp`, clockFile);
  }

  function startBotProcess(name: string): ChildProcess {
    const child = spawn(process.execPath, ['bin/briefbot.js', 'serve'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tag = (s: string) => {
      for (const l of s.split('\n').filter(Boolean)) logs.push(`[${name}] ${l}`);
    };
    child.stdout!.on('data', (b) => tag(b.toString()));
    child.stderr!.on('data', (b) => tag(b.toString()));
    procs.add(child);
    child.on('exit', () => procs.delete(child));
    return child;
  }
  async function waitForLog(re: RegExp, count: number, timeoutMs: number) {
    const end = Date.now() + timeoutMs;
    while (logs.filter((l) => re.test(l)).length < count) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${re} x${count}\n${logs.slice(-40).join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function killAll(signal: NodeJS.Signals) {
    const all = [...procs];
    for (const p of all) p.kill(signal);
    await Promise.all(all.map((p) => (p.exitCode === null && p.signalCode === null ? once(p, 'exit') : null)));
  }

  beforeAll(async () => {
    await fake.start();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const pub = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      BRIEFINGS_DIR: './briefings',
      SEEDS_DIR: './seeds',
      DEFAULT_TIMEZONE: 'UTC',
      DIGEST_MAX_LATE_HOURS: '6',
      DIGEST_CRON: '* * * * * *',
      BRIEFBOT_TEST_CLOCK_FILE: clockFile,
      PORT: '0',
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-e2e-test-token',
      SLACK_SIGNING_SECRET: 'e2e-signing-secret',
      SLACK_API_URL: fake.slackApiUrl,
      DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.e2e.fake-discord-bot-token',
      DISCORD_PUBLIC_KEY: pub,
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_API_URL: fake.discordApiUrl,
    };
  });

  afterAll(async () => {
    await killAll('SIGKILL');
    await fake.stop();
    await dropSchema(schema);
    rmSync(clockDir, { recursive: true, force: true });
  });

  it('posts each digest exactly once: on start, at a scheduled time, and across kill -9 and restart', async () => {
    const now = Date.now();
    // The processes' clock starts half a minute before T1 and moves only when the test moves it.
    const t1 = Math.floor(now / MIN) * MIN + 2 * MIN;
    const t2 = t1 + MIN;
    const missed = Math.floor(now / MIN) * MIN - 5 * MIN;
    setClock(t1 - 30_000);
    // Subscriptions made yesterday (so today's slots are theirs), by a store on the same schema.
    const store = new PostgresStore(PG_URL, { schema, clock: () => new Date(now - 24 * 60 * MIN) });
    await store.migrate();
    const subs = [
      { platform: 'slack', workspace: 'T1', channel: 'C-MISSED', at: missed },
      { platform: 'discord', workspace: 'G1', channel: '200000000000000001', at: missed },
      { platform: 'slack', workspace: 'T1', channel: 'C-T1', at: t1 },
      { platform: 'discord', workspace: 'G1', channel: '200000000000000002', at: t1 },
      { platform: 'slack', workspace: 'T1', channel: 'C-T2', at: t2 },
      { platform: 'discord', workspace: 'G1', channel: '200000000000000003', at: t2 },
    ] as const;
    for (const s of subs) await store.addSubscription({ platform: s.platform, workspace: s.workspace, channel: s.channel, topics: ['ukraine-talks'], time: hhmm(s.at), timezone: 'UTC' });

    startBotProcess('a');
    startBotProcess('b');
    await waitForLog(/digests: slack, discord; waking on "\* \* \* \* \* \*"/, 2, START_WAIT_MS);
    // The missed slot: both processes caught up at start; one posted each digest.
    await waitForLog(/digest for (slack\/T1\/C-MISSED|discord\/G1\/200000000000000001) at .* posted/, 2, POST_WAIT_MS);
    // A few wake-ups of both processes with the clock before T1: nothing of T1 or T2 goes out.
    await new Promise((r) => setTimeout(r, 2500));
    expect(postsTo(fake).map((p) => p.channel).sort()).toEqual(['200000000000000001', 'C-MISSED']);
    // T1: both processes wake at the same second and see the same time.
    const atT1 = Date.now();
    setClock(t1 + 1000);
    await waitForLog(/digest for (slack\/T1\/C-T1|discord\/G1\/200000000000000002) at .* posted/, 2, POST_WAIT_MS);
    await killAll('SIGKILL');
    const beforeRestart = postsTo(fake).length;
    // Restarted before T2, with T1 half a minute late (within DIGEST_MAX_LATE_HOURS) and already posted.
    setClock(t1 + 30_000);
    startBotProcess('a2');
    startBotProcess('b2');
    // Logged once the catch-up pass has read the clock (t1 + 30 s): that pass decides on T1 before T2 is due.
    await waitForLog(/digests: slack, discord; waking on/, 4, START_WAIT_MS);
    const atT2 = Date.now();
    setClock(t2 + 1000);
    await waitForLog(/digest for (slack\/T1\/C-T2|discord\/G1\/200000000000000003) at .* posted/, 2, POST_WAIT_MS);
    // A few more wake-ups of both processes, later still: nothing more goes out.
    setClock(t2 + 30_000);
    await new Promise((r) => setTimeout(r, 2500));
    await killAll('SIGTERM');

    // One message per digest (one topic, fits in one message), so one message per channel.
    expect(byChannel(postsTo(fake))).toEqual({
      'slack:C-MISSED': 1,
      'discord:200000000000000001': 1,
      'slack:C-T1': 1,
      'discord:200000000000000002': 1,
      'slack:C-T2': 1,
      'discord:200000000000000003': 1,
    });
    // Nothing posted after the restart but T2.
    expect(new Set(postsTo(fake).slice(beforeRestart).map((p) => p.channel))).toEqual(new Set(['C-T2', '200000000000000003']));
    for (const p of postsTo(fake).filter((x) => x.channel === 'C-T1' || x.channel === '200000000000000002')) expect(p.at).toBeGreaterThanOrEqual(atT1);
    for (const p of postsTo(fake).filter((x) => x.channel === 'C-T2' || x.channel === '200000000000000003')) expect(p.at).toBeGreaterThanOrEqual(atT2);

    const runs = await store.listDigestRuns({ status: 'posted' });
    expect(runs).toHaveLength(6);
    expect(new Set(runs.map((r) => `${r.subscriptionId}@${r.slot}`)).size).toBe(6);
    const claimedBy = new Set(runs.map((r) => r.claimedBy!.split(':')[1]));
    expect(claimedBy.size).toBeGreaterThanOrEqual(1);
    await store.close();
  }, 2 * START_WAIT_MS + 4 * POST_WAIT_MS);
});
