import type { Article } from '../articles/article.ts';
import type { BriefingCard } from '../briefing/card.ts';
import type { Topic } from '../briefing/topic.ts';
import type { WhoSaidResult } from '../briefing/who-said.ts';
import type { Store } from '../store/store.ts';
import type { PollOutcome } from '../sources/poll-url.ts';

/**
 * Work that runs off the main thread, against the same store (src/app/work/pool.ts runs it in
 * worker threads). Commands and the source poller use it when the store has one attached, and
 * do the same work inline otherwise (the CLI, tests of the pure logic).
 */
export interface OffThread {
  card(args: { topic: Topic; since: string | null; page?: number; now: string }): Promise<BriefingCard>;
  /** Read and keep the stories of these topics that are missing or stale (src/app/stories.ts). */
  keepStories(topics: Topic[]): Promise<number>;
  ask(args: { query: string; topic?: string; since?: string }): Promise<WhoSaidResult>;
  ingest(article: Article, topics: Topic[], now: Date): Promise<{ inserted: boolean; topics: string[]; duplicateOf?: string }>;
  read(file: string): Promise<{ articles: Article[]; itemErrors: string[] } | { error: string }>;
  fetched(body: Uint8Array, contentType: string | undefined, url: string): Promise<Omit<PollOutcome, 'etag' | 'lastModified'>>;
}

const attached = new WeakMap<Store, OffThread>();

/** Run this store's heavy work on `work` (or inline again with null). */
export function attachOffThread(store: Store, work: OffThread | null): void {
  if (work) attached.set(store, work);
  else attached.delete(store);
}

export function offThread(store: Store): OffThread | undefined {
  return attached.get(store);
}
