import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article } from '../../articles/article.ts';
import type { BriefingCard } from '../../briefing/card.ts';
import type { Topic } from '../../briefing/topic.ts';
import type { WhoSaidResult } from '../../briefing/who-said.ts';
import { UserError } from '../../commands/command.ts';
import type { OffThread } from '../off-thread.ts';
import type { PollOutcome } from '../../sources/poll-url.ts';
import type { Task, TaskResult } from './tasks.ts';
import type { WorkerStoreConfig } from './worker-store.ts';
import { replayRecorded } from '../../metrics.ts';

/**
 * A worker's module: the compiled tasks beside this file when the bot runs from dist/ (no
 * transpiler), else entry.mjs, which loads the TypeScript sources through tsx (tests, benchmarks).
 */
const ENTRY = import.meta.url.endsWith('.js') ? new URL('./tasks.js', import.meta.url).href : new URL('./entry.mjs', import.meta.url).href;

/**
 * Threads of a pool when none is said: 2 (1 on a single core). The main thread keeps only the
 * network; two workers let a slow answer not hold up the next one, and leave a core for the
 * acknowledgements on a small machine.
 */
export function defaultWorkerThreads(): number {
  return availableParallelism() > 1 ? 2 : 1;
}

/**
 * A pool of worker threads, each with its own connection to the store, for the work that may take
 * longer than a few milliseconds: building a card, answering a who-said question, reading an
 * article file or a fetched page, extracting and storing an article. The main thread keeps only
 * the network (acknowledgements, replies, health checks), so it never waits behind a large article.
 */
export class WorkPool implements OffThread {
  private pool: Piscina;

  constructor(
    readonly storeConfig: WorkerStoreConfig,
    opts: { threads?: number; idleTimeoutMs?: number } = {},
  ) {
    const threads = opts.threads ?? defaultWorkerThreads();
    this.pool = new Piscina({
      filename: ENTRY,
      workerData: storeConfig,
      // Started at once (loading the sources takes a moment), kept while the bot runs.
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: opts.idleTimeoutMs ?? 3600_000,
      // Every task is awaited by a caller: queue rather than refuse.
      maxQueue: Infinity,
    });
  }

  get threads(): number {
    return this.pool.options.maxThreads;
  }

  /** Background tasks running on the threads, and those waiting for one of theirs. */
  private background = { running: 0, waiting: [] as (() => void)[] };

  private async run<T>(task: Task, transfer?: ArrayBuffer[]): Promise<T> {
    const r = (await this.pool.run(task, transfer ? { transferList: transfer } : undefined)) as TaskResult;
    replayRecorded(r.metrics);
    if ('userError' in r) throw new UserError(r.userError);
    return r.ok as T;
  }

  /**
   * Work no one is waiting on in chat (storing an article, reading a file or a fetched page,
   * keeping stories) runs on all threads but one (one of one), so a card or an answer never
   * queues behind a large article's extraction: one thread is always left for requests.
   */
  private async inBackground<T>(task: Task, transfer?: ArrayBuffer[]): Promise<T> {
    const slots = Math.max(1, this.threads - 1);
    if (this.background.running >= slots) await new Promise<void>((r) => this.background.waiting.push(r));
    else this.background.running++;
    try {
      return await this.run<T>(task, transfer);
    } finally {
      // The slot passes to the next waiting task, or is freed.
      const next = this.background.waiting.shift();
      if (next) next();
      else this.background.running--;
    }
  }

  card(args: { topic: Topic; since: string | null; page?: number; now: string }): Promise<BriefingCard> {
    return this.run({ kind: 'card', ...args });
  }

  keepStories(topics: Topic[]): Promise<number> {
    return this.inBackground({ kind: 'stories', topics });
  }

  ask(args: { query: string; topic?: string; since?: string }): Promise<WhoSaidResult> {
    return this.run({ kind: 'ask', ...args });
  }

  ingest(article: Article, topics: Topic[], now: Date): Promise<{ inserted: boolean; topics: string[]; duplicateOf?: string }> {
    return this.inBackground({ kind: 'ingest', article, topics, now: now.toISOString() });
  }

  read(file: string): Promise<{ articles: Article[]; itemErrors: string[] } | { error: string }> {
    return this.inBackground({ kind: 'read', file });
  }

  fetched(body: Uint8Array, contentType: string | undefined, url: string): Promise<Omit<PollOutcome, 'etag' | 'lastModified'>> {
    return this.inBackground({ kind: 'fetched', body, contentType, url });
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
