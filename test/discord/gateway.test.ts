/**
 * Gateway mode against the fake Discord (test/helpers/fake-platforms.ts): real discord.js Clients
 * log in (GET /gateway/bot, the websocket, IDENTIFY, READY), the raw INTERACTION_CREATE payloads
 * arrive over that websocket as Discord sends them, and the handler answers through discord.js's
 * real interaction objects and their reply methods, over REST to the same fake.
 */
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events, type Client } from 'discord.js';
import { createGatewayClient } from '../../adapters/discord/gateway.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticles, stressTopic } from '../fixtures/briefing/stress.ts';
import { FakeDiscord, IDS, MANAGE_CHANNELS, autocomplete, button, command, unescapeMd } from '../helpers/fake-platforms.ts';
import { fixtureStore, memoryLog, testConfig } from './helpers.ts';

const fake = new FakeDiscord();
const log = memoryLog();
let store: Awaited<ReturnType<typeof fixtureStore>>;
let client: Client;
let slowClient: Client;
const pending: Promise<unknown>[] = [];
const STRING = 3;
const TOKEN = 'test-token-not-real-0123456789';
const SLOW_TOKEN = 'test-token-not-real-slow-98765';
const tokens = new Map<Client, string>();

/** Discord sends the interaction over the client's gateway connection; wait until the handler is done. */
async function emit(c: Client, raw: unknown): Promise<void> {
  const before = pending.length;
  expect(fake.dispatch('INTERACTION_CREATE', raw, (conn) => conn.identify?.token === tokens.get(c))).toBe(1);
  await fake.until('the interaction to be handled', () => pending.length > before, 5000);
  expect(pending.length).toBe(before + 1);
  await pending[pending.length - 1];
}

const callback = (i: { id: string; token: string }) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);

async function loggedIn(deps: Parameters<typeof createGatewayClient>[0], token: string): Promise<Client> {
  const c = createGatewayClient(deps, { track: (p) => void pending.push(p) });
  tokens.set(c, token);
  const ready = once(c, Events.ClientReady);
  await c.login(token);
  await ready;
  return c;
}

beforeAll(async () => {
  store = await fixtureStore([...sampleArticles, ...stressArticles(60)], [ukraineTopic, stressTopic]);
  await fake.start();
  const config = testConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.url });
  client = await loggedIn({ store, config, log }, TOKEN);
  slowClient = await loggedIn({ store, config, log, deferAfterMs: 0 }, SLOW_TOKEN);
});

afterAll(async () => {
  await Promise.allSettled(pending);
  await client?.destroy();
  await slowClient?.destroy();
  await fake.stop();
  await store.close();
  rmSync(store.dir, { recursive: true, force: true });
});

describe('gateway mode (discord.js interaction objects)', () => {
  it('/brief replies with the card embeds through discord.js', async () => {
    const i = command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]);
    await emit(client, i);
    const [cb] = callback(i);
    expect(cb.body.type).toBe(4);
    expect(JSON.stringify(cb.body.data.embeds)).toContain('Marco Rubio');
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedProblems(cb.body.data.embeds)).toEqual([]);
  });

  it('/who-said Peskov quotes him word for word', async () => {
    const i = command('who-said', [{ name: 'query', type: STRING, value: 'Peskov' }]);
    await emit(client, i);
    const [cb] = callback(i);
    const text = unescapeMd(JSON.stringify(cb.body.data.embeds));
    expect(text).toContain('“There are many nuances around the settlement that need to be worked out.”');
  });

  it('autocompletes and refuses /subscribe without Manage Channels, ephemerally', async () => {
    const a = autocomplete('brief', [{ name: 'topic', type: STRING, value: 'ukr', focused: true }]);
    await emit(client, a);
    expect(callback(a)[0].body.type).toBe(8);
    expect(callback(a)[0].body.data.choices[0].value).toBe('ukraine-talks');

    const s = command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], { permissions: '0' });
    await emit(client, s);
    expect(callback(s)[0].body).toMatchObject({ type: 4, data: { flags: 64, content: 'Only channel managers can use /subscribe.' } });

    const ok = command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], { permissions: MANAGE_CHANNELS });
    await emit(client, ok);
    expect(callback(ok)[0].body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(await store.listSubscriptions({ platform: 'discord', channel: IDS.channel })).toHaveLength(1);
  });

  it('pages with a button (update message)', async () => {
    const b = button('card_page:stress-talks:2');
    await emit(client, b);
    const [cb] = callback(b);
    expect(cb.body.type).toBe(7);
    expect(embedProblems(cb.body.data.embeds)).toEqual([]);
  });

  it('defers when slow, then edits the reply', async () => {
    const i = command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]);
    await emit(slowClient, i);
    expect(callback(i)[0].body.type).toBe(5);
    const edit = fake.calls.find((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${IDS.app}/${i.token}/messages/@original`);
    expect(JSON.stringify(edit?.body.embeds)).toContain('Marco Rubio');
  });
});
