/**
 * LOG_FORMAT=json while errors are forced: every line the logger writes is one JSON object with
 * time, level and msg; every line written while a request runs carries that request's id, platform
 * and command, and the request's last line says how it ended and how long it took; no secret or
 * token is in any of it. Like secrets.test.ts, the bot runs Slack (HTTP) and Discord (HTTP
 * interactions + bot token) against a fake platform server that fails everything it can while
 * echoing the caller's Authorization header (and the interaction token in the path) in its errors,
 * and everything written to stdout, stderr and the console is captured too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type Running } from '../../adapters/launch.ts';
import { captureOutput } from '../helpers/capture-output.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { findCommand } from '../../src/commands/index.ts';
import { sendToSlackEvents, slashBody, IDS, command, discordKeys, signed, FakePlatforms } from '../helpers/fake-platforms.ts';

const SIGNING_SECRET = 'c0ffee5ec7e7a11ce0123456789abcdef';
const BOT_TOKEN = 'xoxb-9191-9292-jsonlogs-n0tarealtoken';
const DISCORD_TOKEN = 'MTk5OTk5OTk5OTk5OTk5OTk5.Jx0y1z.json-logs-discord-token-7q';
const SECRETS = [SIGNING_SECRET, BOT_TOKEN, DISCORD_TOKEN];
const POISON = `SQLITE_IOERR with Bearer ${BOT_TOKEN} Bot ${DISCORD_TOKEN} secret=${SIGNING_SECRET}`;
const STRING = 3;

const keys = discordKeys();
const fake = new FakePlatforms();
const lines: string[] = [];
const captured: string[] = [];
const interactionTokens: string[] = [];
let running: Running;
let dir = '';
let base = '';
let seq = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Rec {
  time: string;
  level: string;
  msg: string;
  reqId?: string;
  platform?: string;
  command?: string;
  outcome?: string;
  duration_ms?: number;
  err?: { type: string; message: string; stack?: string; url?: string };
  [k: string]: unknown;
}
const records = () => lines.map((l) => JSON.parse(l) as Rec);

let restoreOutput = () => {};

beforeAll(async () => {
  restoreOutput = captureOutput(captured);
  await fake.start();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-jsonlogs-'));
  const dbPath = join(dir, 'bot.db');
  const pre = new SqliteStore(dbPath, { clock: () => new Date(Date.now() - 86_400_000) });
  await pre.migrate();
  await pre.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0DIGEST', topics: ['ukraine-talks'], time: new Date(Date.now() - 120_000).toISOString().slice(11, 16), timezone: 'UTC' });
  await pre.close();
  fake.failing = (r) => r.path !== '/slack/api/auth.test';
  const config = loadConfig({
    BRIEFBOT_DB: dbPath,
    // Store failures are injected into this process's store object (below): cards built here, not on worker threads.
    WORKER_THREADS: '0',
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.slackApiUrl,
    DISCORD_TOKEN,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.discordApiUrl,
  });
  running = await startBot(config, createLogger(config, (l) => lines.push(l)));
  base = `http://127.0.0.1:${running.port}`;
}, 60_000);

afterAll(async () => {
  await running?.shutdown().catch(() => undefined);
  await fake.stop();
  restoreOutput();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function slack(cmd: string, text: string): Promise<string> {
  const id = `j${++seq}`;
  const r = await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, slashBody(cmd, text, { user: 'U0MEMBER', channel: 'C0NEWS', responseUrl: fake.responseUrl(id) }));
  expect(r.status).toBe(200);
  return id;
}

async function discord(payload: { token: string }) {
  interactionTokens.push(payload.token);
  const body = JSON.stringify(payload);
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', body, headers: signed(keys.privateKey, body) });
  return (await res.json()) as { type: number };
}

/** The records of the request whose line matches `pick`, once its "request done" line is written. */
async function requestOf(pick: (r: Rec) => boolean): Promise<Rec[]> {
  const found = await fake.waitFor(() => {
    const hit = records().find((r) => pick(r) && r.reqId);
    return hit && records().some((r) => r.reqId === hit.reqId && r.msg === 'request done') ? hit : undefined;
  }, 15_000);
  return records().filter((r) => r.reqId === found.reqId);
}

describe('LOG_FORMAT=json with errors forced', () => {
  it('a Slack command whose handler throws an error quoting every secret: one request id through its lines, redacted', async () => {
    const brief = findCommand('brief')!;
    const handler = brief.handler;
    brief.handler = async () => {
      throw new Error(POISON);
    };
    try {
      const id = await slack('/brief', 'ukraine-talks');
      await fake.waitFor(() => fake.responses(id).length >= 1);
      const req = await requestOf((r) => r.msg === 'slack: /brief failed');
      expect(new Set(req.map((r) => r.platform))).toEqual(new Set(['slack']));
      const failed = req.find((r) => r.msg === 'slack: /brief failed')!;
      expect(failed.level).toBe('error');
      expect(failed.command).toBe('brief');
      expect(failed.err?.type).toBe('Error');
      expect(failed.err?.message).toBe('SQLITE_IOERR with Bearer [redacted] Bot [redacted] secret=[redacted]');
      const done = req.find((r) => r.msg === 'request done')!;
      expect(done).toMatchObject({ level: 'info', platform: 'slack', command: 'brief', outcome: 'error' });
      expect(done.duration_ms).toBeGreaterThanOrEqual(0);
      expect(done.ack_ms).toBeGreaterThanOrEqual(0);
    } finally {
      brief.handler = handler;
    }
  });

  it('a Slack answer the response_url refuses (its error echoes the bot token): logged under the request id', async () => {
    await slack('/who-said', 'Peskov');
    const req = await requestOf((r) => r.command === 'who-said' && r.level === 'error');
    expect(req.map((r) => r.msg)).toContain('slack: /who-said failed');
    expect(req.some((r) => r.level === 'error')).toBe(true);
    expect(req.find((r) => r.msg === 'request done')).toMatchObject({ command: 'who-said', outcome: 'error' });
  });

  it('a Discord answer that is deferred, then refused by the API (the URL holds the interaction token): redacted by the logger', async () => {
    const store = running.store as SqliteStore;
    // slow on every /brief read of the store (the data version comes first: the answer cache's key and the story's)
    const orig = store.dataVersion;
    store.dataVersion = async (...a) => {
      await sleep(1300);
      return orig.apply(store, a);
    };
    try {
      const payload = command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }, { name: 'since', type: STRING, value: '2002-03-04' }]);
      const first = await discord(payload);
      expect(first.type).toBe(5);
      await fake.waitFor(() => fake.requests.some((r) => r.path.includes(`/webhooks/${IDS.app}/${payload.token}`)), 10_000);
      const req = await requestOf((r) => r.msg === 'discord interaction /brief failed');
      const failed = req.find((r) => r.msg === 'discord interaction /brief failed')!;
      expect(failed.platform).toBe('discord');
      expect(failed.err?.message).toContain('[redacted]');
      expect(JSON.stringify(failed)).not.toContain(payload.token);
      expect(req.find((r) => r.msg === 'request done')).toMatchObject({ platform: 'discord', command: 'brief', outcome: 'error' });
    } finally {
      store.dataVersion = orig;
    }
  });

  it('fields named like secrets are redacted by configuration, whatever their value', () => {
    const out: string[] = [];
    const log = createLogger({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' }, (l) => out.push(l));
    log.warn('outgoing call', {
      status: 401,
      token: 'opaque-interaction-token-1',
      headers: { authorization: 'Bot opaque-2', 'content-type': 'application/json' },
      databaseUrl: 'postgres://u:opaque-3@db/x',
      settings: { DISCORD_TOKEN: 'opaque-4', SLACK_SIGNING_SECRET: 'opaque-5', PORT: 3000 },
    });
    const err = Object.assign(new Error('Unknown Webhook'), { url: 'https://discord.com/api/v10/webhooks/222/opaque-token-number-6/messages/@original', requestBody: { json: { content: 'x' } }, status: 404 });
    log.error('edit failed', err);
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(a).toMatchObject({ level: 'warn', msg: 'outgoing call', status: 401, token: '[redacted]', headers: { authorization: '[redacted]', 'content-type': 'application/json' }, databaseUrl: '[redacted]' });
    expect(a.settings).toEqual({ DISCORD_TOKEN: '[redacted]', SLACK_SIGNING_SECRET: '[redacted]', PORT: 3000 });
    expect(b.err).toMatchObject({ type: 'Error', message: 'Unknown Webhook', status: 404, url: 'https://discord.com/api/v10/webhooks/222/[redacted]/messages/@original' });
    expect(b.err.requestBody).toBeUndefined();
    expect(out.join('\n')).not.toMatch(/opaque-/);
    expect(typeof a.time).toBe('string');
    expect(new Date(a.time).toISOString()).toBe(a.time);
  });

  it('every logged line is one JSON object with time, level and msg; no line and no output holds a secret or token', async () => {
    await fake.waitFor(() => records().some((r) => /digest for slack\/T0TEST\/C0DIGEST .* failed/.test(r.msg)), 30_000);
    await running.shutdown().catch((e) => captured.push(String(e?.stack ?? e)));
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) {
      expect(l).not.toContain('\n');
      const r = JSON.parse(l) as Rec;
      expect(Number.isNaN(Date.parse(r.time))).toBe(false);
      expect(['debug', 'info', 'warn', 'error']).toContain(r.level);
      expect(typeof r.msg).toBe('string');
    }
    // Request ids are unique per request: the two Slack requests and the Discord one differ.
    const done = records().filter((r) => r.msg === 'request done');
    expect(new Set(done.map((r) => r.reqId)).size).toBe(done.length);
    expect(done.length).toBeGreaterThanOrEqual(3);
    const everything = [...lines, ...captured].join('\n');
    expect(everything).toContain('[redacted]');
    expect(interactionTokens.length).toBe(1);
    for (const s of [...SECRETS, ...interactionTokens]) expect(everything.includes(s), `a secret in the output: ${s.slice(0, 6)}…`).toBe(false);
  }, 40_000);
});
