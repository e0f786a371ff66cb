import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { Topic } from '../briefing/topic.ts';
import { loadBriefingFiles } from './briefing-files.ts';
import { ingestPaths, reassignTopics } from './ingest.ts';
import { openStore } from './open-store.ts';

/** Bring briefing files into the store; when any topic changed, re-assign every article's topics. */
export async function syncTopics(store: Store, dir: string, log?: Logger): Promise<Topic[]> {
  const { topics, errors } = loadBriefingFiles(dir);
  for (const e of errors) log?.warn(`briefing file skipped: ${e.file}: ${e.message}`);
  const before = JSON.stringify(await store.listTopics());
  await store.upsertTopics(topics);
  const after = await store.listTopics();
  if (JSON.stringify(after) !== before) {
    const n = await reassignTopics(store, after);
    if (n) log?.info(`topics changed: re-assigned ${n} article(s)`);
  }
  return after;
}

/** Open the store, load topics, and ingest the shipped seeds (a no-op once they are in). */
export async function boot(config: Config, log?: Logger, opts: { seeds?: boolean } = {}): Promise<{ store: Store; topics: Topic[] }> {
  const store = await openStore(config);
  const topics = await syncTopics(store, config.BRIEFINGS_DIR, log);
  if ((opts.seeds ?? true) && config.SEEDS_DIR && existsSync(config.SEEDS_DIR)) {
    const r = await ingestPaths(store, [config.SEEDS_DIR], topics);
    for (const e of r.errors) log?.warn(`seed skipped: ${e.file}: ${e.message}`);
    if (r.inserted) log?.info(`ingested ${r.inserted} seed article(s) from ${config.SEEDS_DIR}`);
  }
  return { store, topics };
}
