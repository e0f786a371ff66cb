import { sql } from '../sql.ts';
import type { Db } from '../db.ts';

/** Near-duplicate index: an article's LSH band keys. */
export async function addArticleFingerprints(db: Db, articleId: string, bands: string[], storedAt: string): Promise<void> {
  if (!bands.length) return;
  await db.insertRows('article_fingerprints', ['band', 'article_id', 'stored_at'], bands.map((b) => [b, articleId, storedAt]), 'ON CONFLICT DO NOTHING');
}

/** Articles sharing any of these band keys (stored after `since`), most keys shared first. */
export async function findArticlesByFingerprint(db: Db, bands: string[], opts: { since?: string; limit?: number } = {}): Promise<string[]> {
  if (!bands.length) return [];
  const rows = await db.all(
    sql`SELECT article_id FROM article_fingerprints WHERE ${db.d.inList('band', bands)} AND stored_at > ${opts.since ?? ''}
        GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ${opts.limit ?? 20}`,
  );
  return rows.map((r) => r.article_id as string);
}
