import { Worker } from 'node:worker_threads';
import type { Topic } from '../../briefing/topic.ts';
import { INGEST_HEAP_MB } from '../../config.ts';
import type { IngestSummary } from '../ingest.ts';
import type { IngestJob, IngestMessage } from './ingest-thread.ts';
import type { WorkerStoreConfig } from './worker-store.ts';

/** The thread's module: compiled beside this file (dist/), else ingest-entry.mjs, which loads the sources through tsx. */
const ENTRY = import.meta.url.endsWith('.js') ? new URL('./ingest-thread.js', import.meta.url) : new URL('./ingest-entry.mjs', import.meta.url);

/**
 * `ingestPaths` on a thread of its own whose heap is capped (`heapMb`), so the memory of a long
 * ingest stays bounded by default, whatever the number of files: the main thread only relays the
 * progress. The thread opens the same store (`store`: see workerStoreConfig). A kill ends both.
 */
export function ingestInThread(
  store: WorkerStoreConfig,
  paths: string[],
  topics: Topic[],
  onProgress?: (done: number, total: number) => void,
  opts: { heapMb?: number } = {},
): Promise<IngestSummary> {
  const heapMb = opts.heapMb ?? INGEST_HEAP_MB;
  const job: IngestJob = { store, paths, topics };
  return new Promise((resolve, reject) => {
    const worker = new Worker(ENTRY, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let summary: IngestSummary | undefined;
    worker.on('message', (m: IngestMessage) => {
      if ('progress' in m) onProgress?.(...m.progress);
      else summary = m.summary;
    });
    worker.on('error', (e: Error & { code?: string }) =>
      reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`the ingest ran out of memory (its heap is capped at ${heapMb} MB: set INGEST_HEAP_MB higher)`) : e),
    );
    worker.on('exit', (code) => (summary ? resolve(summary) : reject(new Error(`the ingest thread stopped (exit code ${code}) before it finished`))));
  });
}
