import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { Topic } from '../briefing/topic.ts';
import { loadBriefingFilesStrict } from './briefing-files.ts';
import { ingestPaths, reassignTopics } from './ingest.ts';
import { openStore } from './open-store.ts';

/** Bring briefing files into the store; when any topic changed, re-assign every article's topics. */
export async function syncTopics(store: Store, dir: string, log?: Logger): Promise<Topic[]> {
  // An invalid briefing file stops here (BriefingFileError, with its name and line): nothing is written.
  const topics = loadBriefingFilesStrict(dir, (m) => log?.warn(m));
  const before = JSON.stringify(await store.listTopics());
  await store.upsertTopics(topics);
  const after = await store.listTopics();
  if (JSON.stringify(after) !== before) {
    const n = await reassignTopics(store, after);
    if (n) log?.info(`topics changed: re-assigned ${n} article(s)`);
  }
  return after;
}

/**
 * Open the store, load topics, and ingest the shipped seeds (a no-op once they are in). The
 * seeds' topics' stories are not kept here: a new seed in a large archive would read every
 * topic's story before the port opens (66 s at 100,000 articles); the bot keeps stale stories in
 * the background once it serves (warmCards), and a card whose story is stale is built from the
 * articles meanwhile.
 */
export async function boot(config: Config, log?: Logger, opts: { seeds?: boolean } = {}): Promise<{ store: Store; topics: Topic[] }> {
  // An invalid briefing file is refused before anything is opened or created.
  loadBriefingFilesStrict(config.BRIEFINGS_DIR);
  const store = await openStore(config);
  const topics = await syncTopics(store, config.BRIEFINGS_DIR, log);
  if ((opts.seeds ?? true) && config.SEEDS_DIR && existsSync(config.SEEDS_DIR)) {
    const r = await ingestPaths(store, [config.SEEDS_DIR], topics, undefined, { keep: false });
    for (const e of r.errors) log?.warn(`seed skipped: ${e.file}: ${e.message}`);
    if (r.inserted) log?.info(`ingested ${r.inserted} seed article(s) from ${config.SEEDS_DIR}`);
  }
  return { store, topics };
}
