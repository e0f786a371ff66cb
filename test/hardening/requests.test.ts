/**
 * The HTTP doors, both at once: startBot with Slack (HTTP mode) and Discord (HTTP interactions) on
 * one port, a temp SQLite store, and a local fake of both platforms. Fills the gaps left by
 * test/slack/slack-http.test.ts and test/discord/interactions.test.ts: replays, future and
 * boundary timestamps, oversized and chunked bodies, odd headers and bodies; and proves through
 * the real adapters that a plain member cannot manage subscriptions or sources.
 *
 * What is enforced, and what is not:
 * - Only a request signed with the secret (Slack: HMAC-SHA256) or key (Discord: Ed25519) over its
 *   exact body and timestamp runs anything, and only while its timestamp is within 5 minutes of
 *   the bot's clock, either way.
 * - Within those 5 minutes, the same signed request sent again is processed again: neither
 *   platform's scheme carries a nonce, and briefbot keeps no replay cache. What a replay can do is
 *   bounded by the commands being idempotent (subscribing twice is one subscription; the rest only
 *   read), and a replay's answer goes to the request's own response_url / interaction token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, get } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type Running } from '../../adapters/launch.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import type { SqliteStore } from '../../src/store/sqlite.ts';
import { blocksText, mentionBody, sendToSlackEvents, slashBody, IDS, command, discordKeys, interaction, postInteraction, signed, FakePlatforms } from '../helpers/fake-platforms.ts';
import { snapshot } from './store-snapshot.ts';

const SECRET = 'hardening-signing-secret-7d2c41';
const BOT_TOKEN = 'xoxb-4242-4343-hardeningrequests';
const keys = discordKeys();
const other = discordKeys();
const fake = new FakePlatforms();
const logs: string[] = [];
let running: Running;
let base = '';
let slackUrl = '';
let discordUrl = '';
let dir = '';
let seq = 0;
const STRING = 3;

beforeAll(async () => {
  await fake.start();
  fake.admins.add('U0ADMIN');
  dir = mkdtempSync(join(tmpdir(), 'briefbot-doors-'));
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, 'bot.db'),
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'debug',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.slackApiUrl,
    SLACK_ADMIN_USERS: 'U0LISTED',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.discordApiUrl,
  });
  running = await startBot(config, createLogger(config, (l) => logs.push(l)));
  // The start's background work (keeping the seed topic's story) is done before the store is compared.
  await running.warmed;
  base = `http://127.0.0.1:${running.port}`;
  slackUrl = `${base}/slack/events`;
  discordUrl = `${base}/discord/interactions`;
});

afterAll(async () => {
  await running?.shutdown();
  await fake.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const db = () => (running.store as SqliteStore).db;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => Math.floor(Date.now() / 1000);

/** Nothing ran: no call went out to either platform and the store is byte for byte the same. */
async function expectNothingRan(fn: () => Promise<void>) {
  const calls = fake.requests.length;
  const before = snapshot(db());
  await fn();
  await sleep(300);
  expect(fake.requests.slice(calls).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  expect(snapshot(db())).toEqual(before);
}

/** GET /healthz on a fresh connection (a refused upload may have closed a pooled one). */
const healthz = () => new Promise<number>((resolve, reject) => get(`${base}/healthz`, { agent: false }, (r) => (r.resume(), resolve(r.statusCode ?? 0))).on('error', reject));

/** Headers that declare a body far larger than what is sent: the answer must come without waiting for it. */
function declaredHuge(path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(Number(running.port), '127.0.0.1', () => {
      const head = Object.entries({ ...headers, 'content-length': String(1024 ** 3) }).map(([k, v]) => `${k}: ${v}`).join('\r\n');
      sock.write(`POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${head}\r\n\r\n{"type":1}`);
    });
    let got = '';
    sock.on('data', (b) => {
      got += b.toString();
      if (got.includes('\r\n\r\n')) {
        sock.destroy();
        resolve(got.split('\r\n')[0]);
      }
    });
    sock.on('error', reject);
    setTimeout(() => (sock.destroy(), resolve('no answer within 5 s')), 5000);
  });
}

function discord(body: string, headers: Record<string, string>) {
  return postInteraction(discordUrl, body, headers);
}

/** Send a body in chunks, without a content-length (chunked), or with a lying content-length. */
function rawPost(url: string, headers: Record<string, string>, chunks: Buffer[], gapMs = 0): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? resolve({ status: -1, body: '' }) : reject(e)));
    (async () => {
      for (const c of chunks) {
        if (req.destroyed) return;
        req.write(c);
        if (gapMs) await sleep(gapMs);
      }
      req.end();
    })();
  });
}


async function slash(cmd: string, text: string, user: string, channel: string, opts: { timestamp?: number } = {}) {
  const id = `r${++seq}`;
  const body = slashBody(cmd, text, { user, channel, responseUrl: fake.responseUrl(id) });
  const http = await sendToSlackEvents(slackUrl, SECRET, body, { timestamp: opts.timestamp });
  return { id, body, http };
}
const answer = async (id: string) => (await fake.waitFor(() => fake.responses(id)[0])).body;

describe('Slack: signed requests only, within the window, and nothing else', () => {
  it('a replay of the same signed request inside the 5-minute window is processed again (not enforced), and stays harmless: one subscription', async () => {
    const id = `r${++seq}`;
    const body = slashBody('/subscribe', 'ukraine-talks 06:45 Europe/Paris', { user: 'U0ADMIN', channel: 'C0REPLAY', responseUrl: fake.responseUrl(id) });
    const ts = now() - 30;
    const first = await sendToSlackEvents(slackUrl, SECRET, body, { timestamp: ts });
    const again = await sendToSlackEvents(slackUrl, SECRET, body, { timestamp: ts });
    expect([first.status, again.status]).toEqual([200, 200]);
    await fake.waitFor(() => fake.responses(id).length >= 2);
    expect(fake.responses(id).map((r) => JSON.parse(r.body).text)).toEqual([expect.stringMatching(/Subscribed/), expect.stringMatching(/Subscribed/)]);
    const subs = await running.store.listSubscriptions({ platform: 'slack', channel: 'C0REPLAY' });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ topics: ['ukraine-talks'], time: '06:45', timezone: 'Europe/Paris' });
  });

  it('the same request replayed after the window is refused (401), and so is one dated in the future', async () => {
    const body = slashBody('/subscribe', 'ukraine-talks', { user: 'U0ADMIN', channel: 'C0LATE', responseUrl: fake.responseUrl('late') });
    await expectNothingRan(async () => {
      for (const ts of [now() - 5 * 60 - 20, now() - 3600, now() + 5 * 60 + 20, now() + 86_400, 0]) {
        expect((await sendToSlackEvents(slackUrl, SECRET, body, { timestamp: ts })).status, `timestamp ${ts - now()} s away`).toBe(401);
      }
    });
    // Just inside the window either way still works (clocks drift a little).
    const early = await slash('/topics', '', 'U0MEMBER', 'C0EDGE', { timestamp: now() - 4 * 60 });
    const late = await slash('/topics', '', 'U0MEMBER', 'C0EDGE', { timestamp: now() + 60 });
    expect([early.http.status, late.http.status]).toEqual([200, 200]);
    expect(await answer(early.id)).toContain('ukraine-talks');
    expect(await answer(late.id)).toContain('ukraine-talks');
  });

  it('odd signature and timestamp headers are refused (401)', async () => {
    const body = slashBody('/subscribe', 'ukraine-talks', { user: 'U0ADMIN', channel: 'C0ODD', responseUrl: fake.responseUrl('odd') });
    const ts = now();
    const good = (await import('node:crypto')).createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');
    const variants: Record<string, string>[] = [
      {},
      { 'x-slack-request-timestamp': String(ts) },
      { 'x-slack-signature': `v0=${good}` },
      { 'x-slack-request-timestamp': 'abc', 'x-slack-signature': `v0=${good}` },
      { 'x-slack-request-timestamp': `${ts}.5`, 'x-slack-signature': `v0=${good}` },
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v1=${good}` },
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': good },
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${good.toUpperCase()}` },
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${good.slice(0, 63)}` },
      { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${good}0` },
    ];
    await expectNothingRan(async () => {
      for (const h of variants) {
        const r = await fetch(slackUrl, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...h } });
        expect(r.status, JSON.stringify(h)).toBe(401);
      }
    });
  });

  it('oversized bodies are refused (413): declared, chunked without a length, and declared huge but never sent', async () => {
    const big = 'text=' + 'a'.repeat(5 * 1024 * 1024);
    await expectNothingRan(async () => {
      const r = await sendToSlackEvents(slackUrl, SECRET, big);
      expect(r.status).toBe(413);
      const chunk = Buffer.alloc(256 * 1024, 'a');
      const sh = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=' + '0'.repeat(64) };
      const c = await rawPost(slackUrl, sh, Array(20).fill(chunk));
      expect([413, -1]).toContain(c.status);
      expect(await declaredHuge('/slack/events', sh)).toMatch(/^HTTP\/1.1 413/);
    });
    // The server still answers afterwards.
    expect(await healthz()).toBe(200);
  });

  it('signed but malformed bodies are refused or ignored, and run nothing', async () => {
    await expectNothingRan(async () => {
      const cases: [string, string | undefined, number[]][] = [
        ['', undefined, [400, 401, 404]],
        ['{"type":"event_callback",', 'application/json', [400]],
        ['payload=%7B%22type%22%3A', undefined, [400]],
        [Buffer.from([0x70, 0x3d, 0xc3, 0x28, 0xff]).toString('latin1'), undefined, [200, 400, 401, 404]],
        ['[' .repeat(100_000), 'application/json', [400]],
        ['{"type":"event_callback","event":{"type":"no_such_event"}}', 'application/json', [200, 404]],
        // Bolt itself fails on an action payload with no actions (500); nothing of briefbot runs.
        ['payload=' + encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [] })), undefined, [200, 404, 500]],
      ];
      for (const [body, contentType, ok] of cases) {
        const r = await sendToSlackEvents(slackUrl, SECRET, body, { contentType });
        expect(ok, `${body.slice(0, 40)} -> ${r.status}`).toContain(r.status);
      }
    });
  });

  it('ssl_check is answered without a signature and runs nothing smuggled with it; url_verification needs a signature', async () => {
    await expectNothingRan(async () => {
      const smuggled = `ssl_check=1&${slashBody('/subscribe', 'ukraine-talks', { user: 'U0ADMIN', channel: 'C0SMUGGLE', responseUrl: fake.responseUrl('smuggle') })}`;
      const r = await fetch(slackUrl, { method: 'POST', body: smuggled, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(r.status).toBe(200);
      const v = await fetch(slackUrl, { method: 'POST', body: JSON.stringify({ type: 'url_verification', challenge: 'x' }), headers: { 'content-type': 'application/json' } });
      expect(v.status).toBe(401);
    });
  });

  it('other paths and methods on the shared port run nothing', async () => {
    await expectNothingRan(async () => {
      for (const [method, path] of [['GET', '/slack/events'], ['PUT', '/slack/events'], ['POST', '/slack/events/../install'], ['POST', '/'], ['GET', '/discord/interactions'], ['POST', '/discord/interactions/x']]) {
        const r = await fetch(`${base}${path}`, { method, body: method === 'GET' ? undefined : 'x' });
        expect([404, 405], `${method} ${path}`).toContain(r.status);
      }
    });
  });
});

describe('Discord: signed interactions only, within the window', () => {
  it('a replay inside the window is answered again (not enforced) and stays harmless: one subscription', async () => {
    const body = JSON.stringify(command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }, { name: 'time', type: STRING, value: '05:05' }], { permissions: '16' }));
    const h = signed(keys.privateKey, body, String(now() - 30));
    const a = await discord(body, h);
    const b = await discord(body, h);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(JSON.stringify(b.json)).toContain('05:05');
    const subs = await running.store.listSubscriptions({ platform: 'discord' });
    expect(subs.filter((s) => s.time === '05:05')).toHaveLength(1);
  });

  it('after the window, or dated in the future, the same signed request is refused (401)', async () => {
    const body = JSON.stringify(command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }, { name: 'time', type: STRING, value: '04:04' }], { permissions: '16' }));
    await expectNothingRan(async () => {
      for (const ts of [now() - 5 * 60 - 20, now() + 5 * 60 + 20, now() + 86_400, 0]) expect((await discord(body, signed(keys.privateKey, body, String(ts)))).status).toBe(401);
      for (const ts of ['-1', '1e9', ` ${now()}`, `${now()}.0`, '', '9'.repeat(13)]) expect((await discord(body, signed(keys.privateKey, body, ts))).status, `timestamp "${ts}"`).toBe(401);
      expect((await discord(body, signed(other.privateKey, body))).status).toBe(401);
    });
  });

  it('oversized bodies are refused (413): declared, chunked, and declared huge but never sent', async () => {
    await expectNothingRan(async () => {
      const big = JSON.stringify({ ...interaction(1, undefined), pad: 'x'.repeat(300 * 1024) });
      expect((await discord(big, signed(keys.privateKey, big))).status).toBe(413);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const h = signed(keys.privateKey, 'x');
      const c = await rawPost(discordUrl, { 'content-type': h['content-type'], 'x-signature-ed25519': h['x-signature-ed25519'], 'x-signature-timestamp': h['x-signature-timestamp'] }, Array(8).fill(chunk));
      expect([413, -1]).toContain(c.status);
      expect(await declaredHuge('/discord/interactions', h)).toMatch(/^HTTP\/1.1 413/);
    });
    expect(await healthz()).toBe(200);
  });

  it('signed but malformed interactions get 400 (or a plain refusal) and run nothing', async () => {
    await expectNothingRan(async () => {
      const bodies: [string, number][] = [
        ['', 400],
        ['null', 400],
        ['[]', 400],
        ['"interaction"', 400],
        ['{"type":"2","id":"1"}', 400],
        ['{"type":2.5,"id":"1"}', 400],
        [JSON.stringify({ ...command('subscribe', [{ name: 'topic', type: STRING, value: 'x' }]), member: { permissions: '16; DROP' } }), 400],
        [JSON.stringify({ ...command('subscribe'), data: { name: 'subscribe', options: 'topic=x' } }), 400],
        ['['.repeat(200_000), 400],
        [Buffer.from([0x7b, 0xc3, 0x28, 0x7d]).toString('latin1'), 400],
      ];
      for (const [body, status] of bodies) expect((await discord(body, signed(keys.privateKey, body))).status, body.slice(0, 40)).toBe(status);
      // Well formed, but not something briefbot handles: a plain sentence, nothing run.
      const odd = JSON.stringify(interaction(5, { custom_id: 'modal' }));
      const r = await discord(odd, signed(keys.privateKey, odd));
      expect(r.status).toBe(200);
      expect(r.json.data.content).toMatch(/does not handle/);
      const noName = JSON.stringify(interaction(2, { id: '1', type: 1 }));
      expect((await discord(noName, signed(keys.privateKey, noName))).json.data.content).toMatch(/does not handle/);
    });
  });
});

describe('control and direction characters typed in a command are never echoed', () => {
  // NUL, BEL, ESC (a terminal colour sequence), DEL, a C1 control, right-to-left override, isolates, LRM.
  const HOSTILE = 'ev\u0000il\u0007\u001b[31mred\u007f\u0085\u202etxt.exe\u2066x\u2069\u200e';
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

  it('Slack: slash-command replies (unknown topic, bad since, who-said) and an @-mention post in the channel', async () => {
    const cases: [string, string, RegExp][] = [
      ['/brief', HOSTILE, /Unknown topic "evil\[31mredtxt\.exex"/],
      ['/brief', `ukraine-talks since:${HOSTILE}`, /"evil\[31mredtxt\.exex" is not a time/],
      ['/who-said', HOSTILE, /evil\[31mredtxt\.exex/],
    ];
    for (const [cmd, text, shows] of cases) {
      const id = `cc${++seq}`;
      expect((await sendToSlackEvents(slackUrl, SECRET, slashBody(cmd, text, { responseUrl: fake.responseUrl(id) }))).status).toBe(200);
      const r = JSON.parse((await fake.waitFor(() => fake.responses(id)[0])).body);
      const all = strings(r).join('\n');
      expect(all, `${cmd} ${JSON.stringify(text)}`).not.toMatch(UNSAFE);
      expect(all).toMatch(shows);
    }
    const posts = fake.slackPosts().length;
    const ts = `1700000${++seq}.000100`;
    expect((await sendToSlackEvents(slackUrl, SECRET, mentionBody(`<@UBOT> who said ${HOSTILE}`, { eventId: `EvCC${seq}`, ts, channel: 'C0CTRL' }), { contentType: 'application/json' })).status).toBe(200);
    const post = await fake.waitFor(() => fake.slackPosts().slice(posts).find((p) => p.body.includes('C0CTRL')));
    const params = Object.fromEntries(new URLSearchParams(post.body));
    const all = [params.text, blocksText(JSON.parse(params.blocks ?? '[]'))].join('\n');
    expect(all).toMatch(/evil\[31mredtxt\.exex/);
    expect(all).not.toMatch(UNSAFE);
  });

  it('Discord: a command option and an unknown command name', async () => {
    for (const [name, value, shows] of [
      ['brief', HOSTILE, /Unknown topic "evil\[31mredtxt\.exex"/],
      ['who-said', HOSTILE, /evil\[31mredtxt\.exex/],
    ] as const) {
      const body = JSON.stringify(command(name, [{ name: name === 'brief' ? 'topic' : 'query', type: STRING, value }]));
      const r = await discord(body, signed(keys.privateKey, body));
      expect(r.status).toBe(200);
      const all = strings(r.json).join('\n');
      expect(all).toMatch(shows);
      expect(all).not.toMatch(UNSAFE);
    }
    const body = JSON.stringify(command(`br\u0000ief\u202e`));
    const r = await discord(body, signed(keys.privateKey, body));
    expect(strings(r.json).join('\n')).toMatch(/I do not know \/brief/);
    expect(strings(r.json).join('\n')).not.toMatch(UNSAFE);
  });
});

describe('aborted requests', () => {
  it('an unauthenticated request to /discord/interactions or /slack/events aborted mid-body logs no ERROR and no stack trace (no log flood)', async () => {
    const before = logs.length;
    for (let i = 0; i < 6; i++) {
      await new Promise<void>((resolve, reject) => {
        const sock = connect(Number(running.port), '127.0.0.1', () => {
          sock.write(`POST ${i % 2 ? '/slack/events' : '/discord/interactions'} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"type":`);
          setTimeout(() => (sock.destroy(), resolve()), 50);
        });
        sock.on('error', reject);
      });
    }
    await sleep(300);
    // (Other tests' Slack events may still log their own lines meanwhile: only these requests' lines count.)
    const lines = logs.slice(before).filter((l) => /discord|HTTP|aborted|slack: (?!An incoming event was not acknowledged)/i.test(l));
    expect(lines.filter((l) => / ERROR /.test(l))).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
    expect(await healthz()).toBe(200);
  });
});

describe('permissions through the real adapters: a plain member is refused', () => {
  it('Slack: /subscribe, /unsubscribe and every /sources action, by a member (users.info says not an admin)', async () => {
    await running.store.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0GUARDED', topics: ['ukraine-talks'] });
    await expectNothingRan(async () => undefined); // settle
    const before = snapshot(db());
    const lines: [string, string][] = [
      ['/subscribe', 'ukraine-talks 07:00 UTC'],
      ['/unsubscribe', 'ukraine-talks'],
      ['/sources', ''],
      ['/sources', 'list'],
      ['/sources', 'add https://example.com/feed.xml every:15m'],
      ['/sources', 'remove 1'],
    ];
    for (const [cmd, text] of lines) {
      const s = await slash(cmd, text, 'U0MEMBER', 'C0GUARDED');
      const body = JSON.parse(await answer(s.id));
      expect(body.text, `${cmd} ${text}`).toBe(`Only channel managers can use ${cmd}.`);
      expect(body.response_type).toBe('ephemeral');
    }
    expect(snapshot(db())).toEqual(before);
    // The positive control: a workspace admin may.
    const ok = await slash('/sources', 'list', 'U0ADMIN', 'C0GUARDED');
    expect(JSON.parse(await answer(ok.id)).text).not.toMatch(/Only channel managers/);
  });

  it('Slack: when the admin lookup fails, the answer is no', async () => {
    fake.failing = (r) => r.path === '/slack/api/users.info';
    try {
      const before = snapshot(db());
      const s = await slash('/subscribe', 'ukraine-talks', 'U0FLAKY', 'C0FLAKY');
      expect(JSON.parse(await answer(s.id)).text).toBe('Only channel managers can use /subscribe.');
      expect(snapshot(db())).toEqual(before);
    } finally {
      fake.failing = () => false;
    }
  });

  it('Slack: an @-mention cannot subscribe on behalf of a plain member', async () => {
    const before = snapshot(db());
    const posts = fake.slackPosts().length;
    const body = mentionBody('<@UBOT> subscribe ukraine-talks 07:00', { eventId: 'EvPerm1', ts: '1700000200.000100', channel: 'C0MENTION' });
    expect((await sendToSlackEvents(slackUrl, SECRET, body, { contentType: 'application/json' })).status).toBe(200);
    const post = await fake.waitFor(() => fake.slackPosts()[posts]);
    expect(new URLSearchParams(post.body).get('text')).toBe('Only channel managers can use /subscribe.');
    expect(snapshot(db())).toEqual(before);
  });

  it('Discord: /subscribe, /unsubscribe and /sources without Manage Channels (or Administrator), in a DM, or with no permissions field', async () => {
    const opts = { subscribe: [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], unsubscribe: [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], sources: [{ name: 'action', type: STRING, value: 'add' }, { name: 'target', type: STRING, value: 'https://example.com/feed.xml' }] };
    // 0: nothing; 2048: Send Messages; 32: Manage Server; 8192: Manage Messages; 268435456: Manage Roles.
    const perms = ['0', '2048', '32', '8192', '268435456'];
    await expectNothingRan(async () => {
      for (const [name, o] of Object.entries(opts)) {
        const variants = [
          ...perms.map((p) => command(name, o, { permissions: p })),
          command(name, o, { dm: true }),
          command(name, o, { dm: true, permissions: '8' }),
          (() => {
            const i = command(name, o) as any;
            delete i.member.permissions;
            return i;
          })(),
        ];
        for (const v of variants) {
          const body = JSON.stringify(v);
          const r = await discord(body, signed(keys.privateKey, body));
          expect(r.json.type).toBe(4);
          expect(r.json.data.flags).toBe(64);
          expect(r.json.data.content, `${name} ${JSON.stringify(v.member?.permissions ?? 'dm')}`).toBe(`Only channel managers can use /${name}.`);
        }
      }
    });
    // The positive control: Manage Channels may list sources.
    const ok = JSON.stringify(command('sources', [{ name: 'action', type: STRING, value: 'list' }], { permissions: '16' }));
    expect(JSON.stringify((await discord(ok, signed(keys.privateKey, ok))).json)).not.toMatch(/Only channel managers/);
  });
});
