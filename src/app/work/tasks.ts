import { workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import type { Article } from '../../articles/article.ts';
import { readOne } from '../../articles/index.ts';
import { ArticleReadError } from '../../articles/read-error.ts';
import { describeError } from '../../articles/describe-error.ts';
import type { Topic } from '../../briefing/topic.ts';
import { buildCard } from '../../briefing/build/index.ts';
import { ask } from '../../briefing/ask.ts';
import { UserError } from '../../commands/command.ts';
import { readFetched } from '../../sources/poll-url.ts';
import type { Store } from '../../store/store.ts';
import { SqliteStore } from '../../store/sqlite.ts';
import { ingestArticle } from '../ingest.ts';

/** What a worker is given at start: how to open the store (the main thread has migrated it). */
export type WorkerStoreConfig = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string };

/** The heavy work done off the main thread; each task is plain data in, plain data out. */
export type Task =
  | { kind: 'card'; topic: Topic; since: string | null; page?: number; now: string; limit: number }
  | { kind: 'ask'; query: string; topic?: string; since?: string }
  | { kind: 'ingest'; article: Article; topics: Topic[]; now: string }
  | { kind: 'read'; file: string }
  | { kind: 'fetched'; body: Uint8Array; contentType?: string; url: string };

/** A task's answer; a UserError crosses the thread boundary as `userError` (an Error would lose its class). */
export type TaskResult = { ok: unknown } | { userError: string };

// A worker thread runs at a lower priority than the main thread (on Linux a nice value is per
// thread): when the machine is busy, acknowledgements and health checks get the CPU first.
try {
  setPriority(0, 10);
} catch {
  /* not permitted here: same priority */
}

let opened: Promise<Store> | undefined;
function store(): Promise<Store> {
  opened ??= (async () => {
    const cfg = workerData as WorkerStoreConfig;
    if (cfg.engine === 'postgres') {
      const { PostgresStore } = await import('../../store/postgres.ts');
      return new PostgresStore(cfg.url, { schema: cfg.schema, max: 2 });
    }
    return new SqliteStore(cfg.file);
  })();
  return opened;
}

async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'card': {
      // `since` is about news (when it was published), not when it was stored: the card filters.
      const articles = await (await store()).listArticles({ topic: task.topic.id, limit: task.limit });
      return buildCard({ topic: task.topic, articles, now: task.now, since: task.since, page: task.page });
    }
    case 'ask':
      return ask(await store(), task.query, { topic: task.topic, since: task.since });
    case 'ingest':
      return ingestArticle(await store(), task.article, task.topics, { now: new Date(task.now) });
    case 'read':
      try {
        return await readOne(task.file);
      } catch (e) {
        return { error: e instanceof ArticleReadError ? e.reason : describeError(e) };
      }
    case 'fetched':
      return readFetched(task.body, task.contentType, task.url);
  }
}

export async function runTask(task: Task): Promise<TaskResult> {
  try {
    return { ok: await run(task) };
  } catch (e) {
    if (e instanceof UserError) return { userError: e.message };
    throw e;
  }
}

/** The worker's entry point when it runs compiled (dist/): piscina calls the default export. */
export default runTask;
