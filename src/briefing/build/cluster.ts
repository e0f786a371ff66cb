/**
 * Near-duplicate clustering by token Jaccard similarity, with prefix filtering (AllPairs) so that
 * the cost stays close to linear in the number of items: only clusters that share one of an item's
 * rarest tokens are compared with it. Items are taken in the given order; the first item of a
 * cluster is its representative, and every later item is compared with representatives only.
 */
import { jaccard } from './text.ts';

export interface ClusterInput {
  /** Items only cluster with items of the same key (e.g. the same speaker); '' for none. */
  key: string;
  /** Exact-duplicate key (normalised text). */
  norm: string;
  tokens: string[];
}

/** Returns, for each item, the index of its cluster (clusters numbered in order of creation). */
export function clusterBySimilarity(items: readonly ClusterInput[], threshold: number): number[] {
  const df = new Map<string, number>();
  for (const it of items) for (const tok of it.tokens) df.set(tok, (df.get(tok) ?? 0) + 1);
  const byRarity = (a: string, b: string) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const prefixLen = (n: number) => (n === 0 ? 0 : n - Math.ceil(threshold * n) + 1);

  const out = new Array<number>(items.length);
  const exact = new Map<string, number>();
  const reps: Set<string>[] = [];
  const index = new Map<string, number[]>();

  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const ek = `${it.key}\u0000${it.norm}`;
    const hit = exact.get(ek);
    if (hit !== undefined) {
      out[i] = hit;
      continue;
    }
    const toks = [...new Set(it.tokens)].sort(byRarity);
    const p = prefixLen(toks.length);
    let best = -1;
    let bestJ = 0;
    const seen = new Set<number>();
    for (let k = 0; k < p; k++) {
      const list = index.get(`${it.key}\u0000${toks[k]}`);
      if (!list) continue;
      for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        const j = jaccard(toks, reps[c]);
        if (j >= threshold && (j > bestJ || (j === bestJ && c < best))) {
          best = c;
          bestJ = j;
        }
      }
    }
    if (best >= 0) {
      out[i] = best;
      exact.set(ek, best);
      continue;
    }
    const c = reps.length;
    reps.push(new Set(toks));
    for (let k = 0; k < p; k++) {
      const key = `${it.key}\u0000${toks[k]}`;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    exact.set(ek, c);
    out[i] = c;
  }
  return out;
}

/** Group items by cluster index, preserving item order inside each group and group creation order. */
export function groupClusters<T>(items: readonly T[], ids: readonly number[]): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i++) (groups[ids[i]] ??= []).push(items[i]);
  return groups.filter(Boolean);
}
