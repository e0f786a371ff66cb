/**
 * Slack `app_mention` through the real Bolt HTTP endpoint (startBot), signed like Slack, answered
 * in the thread on a fake Slack. The store holds the seed and the sample fixtures.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Running } from '../../adapters/launch.ts';
import { checkMessage } from '../../adapters/slack/render/index.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { blocksText, mentionBody, sendToSlackEvents, startFakeSlack, type FakeSlack, type Recorded } from '../helpers/fake-platforms.ts';
import { FIXTURE_FILES, SEED } from './store.ts';

const SECRET = 'test-signing-secret-who-said-42';
let fake: FakeSlack;
let running: Running;
let url: string;
let dir: string;
let seq = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-who-said-slack-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  for (const f of [SEED, ...FIXTURE_FILES]) copyFileSync(f, join(seeds, basename(f)));
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, 'briefbot.db'),
    SEEDS_DIR: seeds,
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-whosaidtoken',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  running = await startBot(config, createLogger(config, () => undefined));
  url = `http://127.0.0.1:${running.port}/slack/events`;
});

afterAll(async () => {
  await running?.shutdown();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Send a signed app_mention event; wait for the bot's post. */
async function mention(text: string, extra: Record<string, unknown> = {}): Promise<{ post: Recorded; text: string }> {
  const before = fake.posts().length;
  const ts = `1700001${String(++seq).padStart(3, '0')}.000100`;
  const body = mentionBody(text, { eventId: `EvWS${seq}`, ts, event: extra });
  const r = await sendToSlackEvents(url, SECRET, body, { contentType: 'application/json' });
  expect(r.status).toBe(200);
  const post = await fake.waitFor(() => fake.posts()[before]);
  expect(checkMessage({ text: post.body.text, blocks: post.body.blocks })).toEqual([]);
  return { post, text: blocksText(post.body.blocks) };
}

describe('Slack: @briefbot who-said questions', () => {
  it('what did Vance say about territory: in the thread, word for word, speaker with role and source link', async () => {
    const { post, text } = await mention('<@UBOT> what did Vance say about territory?');
    expect(post.body.channel).toBe('C0NEWS');
    expect(post.body.thread_ts).toBe(`1700001${String(seq).padStart(3, '0')}.000100`);
    expect(text).toContain('Quotes by JD Vance about “territory”');
    expect(text).toContain('*JD Vance*, Vice-President');
    expect(text).toContain('> “freeze the territorial lines at some level close to where they are today”');
    expect(text).toContain('> (reported) it was "a very fair proposal"');
    expect(text).toContain('Xinhua');
    expect(text).toContain('2025-04-23');
  });

  it('a mention inside a thread answers in that thread; who said “fakes” → Peskov according to RIA Novosti', async () => {
    const { post, text } = await mention('<@UBOT> who said “fakes”?', { thread_ts: '1699999999.000001' });
    expect(post.body.thread_ts).toBe('1699999999.000001');
    expect(text).toContain('*Dmitry Peskov*, spokesman — responded on 2025-04-23 (according to RIA Novosti state news agency)');
    expect(text).toContain('> “a lot of fakes are being published at the moment”');
  });

  it('did anyone deny the FT report; where does Ukraine stand; a source link for a fixture', async () => {
    expect((await mention('<@UBOT> did anyone deny the FT report?')).text).toContain('*Dmitry Peskov*');
    const ukraine = (await mention('<@UBOT> where does Ukraine stand on territory?')).text;
    expect(ukraine).toContain('(reported) ceding territory to Russia');
    const eric = (await mention('<@UBOT> Eric Trump')).text;
    expect(eric).toContain('<https://example.test/news/trump-family|Sample Wire — Trump family weighs in on Ukraine ceasefire>');
  });

  it('an ambiguous surname says it is unsure and quotes nobody; a near name says so', async () => {
    const trump = (await mention('<@UBOT> what did Trump say?')).text;
    expect(trump).toMatch(/not sure who you mean by “Trump”: Donald Trump or Eric Trump\?/);
    expect(trump.replace(/“Trump”/g, '')).not.toMatch(/“/);
    const near = (await mention('<@UBOT> Peskof')).text;
    expect(near).toContain('Showing Dmitry Peskov, the closest name to “Peskof”.');
  });

  it('a command name still runs the command; anything else gets the forms it understands', async () => {
    expect((await mention('<@UBOT> topics')).text).toContain('ukraine-talks');
    const other = (await mention('<@UBOT> how is the weather?')).text;
    expect(other).toContain('I can answer questions like');
  });

  it('a mention cannot run a manager command for a plain member', async () => {
    const before = (await running.store.listSubscriptions()).length;
    const { post } = await mention('<@UBOT> subscribe ukraine-talks 07:00');
    expect(post.body.text).toBe('Only channel managers can use /subscribe.');
    expect((await running.store.listSubscriptions()).length).toBe(before);
  });

  it('user text cannot ping: <!channel> and &lt; come back inert', async () => {
    const { text, post } = await mention('<@UBOT> who said "<!channel> &lt;b&gt;"');
    expect(text + post.body.text).not.toMatch(/<!channel>|<!here>|<!everyone>/);
  });

  it('ignores messages from bots (its own included)', async () => {
    const before = fake.posts().length;
    const body = mentionBody('<@UBOT> Peskov', { eventId: 'EvWSbot', ts: '1700002000.000100', user: 'U0OTHERBOT', event: { bot_id: 'BOTHER' } });
    expect((await sendToSlackEvents(url, SECRET, body, { contentType: 'application/json' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.posts().length).toBe(before);
  });
});
