/**
 * Property-based checks (fast-check): hostile chat arguments never escape as exceptions and get a
 * clear reply; any card renders within every surface's hard limits, with mentions made inert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { runChatLine, type CommandContext } from '../../src/commands/index.ts';
import { replyToText } from '../../src/commands/reply-text.ts';
import { ConfigSchema } from '../../src/config.ts';
import { BriefingCardSchema, type BriefingCard } from '../../src/briefing/card.ts';
import { LIMITS as SLACK, blockTextLength as slackBlocksTextLength, renderCard as renderSlack } from '../../adapters/slack/render/index.ts';
import { LIMITS as DISCORD, embedChars as discordEmbedsLength, renderCard as renderDiscord } from '../../adapters/discord/render/index.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-prop-'));
const store = new SqliteStore(join(dir, 'p.db'));
const ctx: CommandContext = {
  store,
  config: ConfigSchema.parse({}),
  now: () => new Date('2025-04-24T08:00:00Z'),
  caller: { platform: 'console', workspace: 'w', channel: 'c', user: 'u', canManage: false },
};
const errors: unknown[] = [];

beforeAll(async () => {
  await store.migrate();
  await store.upsertTopics([TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on Ukraine', match: { terms: ['Ukraine'] } })]);
  for (let i = 0; i < 3; i++) {
    const { article, facts } = sampleArticle(i, { words: `Peace is possible <!everyone> @here number ${i}` });
    await store.putArticle(article, facts, ['ukraine-talks']);
  }
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '"', '“unclosed', '<!everyone>', '@channel', '@here <@U123>', '\u0000\u0007\u001b[31m', '\\', '%s%n', '$(rm -rf /)', "'; DROP TABLE articles; --", 'page:-1', 'page:999999999999', 'since:2025-99-99', 'topic:"', 'a'.repeat(10_000)),
  fc.string({ minLength: 5000, maxLength: 10_000 }),
);
const command = fc.constantFrom('/brief', '/who-said', '/topics', '/subscribe', '/unsubscribe', '/subscriptions', '/help', '/nope', '', 'brief');

describe('chat commands under hostile arguments', () => {
  it('always reply, never throw, never show a stack trace; managers-only stays refused', async () => {
    await fc.assert(
      fc.asyncProperty(command, hostile, async (cmd, arg) => {
        const reply = await runChatLine(ctx, `${cmd} ${arg}`, (e) => errors.push(e));
        expect(['card', 'quotes', 'text', 'error']).toContain(reply.type);
        const text = replyToText(reply);
        expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (reply.type === 'error') expect(reply.message.length).toBeLessThan(1000);
        if (/^\/(un)?subscribe$/.test(cmd)) expect(reply.type).toBe('error');
      }),
      { numRuns: 300, endOnFailure: true },
    );
    expect(errors).toEqual([]);
    expect(await store.listSubscriptions()).toEqual([]);
    expect(await store.countArticles()).toBe(3);
  });
});

const cite = fc.record({ articleId: fc.constantFrom('a1', 'a2', 'a3'), sentenceIndex: fc.nat(50), charStart: fc.nat(1000), charEnd: fc.nat(2000) });
const txt = fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('<!everyone> ping', '@everyone hi', '<https://x.test|label> & <@U1>', '[a](https://evil.test) **b**'), fc.string({ minLength: 1000, maxLength: 4000 }));
const line = fc.record({ text: txt, when: fc.option(fc.constant('2025-04-23'), { nil: null }), cites: fc.array(cite, { minLength: 1, maxLength: 5 }) });
const quote = fc.record({
  speaker: fc.option(txt, { nil: null }),
  speakerType: fc.constantFrom('person', 'organisation', 'unnamed') as fc.Arbitrary<'person' | 'organisation' | 'unnamed'>,
  role: fc.option(txt, { nil: null }),
  text: txt,
  kind: fc.constantFrom('direct', 'partial', 'reported') as fc.Arbitrary<'direct' | 'partial' | 'reported'>,
  cue: fc.option(fc.constant('said'), { nil: null }),
  via: fc.option(txt, { nil: null }),
  venue: fc.option(txt, { nil: null }),
  saidOn: fc.option(fc.constant('2025-04-23'), { nil: null }),
  cites: fc.array(cite, { minLength: 1, maxLength: 3 }),
});
const card = fc
  .record({
    topic: fc.constantFrom('ukraine-talks', 'x'.repeat(90)),
    title: txt,
    tldr: fc.array(line, { maxLength: 4 }),
    developments: fc.array(line, { maxLength: 60 }),
    quotes: fc.array(quote, { maxLength: 60 }),
    positions: fc.array(fc.record({ party: txt, stance: txt, cites: fc.array(cite, { minLength: 1, maxLength: 2 }) }), { maxLength: 20 }),
    disputes: fc.array(
      fc.record({ claim: txt, claimSource: fc.option(txt, { nil: null }), response: fc.option(txt, { nil: null }), responder: fc.option(txt, { nil: null }), responseKind: fc.constantFrom('denied', 'confirmed', null) as fc.Arbitrary<'denied' | 'confirmed' | null>, cites: fc.array(cite, { minLength: 1, maxLength: 2 }) }),
      { maxLength: 20 },
    ),
    next: fc.array(line, { maxLength: 20 }),
    sources: fc.array(fc.record({ articleId: fc.constantFrom('a1', 'a2', 'a3'), outlet: fc.option(txt, { nil: null }), headline: txt, published: fc.option(fc.constant('2025-04-23'), { nil: null }), url: fc.option(fc.constantFrom('https://example.test/a', 'javascript:alert(1)', 'https://x.test/|<!everyone>'), { nil: null }) }), { maxLength: 40 }),
  })
  .map((c) => BriefingCardSchema.parse({ ...c, asOf: '2025-04-24T08:00:00.000Z' }) as BriefingCard);

describe('renderers on arbitrary cards', () => {
  it('Slack: at most 50 blocks, section 3000, header 150, total text under 13,000; no live mention', () => {
    fc.assert(
      fc.property(card, (c) => {
        const m = renderSlack(c);
        expect(m.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
        expect(slackBlocksTextLength(m.blocks)).toBeLessThan(13_000);
        for (const b of m.blocks as { type: string; text?: { text: string }; fields?: { text: string }[] }[]) {
          if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
          if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
        }
        // plain_text never parses mentions; every mrkdwn text and the fallback text must not hold a live one.
        const mrkdwn: string[] = [m.text];
        JSON.stringify(m.blocks, (_k, v) => {
          if (v && typeof v === 'object' && v.type === 'mrkdwn') mrkdwn.push(v.text);
          return v;
        });
        for (const t of mrkdwn) expect(t).not.toMatch(/<!(everyone|channel|here)>|<@U1>/);
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });
  it('Discord: at most 10 embeds, 6000 chars, title 256, description 4096, 25 fields of 1024; no live mention', () => {
    fc.assert(
      fc.property(card, (c) => {
        const m = renderDiscord(c);
        expect(m.embeds.length).toBeLessThanOrEqual(DISCORD.embeds);
        expect(discordEmbedsLength(m.embeds)).toBeLessThanOrEqual(DISCORD.total);
        for (const e of m.embeds) {
          expect((e.title ?? '').length).toBeLessThanOrEqual(256);
          expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
          expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
          for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
        }
        // Mentions inside embeds never notify; the message also forbids every mention outright.
        expect(m.allowed_mentions).toEqual({ parse: [] });
        expect((m as { content?: string }).content ?? '').not.toMatch(/@(everyone|here)(?!\u200b)/);
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });
});
