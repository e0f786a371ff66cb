/**
 * Discord sharding against a local fake gateway (test/helpers/fake-platforms.ts), network closed:
 * 1. in one process: startDiscord with DISCORD_SHARDS=2 connects shards 0 and 1 of 2 with our
 *    (unprivileged) intents, the client turns ready, and stop() closes both sockets normally;
 * 2. across processes: `node bin/briefbot.js discord shards` (discord.js's ShardingManager) with
 *    DISCORD_SHARDS=2 forks two `briefbot serve` children, each identifying exactly one shard; on
 *    SIGTERM the manager stops and both children exit. Which process owns which gateway socket is
 *    read from /proc (Linux), so "one shard per process" is checked, not inferred from logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { GatewayIntentBits, IntentsBitField } from 'discord.js';
import pg from 'pg';
import { startDiscord } from '../../adapters/discord/index.ts';
import { shardCount } from '../../adapters/discord/shard.ts';
import { HttpServer } from '../../adapters/http-server.ts';
import type { RunningAdapter } from '../../adapters/launch.ts';
import { FakeDiscord } from '../helpers/fake-platforms.ts';
import { fixtureStore, memoryLog, testConfig } from './helpers.ts';
import { PG_URL, dropSchema, freshSchema, postgresStatus } from '../helpers/postgres.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.shard.fake-discord-bot-token';
const OUR_INTENTS = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
const PRIVILEGED = GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

describe('in-process shards (DISCORD_SHARDS=2)', () => {
  const fake = new FakeDiscord({ shards: 1 });
  const log = memoryLog();
  let store: Awaited<ReturnType<typeof fixtureStore>>;
  let running: RunningAdapter | null = null;

  beforeAll(async () => {
    await fake.start();
    store = await fixtureStore([], []);
  });
  afterAll(async () => {
    await running?.stop().catch(() => undefined);
    await fake.stop();
    await store.close();
    rmSync(store.dir, { recursive: true, force: true });
  });

  it('identifies shard [0,2] and [1,2] with Guilds, GuildMessages and DirectMessages only, turns ready, and stops cleanly', async () => {
    const config = testConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.url, DISCORD_SHARDS: '2' });
    const http = new HttpServer(log);
    // startDiscord resolves after login, which waits for every shard's READY.
    running = await startDiscord({ store, config, log, http });
    await fake.until('client ready', () => log.lines.some((l) => l.startsWith('info discord: logged in as briefbot')));

    const ids = fake.identifies;
    expect(ids.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const i of ids) {
      expect(i.intents).toBe(OUR_INTENTS);
      expect(i.intents & PRIVILEGED).toBe(0);
      expect(new IntentsBitField(i.intents).toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
      expect(i.token).toBe(TOKEN);
      expect(i.compress).toBe(false);
      expect(new URLSearchParams(i.query).get('v')).toBe('10');
      expect(new URLSearchParams(i.query).get('encoding')).toBe('json');
      expect(new URLSearchParams(i.query).has('compress')).toBe(false);
    }
    // DISCORD_SHARDS=2 is taken as given: the recommended count (1 here) does not override it.
    expect(fake.calls.filter((r) => r.path === '/api/v10/gateway/bot').length).toBeGreaterThanOrEqual(1);
    expect(fake.calls.every((r) => r.auth === `Bot ${TOKEN}`)).toBe(true);
    expect(fake.unknown).toEqual([]);
    expect(http.routes.size).toBe(0); // gateway mode takes no HTTP route

    // Heartbeats are answered (interval 1 s in the fake; the first one comes after a random jitter).
    await fake.until('a heartbeat on each shard', () => fake.connections.every((c) => c.heartbeats >= 1), 5000);

    await running.stop();
    running = null;
    await fake.until('both sockets closed', () => fake.connections.every((c) => c.closed !== null), 5000);
    expect(fake.connections.map((c) => c.closed?.code)).toEqual([1000, 1000]);
    expect(log.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
  });
});

describe('shard count "auto" goes through DISCORD_API_URL', () => {
  const fake = new FakeDiscord({ shards: 3 });
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('in one process: the client asks the fake and connects the 3 recommended shards', async () => {
    const log = memoryLog();
    const store = await fixtureStore([], []);
    const running = await startDiscord({ store, config: testConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.url, DISCORD_SHARDS: 'auto' }), log, http: new HttpServer(log) });
    try {
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
      ]);
    } finally {
      await running.stop();
      await store.close();
      rmSync(store.dir, { recursive: true, force: true });
    }
  });

  it('for the ShardingManager: shardCount() reads GET /gateway/bot from DISCORD_API_URL, or takes the number as given', async () => {
    const before = fake.calls.length;
    expect(await shardCount({ DISCORD_SHARDS: 'auto', DISCORD_API_URL: fake.url }, TOKEN)).toBe(3);
    expect(await shardCount({ DISCORD_SHARDS: undefined, DISCORD_API_URL: fake.url }, TOKEN)).toBe(3);
    expect(fake.calls.slice(before).map((r) => `${r.method} ${r.path} ${r.auth}`)).toEqual([
      `GET /api/v10/gateway/bot Bot ${TOKEN}`,
      `GET /api/v10/gateway/bot Bot ${TOKEN}`,
    ]);
    expect(await shardCount({ DISCORD_SHARDS: '4', DISCORD_API_URL: fake.url }, TOKEN)).toBe(4);
    expect(fake.calls.length).toBe(before + 2);
  });
});

/** The pid (among `pids`) holding the local end 127.0.0.1:`port` of a TCP connection, from /proc. */
function socketOwner(port: number, pids: number[]): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[1].endsWith(`:${hex}`)) inodes.add(cols[9]);
    }
  }
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return pid;
      } catch {
        /* fd closed meanwhile */
      }
    }
  }
  return null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pgOk = (await postgresStatus()).ok;
const procOk = (() => {
  try {
    return readFileSync('/proc/net/tcp', 'utf8').length > 0;
  } catch {
    return false;
  }
})();

describe(`\`briefbot discord shards\` (ShardingManager, one process per shard, store: ${pgOk ? 'PostgreSQL schema' : 'SQLite file'})`, () => {
  const fake = new FakeDiscord({ shards: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-shards-'));
  const schema = freshSchema('bb_shards');
  const logs: string[] = [];
  let manager: ChildProcess | null = null;
  const childPids = new Map<number, number>(); // shard id -> pid

  beforeAll(async () => {
    await fake.start();
    if (pgOk) {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`CREATE SCHEMA ${schema}`);
      await c.end();
    }
  });

  afterAll(async () => {
    if (manager && manager.exitCode === null && manager.signalCode === null) {
      manager.kill('SIGKILL');
      await once(manager, 'exit');
    }
    for (const pid of childPids.values()) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await fake.stop();
    if (pgOk) await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  async function waitForLog(what: string, re: RegExp, count: number, ms: number) {
    const end = Date.now() + ms;
    while (logs.filter((l) => re.test(l)).length < count) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${logs.slice(-30).join('\n')}\n${fake.describe()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('forks two `serve` children, each identifying one shard ([0,2] and [1,2]); SIGTERM stops the manager and both children', async () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.url,
      DISCORD_SHARDS: '2',
      BRIEFINGS_DIR: './briefings',
      SEEDS_DIR: join(dir, 'no-seeds'), // sharding is under test, not ingest: skip the seeds
      DEFAULT_TIMEZONE: 'UTC',
      PORT: '0',
      LOG_LEVEL: 'info',
      ...(pgOk ? { DATABASE_URL: `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` } : { BRIEFBOT_DB: join(dir, 'briefbot.db') }),
    };
    const m = spawn(process.execPath, ['bin/briefbot.js', 'discord', 'shards'], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    manager = m;
    // Shard children are forked with the manager's stdio, so their lines arrive here too.
    // Whole lines (a chunk may end mid-line).
    for (const input of [m.stdout!, m.stderr!]) createInterface({ input }).on('line', (l) => l && logs.push(l));

    // The manager waits 5.5 s between shards (discord.js's default spawn delay).
    await waitForLog('both shards ready', /INFO discord: all 2 shard\(s\) ready/, 1, 45_000);
    for (const l of logs) {
      const r = /discord: shard (\d+) of 2 runs in process (\d+)/.exec(l);
      if (r) childPids.set(Number(r[1]), Number(r[2]));
    }
    expect([...childPids.keys()].sort()).toEqual([0, 1]);
    const [pid0, pid1] = [childPids.get(0)!, childPids.get(1)!];
    expect(new Set([pid0, pid1, m.pid]).size).toBe(3);

    // Exactly two gateway connections, one IDENTIFY each: [0,2] and [1,2], our intents, no compression.
    expect(fake.connections).toHaveLength(2);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const i of fake.identifies) {
      expect(i.intents).toBe(OUR_INTENTS);
      expect(new URLSearchParams(i.query).has('compress')).toBe(false);
    }
    // The shard count came from DISCORD_SHARDS: each child asked only for the gateway URL, and the
    // manager never asked discord.com (the network is closed; it would have failed).
    expect(fake.unknown).toEqual([]);
    expect(fake.calls.filter((r) => r.path === '/api/v10/gateway/bot')).toHaveLength(2);

    // Each shard's socket belongs to the child the manager started for that shard.
    if (procOk) {
      for (const i of fake.identifies) expect(socketOwner(i.remotePort, [pid0, pid1, m.pid!])).toBe(childPids.get(i.shard[0]));
    }

    m.kill('SIGTERM');
    // 'close', not 'exit': the children's last lines may still be in the pipe when the manager exits.
    const [code] = (await Promise.race([once(m, 'close'), new Promise((_, rej) => setTimeout(() => rej(new Error(`manager did not exit\n${logs.slice(-20).join('\n')}`)), 20_000))])) as [number | null];
    expect(code).toBe(0);
    // The manager returns only after both children have exited (they are its children: reaped).
    expect(alive(pid0)).toBe(false);
    expect(alive(pid1)).toBe(false);
    expect(logs.filter((l) => /SIGTERM: finishing in-flight replies and posts, then exiting/.test(l))).toHaveLength(2);
    await fake.until('both sockets closed', () => fake.connections.every((c) => c.closed !== null), 5000);
    expect(fake.connections.map((c) => c.closed?.code)).toEqual([1000, 1000]);
    expect(logs.filter((l) => / (ERROR|WARN) /.test(l) && !/use DATABASE_URL/.test(l))).toEqual([]);
  }, 60_000);
});
