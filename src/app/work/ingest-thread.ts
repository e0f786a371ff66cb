import { parentPort, workerData } from 'node:worker_threads';
import type { Topic } from '../../briefing/topic.ts';
import { ingestPaths, type IngestSummary } from '../ingest.ts';
import { openWorkerStore, type WorkerStoreConfig } from './worker-store.ts';

/** What `briefbot ingest` hands its ingest thread (src/app/work/ingest-in-thread.ts). */
export interface IngestJob {
  store: WorkerStoreConfig;
  paths: string[];
  topics: Topic[];
}

/** Messages to the main thread: progress per file, then the summary. */
export type IngestMessage = { progress: [number, number] } | { summary: IngestSummary };

const job = workerData as IngestJob;
const store = await openWorkerStore(job.store, { pgClients: 1 });
try {
  const post = (m: IngestMessage) => parentPort!.postMessage(m);
  const summary = await ingestPaths(store, job.paths, job.topics, (done, total) => post({ progress: [done, total] }));
  post({ summary });
} finally {
  await store.close();
}
