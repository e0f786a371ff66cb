/**
 * Digest posting through chat.postMessage against a fake Slack: pacing, 429 Retry-After,
 * retries with backoff, giving up with an error, quiet days, and resuming a half-posted digest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBot, type Running } from '../../adapters/launch.ts';
import { checkMessage } from '../../adapters/slack/render/index.ts';
import { createPoster } from '../../adapters/slack/post.ts';
import { digestMessages, type SlackMessage } from '../../adapters/slack/render/index.ts';
import type { BriefingCard } from '../../src/briefing/card.ts';
import { runCommand } from '../../src/commands/run.ts';
import { brief } from '../../src/commands/all/brief.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { DigestSchema, type Digest } from '../../src/schedule/digest.ts';
import { blocksText, startFakeSlack, type FakeSlack } from '../helpers/fake-platforms.ts';

let fake: FakeSlack;
let running: Running;
let dir: string;
let card: BriefingCard;
const logs: string[] = [];
const log = createLogger({ LOG_LEVEL: 'debug' }, (l) => logs.push(l));

beforeAll(async () => {
  fake = await startFakeSlack();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-slack-post-'));
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, 'briefbot.db'),
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    SLACK_BOT_TOKEN: 'xoxb-3333-4444-posttoken',
    SLACK_SIGNING_SECRET: 'post-test-secret',
    SLACK_API_URL: fake.apiUrl,
  });
  running = await startBot(config, createLogger(config, (l) => logs.push(l)));
  const reply = await runCommand(
    { store: running.store, config, now: () => new Date(), caller: { platform: 'cli', workspace: '', channel: 'cli', user: 'test', canManage: true } },
    brief,
    { topic: 'ukraine-talks' },
  );
  if (reply.type !== 'card') throw new Error(`no card: ${JSON.stringify(reply)}`);
  card = reply.card;
});

afterAll(async () => {
  await running?.shutdown();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.clear();
  fake.postScript.length = 0;
});

function digest(over: Partial<Digest> & { channel?: string; quietDay?: 'post' | 'skip'; id?: number } = {}): Digest {
  const { channel, quietDay, id, ...rest } = over;
  return DigestSchema.parse({
    subscription: { id: id ?? 1, platform: 'slack', workspace: 'T0TEST', channel: channel ?? 'C0DIGEST', topics: ['ukraine-talks'], quietDay: quietDay ?? 'post' },
    slot: '2025-04-24T07:30:00.000Z',
    since: '2025-04-23T07:30:00.000Z',
    cards: [card],
    quietTopics: [],
    quiet: false,
    ...rest,
  });
}

const postDigest = () => running.adapters.slack.postDigest!;

describe('postDigest through the running adapter', () => {
  it('posts the card as valid Block Kit to the subscribed channel, without a share button', async () => {
    await postDigest()(digest());
    const posts = fake.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0].body.channel).toBe('C0DIGEST');
    expect(posts[0].headers.authorization).toBe('Bearer xoxb-3333-4444-posttoken');
    expect(checkMessage({ text: posts[0].body.text, blocks: posts[0].body.blocks })).toEqual([]);
    expect(blocksText(posts[0].body.blocks)).toContain('Marco Rubio');
    expect(JSON.stringify(posts[0].body.blocks)).not.toContain('share_card');
  });

  it('honours a 429 Retry-After, then succeeds', async () => {
    fake.postScript.push({ status: 429, headers: { 'retry-after': '1' } });
    await postDigest()(digest({ channel: 'C0RATE' }));
    const posts = fake.posts();
    expect(posts).toHaveLength(2);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(950);
    expect(logs.join('\n')).toMatch(/rate limited \(Retry-After 1s\)/);
  });

  it('gives up with an error after repeated 429s (and logs it)', async () => {
    for (let i = 0; i < 10; i++) fake.postScript.push({ status: 429, headers: { 'retry-after': '0' } });
    await expect(postDigest()(digest({ channel: 'C0SWAMPED' }))).rejects.toThrow(/after 4 attempt/);
    expect(fake.posts()).toHaveLength(4);
    expect(logs.join('\n')).toMatch(/chat\.postMessage to C0SWAMPED failed after 4 attempt/);
  });

  it('does not retry what Slack refuses for good (channel_not_found), and says why', async () => {
    fake.postScript.push({ status: 200, body: { ok: false, error: 'channel_not_found' } });
    await expect(postDigest()(digest({ channel: 'C0GONE' }))).rejects.toThrow(/channel_not_found/);
    expect(fake.posts()).toHaveLength(1);
  });

  it('a quiet day posts "nothing new since …" when the subscription says post, and nothing when it says skip', async () => {
    const quiet = { cards: [], quietTopics: [{ topic: 'ukraine-talks', title: 'Talks on ending the war in Ukraine' }], quiet: true };
    await postDigest()(digest({ ...quiet, channel: 'C0QUIET' }));
    const posts = fake.posts();
    expect(posts).toHaveLength(1);
    expect(checkMessage({ text: posts[0].body.text, blocks: posts[0].body.blocks })).toEqual([]);
    expect(blocksText(posts[0].body.blocks)).toMatch(/^Nothing new since <!date\^\d+\^\{date_short_pretty\} at \{time\}\|2025-04-23 07:30 UTC> on Talks on ending the war in Ukraine\.$/);
    await postDigest()(digest({ ...quiet, channel: 'C0QUIET', quietDay: 'skip' }));
    expect(fake.posts()).toHaveLength(1);
  });

  it('adds a one-line index of quiet topics', async () => {
    await postDigest()(digest({ quietTopics: [{ topic: 'gaza-<!here>', title: 'Gaza & <@U1>' }] }));
    const [post] = fake.posts();
    expect(checkMessage({ text: post.body.text, blocks: post.body.blocks })).toEqual([]);
    const text = blocksText(post.body.blocks);
    expect(text).toContain('Nothing new: Gaza &amp; &lt;@U1&gt; (`gaza-&lt;!here&gt;`)');
    expect(JSON.stringify(post.body)).not.toMatch(/<!here>|<@U1>/);
  });
});

describe('createPoster', () => {
  const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });

  it('keeps about one message per second per channel, and does not hold other channels back', async () => {
    const p = createPoster(client(), log, { minGapMs: 500 });
    const msg: SlackMessage = { text: 'hi', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }] };
    await Promise.all([p.postMessage('C1', msg), p.postMessage('C1', msg), p.postMessage('C1', msg), p.postMessage('C2', msg)]);
    const c1 = fake.posts().filter((r) => r.body.channel === 'C1');
    const c2 = fake.posts().filter((r) => r.body.channel === 'C2');
    expect(c1).toHaveLength(3);
    // (timestamps are taken when the fake has read each request: allow for connection set-up jitter)
    expect(c1[1].at - c1[0].at).toBeGreaterThanOrEqual(400);
    expect(c1[2].at - c1[1].at).toBeGreaterThanOrEqual(400);
    expect(c2[0].at).toBeLessThan(c1[1].at);
  });

  it('backs off on server errors, then succeeds', async () => {
    fake.postScript.push({ status: 500 }, { status: 503 });
    const p = createPoster(client(), log, { backoffMs: 50, minGapMs: 0 });
    await p.postMessage('C3', { text: 'x', blocks: [{ type: 'divider' }] });
    const posts = fake.posts();
    expect(posts).toHaveLength(3);
    expect(posts[2].at - posts[1].at).toBeGreaterThanOrEqual(90);
  });

  it('a Retry-After longer than it will wait fails at once', async () => {
    fake.postScript.push({ status: 429, headers: { 'retry-after': '600' } });
    const p = createPoster(client(), log, { maxRetryAfterSec: 30 });
    await expect(p.postMessage('C4', { text: 'x', blocks: [{ type: 'divider' }] })).rejects.toThrow(/rate limited/);
    expect(fake.posts()).toHaveLength(1);
  });

  it('splits a digest too big for one message, every message within limits; a retried digest resumes where it failed', async () => {
    const d = digest({
      channel: 'C0BIG',
      id: 42,
      cards: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((t) => ({ ...card, topic: `${card.topic}-${t}`, title: `${card.title} ${t}` })),
      quietTopics: [{ topic: 'other', title: 'Another topic' }],
    });
    const messages = digestMessages(d);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.length).toBeLessThan(8); // cards are packed, not one message each
    expect(digestMessages(digest()).length).toBe(1); // one card fits one message
    for (const m of messages) expect(checkMessage(m)).toEqual([]);
    expect(blocksText(messages[messages.length - 1].blocks)).toContain('Nothing new: Another topic');

    const p = createPoster(client(), log, { attempts: 2, backoffMs: 10, minGapMs: 0 });
    fake.postScript.push({ status: 200, body: { ok: true, ts: '1.1' } }, { status: 500 }, { status: 500 });
    await expect(p.postDigest(d)).rejects.toThrow(/after 2 attempt/);
    expect(fake.posts()).toHaveLength(3);
    await p.postDigest(d);
    // the first message once, the failed one again, then the rest: nothing posted twice, nothing lost
    expect(fake.posts()).toHaveLength(3 + messages.length - 1);
    const delivered = [fake.posts()[0], ...fake.posts().slice(3)];
    const headers = delivered.flatMap((r) => r.body.blocks.filter((b: any) => b.type === 'header').map((b: any) => b.text.text as string));
    for (const t of 'abcdefgh') expect(headers.filter((h) => h.includes(`Ukraine ${t}`))).toHaveLength(1);
  });
});
