/** Slack and Discord cards with and without PUBLIC_URL: unchanged without; title and citations linked with. */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/briefing/build/index.ts';
import { LIMITS as SLACK, blockTextLength as slackBlocksTextLength, renderCard as renderSlack, renderReply as slackReply, digestMessages as slackDigest } from '../../adapters/slack/render/index.ts';
import { LIMITS as DISCORD, embedChars as discordEmbedsLength, renderCard as renderDiscord, renderReply as discordReply, digestMessages as discordDigest } from '../../adapters/discord/render/index.ts';
import { ConfigSchema } from '../../src/config.ts';
import { cardLinks, verifySignedPath } from '../../src/web/links.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticlesNewestFirst, stressTopic } from '../fixtures/briefing/stress.ts';
import { brief } from '../../src/commands/all/brief.ts';
import { runCommand } from '../../src/commands/run.ts';

const SECRET = 'chat-links-secret-0123456789abcdefghij';
const NOW = new Date('2025-04-26T12:00:00.000Z');
const card = buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW.toISOString() });
const config = ConfigSchema.parse({ PUBLIC_URL: 'https://news.example', WEB_SECRET: SECRET });
const links = cardLinks(config, card, NOW)!;

function hrefsIn(text: string): string[] {
  return [...text.matchAll(/https:\/\/news\.example[^|>)\s"\\]+/g)].map((m) => m[0]);
}

/** A URL as written inside Slack's `<url|label>`: `&` as `&amp;` (Slack decodes it), so no `&lt;` in a query can become `<`. */
const inSlack = (url: string) => url.replace(/&/g, '&amp;');
/** The links Slack shows for mrkdwn text: its hrefs with `&amp;` decoded. */
const slackHrefsIn = (text: string) => hrefsIn(text).map((h) => h.replace(/&amp;/g, '&'));

function verifies(href: string): boolean {
  const u = new URL(href);
  return verifySignedPath(SECRET, u.pathname, u.searchParams, NOW.getTime()).ok;
}

describe('chat cards with PUBLIC_URL', () => {
  it('Slack: the title links to the card page, each [n] marker to its cited sentence; all links verify', () => {
    const msg = renderSlack(card, { links });
    expect(msg.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*<${inSlack(links.card)}|${card.title} (1/${card.pages})>*` } });
    const text = JSON.stringify(msg.blocks);
    const hrefs = slackHrefsIn(text);
    const articleLinks = hrefs.filter((h) => h.includes('/articles/'));
    expect(articleLinks.length).toBeGreaterThan(5);
    expect(articleLinks.every((h) => /#s\d+$/.test(h) || !h.includes('#'))).toBe(true);
    for (const h of hrefs) expect(verifies(h), h).toBe(true);
    // the first TL;DR line's marker points at the sentence the line cites
    const first = card.tldr[0].cites[0];
    expect(text).toContain(`<${inSlack(links.article(first.articleId, first.sentenceIndex))}|[1]>`);
    expect(msg.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    expect(slackBlocksTextLength(msg.blocks)).toBeLessThanOrEqual(SLACK.totalText);
  });

  it('Discord: the embed title links to the card page, markers are masked links; inside the limits', () => {
    const msg = renderDiscord(card, { links });
    expect(msg.embeds[0].url).toBe(links.card);
    const text = JSON.stringify(msg.embeds);
    const first = card.tldr[0].cites[0];
    expect(text).toContain(`[\\\\[1\\\\]](${links.article(first.articleId, first.sentenceIndex)})`);
    for (const h of hrefsIn(text)) expect(verifies(h), h).toBe(true);
    expect(discordEmbedsLength(msg.embeds)).toBeLessThanOrEqual(DISCORD.total);
    for (const f of msg.embeds[0].fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
  });

  it('a long card with long links stays inside both platforms’ limits', () => {
    const arts = stressArticlesNewestFirst(300);
    const big = buildCard({ topic: stressTopic, articles: arts, now: arts[0].storedAt });
    const l = cardLinks({ ...config, PUBLIC_URL: `https://news.example/${'p'.repeat(150)}` }, big, NOW)!;
    const s = renderSlack(big, { links: l });
    expect(s.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    expect(slackBlocksTextLength(s.blocks)).toBeLessThanOrEqual(SLACK.totalText);
    for (const b of s.blocks) if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    const d = renderDiscord(big, { links: l });
    expect(discordEmbedsLength(d.embeds)).toBeLessThanOrEqual(DISCORD.total);
    for (const f of d.embeds[0].fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
    expect(d.embeds[0].description!.length).toBeLessThanOrEqual(DISCORD.description);
  });

  it('/brief attaches links only when PUBLIC_URL is set, and the adapters render them', async () => {
    const { SqliteStore } = await import('../../src/store/sqlite.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-chatlinks-'));
    const store = new SqliteStore(join(dir, 's.db'));
    try {
      await store.migrate();
      await store.upsertTopics([ukraineTopic]);
      for (const sa of sampleArticles) await store.putArticle(sa.article, sa.facts, sa.topics, { storedAt: sa.storedAt });
      const caller = { platform: 'slack' as const, workspace: 'T', channel: 'C', user: 'U', canManage: false };
      const withLinks = await runCommand({ store, config, now: () => NOW, caller }, brief, { topic: 'ukraine-talks' });
      const without = await runCommand({ store, config: ConfigSchema.parse({ WEB_SECRET: SECRET }), now: () => NOW, caller }, brief, { topic: 'ukraine-talks' });
      expect(withLinks.type === 'card' && withLinks.links).toBeTruthy();
      expect(without.type === 'card' && 'links' in without).toBe(false);
      expect(JSON.stringify(slackReply(withLinks))).toContain('https://news.example/cards/ukraine-talks?exp=');
      expect(JSON.stringify(discordReply(withLinks))).toContain('https://news.example/cards/ukraine-talks?exp=');
      expect(JSON.stringify(slackReply(without))).not.toContain('news.example');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('chat cards without PUBLIC_URL look as before', () => {
  it('renderers given no links produce exactly the old output', () => {
    expect(renderSlack(card, { links: undefined })).toEqual(renderSlack(card));
    expect(renderDiscord(card, {})).toEqual(renderDiscord(card));
    expect(JSON.stringify(renderSlack(card))).not.toContain('/articles/');
    expect(renderSlack(card).blocks[0].type).toBe('header');
    expect(renderDiscord(card).embeds[0].url).toBeUndefined();
  });

  it('digests: linked when the poster has links, unchanged otherwise', () => {
    const digest = {
      subscription: { id: 1, platform: 'slack' as const, workspace: 'T', channel: 'C1', topics: ['ukraine-talks'], time: '07:30', timezone: 'UTC', quietDay: 'post' as const, lastPostedSlot: null, lastPostedAt: null },
      slot: NOW.toISOString(),
      since: null,
      cards: [card],
      quietTopics: [],
      quiet: false,
    };
    const linked = JSON.stringify(slackDigest(digest, (c) => cardLinks(config, c, NOW)));
    expect(linked).toContain('https://news.example/cards/ukraine-talks?exp=');
    expect(JSON.stringify(slackDigest(digest))).not.toContain('news.example');
    expect(JSON.stringify(slackDigest(digest, (c) => cardLinks(ConfigSchema.parse({}), c, NOW)))).toBe(JSON.stringify(slackDigest(digest)));
    expect(JSON.stringify(discordDigest(digest, (c) => cardLinks(config, c, NOW)))).toContain('"url":"https://news.example/cards/ukraine-talks?exp=');
    expect(JSON.stringify(discordDigest(digest))).not.toContain('news.example');
  });
});
