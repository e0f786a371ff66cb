/**
 * GET /metrics from a running bot (METRICS=true): Slack in HTTP mode and Discord HTTP interactions
 * on one port, a temp SQLite store, a fake Slack and Discord (test/helpers/fake-platforms.ts).
 * Real signed Slack and Discord requests, a digest due at start, the seeds and a watched folder
 * ingested, a forced command failure and a forced store failure; then the scrape is parsed and
 * the counters and histograms must have moved from what the registry held before the bot started.
 * The bot runs with worker threads: the folder's article is ingested, and cards are built, on a
 * worker, whose store calls and ingest counts must reach this process's /metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type Running } from '../../adapters/launch.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { metricsEnabled, metricsText } from '../../src/metrics.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { findCommand } from '../../src/commands/index.ts';
import { sendToSlackEvents, slashBody, IDS, command, discordKeys, signed, FakePlatforms } from '../helpers/fake-platforms.ts';
import { has, parsePrometheus, valueOf, type Sample } from './prometheus-text.ts';

const SECRET = 'metrics-test-signing-secret-0a1b2c';
const BOT_TOKEN = 'xoxb-4242-4343-metricstesttoken';
const STRING = 3;
const keys = discordKeys();
const fake = new FakePlatforms();
const logs: string[] = [];
let running: Running;
let dir = '';
let base = '';
let before: Sample[] = [];
let seq = 0;

const ARTICLE = `Harbour authority approves new ferry terminal
PORTSMOUTH — The harbour authority on Monday approved plans for a new ferry terminal on the eastern quay, its chair said.
"This terminal will serve the town for fifty years," said Jane Morris, chair of the harbour authority.
Work is due to start in the spring and should take two years, according to the council.
Local residents had objected to the noise of construction, but the authority said the work would stop at night.
`;

function hhmmAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().slice(11, 16);
}

async function scrape(url = `${base}/metrics`): Promise<{ status: number; type: string | null; samples: Sample[]; text: string }> {
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), samples: res.status === 200 ? parsePrometheus(text) : [], text };
}

async function slack(cmd: string, text: string, user = 'U0MEMBER'): Promise<string> {
  const id = `m${++seq}`;
  const r = await sendToSlackEvents(`${base}/slack/events`, SECRET, slashBody(cmd, text, { user, channel: 'C0NEWS', responseUrl: fake.responseUrl(id) }));
  expect(r.status).toBe(200);
  return JSON.parse((await fake.waitFor(() => fake.responses(id)[0])).body).text as string;
}

async function discord(payload: unknown) {
  const body = JSON.stringify(payload);
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', body, headers: signed(keys.privateKey, body) });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-metrics-'));
  const dbPath = join(dir, 'bot.db');
  mkdirSync(join(dir, 'inbox'));
  writeFileSync(join(dir, 'inbox', 'ferry.txt'), ARTICLE);
  const pre = new SqliteStore(dbPath, { clock: () => new Date(Date.now() - 86_400_000) });
  await pre.migrate();
  // A Slack digest due two minutes ago: posted at start, two minutes late.
  await pre.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0DIGEST', topics: ['ukraine-talks'], time: hhmmAgo(2), timezone: 'UTC' });
  // A watched folder with one new article, and one that does not exist (a failed poll).
  await pre.addSource({ kind: 'folder', location: join(dir, 'inbox'), everySeconds: 60 });
  await pre.addSource({ kind: 'folder', location: join(dir, 'missing'), everySeconds: 60 });
  await pre.close();
  expect(metricsEnabled()).toBe(false);
  before = parsePrometheus(await metricsText());
  const config = loadConfig({
    BRIEFBOT_DB: dbPath,
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'warn',
    METRICS: 'true',
    WORKER_THREADS: '2',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.slackApiUrl,
    DISCORD_TOKEN: 'MTExMjIyMzMzNDQ0NTU1NjY2.metrics.test-token',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.discordApiUrl,
  });
  running = await startBot(config, createLogger(config, (l) => logs.push(l)));
  base = `http://127.0.0.1:${running.port}`;
  expect(running.metricsPort).toBe(running.port);
}, 60_000);

afterAll(async () => {
  await running?.shutdown().catch(() => undefined);
  await fake.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('GET /metrics after real traffic', () => {
  it('serves the Prometheus text format; before the bot ran with METRICS=true, nothing was recorded', async () => {
    const s = await scrape();
    expect(s.status).toBe(200);
    expect(s.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(s.text).toContain('# TYPE briefbot_requests_total counter');
    expect(s.text).toContain('# TYPE briefbot_request_ack_seconds histogram');
    expect(before).toEqual([]); // nothing is recorded, and prom-client not loaded, until METRICS=true
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('counts requests by platform, command and outcome, with ack and answer latency', async () => {
    expect(await slack('/brief', 'ukraine-talks')).toMatch(/Talks on ending the war/);
    expect(await slack('/brief', 'ukraine-talks')).toMatch(/Talks on ending the war/); // from the answer cache
    expect(await slack('/subscribe', 'ukraine-talks')).toBe('Only channel managers can use /subscribe.');
    const brief = findCommand('brief')!;
    const handler = brief.handler;
    brief.handler = async () => {
      throw new Error('forced failure');
    };
    try {
      expect(await slack('/brief', 'ukraine-talks page:2')).toMatch(/^Sorry, \/brief failed on my side/);
    } finally {
      brief.handler = handler;
    }
    const d = await discord(command('who-said', [{ name: 'query', type: STRING, value: 'Peskov' }]));
    expect(JSON.stringify(d)).toContain('Peskov');
    await discord(command('topics'));
    await discord({ ...command('brief', [{ name: 'topic', type: STRING, value: 'ukr', focused: true }]), type: 4 });

    // The Slack answers went out before the listener finished: wait until the last one is counted.
    let m: Sample[] = [];
    for (let i = 0; i < 100; i++) {
      m = (await scrape()).samples;
      if (valueOf(m, 'briefbot_requests_total', { platform: 'slack' }) >= 4) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const req = (labels: Record<string, string>) => valueOf(m, 'briefbot_requests_total', labels);
    expect(req({ platform: 'slack', command: 'brief', outcome: 'answered' })).toBe(2);
    expect(req({ platform: 'slack', command: 'subscribe', outcome: 'refused' })).toBe(1);
    expect(req({ platform: 'slack', command: 'brief', outcome: 'error' })).toBe(1);
    expect(req({ platform: 'discord', command: 'who-said', outcome: 'answered' })).toBe(1);
    expect(req({ platform: 'discord', command: 'topics', outcome: 'answered' })).toBe(1);
    expect(req({ platform: 'discord', command: 'autocomplete', outcome: 'answered' })).toBe(1);
    // Every request acknowledged once and answered once.
    expect(valueOf(m, 'briefbot_request_ack_seconds_count', { platform: 'slack' })).toBe(4);
    expect(valueOf(m, 'briefbot_request_ack_seconds_count', { platform: 'discord' })).toBe(3);
    expect(valueOf(m, 'briefbot_request_duration_seconds_count', { platform: 'slack', command: 'brief' })).toBe(3);
    expect(valueOf(m, 'briefbot_request_duration_seconds_sum', { platform: 'slack', command: 'brief' })).toBeGreaterThan(0);
    // The +Inf bucket holds every observation; the 5 s bucket (Discord's window is 3 s) holds them all here too.
    expect(valueOf(m, 'briefbot_request_ack_seconds_bucket', { platform: 'discord', le: '+Inf' })).toBe(3);
    expect(valueOf(m, 'briefbot_request_ack_seconds_bucket', { platform: 'discord', le: '5' })).toBe(3);
    // The second /brief came from the answer cache.
    expect(valueOf(m, 'briefbot_answer_cache_total', { cache: 'cards', result: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(m, 'briefbot_answer_cache_total', { cache: 'cards', result: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(m, 'briefbot_answer_cache_total', { cache: 'who-said', result: 'miss' })).toBe(1);
  });

  it('counts the digest posted at start and how late it was', async () => {
    await fake.waitFor(() => fake.slackPosts().some((p) => p.body.includes('C0DIGEST')), 20_000);
    let m: Sample[] = [];
    for (let i = 0; i < 100 && valueOf(m, 'briefbot_digests_total', { platform: 'slack', outcome: 'posted' }) < 1; i++) {
      m = (await scrape()).samples;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(valueOf(m, 'briefbot_digests_total', { platform: 'slack', outcome: 'posted' })).toBe(1);
    expect(valueOf(m, 'briefbot_digest_lag_seconds_count', { platform: 'slack' })).toBe(1);
    const lag = valueOf(m, 'briefbot_digest_lag_seconds_sum', { platform: 'slack' });
    expect(lag).toBeGreaterThan(60); // due 2 minutes ago (to the minute)
    expect(lag).toBeLessThan(600);
    expect(valueOf(m, 'briefbot_digest_lag_seconds_bucket', { platform: 'slack', le: '60' })).toBe(0);
    expect(valueOf(m, 'briefbot_digest_lag_seconds_bucket', { platform: 'slack', le: '3600' })).toBe(1);
  }, 30_000);

  it('counts ingest (the seeds, the watched folder) and source polls, good and failed', async () => {
    let m: Sample[] = [];
    for (let i = 0; i < 200; i++) {
      m = (await scrape()).samples;
      // A poll is counted when its source answered; its articles are ingested after (on a worker
      // thread by default, whose counts come back with its answer).
      if (valueOf(m, 'briefbot_source_polls_total') >= 2 && valueOf(m, 'briefbot_ingest_articles_total', { outcome: 'inserted' }) >= 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(valueOf(m, 'briefbot_source_polls_total', { kind: 'folder', outcome: 'ok' })).toBe(1);
    expect(valueOf(m, 'briefbot_source_polls_total', { kind: 'folder', outcome: 'failed' })).toBe(1);
    // The seed article at boot, the ferry article from the folder.
    expect(valueOf(m, 'briefbot_ingest_articles_total', { outcome: 'inserted' })).toBe(2);
    expect(await running.store.countArticles()).toBe(2);
  });

  it('times store calls by engine and method, and counts store failures', async () => {
    const store = running.store as SqliteStore;
    const orig = store.listTopics;
    store.listTopics = async () => {
      throw new Error('forced store failure');
    };
    try {
      expect(await slack('/topics', '')).toMatch(/^Sorry/);
    } finally {
      store.listTopics = orig;
    }
    const m = (await scrape()).samples;
    expect(valueOf(m, 'briefbot_store_errors_total', { engine: 'sqlite', op: 'listTopics' })).toBe(1);
    expect(valueOf(m, 'briefbot_store_query_seconds_count', { engine: 'sqlite', op: 'listArticles' })).toBeGreaterThan(0);
    expect(valueOf(m, 'briefbot_store_query_seconds_count', { engine: 'sqlite', op: 'putArticle' })).toBe(2);
    expect(valueOf(m, 'briefbot_store_query_seconds_count', { engine: 'sqlite', op: 'claimDigestRun' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(m, 'briefbot_requests_total', { platform: 'slack', command: 'topics', outcome: 'error' })).toBe(1);
  });

  it('exposes process metrics and the event loop delay', async () => {
    const m = (await scrape()).samples;
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p99_seconds', 'process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes']) {
      expect(has(m, name), name).toBe(true);
    }
    expect(valueOf(m, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('keeps labels bounded: no topic, user, channel, query text or token in any label', async () => {
    const m = (await scrape()).samples;
    const values = new Set(m.flatMap((s) => Object.values(s.labels)));
    for (const v of values) {
      for (const bad of ['ukraine-talks', 'U0MEMBER', 'C0NEWS', 'C0DIGEST', 'Peskov', IDS.user, IDS.guild, IDS.channel, 'ferry', BOT_TOKEN]) expect(v).not.toContain(bad);
    }
    const platforms = new Set(m.filter((s) => s.name === 'briefbot_requests_total').map((s) => s.labels.platform));
    expect([...platforms].sort()).toEqual(['discord', 'slack']);
  });
});

describe('where /metrics is served', () => {
  const start = async (env: Record<string, string>) => {
    const d = mkdtempSync(join(tmpdir(), 'briefbot-metrics-port-'));
    const config = loadConfig({ BRIEFBOT_DB: join(d, 'bot.db'), SEEDS_DIR: '', BRIEFINGS_DIR: './briefings', PORT: '0', LOG_LEVEL: 'silent', DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.discordApiUrl, ...env });
    const bot = await startBot(config, createLogger(config, () => undefined));
    return { bot, stop: async () => (await bot.shutdown(), rmSync(d, { recursive: true, force: true })) };
  };

  it('off by default: no /metrics route', async () => {
    const { bot, stop } = await start({});
    try {
      expect(bot.metricsPort).toBeNull();
      expect((await fetch(`http://127.0.0.1:${bot.port}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
    } finally {
      await stop();
    }
  });

  it('METRICS_PORT: on its own port, not on PORT', async () => {
    const { bot, stop } = await start({ METRICS: 'true', METRICS_PORT: '0' });
    try {
      expect(bot.metricsPort).toBeGreaterThan(0);
      expect(bot.metricsPort).not.toBe(bot.port);
      expect((await fetch(`http://127.0.0.1:${bot.port}/metrics`)).status).toBe(404);
      const s = await scrape(`http://127.0.0.1:${bot.metricsPort}/metrics`);
      expect(s.status).toBe(200);
      expect(has(s.samples, 'process_cpu_user_seconds_total')).toBe(true);
    } finally {
      await stop();
    }
  });
});
