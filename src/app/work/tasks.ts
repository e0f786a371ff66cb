import { workerData } from 'node:worker_threads';
import { getPriority, setPriority } from 'node:os';
import type { Article } from '../../articles/article.ts';
import { readOne } from '../../articles/index.ts';
import { ArticleReadError } from '../../articles/read-error.ts';
import { describeError } from '../../articles/describe-error.ts';
import type { Topic } from '../../briefing/topic.ts';
import { cardFromStory } from '../../briefing/build/build-card.ts';
import { ask } from '../../briefing/ask.ts';
import { UserError } from '../../commands/command.ts';
import { readFetched } from '../../sources/poll-url.ts';
import type { Store } from '../../store/store.ts';
import { recordForMainThread, takeRecorded, type Recorded } from '../../metrics.ts';
import { ingestArticle } from '../ingest.ts';
import { keepStories, readStory } from '../stories.ts';
import { openWorkerStore, type WorkerStoreConfig } from './worker-store.ts';

/** The heavy work done off the main thread; each task is plain data in, plain data out. */
export type Task =
  | { kind: 'card'; topic: Topic; since: string | null; page?: number; now: string }
  | { kind: 'stories'; topics: Topic[] }
  | { kind: 'ask'; query: string; topic?: string; since?: string }
  | { kind: 'ingest'; article: Article; topics: Topic[]; now: string }
  | { kind: 'read'; file: string }
  | { kind: 'fetched'; body: Uint8Array; contentType?: string; url: string };

/**
 * A task's answer; a UserError crosses the thread boundary as `userError` (an Error would lose its
 * class). `metrics`: what the task recorded (store calls, ingest counts), for the main thread's /metrics.
 */
export type TaskResult = ({ ok: unknown } | { userError: string }) & { metrics?: Recorded };

// A worker thread runs at a lower priority than the main thread (on Linux a nice value is per
// thread): when the machine is busy, acknowledgements and health checks get the CPU first. A
// little lower (3 nice levels: about half the main thread's CPU share), not much lower: at nice
// 10 a worker got a ninth of a normal process's share, and on a machine busy with other work the
// answers themselves starved (first cards missed a 2 s reply deadline at load average 19).
try {
  setPriority(0, Math.min(19, getPriority(0) + 3));
} catch {
  /* not permitted here: same priority */
}

if ((workerData as WorkerStoreConfig).metrics) recordForMainThread();

let opened: Promise<Store> | undefined;
function store(): Promise<Store> {
  opened ??= openWorkerStore(workerData as WorkerStoreConfig);
  return opened;
}

async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'card':
      // `since` is about news (when it was published), not when it was stored: the card filters.
      return cardFromStory(await readStory(await store(), task.topic), { now: task.now, since: task.since, page: task.page });
    case 'stories':
      return keepStories(await store(), task.topics);
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
    const ok = await run(task);
    return { ok, metrics: takeRecorded() };
  } catch (e) {
    if (e instanceof UserError) return { userError: e.message, metrics: takeRecorded() };
    throw e;
  }
}

/** The worker's entry point when it runs compiled (dist/): piscina calls the default export. */
export default runTask;
