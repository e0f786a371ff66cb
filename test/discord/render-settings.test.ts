import { describe, expect, it } from 'vitest';
import { renderQuotes, renderReply } from '../../adapters/discord/render/index.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { discordSettings } from '../../adapters/discord/settings.ts';
import { parsePageButton, canManage } from '../../adapters/discord/dispatch.ts';
import type { WhoSaidItem } from '../../src/briefing/who-said.ts';
import { unescapeMd } from '../helpers/fake-platforms.ts';
import { testConfig } from './helpers.ts';

const src = { articleId: 'a1', outlet: 'Sample Wire', headline: 'Talks @everyone resume', published: '2025-04-23', url: 'https://example.com/a' };
const item = (over: Partial<WhoSaidItem>): WhoSaidItem => ({
  speaker: 'Dmitry Peskov', speakerType: 'person', role: 'Kremlin spokesman', text: 'words', kind: 'direct', cue: 'said', via: null, venue: null, saidOn: '2025-04-23', cites: [{ articleId: 'a1', sentenceIndex: 0, charStart: 0, charEnd: 5 }], source: src, ...over,
});

describe('reply rendering', () => {
  it('quotes direct words in quotation marks and marks reported speech without them', () => {
    const [, direct, reported] = renderQuotes({ query: 'Peskov', interpretation: null, total: 2, more: 0, atLeast: false, note: null, items: [
      item({ text: 'a lot of *fakes* are being published <@123> @here' }),
      item({ text: 'the talks would continue', kind: 'reported', cue: 'told reporters' }),
    ] });
    expect(unescapeMd(direct.description!)).toContain('“a lot of *fakes* are being published <@123> @here”');
    expect(direct.description).not.toMatch(/@here|<@1/);
    expect(direct.author!.name).toBe('Dmitry Peskov, Kremlin spokesman');
    expect(direct.url).toBe('https://example.com/a');
    expect(direct.footer!.text).toBe('Source: Sample Wire · 2025-04-23');
    expect(direct.title).not.toContain('@everyone');
    expect(reported.description).toMatch(/^\*Reported:\* the talks would continue\n— told reporters on 2025-04-23$/);
    expect(reported.description).not.toMatch(/[“”"]/);
  });

  it('fits many long quotes within the limits and counts what it left out', () => {
    const items = Array.from({ length: 9 }, (_, i) => item({ text: `${i} ` + 'x'.repeat(3000), source: { ...src, url: 'javascript:alert(1)' } }));
    const embeds = renderQuotes({ query: 'x', interpretation: null, total: 9, more: 0, atLeast: false, note: null, items });
    expect(embedProblems(embeds)).toEqual([]);
    expect(embeds[0].description).toMatch(/…and \d+ more/);
    expect(embeds.some((e) => e.url)).toBe(false);
  });

  it('errors are plain ephemeral sentences; text replies never ping', () => {
    expect(renderReply({ type: 'error', message: 'Unknown topic "@everyone".' })).toEqual({ content: 'Unknown topic "@\u200beveryone".', allowed_mentions: { parse: [] }, flags: 64 });
    const t = renderReply({ type: 'text', title: 'Topics', lines: Array.from({ length: 500 }, (_, i) => `topic-${i} — a title that is fairly long ${i}`) });
    expect(embedProblems(t.embeds!)).toEqual([]);
    expect(t.embeds![0].description).toMatch(/…and \d+ more$/);
  });
});

describe('settings and small parts', () => {
  it('names what is missing, never the values', () => {
    expect(() => discordSettings(testConfig({ DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }))).toThrow(/DISCORD_APPLICATION_ID is missing/);
    expect(() => discordSettings(testConfig({ DISCORD_PUBLIC_KEY: 'secret-not-hex', DISCORD_APPLICATION_ID: '222222222222222222' }))).toThrow(/DISCORD_PUBLIC_KEY must be/);
    try {
      discordSettings(testConfig({ DISCORD_PUBLIC_KEY: 'secret-not-hex' }));
    } catch (e) {
      expect((e as Error).message).not.toContain('secret-not-hex');
    }
    expect(discordSettings(testConfig({ DISCORD_TOKEN: 'x'.repeat(30) })).mode).toBe('gateway');
    expect(discordSettings(testConfig({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '222222222222222222' })).mode).toBe('http');
    expect(() => discordSettings(testConfig({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_SHARDS: 'many' }))).toThrow(/DISCORD_SHARDS/);
  });

  it('parses page buttons and checks Manage Channels', () => {
    expect(parsePageButton('card_page:ukraine-talks:2')).toEqual({ topic: 'ukraine-talks', page: 2 });
    expect(parsePageButton('card_page:ukraine-talks:x')).toBeNull();
    expect(parsePageButton('other:1')).toBeNull();
    const who = { guildId: '1', channelId: '2', userId: '3' };
    expect(canManage({ ...who, permissions: 16n })).toBe(true);
    expect(canManage({ ...who, permissions: 8n })).toBe(true);
    expect(canManage({ ...who, permissions: 2048n })).toBe(false);
    expect(canManage({ ...who, guildId: null, permissions: 16n })).toBe(false);
  });
});
