/**
 * A PostgreSQL store that stops answering (a network partition or a hung server: the TCP proxy
 * swallows traffic silently, it never refuses), with a real `node bin/briefbot.js serve` on
 * Slack (HTTP mode) and Discord (HTTP interactions), signed requests as the platforms send them:
 *
 * - during the partition every request is answered inside the platform's window with the plain
 *   "store is not answering" apology (Slack through response_url, Discord deferred then followed
 *   up), more requests at once than the pool has clients included; /healthz stays 200, /readyz
 *   turns 503;
 * - once traffic flows again, /readyz is 200 and the same requests get their cards within seconds;
 * - SIGTERM while the proxy swallows again, with a request in flight: the process exits within 10 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { BotProcess } from './bot-process.ts';
import { FakePlatforms, sendToSlackEvents, slashBody, IDS, command, discordKeys, postInteraction, signed } from '../helpers/fake-platforms.ts';
import { TcpProxy } from '../helpers/tcp-proxy.ts';
import { PG_URL, dropSchema, freshSchema, requirePostgres } from '../helpers/postgres.ts';

const pgOk = await requirePostgres();
const SECRET = 'partition-signing-secret-5e1a';
const keys = discordKeys();
const APOLOGY = /store is not answering right now, so \/brief has no answer/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!pgOk)('PostgreSQL that stops answering (partition through a silent proxy)', () => {
  const fake = new FakePlatforms();
  const schema = freshSchema('bb_part');
  let proxy: TcpProxy;
  let bot: BotProcess;
  let base = '';
  let n = 0;

  beforeAll(async () => {
    await fake.start();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    const u = new URL(PG_URL);
    proxy = await new TcpProxy(u.hostname, Number(u.port || 5432)).start();
    u.port = String(proxy.port);
    bot = new BotProcess(['serve'], {
      BRIEFINGS_DIR: './briefings',
      SEEDS_DIR: './seeds',
      LOG_LEVEL: 'info',
      PORT: '0',
      DATABASE_URL: `${u.toString()}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      PG_CONNECT_TIMEOUT_MS: '1000',
      PG_QUERY_TIMEOUT_MS: '1500',
      REPLY_DEADLINE_SECONDS: '2',
      SLACK_BOT_TOKEN: 'xoxb-1-2-partitiontoken',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.slackApiUrl,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: fake.discordApiUrl,
    });
    await bot.waitForOutput(/HTTP on port \d+/, 60_000);
    base = `http://127.0.0.1:${bot.port()}`;
  }, 90_000);

  afterAll(async () => {
    bot?.kill('SIGKILL');
    await bot?.exited;
    await proxy?.stop();
    await fake.stop();
    await dropSchema(schema).catch(() => undefined);
  });

  const status = async (path: string) => {
    const t0 = Date.now();
    const r = await fetch(base + path);
    return { status: r.status, text: await r.text(), ms: Date.now() - t0 };
  };

  /** /brief through Slack: the ack, then the text sent to response_url and how long after the request. */
  async function slackBrief(): Promise<{ ack: number; text: string; blocks: unknown; ms: number }> {
    const id = `p${++n}`;
    const t0 = Date.now();
    const ack = await sendToSlackEvents(`${base}/slack/events`, SECRET, slashBody('/brief', 'ukraine-talks', { responseUrl: fake.responseUrl(id) }));
    const r = await fake.waitFor(() => fake.responses(id)[0], 15_000);
    const body = JSON.parse(r.body);
    return { ack: ack.status, text: body.text, blocks: body.blocks, ms: r.at - t0 };
  }

  /** /brief through Discord: the HTTP answer, then (when deferred) the follow-up or edit sent over REST. */
  async function discordBrief(): Promise<{ first: any; firstMs: number; later: string; laterMs: number }> {
    const body = JSON.stringify(command('brief', [{ name: 'topic', type: 3, value: 'ukraine-talks' }]));
    const token = JSON.parse(body).token as string;
    const t0 = Date.now();
    const r = await postInteraction(`${base}/discord/interactions`, body, signed(keys.privateKey, body));
    const firstMs = Date.now() - t0;
    if (r.json?.type === 4) return { first: r.json, firstMs, later: '', laterMs: firstMs };
    const rest = await fake.waitFor(() => fake.requests.find((q) => q.path.includes(token) && q.method !== 'DELETE'), 15_000);
    return { first: r.json, firstMs, later: rest.body, laterMs: rest.at - t0 };
  }

  it('answers with a card while the store answers', async () => {
    expect((await status('/readyz')).status).toBe(200);
    const s = await slackBrief();
    expect(s.ack).toBe(200);
    expect(JSON.stringify(s.blocks)).toMatch(/Ukraine/i);
    expect(s.text).not.toMatch(APOLOGY);
  });

  it('during the partition: every request gets the apology in time; /healthz 200, /readyz 503; after it heals, cards again within seconds', async () => {
    proxy.swallow();
    // More requests at once than the pool (5 clients) has: none waits without bound.
    const slack = await Promise.all(Array.from({ length: 7 }, () => slackBrief()));
    for (const s of slack) {
      expect(s.ack).toBe(200);
      expect(s.text).toMatch(APOLOGY);
      expect(s.ms).toBeLessThan(6000);
    }
    const d = await discordBrief();
    expect(d.firstMs).toBeLessThan(3000); // Discord's window for the first answer
    // Answered at once (the wait for a pooled connection gave up within the defer time) or deferred ("thinking…") and followed up.
    expect([4, 5]).toContain(d.first.type);
    expect(JSON.stringify(d.first) + d.later).toMatch(APOLOGY);
    expect(d.laterMs).toBeLessThan(6000);

    const health = await status('/healthz');
    expect(health).toMatchObject({ status: 200, text: 'ok' });
    const ready = await status('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.text).toMatch(/store unavailable/);
    expect(ready.ms).toBeLessThan(3000);
    // Longer than the query time-out: the clients stuck in the partition are given up on.
    await sleep(2000);
    expect((await slackBrief()).text).toMatch(APOLOGY);

    proxy.heal();
    const healed = Date.now();
    let readyAt = 0;
    while (!readyAt && Date.now() - healed < 15_000) {
      if ((await status('/readyz')).status === 200) readyAt = Date.now();
      else await sleep(200);
    }
    expect(readyAt, bot.output.slice(-2000)).toBeGreaterThan(0);
    expect(readyAt - healed).toBeLessThan(5000);
    const s = await slackBrief();
    expect(s.text).not.toMatch(APOLOGY);
    expect(JSON.stringify(s.blocks)).toMatch(/Ukraine/i);
    expect(Date.now() - healed).toBeLessThan(8000);
    const d2 = await discordBrief();
    expect(JSON.stringify(d2.first) + d2.later).toMatch(/Ukraine/i);
    expect(JSON.stringify(d2.first) + d2.later).not.toMatch(APOLOGY);
    // The outage is logged as such, without a stack trace per request.
    expect(bot.output).toMatch(/StoreUnavailableError|timeout exceeded when trying to connect|Query read timeout/);
  }, 60_000);

  it('SIGTERM while the store is silent and a request is in flight: exits within 10 s', async () => {
    proxy.swallow();
    const id = `term${++n}`;
    await sendToSlackEvents(`${base}/slack/events`, SECRET, slashBody('/brief', 'ukraine-talks', { responseUrl: fake.responseUrl(id) }));
    await sleep(300);
    const t0 = Date.now();
    bot.kill('SIGTERM');
    const exit = await Promise.race([bot.exited, sleep(15_000).then(() => null)]);
    const took = Date.now() - t0;
    expect(exit, `still running 15 s after SIGTERM:\n${bot.output.slice(-2000)}`).not.toBeNull();
    expect(took).toBeLessThan(10_000);
    expect(exit!.signal).toBeNull(); // it exited by itself, not killed by the signal's default action
    // The request in flight was answered (the apology) before the process went.
    expect(JSON.parse(fake.responses(id)[0]?.body ?? '{}').text).toMatch(APOLOGY);
  }, 30_000);
});
