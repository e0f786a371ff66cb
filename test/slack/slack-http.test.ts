/**
 * The real Bolt app in HTTP mode, started by startBot on a free port, talking to a fake Slack
 * (Web API and response_url) on another local port. Requests are signed exactly as Slack signs them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Running } from '../../adapters/launch.ts';
import { checkMessage } from '../../adapters/slack/render/index.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { blocksText, buttonBody, mentionBody, sendToSlackEvents, slashBody, startFakeSlack, type FakeSlack, type Recorded } from '../helpers/fake-platforms.ts';

const SECRET = 'test-signing-secret-5f1c0d9e7a';
const BOT_TOKEN = 'xoxb-1111-2222-testbottoken';

let fake: FakeSlack;
let running: Running;
let url: string;
let dir: string;
const logs: string[] = [];
let seq = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.admins.add('U0ADMIN');
  dir = mkdtempSync(join(tmpdir(), 'briefbot-slack-'));
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, 'briefbot.db'),
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'debug',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_ADMIN_USERS: 'U0LISTED, U0OTHER',
  });
  running = await startBot(config, createLogger(config, (l) => logs.push(l)));
  expect(running.port).toBeGreaterThan(0);
  url = `http://127.0.0.1:${running.port}/slack/events`;
});

afterAll(async () => {
  await running?.shutdown();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  http: { status: number; text: string; ms: number };
  response: Recorded;
  body: Record<string, any>;
  text: string;
}

/** Send a signed slash command; wait for the answer posted to its response_url. */
async function slash(command: string, text: string, user = 'U0MEMBER', channel = 'C0NEWS'): Promise<Answer> {
  const id = `r${++seq}`;
  const http = await sendToSlackEvents(url, SECRET, slashBody(command, text, { user, channel, responseUrl: fake.responseUrl(id) }));
  const response = await fake.waitFor(() => fake.responses(id)[0]);
  return { http, response, body: response.body, text: blocksText(response.body.blocks) };
}

async function click(actionId: string, value: string, ephemeral = true): Promise<Answer> {
  const id = `r${++seq}`;
  const http = await sendToSlackEvents(url, SECRET, buttonBody(actionId, value, { responseUrl: fake.responseUrl(id), ephemeral }));
  const response = await fake.waitFor(() => fake.responses(id)[0]);
  return { http, response, body: response.body, text: blocksText(response.body.blocks) };
}

function expectValid(body: Record<string, any>) {
  expect(checkMessage({ text: body.text, blocks: body.blocks })).toEqual([]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('slash commands over HTTP (signed like Slack)', () => {
  it('/brief ukraine-talks: acks at once, then an ephemeral card naming Marco Rubio on response_url', async () => {
    const a = await slash('/brief', 'ukraine-talks');
    expect(a.http.status).toBe(200);
    expect(a.http.ms).toBeLessThan(3000);
    expect(a.body.response_type).toBe('ephemeral');
    expectValid(a.body);
    expect(a.body.blocks[0].type).toBe('header');
    expect(a.body.blocks[0].text.text).toMatch(/Talks on ending the war in Ukraine/);
    expect(a.text).toContain('Marco Rubio');
    const buttons = a.body.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements);
    expect(buttons.map((b: any) => b.action_id)).toContain('share_card');
  });

  it('matches the topic forgivingly (case, dashes, a quoted title)', async () => {
    for (const t of ['UKRAINE-Talks', 'ukraine_talks', '"ukraine talks"']) {
      const a = await slash('/brief', t);
      expectValid(a.body);
      expect(a.text).toContain('Marco Rubio');
    }
  });

  it('/who-said Peskov: his words verbatim, with speaker, role and date; reported speech never in quotation marks', async () => {
    const a = await slash('/who-said', 'Peskov');
    expectValid(a.body);
    expect(a.text).toContain('“a lot of fakes are being published at the moment”');
    expect(a.text).toContain('*Dmitry Peskov*, spokesman');
    expect(a.text).toContain('2025-04-23');
    expect(a.text).toContain('Xinhua');
    expect(a.text).toMatch(/\(reported\) Russia was continuing to talk to the US/);
    expect(a.text).not.toMatch(/“Russia was continuing/);
    // every shown item keeps the exact words of a stored quote
    const stored = (await running.store.listArticles({ topic: 'ukraine-talks' })).flatMap((s) => s.facts.quotes.filter((q) => q.speaker === 'Dmitry Peskov').map((q) => q.text));
    expect(stored.length).toBeGreaterThan(0);
    for (const words of stored) expect(a.text.includes(words.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))).toBe(true);
  });

  it('an unknown topic gets "Did you mean", ephemeral', async () => {
    const a = await slash('/brief', 'ukraine-peace-tlks-now');
    expectValid(a.body);
    expect(a.body.response_type).toBe('ephemeral');
    expect(a.text).toMatch(/Unknown topic/);
    expect(a.text).toMatch(/Did you mean "ukraine-talks"\?/);
  });

  it('/topics and /help answer with valid Block Kit; usage text with <…> is escaped', async () => {
    const t = await slash('/topics', '');
    expectValid(t.body);
    expect(t.text).toContain('ukraine-talks');
    const h = await slash('/help', '');
    expectValid(h.body);
    expect(h.text).toContain('/brief &lt;topic&gt;');
    expect(h.text).not.toContain('<topic>');
  });

  it('a command this bot does not know still gets a plain answer', async () => {
    const a = await slash('/nonsense', 'x');
    expectValid(a.body);
    expect(a.text).toMatch(/I do not know \/nonsense/);
  });

  it('user text cannot ping anyone: <!everyone>, <!here>, <@U…> come back inert', async () => {
    // Slack sends the command text HTML-escaped
    const a = await slash('/who-said', '&lt;!everyone&gt; &lt;!here&gt; &lt;@U0BOSS&gt; @channel');
    expectValid(a.body);
    const raw = JSON.stringify(a.body);
    for (const bad of ['<!everyone>', '<!here>', '<!channel>', '<@U0BOSS>']) expect(raw).not.toContain(bad);
    expect(a.text).toContain('&lt;!everyone&gt;');
    expect(raw).not.toMatch(/@channel/);
  });

  it('a plain member cannot /subscribe; nothing is stored', async () => {
    const a = await slash('/subscribe', 'ukraine-talks 08:00 Europe/London', 'U0MEMBER', 'C0MEMBERS');
    expectValid(a.body);
    expect(a.text).toMatch(/Only channel managers can use \/subscribe/);
    expect(fake.calls('users.info').some((r) => r.body.user === 'U0MEMBER')).toBe(true);
    expect(await running.store.listSubscriptions({ platform: 'slack', channel: 'C0MEMBERS' })).toEqual([]);
  });

  it('a workspace admin can /subscribe, /subscriptions lists it, /unsubscribe removes it', async () => {
    const a = await slash('/subscribe', 'ukraine-talks 08:00 Europe/London', 'U0ADMIN', 'C0DESK');
    expectValid(a.body);
    expect(a.text).toMatch(/Subscribed/);
    const subs = await running.store.listSubscriptions({ platform: 'slack', channel: 'C0DESK' });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ workspace: 'T0TEST', topics: ['ukraine-talks'], time: '08:00', timezone: 'Europe/London' });
    const l = await slash('/subscriptions', '', 'U0MEMBER', 'C0DESK');
    expect(l.text).toMatch(/ukraine-talks at 08:00 \(Europe\/London\)/);
    const member = await slash('/unsubscribe', 'ukraine-talks', 'U0MEMBER', 'C0DESK');
    expect(member.text).toMatch(/Only channel managers/);
    const u = await slash('/unsubscribe', 'ukraine-talks', 'U0ADMIN', 'C0DESK');
    expect(u.text).toMatch(/no longer gets the digest/);
    expect(await running.store.listSubscriptions({ platform: 'slack', channel: 'C0DESK' })).toEqual([]);
  });

  it('a user listed in SLACK_ADMIN_USERS may subscribe without being a workspace admin', async () => {
    const before = fake.calls('users.info').length;
    const a = await slash('/subscribe', 'ukraine-talks', 'U0LISTED', 'C0LISTED');
    expect(a.text).toMatch(/Subscribed/);
    expect(fake.calls('users.info').length).toBe(before);
    expect(await running.store.listSubscriptions({ platform: 'slack', channel: 'C0LISTED' })).toHaveLength(1);
  });

  it('read-only commands do not look the user up', async () => {
    const before = fake.calls('users.info').length;
    await slash('/topics', '', 'U0NOBODY');
    expect(fake.calls('users.info').length).toBe(before);
  });
});

describe('card buttons', () => {
  it('"Share in channel" re-posts the card for everyone, without the share button', async () => {
    const a = await click('share_card', 'ukraine-talks|1');
    expect(a.http.status).toBe(200);
    expectValid(a.body);
    expect(a.body.response_type).toBe('in_channel');
    expect(a.body.replace_original).toBe(false);
    expect(a.text).toContain('Marco Rubio');
    expect(a.text).toContain('Shared by <@U0MEMBER>');
    const ids = a.body.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements.map((e: any) => e.action_id));
    expect(ids).not.toContain('share_card');
  });

  it('"More" shows the next page in place of the ephemeral card, and as a new ephemeral message under a channel card', async () => {
    const a = await click('card_page', 'ukraine-talks|2');
    expectValid(a.body);
    expect(a.body.replace_original).toBe(true);
    expect(a.body.blocks[0].text.text).toMatch(/\(2\/\d+\)/);
    const b = await click('card_page', 'ukraine-talks|2', false);
    expect(b.body.replace_original).toBe(false);
    expect(b.body.response_type).toBe('ephemeral');
  });

  it('a tampered button value gets a plain sentence', async () => {
    const a = await click('card_page', 'garbage');
    expectValid(a.body);
    expect(a.text).toMatch(/run \/brief again/);
  });
});

describe('events', () => {
  it('answers the Events API URL verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'chal-123', token: 'x' });
    const r = await sendToSlackEvents(url, SECRET, body, { contentType: 'application/json' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ challenge: 'chal-123' });
  });

  it('an @-mention runs the command and answers in a thread', async () => {
    const before = fake.posts().length;
    const body = mentionBody('<@UBOT> who-said Peskov', { eventId: 'Ev1', ts: '1700000100.000100' });
    const r = await sendToSlackEvents(url, SECRET, body, { contentType: 'application/json' });
    expect(r.status).toBe(200);
    const post = await fake.waitFor(() => fake.posts()[before]);
    expect(post.body.channel).toBe('C0NEWS');
    expect(post.body.thread_ts).toBe('1700000100.000100');
    expect(checkMessage({ text: post.body.text, blocks: post.body.blocks })).toEqual([]);
    expect(blocksText(post.body.blocks)).toContain('“a lot of fakes are being published at the moment”');
  });
});

describe('refused requests run nothing', () => {
  async function expectNothingRan(before: { requests: number; subs: number }) {
    await sleep(400);
    expect(fake.requests.length).toBe(before.requests);
    expect((await running.store.listSubscriptions()).length).toBe(before.subs);
  }
  const snapshot = async () => ({ requests: fake.requests.length, subs: (await running.store.listSubscriptions()).length });

  it('a forged signature gets 401', async () => {
    const before = await snapshot();
    const body = slashBody('/subscribe', 'ukraine-talks', { user: 'U0ADMIN', channel: 'C0FORGED', responseUrl: fake.responseUrl('forged') });
    const r = await sendToSlackEvents(url, 'not-the-secret', body);
    expect(r.status).toBe(401);
    const r2 = await sendToSlackEvents(url, SECRET, body, { signature: 'v0=' + '0'.repeat(64) });
    expect(r2.status).toBe(401);
    const r3 = await sendToSlackEvents(url, SECRET, body, { signature: '' });
    expect(r3.status).toBe(401);
    await expectNothingRan(before);
  });

  it('a stale timestamp (over 5 minutes) gets 401 even when correctly signed', async () => {
    const before = await snapshot();
    const body = slashBody('/subscribe', 'ukraine-talks', { user: 'U0ADMIN', channel: 'C0STALE', responseUrl: fake.responseUrl('stale') });
    const r = await sendToSlackEvents(url, SECRET, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(r.status).toBe(401);
    await expectNothingRan(before);
  });

  it('a signed but malformed body gets 400', async () => {
    const before = await snapshot();
    const r = await sendToSlackEvents(url, SECRET, '{"command": "/subscribe", "text": ', { contentType: 'application/json' });
    expect(r.status).toBe(400);
    const r2 = await sendToSlackEvents(url, SECRET, 'payload=%7Bnot-json');
    expect(r2.status).toBe(400);
    await expectNothingRan(before);
  });

  it('GET is refused with 405', async () => {
    const r = await fetch(url);
    expect(r.status).toBe(405);
  });

  it('secrets never reach the log', () => {
    const all = logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(BOT_TOKEN);
  });
});
