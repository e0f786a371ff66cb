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
import { WorkPool, defaultWorkerThreads } from '../src/app/work/pool.ts';
import { workerStoreConfig } from '../src/app/work/worker-store.ts';
import { warmCards } from '../src/commands/warm.ts';
import { runConsole } from './console/console.ts';
import { HttpServer } from './http-server.ts';
import { enableMetrics } from '../src/metrics.ts';
import { cronProblem, fileClock } from '../src/schedule/clock.ts';

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
  /** Where GET /metrics is served (METRICS=true): METRICS_PORT's server, else PORT's; null when off. */
  metricsPort?: number | null;
  adapters: Record<string, RunningAdapter>;
  /** Settles once the start's background work is done: stale stories kept, each topic's first card page built. */
  warmed: Promise<void>;
  /** Stop within `budgetMs` whatever the store does: in-flight work is finished, or abandoned at the deadline. */
  shutdown(budgetMs?: number): Promise<void>;
}

/** SIGTERM to exit: everything is finished or abandoned within this, well inside the usual 10 s grace period. */
export const SHUTDOWN_BUDGET_MS = 8000;
/** Past this after the signal, the process exits whatever is still running. */
const HARD_EXIT_MS = 9500;

/** Resolve true when `p` settles within `ms`, false when it does not. */
function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([p.then(() => true, () => true), new Promise<boolean>((r) => (t = setTimeout(() => r(false), Math.max(0, ms))))]).finally(() => clearTimeout(t));
}

/** What the caller may set besides the settings (tests): the digest engine's clock and wake-up schedule. */
export interface StartOptions {
  /** "Now" for the digest engine; default the real clock (or BRIEFBOT_TEST_CLOCK_FILE's, tests only). */
  digestClock?: () => Date;
  /** node-cron expression waking the digest engine; default DIGEST_CRON. */
  digestCron?: string;
}

/** Start everything the settings ask for (not the console). Used by `serve` and by tests. */
export async function startBot(config: Config, log: Logger, opts: StartOptions = {}): Promise<Running> {
  // Checked before anything starts: a bad schedule or test clock file stops the start with one clear line.
  const digestCron = opts.digestCron ?? config.DIGEST_CRON;
  const cronError = cronProblem(digestCron);
  if (cronError) throw new Error(`digest schedule ${cronError}`);
  const digestClock = opts.digestClock ?? (config.BRIEFBOT_TEST_CLOCK_FILE ? fileClock(config.BRIEFBOT_TEST_CLOCK_FILE) : undefined);
  if (config.METRICS) enableMetrics(); // before boot: the store is timed and the seeds' ingest counted
  const { store } = await boot(config, log);
  // Heavy work (cards, who-said answers, reading and extracting articles) on worker threads with
  // their own store connections: the main thread only answers the network. WORKER_THREADS=N threads
  // (unset: 2, 1 on a single core; 0: everything on the main thread); a worker's store calls and
  // ingest counts come back with each answer into this process's /metrics.
  const threads = config.WORKER_THREADS ?? defaultWorkerThreads();
  const storeForWorkers = threads > 0 ? workerStoreConfig(store, { metrics: config.METRICS }) : null;
  const pool = storeForWorkers ? new WorkPool(storeForWorkers, { threads }) : null;
  if (pool) attachOffThread(store, pool);
  // /readyz: 503 while the store does not answer a cheap probe within 2 s.
  const http = new HttpServer(log, () => store.ping(2000));
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
  if (config.WEB_SECRET || config.WEB_PUBLIC) {
    const { startWeb } = await import('./web/index.ts');
    adapters.web = startWeb(ctx);
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
  // --- metrics (METRICS=true): GET /metrics on PORT, or on METRICS_PORT ---
  let metricsPort: number | null = null;
  if (config.METRICS) {
    const { startMetrics } = await import('./metrics-route.ts');
    const m = await startMetrics(ctx);
    metricsPort = m.port;
    adapters.metrics = m;
  }
  // --- end metrics ---
  const port = http.routes.size ? await http.listen(config.PORT) : null;
  if (config.METRICS && metricsPort === null) metricsPort = port;
  // The event loop's longest stall while serving, logged at shutdown (npm run soak reads it), and
  // once the first cards are built (then counted again from zero).
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // Cards are warmed after the port opens, in the background (on the worker threads): a request
  // for a card not warmed yet builds it itself.
  const stopWarming = new AbortController();
  const warming = port !== null ? warmCards(store, config, log, { signal: stopWarming.signal }).catch((e) => log.warn('warming cards failed', e)) : Promise.resolve();
  // The start-up stalls (the first cards) logged apart, so the shutdown's figure is the serving's.
  void warming.then(() => {
    log.info(`event loop: max delay ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms until the first cards were built`);
    loop.reset();
  });
  // --- digests (src/schedule): the engine posts through the adapters that can post; the store decides what is due ---
  {
    const { DigestEngine, syncDefaultDigests } = await import('../src/schedule/index.ts');
    const added = await syncDefaultDigests(store, await store.listTopics(), config.DEFAULT_TIMEZONE);
    if (added) log.info(`digests: added ${added} default digest subscription(s) declared by briefing files`);
    const posters = { slack: adapters.slack?.postDigest, discord: adapters.discord?.postDigest };
    if (posters.slack || posters.discord) {
      const engine = new DigestEngine({ store, posters, log, clock: digestClock, maxLateHours: config.DIGEST_MAX_LATE_HOURS }).start({ cron: digestCron });
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
    metricsPort,
    adapters,
    warmed: warming.then(() => undefined),
    async shutdown(budgetMs = SHUTDOWN_BUDGET_MS) {
      const end = Date.now() + budgetMs;
      const left = () => Math.max(0, end - Date.now());
      stopWarming.abort();
      // Requests being received and answered first (keeping time for the rest), then background work.
      await http.close(Math.max(0, left() - 3000));
      const stops = Object.entries(adapters).map(([name, a]) => a.stop().catch((e) => log.error(`stopping ${name} failed`, e)));
      const background = Promise.all([...stops, warming]);
      if (!(await settlesWithin(background, left() - 1500))) {
        log.warn(
          `shutdown: work still in flight after ${Math.round(budgetMs / 1000)} s (is the store answering?); abandoning it. ` +
            'A digest left claimed is expired after its lease and recorded as failed, never posted twice.',
        );
      }
      loop.disable();
      log.info(`event loop: max delay ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms while serving`);
      attachOffThread(store, null);
      if (pool) await settlesWithin(pool.close(), Math.max(0, left() - 1000));
      await store.close(Math.max(200, left()));
    },
  };
}

export function platformsConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY || config.WEB_SECRET || config.WEB_PUBLIC);
}

export async function serve(config: Config, log: Logger): Promise<number> {
  if (!platformsConfigured(config)) {
    const { store } = await boot(config, log);
    await runConsole({ store, config, log });
    await store.close();
    return 0;
  }
  // Listened for before the bot starts: a signal while it starts (a shard's gateway can be ready
  // before the rest) would otherwise end the process at once, with nothing finished or logged.
  let stop = (_sig: string) => {};
  const signalled = new Promise<string>((resolve) => (stop = resolve));
  const onSignal = (sig: string) => {
    log.info(`${sig}: finishing in-flight replies and posts, then exiting`);
    setTimeout(() => {
      log.error(`${sig}: shutdown still not done after ${HARD_EXIT_MS / 1000} s; exiting now`);
      process.exit(1);
    }, HARD_EXIT_MS).unref();
    stop(sig);
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  const running = await startBot(config, log);
  await signalled;
  await new Promise<void>((resolve) => running.shutdown().finally(resolve));
  // A socket to a server that stopped answering must not keep the process alive after the shutdown.
  setTimeout(() => process.exit(), 500).unref();
  return 0;
}
