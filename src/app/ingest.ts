import type { Article } from '../articles/article.ts';
import { listArticleFiles, readListedFile } from '../articles/index.ts';
import { extractFacts } from '../facts/index.ts';
import { assignTopics } from '../briefing/assign-topics.ts';
import type { Topic } from '../briefing/topic.ts';
import type { Store } from '../store/store.ts';
import { findNearDuplicate, fingerprint } from '../sources/dedupe.ts';
import { ingestTotal } from '../metrics.ts';
import { keepStories } from './stories.ts';

export interface IngestSummary {
  read: number;
  inserted: number;
  unchanged: number;
  errors: { file: string; message: string }[];
  ids: string[];
}

/**
 * Extract, assign topics and store one article (transactional in the store). A no-op if the id
 * (canonical URL or text) is known, or if the body is a near-duplicate of an article stored in
 * the last 30 days (the same story re-published under a new URL): then `duplicateOf` names it.
 */
export async function ingestArticle(
  store: Store,
  article: Article,
  topics: Topic[],
  opts: { now?: Date } = {},
): Promise<{ inserted: boolean; topics: string[]; duplicateOf?: string }> {
  if (await store.hasArticle(article.id)) {
    ingestTotal.inc({ outcome: 'unchanged' });
    return { inserted: false, topics: [] };
  }
  const now = opts.now ?? new Date();
  const fp = fingerprint(article.body);
  const duplicateOf = fp ? await findNearDuplicate(store, fp, now) : null;
  if (duplicateOf) {
    ingestTotal.inc({ outcome: 'duplicate' });
    return { inserted: false, topics: [], duplicateOf };
  }
  const facts = extractFacts(article);
  const ids = assignTopics(article, facts, topics);
  // One transaction: a process killed mid-ingest leaves the article whole (band keys included) or absent.
  const r = await store.putArticle(article, facts, ids, { fingerprints: fp ? { bands: fp.bands, at: now.toISOString() } : undefined });
  ingestTotal.inc({ outcome: r.inserted ? 'inserted' : 'unchanged' });
  return { inserted: r.inserted, topics: r.topics };
}

/** Files read ahead of the one being stored: what is held in memory at once, whatever the input. */
export const INGEST_READ_AHEAD = 8;

/**
 * Ingest files and folders as a stream: the file names are listed first (names only), then files
 * are read, extracted and stored a few at a time, so memory holds one small batch whatever the
 * number of files. Bad files are reported and the rest go in. Re-running after an interruption
 * resumes: an article already stored is recognised by its id before any extraction.
 * `onProgress(done, total)` counts files. At the end the stories of the topics are read and kept,
 * unless `keep` is false (the caller keeps them later).
 */
export async function ingestPaths(
  store: Store,
  paths: string[],
  topics: Topic[],
  onProgress?: (done: number, total: number) => void,
  opts: { keep?: boolean } = {},
): Promise<IngestSummary> {
  const { files, skipped } = await listArticleFiles(paths);
  const summary: IngestSummary = { read: 0, inserted: 0, unchanged: 0, errors: [...skipped], ids: [] };
  if (skipped.length) ingestTotal.inc({ outcome: 'failed' }, skipped.length);
  let done = 0;
  for (let from = 0; from < files.length; from += INGEST_READ_AHEAD) {
    const batch = await Promise.all(files.slice(from, from + INGEST_READ_AHEAD).map((f) => readListedFile(f)));
    for (const { articles, errors } of batch) {
      summary.errors.push(...errors);
      if (errors.length) ingestTotal.inc({ outcome: 'failed' }, errors.length);
      for (const a of articles) {
        summary.read++;
        try {
          const r = await ingestArticle(store, a, topics);
          if (r.inserted) summary.inserted++;
          else summary.unchanged++;
          summary.ids.push(a.id);
        } catch (e) {
          ingestTotal.inc({ outcome: 'failed' });
          summary.errors.push({ file: a.origin ?? a.id, message: (e as Error).message });
        }
      }
      onProgress?.(++done, files.length);
    }
  }
  // the cross-article work of the cards, done now rather than by the next /brief of each topic
  if (summary.inserted && opts.keep !== false) await keepStories(store, topics);
  return summary;
}

/** Re-assign every stored article's topics (after a briefing file changed). Returns how many changed. */
export async function reassignTopics(store: Store, topics: Topic[]): Promise<number> {
  let changed = 0;
  for await (const s of store.allArticles()) {
    const ids = assignTopics(s.article, s.facts, topics);
    if (ids.join(',') !== [...s.topics].sort().join(',')) {
      await store.setArticleTopics(s.article.id, ids);
      changed++;
    }
  }
  return changed;
}
