import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REST } from '@discordjs/rest';
import { createDigestPoster, DigestPostError } from '../../adapters/discord/post.ts';
import { digestMessages } from '../../adapters/discord/render/index.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import type { Digest } from '../../src/schedule/digest.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticles, stressTopic } from '../fixtures/briefing/stress.ts';
import { FakeDiscord, IDS } from '../helpers/fake-platforms.ts';
import { memoryLog } from './helpers.ts';

const fake = new FakeDiscord();
const TOKEN = 'test-token-not-real-0123456789';
let rest: REST;
const log = memoryLog();

function digest(over: Partial<Digest> = {}): Digest {
  const card = buildCard({ topic: ukraineTopic, articles: sampleArticles, now: '2025-04-27T07:30:00.000Z', since: null });
  return {
    subscription: { id: 1, platform: 'discord', workspace: IDS.guild, channel: IDS.channel, topics: ['ukraine-talks', 'other'], time: '07:30', timezone: 'UTC', quietDay: 'post', lastPostedSlot: null, lastPostedAt: null },
    slot: '2025-04-27T07:30:00.000Z',
    since: '2025-04-26T07:30:00.000Z',
    cards: [card],
    quietTopics: [{ topic: 'other', title: 'Another topic @everyone' }],
    quiet: false,
    ...over,
  };
}

const posts = () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/channels/${IDS.channel}/messages`);

beforeAll(async () => {
  await fake.start();
  rest = new REST({ api: fake.url, retries: 1 }).setToken(TOKEN);
});
beforeEach(() => {
  fake.reset();
  log.lines.length = 0;
});
afterAll(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.stop();
});

describe('digest posting', () => {
  it('posts each card and the quiet topics to the channel, pinging nobody, within limits', async () => {
    await createDigestPoster({ rest, log })(digest());
    const p = posts();
    expect(p).toHaveLength(2);
    expect(p[0].headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(JSON.stringify(p[0].body.embeds)).toContain('Marco Rubio');
    expect(p[1].body.content).toContain('Nothing new since the last digest');
    expect(p[1].body.content).not.toContain('@everyone');
    for (const c of p) {
      expect(c.body.allowed_mentions).toEqual({ parse: [] });
      expect(embedProblems(c.body.embeds ?? [])).toEqual([]);
    }
  });

  it('honours a 429 retry_after, then posts', async () => {
    fake.when((c) => c.method === 'POST', { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.4, global: false }, headers: { 'retry-after': '0.4', 'x-ratelimit-scope': 'user' } });
    await createDigestPoster({ rest, log })(digest({ quietTopics: [] }));
    const p = posts();
    expect(p).toHaveLength(2);
    expect(p[1].at - p[0].at).toBeGreaterThanOrEqual(380);
  });

  it('retries a failing post with backoff, then gives up with an error naming the channel, and logs it', async () => {
    fake.when((c) => c.method === 'POST', { status: 500, body: { message: 'oops' } }, 100);
    const poster = createDigestPoster({ rest, log, attempts: 3, backoffMs: 20 });
    await expect(poster(digest())).rejects.toThrow(DigestPostError);
    await expect(poster(digest())).rejects.toThrow(new RegExp(`channel ${IDS.channel} failed after 3 attempt`));
    // 3 attempts per call, each with the REST client's own retry: 6 requests per call.
    expect(posts().length).toBe(12);
    expect(log.lines.filter((l) => l.startsWith('warn'))).toHaveLength(4);
    expect(log.lines.filter((l) => l.startsWith('error'))).toHaveLength(2);
  });

  it('does not retry what cannot succeed (403 Missing Access), and resumes a half-posted digest without repeating', async () => {
    fake.when((c) => c.method === 'POST', { status: 403, body: { message: 'Missing Access', code: 50001 } });
    const poster = createDigestPoster({ rest, log, attempts: 3, backoffMs: 20 });
    await expect(poster(digest())).rejects.toThrow(/403/);
    expect(posts()).toHaveLength(1);

    fake.clearCalls();
    fake.when((c) => c.method === 'POST' && typeof c.body.content === 'string', { status: 400, body: { message: 'bad', code: 50035 } });
    const d = digest();
    await expect(poster(d)).rejects.toThrow(/400/);
    await poster(d); // the engine retries: the card already went out, only the quiet line is sent again
    const bodies = posts().map((c) => (c.body.embeds?.length ? 'card' : 'line'));
    expect(bodies).toEqual(['card', 'line', 'line']);
  });

  it('keeps long, hostile cards within limits', () => {
    const card = buildCard({ topic: stressTopic, articles: stressArticles(300), now: '2025-03-01T00:00:00.000Z', since: null });
    const [m] = digestMessages(digest({ cards: [card], quietTopics: [] }));
    expect(embedProblems(m.embeds!)).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/@everyone|@here/);
  });
});
