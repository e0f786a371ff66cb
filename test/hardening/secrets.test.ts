/**
 * Secrets never reach a log line, the terminal or a reply. The bot runs with Slack (HTTP mode) and
 * Discord (HTTP interactions + bot token) on one port, a temp SQLite store, and a fake platform
 * server that fails everything it can while echoing the caller's Authorization header in its error
 * bodies. Then, with every line of output captured (the logger, process.stdout/stderr, console):
 * failing Web API calls, failing response_urls, failing digest posts, forged and malformed requests,
 * a thrown command handler, a slow and broken store, a closed database. Last, start-up failures
 * with a DATABASE_URL holding a password, in process and as `node bin/briefbot.js serve`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type Running } from '../../adapters/launch.ts';
import { captureOutput } from '../helpers/capture-output.ts';
import { loadConfig, redact, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { findCommand } from '../../src/commands/index.ts';
import { mentionBody, sendToSlackEvents, slashBody, IDS, command, discordKeys, signed, FakePlatforms } from '../helpers/fake-platforms.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';
import type { PostgresStore } from '../../src/store/postgres.ts';

const SIGNING_SECRET = 'f00dfacecafe5ec7e7a11ce0123456789';
const BOT_TOKEN = 'xoxb-777-888-n0tarealtokenbutsecret';
const DISCORD_TOKEN = 'MTExMjIyMzMzNDQ0NTU1NjY2.Gx9y8z.n0t-a-real-discord-token-4u';
const DB_PASSWORD = 'Pa55-w0rd-do-not-log';
const SECRETS = [SIGNING_SECRET, BOT_TOKEN, DISCORD_TOKEN, DB_PASSWORD];
/** An error text that carries every secret, as a careless driver or proxy might. */
const POISON = `SQLITE_IOERR with Bearer ${BOT_TOKEN} Bot ${DISCORD_TOKEN} secret=${SIGNING_SECRET}`;
/** The same, from a PostgreSQL store: the password inside a URL that is not DATABASE_URL as configured. */
const PG_POISON = `connection to postgres://briefbot:${DB_PASSWORD}@db.internal:5432/briefbot lost; Bearer ${BOT_TOKEN} secret=${SIGNING_SECRET}`;

const keys = discordKeys();
const fake = new FakePlatforms();
const captured: string[] = [];
const replies: string[] = [];
let running: Running;
let dir = '';
let base = '';
let seq = 0;
const STRING = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let restoreOutput = () => {};

function hhmmAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().slice(11, 16);
}

beforeAll(async () => {
  restoreOutput = captureOutput(captured);
  await fake.start();
  fake.admins.add('U0ADMIN');
  dir = mkdtempSync(join(tmpdir(), 'briefbot-secrets-'));
  const dbPath = join(dir, 'bot.db');
  // Digests due two minutes ago on both platforms: posted (and failing) at start.
  const pre = new SqliteStore(dbPath, { clock: () => new Date(Date.now() - 86_400_000) }); // subscribed yesterday
  await pre.migrate();
  await pre.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0DIGEST', topics: ['ukraine-talks'], time: hhmmAgo(2), timezone: 'UTC' });
  await pre.addSubscription({ platform: 'discord', workspace: IDS.guild, channel: '999999999999999999', topics: ['ukraine-talks'], time: hhmmAgo(2), timezone: 'UTC' });
  await pre.close();
  // Everything but auth.test (needed to start) fails, echoing the caller's credentials.
  fake.failing = (r) => r.path !== '/slack/api/auth.test';
  const config = loadConfig({
    BRIEFBOT_DB: dbPath,
    // Store failures are injected into this process's store object (below): cards built here, not on worker threads.
    WORKER_THREADS: '0',
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'debug',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.slackApiUrl,
    DISCORD_TOKEN,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.discordApiUrl,
  });
  running = await startBot(config, createLogger(config, (l) => captured.push(l)));
  base = `http://127.0.0.1:${running.port}`;
}, 60_000);

afterAll(async () => {
  await running?.shutdown().catch(() => undefined);
  await fake.stop();
  restoreOutput();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function slack(cmd: string, text: string, user = 'U0MEMBER') {
  const id = `s${++seq}`;
  const r = await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, slashBody(cmd, text, { user, channel: 'C0NEWS', responseUrl: fake.responseUrl(id) }));
  replies.push(r.text);
  expect(r.status).toBe(200);
  const answer = await fake.waitFor(() => fake.responses(id)[0]);
  return JSON.parse(answer.body) as { text: string };
}

/** Interaction tokens of the interactions sent: each is a credential for 15 minutes (edit, follow up as the bot). */
const interactionTokens: string[] = [];

async function discord(payload: unknown) {
  interactionTokens.push((payload as { token: string }).token);
  const body = JSON.stringify(payload);
  const res = await fetch(`${base}/discord/interactions`, { method: 'POST', body, headers: signed(keys.privateKey, body) });
  const text = await res.text();
  replies.push(text);
  return { status: res.status, json: JSON.parse(text) };
}

describe('with everything failing, no secret is written anywhere', () => {
  it('digests due at start fail on both platforms, and the failures are logged', async () => {
    await fake.waitFor(() => fake.slackPosts().some((p) => p.body.includes('C0DIGEST')) && fake.discordPosts().length > 0, 20_000);
    await fake.waitFor(() => captured.some((l) => /digest for slack\/T0TEST\/C0DIGEST .* failed/.test(l)) && captured.some((l) => /digest for discord\/.* failed/.test(l)), 30_000);
  }, 40_000);

  it('a failing response_url, a failing admin lookup, a failing chat.postMessage (mention)', async () => {
    const id = `s${++seq}`;
    await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, slashBody('/brief', 'ukraine-talks', { responseUrl: fake.responseUrl(id) }));
    await fake.waitFor(() => fake.responses(id).length >= 2); // the card, then the apology, both refused
    const sub = await slack('/subscribe', 'ukraine-talks', 'U0ADMIN');
    expect(sub.text).toBe('Only channel managers can use /subscribe.');
    const posts = fake.slackPosts().length;
    const mention = mentionBody('<@UBOT> who-said Peskov', { eventId: 'EvS1', ts: '1700000300.000100' });
    await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, mention, { contentType: 'application/json' });
    await fake.waitFor(() => fake.slackPosts().length >= posts + 2); // the answer, then the apology
  });

  it('forged, stale, oversized and malformed requests', async () => {
    const body = slashBody('/brief', 'x', { responseUrl: fake.responseUrl('forged') });
    for (const r of [
      await sendToSlackEvents(`${base}/slack/events`, 'wrong-secret', body),
      await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
      await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, '{"x":', { contentType: 'application/json' }),
      await sendToSlackEvents(`${base}/slack/events`, SIGNING_SECRET, 'a'.repeat(5 * 1024 * 1024)),
    ])
      replies.push(r.text);
    for (const b of ['{"type":', JSON.stringify({ type: 1, pad: 'x'.repeat(300_000) })]) {
      const r = await fetch(`${base}/discord/interactions`, { method: 'POST', body: b, headers: signed(keys.privateKey, b) });
      replies.push(await r.text());
    }
    const forged = await fetch(`${base}/discord/interactions`, { method: 'POST', body: '{"type":1}', headers: signed(discordKeys().privateKey, '{"type":1}') });
    replies.push(await forged.text());
  });

  it('a command handler that throws an error carrying every secret: a plain apology, the log redacted', async () => {
    const brief = findCommand('brief')!;
    const handler = brief.handler;
    brief.handler = async () => {
      throw new Error(POISON);
    };
    try {
      expect((await slack('/brief', 'ukraine-talks')).text).toMatch(/^Sorry, \/brief failed on my side/);
      const d = await discord(command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]));
      expect(d.json.data.content).toMatch(/^Sorry, \/brief failed on my side/);
    } finally {
      brief.handler = handler;
    }
    expect(captured.some((l) => l.includes('SQLITE_IOERR with Bearer [redacted] Bot [redacted] secret=[redacted]'))).toBe(true);
  });

  it('a slow store that then fails: Discord defers, the follow-up is refused by the API, all logged', async () => {
    const store = running.store as SqliteStore;
    // slow, then failing, on every /brief read of the store (the data version comes first: the answer cache's key and the story's)
    const orig = store.dataVersion;
    store.dataVersion = async () => {
      await sleep(1300);
      throw new Error(POISON);
    };
    try {
      // A `since` no earlier request used, so the card is not already in the answer cache.
      const d = await discord(command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }, { name: 'since', type: STRING, value: '2001-02-03' }]));
      expect(d.json.type).toBe(5);
      await fake.waitFor(() => fake.requests.some((r) => r.path.includes(`/webhooks/${IDS.app}/`)), 10_000);
      await sleep(500);
    } finally {
      store.dataVersion = orig;
    }
  });

  it('a closed database: every command answers with a plain apology', async () => {
    (running.store as SqliteStore).db.close();
    expect((await slack('/who-said', 'Peskov')).text).toMatch(/^Sorry/);
    expect((await slack('/topics', '')).text).toMatch(/^Sorry/);
    const d = await discord(command('topics'));
    expect(d.json.data.content).toMatch(/^Sorry/);
    const a = await discord({ ...command('brief', [{ name: 'topic', type: STRING, value: 'ukr', focused: true }]), type: 4 });
    expect(a.json).toEqual({ type: 8, data: { choices: [] } });
  });

  it('nothing captured, and no reply, holds a secret; replies hold no error text or stack', async () => {
    await running.shutdown().catch((e) => captured.push(String(e?.stack ?? e)));
    const everything = captured.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).toContain('[redacted]'); // the echoed credentials were there to leak
    for (const s of SECRETS) expect(everything.includes(s), `a secret in the output: ${s.slice(0, 6)}…`).toBe(false);
    // The follow-ups failed with an error echoing their webhook path: the interaction token is not logged.
    expect(everything).toMatch(new RegExp(`/webhooks/${IDS.app}/\\[redacted\\]`));
    for (const t of interactionTokens) expect(everything.includes(t), `an interaction token in the output: ${t}`).toBe(false);
    const sent = [...replies, ...fake.requests.filter((r) => r.path.startsWith('/respond/') || /chat\.postMessage|\/webhooks\/|\/messages$/.test(r.path)).map((r) => r.body)];
    expect(sent.length).toBeGreaterThan(10);
    for (const body of sent) {
      for (const s of SECRETS) expect(body.includes(s)).toBe(false);
      expect(body).not.toMatch(/SQLITE|\bat .+\.ts:\d+|Error:|database connection is not open/);
    }
  });
});

describe('start-up failures with a DATABASE_URL password', () => {
  const url = `postgres://briefbot:${encodeURIComponent(DB_PASSWORD)}@127.0.0.1:1/briefbot`;

  it('redact() removes the password wherever it appears, not only the whole URL', () => {
    const config = { DATABASE_URL: url } as Partial<Config>;
    expect(redact(`connect to ${url} failed`, config)).toBe('connect to [redacted] failed');
    expect(redact(`auth failed for briefbot with ${DB_PASSWORD} at 127.0.0.1`, config)).not.toContain(DB_PASSWORD);
    expect(redact(`postgres://briefbot:${DB_PASSWORD}@127.0.0.1:5432/briefbot?x=1`, config)).not.toContain(DB_PASSWORD);
  });

  it('in process: startBot fails on an unreachable PostgreSQL; the error and the log hold no password or token', async () => {
    const lines: string[] = [];
    const config = loadConfig({ DATABASE_URL: url, SEEDS_DIR: './seeds', BRIEFINGS_DIR: './briefings', PORT: '0', LOG_LEVEL: 'debug', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.slackApiUrl });
    const log = createLogger(config, (l) => lines.push(l));
    const err = await startBot(config, log).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    log.error('start failed', err);
    const all = `${lines.join('\n')}\n${err!.message}\n${JSON.stringify(err)}`;
    for (const s of SECRETS) expect(all).not.toContain(s);
  });

  it('as a process: `briefbot serve` with a bad DATABASE_URL, or a token Slack refuses, prints no secret', async () => {
    const run = (env: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['bin/briefbot.js', 'serve'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, SEEDS_DIR: '/nonexistent', BRIEFINGS_DIR: './briefings', PORT: '0', LOG_LEVEL: 'debug', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout!.on('data', (b) => (out += b));
        child.stderr!.on('data', (b) => (out += b));
        const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('exit', () => (clearTimeout(t), resolve(out)));
      });
    const slackEnv = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.slackApiUrl, DISCORD_TOKEN, DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.discordApiUrl };
    fake.failing = () => true; // auth.test too: Slack refuses the token
    const outputs = await Promise.all([
      run({ ...slackEnv, DATABASE_URL: url }),
      run({ ...slackEnv, DATABASE_URL: `postgres://briefbot:${DB_PASSWORD}@127.0.0.1:notaport/briefbot` }),
      run({ ...slackEnv, BRIEFBOT_DB: join(dir, 'proc.db') }),
    ]);
    expect(outputs[0]).toMatch(/ECONNREFUSED/);
    expect(outputs[1]).toMatch(/Invalid URL/);
    expect(outputs[2]).toMatch(/Slack did not accept SLACK_BOT_TOKEN \(invalid_auth\)/);
    for (const o of outputs) for (const s of SECRETS) expect(o.includes(s), `${s.slice(0, 6)}… in:\n${o.slice(0, 2000)}`).toBe(false);
  }, 60_000);
});

describe.skipIf(!(await requirePostgres()))('a PostgreSQL store whose DATABASE_URL holds a password', () => {
  it('store errors quoting the password in another form, then a dead pool: apologies, and the password is in no log line', async () => {
    const schema = freshSchema('bb_secrets');
    const u = new URL(PG_URL);
    u.password = DB_PASSWORD; // the test server trusts local connections, so any password is accepted
    u.searchParams.set('options', `-c search_path=${schema}`);
    const lines: string[] = [];
    const config = loadConfig({ DATABASE_URL: u.toString(), SEEDS_DIR: './seeds', BRIEFINGS_DIR: './briefings', PORT: '0', LOG_LEVEL: 'debug', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.slackApiUrl });
    fake.failing = () => false;
    const c = new (await import('pg')).default.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const bot = await startBot(config, createLogger(config, (l) => lines.push(l)));
    try {
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const ask = async (cmd: string, text: string) => {
        const id = `pg${++seq}`;
        await sendToSlackEvents(url, SIGNING_SECRET, slashBody(cmd, text, { responseUrl: fake.responseUrl(id) }));
        return JSON.parse((await fake.waitFor(() => fake.responses(id)[0])).body).text as string;
      };
      expect(await ask('/topics', '')).toContain('ukraine-talks');
      const store = bot.store as PostgresStore;
      const orig = store.listTopics;
      store.listTopics = async () => {
        throw new Error(PG_POISON);
      };
      expect(await ask('/topics', '')).toMatch(/^Sorry/);
      store.listTopics = orig;
      await store.pool.end();
      expect(await ask('/who-said', 'Peskov')).toMatch(/^Sorry/);
      expect(await ask('/brief', 'ukraine-talks')).toMatch(/^Sorry/);
    } finally {
      await bot.shutdown().catch((e) => lines.push(String(e)));
      await dropSchema(schema);
    }
    const all = lines.join('\n');
    expect(all).toContain('connection to postgres://briefbot:[redacted]@db.internal:5432/briefbot lost');
    for (const s of [DB_PASSWORD, BOT_TOKEN, SIGNING_SECRET]) expect(all.includes(s), s.slice(0, 6)).toBe(false);
    for (const r of fake.responses()) for (const s of SECRETS) expect(r.body.includes(s)).toBe(false);
  }, 60_000);
});
