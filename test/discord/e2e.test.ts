/**
 * The whole bot as `briefbot serve` starts it (startBot: store, seeds, briefings, HTTP server),
 * in Discord HTTP interactions mode, answering signed interactions about the shipped seed article.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Running } from '../../adapters/launch.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { FakeDiscord, IDS, autocomplete, command, discordKeys, interaction, postInteraction, signed, unescapeMd } from '../helpers/fake-platforms.ts';
import { memoryLog, testConfig } from './helpers.ts';

const keys = discordKeys();
const fake = new FakeDiscord();
const dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-e2e-'));
let bot: Running;
let url = '';
const STRING = 3;

function post(body: unknown, headers?: Record<string, string>) {
  const text = JSON.stringify(body);
  return postInteraction(url, text, headers ?? signed(keys.privateKey, text));
}

beforeAll(async () => {
  await fake.start();
  const config = testConfig({
    BRIEFBOT_DB: join(dir, 'bot.db'),
    SEEDS_DIR: './seeds',
    BRIEFINGS_DIR: './briefings',
    PORT: '0',
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.url,
  });
  bot = await startBot(config, memoryLog());
  expect(bot.adapters.discord).toBeDefined();
  url = `http://127.0.0.1:${bot.port}/discord/interactions`;
});

afterAll(async () => {
  await bot?.shutdown();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefbot serve with Discord HTTP interactions', () => {
  it('answers a PING and refuses a bad signature', async () => {
    expect((await post(interaction(1, undefined))).raw).toBe('{"type":1}');
    const body = command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]);
    const bad = signed(discordKeys().privateKey, JSON.stringify(body));
    expect((await post(body, bad)).status).toBe(401);
    expect(fake.calls).toEqual([]);
  });

  it('a signed /brief ukraine-talks answers with the card embeds naming Marco Rubio', async () => {
    const r = await post(command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]));
    let embeds: any[];
    if (r.json.type === 5) {
      const edit = await fake.waitFor((c) => c.method === 'PATCH');
      embeds = edit.body.embeds;
    } else {
      expect(r.json.type).toBe(4);
      embeds = r.json.data.embeds;
    }
    expect(JSON.stringify(embeds)).toContain('Marco Rubio');
    expect(embedProblems(embeds)).toEqual([]);
  });

  it('/who-said Peskov gives his words verbatim from the seed article', async () => {
    const r = await post(command('who-said', [{ name: 'query', type: STRING, value: 'Peskov' }]));
    expect(r.json.type).toBe(4);
    const text = unescapeMd(JSON.stringify(r.json.data.embeds));
    expect(text).toContain('a lot of fakes are being published at the moment');
    expect(text).toContain('Dmitry Peskov');
  });

  it('autocompletes ukr to ukraine-talks, and refuses /subscribe without Manage Channels', async () => {
    const a = await post(autocomplete('brief', [{ name: 'topic', type: STRING, value: 'ukr', focused: true }]));
    expect(a.json).toMatchObject({ type: 8, data: { choices: [{ value: 'ukraine-talks' }] } });
    const s = await post(command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], { permissions: '0' }));
    expect(s.json).toMatchObject({ type: 4, data: { flags: 64, content: 'Only channel managers can use /subscribe.' } });
    expect(await bot.store.listSubscriptions({ platform: 'discord' })).toEqual([]);
  });
});
