/**
 * Composition root for `briefbot serve`: boots the core, then starts each adapter whose settings
 * are present (Slack and Discord may run together in one process), or the console when none is.
 * Adapters never import each other; only this file knows them all.
 */
import type { Config } from '../src/config.ts';
import type { Logger } from '../src/log.ts';
import type { Store } from '../src/store/store.ts';
import type { DigestPoster } from '../src/schedule/digest.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { boot } from '../src/app/boot.ts';
import { attachOffThread } from '../src/app/off-thread.ts';
import { WorkPool, workerStoreConfig } from '../src/app/work/pool.ts';
import { warmCards } from '../src/commands/warm.ts';
import { runConsole } from './console/console.ts';
import { HttpServer } from './http-server.ts';

/** What an adapter gets to start with, and what it hands back. */
export interface AdapterContext {
  store: Store;
  config: Config;
  log: Logger;
  http: HttpServer;
}
export interface RunningAdapter {
  /** Posts digests for this platform's subscriptions. */
  postDigest?: DigestPoster;
  stop(): Promise<void>;
}

export interface Running {
  store: Store;
  http: HttpServer;
  port: number | null;
  adapters: Record<string, RunningAdapter>;
  shutdown(): Promise<void>;
}

/** Start everything the settings ask for (not the console). Used by `serve` and by tests. */
export async function startBot(config: Config, log: Logger): Promise<Running> {
  const { store } = await boot(config, log);
  // Heavy work (cards, who-said answers, reading and extracting articles) on worker threads with
  // their own store connections: the main thread only answers the network.
  const storeForWorkers = config.WORKER_THREADS === 0 ? null : workerStoreConfig(store);
  const pool = storeForWorkers ? new WorkPool(storeForWorkers, { threads: config.WORKER_THREADS }) : null;
  if (pool) attachOffThread(store, pool);
  const http = new HttpServer(log);
  const ctx: AdapterContext = { store, config, log, http };
  const adapters: Record<string, RunningAdapter> = {};
  // --- adapters (each block owned by its adapter) ---
  if (config.SLACK_BOT_TOKEN) {
    const { startSlack } = await import('./slack/index.ts');
    adapters.slack = await startSlack(ctx);
  }
  if (config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY) {
    const { startDiscord } = await import('./discord/index.ts');
    adapters.discord = await startDiscord(ctx);
  }
  // --- end adapters ---
  // --- sources (src/sources): poll feeds, pages and folders that are due; stopped with the adapters ---
  {
    const { pollerFromConfig } = await import('../src/sources/from-config.ts');
    const poller = pollerFromConfig(store, config, log);
    poller.start();
    adapters.sources = { stop: () => poller.stop() };
  }
  // --- end sources ---
  const port = http.routes.size ? await http.listen(config.PORT) : null;
  // The event loop's longest stall while serving, logged at shutdown (npm run soak reads it).
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // Cards are warmed after the port opens, in the background (on the worker threads): a request
  // for a card not warmed yet builds it itself.
  const stopWarming = new AbortController();
  const warming = port !== null ? warmCards(store, config, log, { signal: stopWarming.signal }).catch((e) => log.warn('warming cards failed', e)) : Promise.resolve();
  // --- digests (src/schedule): the engine posts through the adapters that can post; the store decides what is due ---
  {
    const { DigestEngine, syncDefaultDigests } = await import('../src/schedule/index.ts');
    const added = await syncDefaultDigests(store, await store.listTopics(), config.DEFAULT_TIMEZONE);
    if (added) log.info(`digests: added ${added} default digest subscription(s) declared by briefing files`);
    const posters = { slack: adapters.slack?.postDigest, discord: adapters.discord?.postDigest };
    if (posters.slack || posters.discord) {
      const engine = new DigestEngine({ store, posters, log, maxLateHours: config.DIGEST_MAX_LATE_HOURS }).start();
      // Stop waking and let an in-flight post finish before any adapter stops.
      for (const a of Object.values(adapters)) {
        const stop = a.stop.bind(a);
        a.stop = async () => {
          await engine.stop();
          await stop();
        };
      }
      adapters.digests = { stop: () => engine.stop() };
    }
  }
  // --- end digests ---
  return {
    store,
    http,
    port,
    adapters,
    async shutdown() {
      stopWarming.abort();
      await http.close();
      for (const [name, a] of Object.entries(adapters)) await a.stop().catch((e) => log.error(`stopping ${name} failed`, e));
      loop.disable();
      log.info(`event loop: max delay ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms while serving`);
      await warming;
      attachOffThread(store, null);
      await pool?.close();
      await store.close();
    },
  };
}

export function platformsConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY);
}

export async function serve(config: Config, log: Logger): Promise<number> {
  if (!platformsConfigured(config)) {
    const { store } = await boot(config, log);
    await runConsole({ store, config, log });
    await store.close();
    return 0;
  }
  const running = await startBot(config, log);
  await new Promise<void>((resolve) => {
    const onSignal = (sig: string) => {
      log.info(`${sig}: finishing in-flight replies and posts, then exiting`);
      running.shutdown().finally(resolve);
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  return 0;
}
