import type { Store } from '../store/store.ts';
import { fingerprint, isNearDuplicate, type Fingerprint } from './near-duplicate.ts';

/** How far back a re-published story is looked for. */
export const DUPLICATE_WINDOW_DAYS = 30;
/** Candidates (sharing an LSH band) compared exactly, at most. */
const MAX_CANDIDATES = 8;

/**
 * The id of a stored article (first stored in the last 30 days) whose body is a near-duplicate
 * of `body`, or null. Cheap: one indexed lookup of the band keys, then an exact comparison with
 * the few candidates found.
 */
export async function findNearDuplicate(store: Store, fp: Fingerprint, now: Date = new Date()): Promise<string | null> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86400_000).toISOString();
  const candidates = await store.findArticlesByFingerprint(fp.bands, { since, limit: MAX_CANDIDATES });
  for (const id of candidates) {
    const stored = await store.getArticle(id);
    if (stored && isNearDuplicate(fp.shingles, stored.article.body)) return id;
  }
  return null;
}

export { fingerprint };
