/**
 * Several gateway processes for large bots: `briefbot discord shards` runs discord.js's
 * ShardingManager, which starts `briefbot serve` once per shard (each child gets SHARDS and
 * SHARD_COUNT from the manager and connects only those shards). Use PostgreSQL (DATABASE_URL)
 * so every child shares one store and each digest is claimed by exactly one process.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';

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
  const total = config.DISCORD_SHARDS && config.DISCORD_SHARDS !== 'auto' ? Number(config.DISCORD_SHARDS) : 'auto';
  const manager = new ShardingManager(fileURLToPath(new URL('../../bin/briefbot.js', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards: total,
    shardArgs: ['serve'],
  });
  manager.on('shardCreate', (s) => log.info(`discord: started shard ${s.id}`));
  await manager.spawn();
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  for (const s of manager.shards.values()) s.kill();
  return 0;
}
