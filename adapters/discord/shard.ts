/**
 * Several gateway processes for large bots: `briefbot discord shards` runs discord.js's
 * ShardingManager, which starts `briefbot serve` once per shard (each child gets SHARDS and
 * SHARD_COUNT from the manager and connects only those shards). Use PostgreSQL (DATABASE_URL)
 * so every child shares one store and each digest is claimed by exactly one process.
 *
 * Two things discord.js does not do for us (tried against the fake Discord gateway in test/helpers/fake-platforms.ts):
 * - with `totalShards: 'auto'` the manager asks https://discord.com/api directly, ignoring
 *   DISCORD_API_URL, so we ask `GET /gateway/bot` through our REST settings and pass the number;
 * - on SIGTERM/SIGINT the manager stops respawning, signals every child and waits for each to
 *   exit (SIGKILL after a grace period) before it returns. The child side unrefs its IPC channel (gateway.ts) so it
 *   can exit once `serve` has shut down.
 */
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { ShardingManager, type Shard } from 'discord.js';
import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { restOptions } from './settings.ts';

/** How long a shard process may take to finish in-flight work after SIGTERM before SIGKILL. */
export const SHARD_STOP_GRACE_MS = 15_000;

/** DISCORD_SHARDS as a number: as given, or Discord's recommendation (through DISCORD_API_URL) for "auto"/unset. */
export async function shardCount(config: Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_API_URL'>, token: string): Promise<number> {
  if (config.DISCORD_SHARDS && config.DISCORD_SHARDS !== 'auto') return Number(config.DISCORD_SHARDS);
  const rest = new REST({ ...restOptions(config), retries: 2 }).setToken(token);
  try {
    const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, info.shards);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

export async function runShards(config: Config, log: Logger): Promise<number> {
  if (!config.DISCORD_TOKEN) {
    log.error('discord shards: DISCORD_TOKEN is not set');
    return 2;
  }
  if (config.DISCORD_PUBLIC_KEY) {
    log.error('discord shards: sharding is for gateway mode; unset DISCORD_PUBLIC_KEY (HTTP interactions need no gateway)');
    return 2;
  }
  if (!config.DATABASE_URL) log.warn('discord shards: each shard process opens the store; use DATABASE_URL (PostgreSQL) so they share it');

  // Listen for the stop signal from the start: a SIGTERM while shards are still spawning must not
  // kill the manager and orphan the children already started.
  let stopping = false;
  const stopped = new Promise<string>((resolve) => {
    const on = (sig: string) => {
      stopping = true;
      resolve(sig);
    };
    process.once('SIGTERM', () => on('SIGTERM'));
    process.once('SIGINT', () => on('SIGINT'));
  });

  let total: number;
  try {
    total = await shardCount(config, config.DISCORD_TOKEN);
  } catch (e) {
    log.error('discord shards: could not get the recommended shard count (GET /gateway/bot); set DISCORD_SHARDS to a number', e);
    return 1;
  }
  // bin/briefbot.js at the package root, whether this module runs from adapters/ or from dist/adapters/.
  const bin = new URL(import.meta.url.includes('/dist/adapters/') ? '../../../bin/briefbot.js' : '../../bin/briefbot.js', import.meta.url);
  const manager = new ShardingManager(fileURLToPath(bin), {
    token: config.DISCORD_TOKEN,
    totalShards: total,
    shardArgs: ['serve'],
  });
  const children = new Set<ChildProcess>();
  manager.on('shardCreate', (s: Shard) => {
    log.info(`discord: starting shard ${s.id} of ${total}`);
    s.on('spawn', (child) => {
      const p = child as ChildProcess; // mode 'process' (the default): a forked child, not a worker
      children.add(p);
      p.once('exit', () => children.delete(p));
      log.info(`discord: shard ${s.id} of ${total} runs in process ${p.pid}`);
      if (stopping) p.kill('SIGTERM'); // started while stopping (the manager was between two shards)
    });
    s.on('death', (p) => {
      if (!stopping) log.warn(`discord: shard ${s.id} process ${(p as ChildProcess).pid} exited (code ${(p as ChildProcess).exitCode}); the manager respawns it`);
    });
  });

  let code = 0;
  const spawned = manager.spawn().then(
    () => log.info(`discord: all ${total} shard(s) ready`),
    (e) => {
      if (stopping) return;
      log.error('discord shards: a shard did not start', e);
      code = 1;
    },
  );
  const sig = await Promise.race([stopped, spawned.then(() => (code ? 'error' : stopped))]);
  stopping = true;
  if (sig !== 'error') log.info(`${sig}: stopping ${children.size} shard process(es)`);

  // Stop every child without respawning it (SIGTERM: `serve` finishes in-flight work and exits),
  // let a spawn in progress settle (a dying shard rejects it), then wait for every child to exit.
  manager.respawn = false;
  for (const p of children) p.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const p of children) {
      log.warn(`discord: shard process ${p.pid} did not exit within ${SHARD_STOP_GRACE_MS} ms; killing it`);
      p.kill('SIGKILL');
    }
  }, SHARD_STOP_GRACE_MS);
  await spawned;
  while (children.size) await Promise.race([...children].map((p) => once(p, 'exit')));
  clearTimeout(deadline);
  return code;
}
