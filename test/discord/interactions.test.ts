import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpServer } from '../../adapters/http-server.ts';
import { startDiscord } from '../../adapters/discord/index.ts';
import type { RunningAdapter } from '../../adapters/launch.ts';
import { embedProblems } from '../../adapters/discord/render/index.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticles, stressTopic } from '../fixtures/briefing/stress.ts';
import { FakeDiscord, IDS, MANAGE_CHANNELS, autocomplete, button, command, discordKeys, interaction, postInteraction, signed, unescapeMd } from '../helpers/fake-platforms.ts';
import { memoryLog, fixtureStore, testConfig } from './helpers.ts';

const keys = discordKeys();
const other = discordKeys();
const fake = new FakeDiscord();
const log = memoryLog();
let store: Awaited<ReturnType<typeof fixtureStore>>;
let http: HttpServer;
let adapter: RunningAdapter;
let base = '';

function post(body: unknown, headers?: Record<string, string>, at = base) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return postInteraction(`${at}/discord/interactions`, text, headers ?? signed(keys.privateKey, text));
}

const STRING = 3;
const INTEGER = 4;
const PESKOV_FAKES = 'a lot of fakes are being published at the moment';
const PESKOV_NUANCES = 'There are many nuances around the settlement that need to be worked out.';

beforeAll(async () => {
  store = await fixtureStore([...sampleArticles, ...stressArticles(80)], [ukraineTopic, stressTopic]);
  await fake.start();
  http = new HttpServer(log);
  const config = testConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.url });
  adapter = await startDiscord({ store, config, log, http });
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
});

afterAll(async () => {
  await http.close();
  await adapter.stop();
  await fake.stop();
  await store.close();
  rmSync(store.dir, { recursive: true, force: true });
});

describe('signature and request checks', () => {
  it('answers a signed PING with {"type":1}', async () => {
    const r = await post(interaction(1, undefined));
    expect(r.status).toBe(200);
    expect(r.raw).toBe('{"type":1}');
  });

  it('refuses a bad, missing, foreign or stale signature with 401 and runs nothing', async () => {
    const body = JSON.stringify(command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]));
    const before = { touched: store.touched, calls: fake.calls.length };
    const good = signed(keys.privateKey, body);
    const cases: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { ...good, 'x-signature-ed25519': good['x-signature-ed25519'].replace(/^./, (c) => (c === '0' ? '1' : '0')) },
      signed(other.privateKey, body),
      { ...good, 'x-signature-timestamp': String(Number(good['x-signature-timestamp']) + 1) },
      { ...good, 'x-signature-ed25519': 'zz' },
      signed(keys.privateKey, body, String(Math.floor(Date.now() / 1000) - 600)),
    ];
    for (const h of cases) expect((await post(body, h)).status).toBe(401);
    // The body was altered after signing.
    expect((await post(body.replace('ukraine-talks', 'ukraine-talkz'), good)).status).toBe(401);
    expect(store.touched).toBe(before.touched);
    expect(fake.calls.length).toBe(before.calls);
  });

  it('refuses oversized bodies (413), malformed JSON (400) and other methods', async () => {
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(300 * 1024) });
    expect((await post(big, signed(keys.privateKey, big))).status).toBe(413);
    expect((await post('{"type":1,', signed(keys.privateKey, '{"type":1,'))).status).toBe(400);
    expect((await post('{"hello":1}', signed(keys.privateKey, '{"hello":1}'))).status).toBe(400);
    expect((await fetch(`${base}/discord/interactions`)).status).toBe(405);
  });
});

describe('commands', () => {
  it('/brief ukraine-talks answers with the card as embeds (type 4), naming Marco Rubio', async () => {
    const r = await post(command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]));
    expect(r.status).toBe(200);
    expect(r.json.type).toBe(4);
    const { embeds, allowed_mentions, flags } = r.json.data;
    expect(embeds.length).toBeGreaterThan(0);
    expect(JSON.stringify(embeds)).toContain('Marco Rubio');
    expect(allowed_mentions).toEqual({ parse: [] });
    expect(flags ?? 0).toBe(0);
    expect(embedProblems(embeds)).toEqual([]);
  });

  it('/who-said Peskov gives his words verbatim, with speaker, role and source', async () => {
    const r = await post(command('who-said', [{ name: 'query', type: STRING, value: 'Peskov' }]));
    expect(r.json.type).toBe(4);
    const embeds = r.json.data.embeds as any[];
    const quoteEmbeds = embeds.filter((e) => e.author);
    const texts = quoteEmbeds.map((e) => unescapeMd(e.description));
    expect(texts.some((t) => t.includes(`“${PESKOV_FAKES}”`))).toBe(true);
    expect(texts.some((t) => t.includes(`“${PESKOV_NUANCES}”`))).toBe(true);
    for (const e of quoteEmbeds) expect(e.author.name).toMatch(/^Dmitry Peskov/);
    expect(quoteEmbeds.some((e) => e.author.name === 'Dmitry Peskov, Kremlin spokesman')).toBe(true);
    expect(quoteEmbeds.every((e) => e.title && /Source: /.test(e.footer?.text ?? ''))).toBe(true);
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedProblems(embeds)).toEqual([]);
  });

  it('/topics lists the topics; an unknown topic is a plain ephemeral sentence', async () => {
    const t = await post(command('topics'));
    expect(JSON.stringify(t.json.data.embeds)).toContain('ukraine-talks');
    const e = await post(command('brief', [{ name: 'topic', type: STRING, value: 'no-such-topic' }]));
    expect(e.json.type).toBe(4);
    expect(e.json.data.flags).toBe(64);
    expect(e.json.data.content).toMatch(/^Unknown topic "no-such-topic"\./);
    expect(e.json.data.content).not.toMatch(/at .*\.ts|Error:/);
  });

  it('refuses /subscribe to a member without Manage Channels, and in DMs', async () => {
    const opts = [{ name: 'topic', type: STRING, value: 'ukraine-talks' }];
    for (const r of [await post(command('subscribe', opts, { permissions: '2048' })), await post(command('subscribe', opts, { dm: true }))]) {
      expect(r.json.type).toBe(4);
      expect(r.json.data.flags).toBe(64);
      expect(r.json.data.content).toBe('Only channel managers can use /subscribe.');
    }
    expect(await store.listSubscriptions({ platform: 'discord' })).toEqual([]);
  });

  it('lets a channel manager /subscribe and /unsubscribe (answered privately)', async () => {
    const r = await post(
      command('subscribe', [
        { name: 'topic', type: STRING, value: 'ukraine-talks' },
        { name: 'time', type: STRING, value: '08:15' },
        { name: 'timezone', type: STRING, value: 'Europe/London' },
      ], { permissions: MANAGE_CHANNELS }),
    );
    expect(r.json.data.flags).toBe(64);
    expect(JSON.stringify(r.json.data.embeds)).toContain('08:15 (Europe/London)');
    const subs = await store.listSubscriptions({ platform: 'discord' });
    expect(subs).toMatchObject([{ workspace: IDS.guild, channel: IDS.channel, topics: ['ukraine-talks'], time: '08:15' }]);
    const u = await post(command('unsubscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], { permissions: String(8) /* Administrator */ }));
    expect(u.json.data.flags).toBe(64);
    expect(JSON.stringify(u.json.data.embeds)).toContain('no longer gets');
  });
});

describe('autocomplete and buttons', () => {
  it('autocompletes topics from the typed prefix (case and dashes forgiven)', async () => {
    for (const typed of ['ukr', 'UKR', 'ukraine talks', 'ukraine-t']) {
      const r = await post(autocomplete('brief', [{ name: 'topic', type: STRING, value: typed, focused: true }]));
      expect(r.json.type).toBe(8);
      expect(r.json.data.choices[0].value).toBe('ukraine-talks');
    }
    const all = await post(autocomplete('who-said', [{ name: 'query', type: STRING, value: 'x' }, { name: 'topic', type: STRING, value: '', focused: true }]));
    expect(all.json.data.choices.length).toBe(2);
    for (const c of all.json.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
    const none = await post(autocomplete('who-said', [{ name: 'query', type: STRING, value: 'Pes', focused: true }]));
    expect(none.json).toEqual({ type: 8, data: { choices: [] } });
  });

  it('pages a long card when its button is pressed (type 7 update)', async () => {
    const first = await post(command('brief', [{ name: 'topic', type: STRING, value: 'stress-talks' }]));
    const btn = first.json.data.components[0].components[0];
    expect(btn.custom_id).toBe('card_page:stress-talks:2');
    const r = await post(button(btn.custom_id));
    expect(r.json.type).toBe(7);
    const text = JSON.stringify(r.json.data.embeds);
    expect(text).toMatch(/2\/\d+|page 2 of/);
    expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    expect(embedProblems(r.json.data.embeds)).toEqual([]);
    const stale = await post(button('card_page:gone-topic:2'));
    expect(stale.json.type).toBe(4);
    expect(stale.json.data.flags).toBe(64);
  });

  it('keeps hostile article text inert and within Discord limits', async () => {
    for (const cmd of [
      command('brief', [{ name: 'topic', type: STRING, value: 'stress-talks' }]),
      command('brief', [{ name: 'topic', type: STRING, value: 'stress-talks' }, { name: 'page', type: INTEGER, value: 3 }]),
      command('who-said', [{ name: 'query', type: STRING, value: 'ceasefire' }]),
      command('who-said', [{ name: 'query', type: STRING, value: 'Kovalenko' }, { name: 'topic', type: STRING, value: 'stress-talks' }]),
    ]) {
      const r = await post(cmd);
      expect(r.json.type).toBe(4);
      expect(embedProblems(r.json.data.embeds ?? [])).toEqual([]);
      expect(r.raw).not.toMatch(/@everyone|@here/);
      expect(r.json.data.allowed_mentions).toEqual({ parse: [] });
    }
  });
});

describe('deferred answers', () => {
  let http2: HttpServer;
  let slow: RunningAdapter;
  let base2 = '';
  beforeAll(async () => {
    http2 = new HttpServer(log);
    const config = testConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: fake.url });
    // deferAfterMs 0: every command is treated as slow, so the type 5 + follow-up path runs.
    slow = await startDiscord({ store, config, log, http: http2 }, { deferAfterMs: 0 });
    base2 = `http://127.0.0.1:${await http2.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await http2.close();
    await slow.stop();
  });

  it('defers (type 5), then edits the original response through the REST base', async () => {
    const i = command('brief', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }]);
    const r = await post(i, undefined, base2);
    expect(r.json).toEqual({ type: 5 });
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${IDS.app}/${i.token}/messages/@original`);
    expect(JSON.stringify(edit.body.embeds)).toContain('Marco Rubio');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(edit.headers.authorization).toBeUndefined();
  });

  it('defers subscribe privately, and sends a late error privately, removing the public placeholder', async () => {
    const s = await post(command('subscribe', [{ name: 'topic', type: STRING, value: 'ukraine-talks' }], { permissions: MANAGE_CHANNELS }), undefined, base2);
    expect(s.json).toEqual({ type: 5, data: { flags: 64 } });
    const i = command('brief', [{ name: 'topic', type: STRING, value: 'nothing-like-it' }]);
    const r = await post(i, undefined, base2);
    expect(r.json).toEqual({ type: 5 });
    const follow = await fake.waitFor((c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${IDS.app}/${i.token}`);
    expect(follow.body.flags).toBe(64);
    expect(follow.body.content).toMatch(/^Unknown topic/);
    await fake.waitFor((c) => c.method === 'DELETE' && c.path === `/api/v10/webhooks/${IDS.app}/${i.token}/messages/@original`);
  });
});
