import type { Claim, Facts, Position } from '../../facts/schema.ts';
import { sql, typed } from '../sql.ts';
import type { Db } from '../db.ts';
import { readJson } from '../rows.ts';
import type { ArticleClaim, ArticlePosition } from '../store.ts';
import type { StoreContext } from './context.ts';

/** The claim kinds a who-said question asks about ("did anyone deny …"); any claim answering another is indexed too. */
const RESPONSE_KINDS = new Set<Claim['kind']>(['denied', 'confirmed']);

/**
 * Migration 10: an article's denials and confirmations (each with the claim it answers) and its
 * positions, one row each, so a who-said question reads those rows instead of whole articles.
 * Written in the article's transaction.
 */
export async function storeStances(db: Db, articleId: string, facts: Pick<Facts, 'claims' | 'positions'>): Promise<void> {
  const claims = facts.claims ?? [];
  const rows = claims.flatMap((c, i) => {
    const answers = c.responds !== null && c.responds !== undefined;
    if (!RESPONSE_KINDS.has(c.kind) && !answers) return [];
    const target = answers ? (claims[c.responds!] ?? null) : null;
    return [[articleId, i, c.kind, JSON.stringify(c), target ? JSON.stringify(target) : null]];
  });
  await db.insertRows('article_claims', ['article_id', 'idx', 'kind', 'claim_json', 'target_json'], rows, 'ON CONFLICT DO NOTHING');
  const positions = (facts.positions ?? []).map((p, i) => [articleId, i, JSON.stringify(p)]);
  await db.insertRows('article_positions', ['article_id', 'idx', 'position_json'], positions, 'ON CONFLICT DO NOTHING');
}

/** Migration 10: the claims and positions of the articles stored before it, a page at a time. */
export async function backfillStances(db: Db): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db.all(
      sql`SELECT id, ${db.d.jsonField('facts_json', 'claims')} AS claims, ${db.d.jsonField('facts_json', 'positions')} AS positions
          FROM articles WHERE id > ${after} ORDER BY id LIMIT 500`,
    );
    if (!rows.length) return;
    for (const r of rows) {
      await storeStances(db, r.id as string, { claims: r.claims === null || r.claims === undefined ? [] : readJson<Claim[]>(r.claims), positions: r.positions === null || r.positions === undefined ? [] : readJson<Position[]>(r.positions) });
    }
    after = rows[rows.length - 1].id as string;
  }
}

/** Group rows by article, in the order of `ids`, each article's rows by index. */
function inOrder<T extends { articleId: string; index: number }>(ids: string[], rows: T[]): T[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => at.get(a.articleId)! - at.get(b.articleId)! || a.index - b.index);
}

/** Denials (or confirmations; with no kind, every claim of those and any that answers another) in these articles, with the claims they answer, in the order of `ids`. */
export async function claimsIn(s: StoreContext, articleIds: string[], kind?: 'denied' | 'confirmed'): Promise<ArticleClaim[]> {
  const ids = [...new Set(articleIds)];
  if (!ids.length) return [];
  const rows = await s.db.all(
    sql`SELECT article_id, idx, claim_json, target_json FROM article_claims WHERE ${s.db.d.inList('article_id', ids)} AND (${typed(kind ?? null, 'text')} IS NULL OR kind = ${kind ?? null})`,
  );
  return inOrder(
    ids,
    rows.map((r) => ({
      articleId: r.article_id as string,
      index: Number(r.idx),
      claim: readJson<Claim>(r.claim_json),
      target: r.target_json === null || r.target_json === undefined ? null : readJson<Claim>(r.target_json),
    })),
  );
}

/**
 * The positions of these articles, in the order of `ids`. An article's positions never change once
 * stored, so each article's are read and parsed once per process (none is remembered too).
 */
export async function positionsIn(s: StoreContext, articleIds: string[]): Promise<ArticlePosition[]> {
  const ids = [...new Set(articleIds)];
  if (!ids.length) return [];
  const missing = ids.filter((id) => s.positions.get(id) === undefined);
  if (missing.length) {
    const read = new Map<string, ArticlePosition[]>(missing.map((id) => [id, []]));
    for (const r of await s.db.all(sql`SELECT article_id, idx, position_json FROM article_positions WHERE ${s.db.d.inList('article_id', missing)}`)) {
      read.get(r.article_id as string)?.push({ articleId: r.article_id as string, index: Number(r.idx), position: readJson<Position>(r.position_json) });
    }
    for (const [id, rows] of read) s.positions.set(id, rows);
  }
  return inOrder(
    ids,
    ids.flatMap((id) => s.positions.get(id) ?? []),
  );
}
