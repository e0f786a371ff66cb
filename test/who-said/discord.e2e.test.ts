/**
 * Discord gateway mode against the fake Discord (test/helpers/fake-platforms.ts): the real
 * discord.js Client logs in over its websocket (READY, then the server's GUILD_CREATE), receives
 * MESSAGE_CREATE events as Discord sends them, and replies through its REST client to the same
 * fake, which records the replies. The store holds the seed and the fixtures.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, type Client } from 'discord.js';
import { createGatewayClient } from '../../adapters/discord/gateway.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { FakeDiscord, unescapeMd, type RestCall } from '../helpers/fake-platforms.ts';
import { memoryLog, testConfig } from '../discord/helpers.ts';
import { FIXTURE_FILES, ingestedStore, SEED } from './store.ts';

const BOT = '222222222222222222';
const GUILD = '555555555555555555';
const CHANNEL = '444444444444444444';
const DM_CHANNEL = '777777777777777777';
const USER = '666666666666666666';
const TOKEN = 'test-token-not-real-0123456789';

const fake = new FakeDiscord({ user: { id: BOT, username: 'briefbot' } });
const log = memoryLog();
const pending: Promise<unknown>[] = [];
let store: Awaited<ReturnType<typeof ingestedStore>>;
let client: Client;

const user = (id: string, bot = false) => ({ id, username: bot ? 'otherbot' : 'reader', discriminator: '0', avatar: null, global_name: null, ...(bot ? { bot: true } : {}) });
let seq = 0;
function message(content: string, o: { dm?: boolean; author?: ReturnType<typeof user>; mentions?: unknown[] } = {}) {
  const id = String(900000000000000000n + BigInt(++seq));
  return {
    id,
    channel_id: o.dm ? DM_CHANNEL : CHANNEL,
    // Discord sends the channel's type with each message; discord.js needs it to build a partial DM channel.
    channel_type: o.dm ? 1 : 0,
    ...(o.dm ? {} : { guild_id: GUILD, member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } }),
    author: o.author ?? user(USER),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: o.mentions ?? (content.includes(`<@${BOT}>`) ? [user(BOT, true)] : []),
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** Feed a MESSAGE_CREATE; return the reply POSTed for it (or null when none came). */
async function send(content: string, o: Parameters<typeof message>[1] = {}): Promise<RestCall | null> {
  const m = message(content, o);
  const before = pending.length;
  expect(fake.dispatch('MESSAGE_CREATE', m)).toBe(1);
  await fake.until('the message to be handled', () => pending.length > before, 5000);
  await Promise.all(pending.slice(before));
  const replies = fake.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === m.id);
  expect(replies.length).toBeLessThanOrEqual(1);
  return replies[0] ?? null;
}
const text = (c: RestCall | null) => unescapeMd(JSON.stringify(c?.body.embeds ?? []));

beforeAll(async () => {
  store = await ingestedStore([SEED, ...FIXTURE_FILES]);
  fake.guilds = [
    {
      id: GUILD,
      name: 'News',
      unavailable: false,
      owner_id: '1',
      roles: [{ id: GUILD, name: '@everyone', permissions: '68608', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: CHANNEL, type: 0, name: 'news', position: 0, permission_overwrites: [] }],
      members: [],
      threads: [],
      emojis: [],
      stickers: [],
      features: [],
      member_count: 2,
    },
  ];
  await fake.start();
  const config = testConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.url });
  client = createGatewayClient({ store, config, log }, { track: (p) => void pending.push(p) });
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await Promise.allSettled(pending);
  await client?.destroy();
  await fake.stop();
  await store?.cleanup();
});

describe('Discord gateway: mentions and direct messages', () => {
  it('asks for the intents and partials that mentions and DMs need, and no privileged one', () => {
    expect(client.options.intents.toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
    expect(client.options.partials).toContain(1); // Partials.Channel
  });

  it('@briefbot what did Vance say about territory? → a reply with embeds, no pings', async () => {
    const r = await send(`<@${BOT}> what did Vance say about territory?`);
    expect(r?.path).toBe(`/api/v10/channels/${CHANNEL}/messages`);
    expect(r!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(r!.body.allowed_mentions.replied_user).toBe(false);
    expect(r!.body.flags ?? 0).toBe(0);
    expect(embedProblems(r!.body.embeds)).toEqual([]);
    const t = text(r);
    expect(t).toContain('Quotes by JD Vance about “territory”');
    expect(t).toContain('JD Vance, Vice-President');
    expect(t).toContain('“freeze the territorial lines at some level close to where they are today”');
    expect(t).toContain('*Reported:* it was "a very fair proposal"');
    expect(r!.body.embeds[1].footer.text).toBe('Source: Xinhua · 2025-04-23');
  });

  it('who said “fakes” → Peskov according to RIA Novosti; a fixture quote links to its source', async () => {
    const t = text(await send(`<@!${BOT}> who said "fakes"?`));
    expect(t).toContain('Dmitry Peskov, spokesman');
    expect(t).toContain('“a lot of fakes are being published at the moment”');
    expect(t).toContain('responded on 2025-04-23 (according to RIA Novosti state news agency)');
    const eric = await send(`<@${BOT}> what did Eric Trump say`);
    expect(eric!.body.embeds[1]).toMatchObject({ url: 'https://example.test/news/trump-family', author: { name: 'Eric Trump' } });
    expect(text(eric)).toContain('told reporters in Miami on 2025-05-03');
  });

  it('a direct message needs no mention: did anyone deny the FT report?', async () => {
    const r = await send('did anyone deny the FT report?', { dm: true });
    expect(r?.path).toBe(`/api/v10/channels/${DM_CHANNEL}/messages`);
    expect(text(r)).toContain('Dmitry Peskov');
    expect(text(r)).toContain('“a lot of fakes are being published at the moment”');
  });

  it('where does Ukraine stand on territory; an ambiguous Trump attributes nothing', async () => {
    const u = text(await send(`<@${BOT}> where does Ukraine stand on territory?`));
    expect(u).toContain('*Reported:* ceding territory to Russia');
    const trump = await send(`<@${BOT}> Trump`);
    expect(trump!.body.embeds).toHaveLength(1);
    expect(text(trump)).toMatch(/not sure who you mean by “Trump”: Donald Trump or Eric Trump\?/);
  });

  it('a command name runs the command; an unknown question lists the forms', async () => {
    expect(text(await send(`<@${BOT}> topics`))).toContain('ukraine-talks');
    expect(text(await send(`<@${BOT}> how is the weather?`))).toContain('I can answer questions like');
  });

  it('ignores server messages without a mention, other bots, and its own messages', async () => {
    expect(await send('who said fakes')).toBeNull();
    expect(await send(`<@${BOT}> who said fakes`, { author: user('123456789012345678', true) })).toBeNull();
    expect(await send(`<@${BOT}> who said fakes`, { author: user(BOT, true) })).toBeNull();
    expect(await send('Peskov', { dm: true, author: user('123456789012345678', true) })).toBeNull();
    // @everyone-style and reply pings without <@bot> in the text are not questions.
    expect(await send('@everyone who said fakes', { mentions: [user(BOT, true)] })).toBeNull();
  });
});
