/**
 * Near-duplicate clustering by token Jaccard similarity, with prefix filtering (AllPairs) so that
 * the cost stays close to linear in the number of items: only clusters that share one of an item's
 * rarest tokens are compared with it. Items are taken in the given order; the first item of a
 * cluster is its representative, and every later item is compared with representatives only.
 * Numbers are significant: texts that differ in any number ("3 killed" / "30 killed", "round 2" /
 * "round 3") never merge, so numeric tokens partition the index.
 */

export interface ClusterInput {
  /** Items only cluster with items of the same key (e.g. the same speaker); '' for none. */
  key: string;
  /** Exact-duplicate key (e.g. the trimmed text): equal keys merge without comparing tokens. */
  norm: string;
  tokens: readonly string[];
}

/** Jaccard similarity of two ascending integer arrays of distinct values. */
function jaccardSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) (inter++, i++, j++);
    else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union ? inter / union : 1;
}

/** The numbers of a token list, as a key (token lists are shared, so this is remembered per list). */
const NUMBER_KEYS = new WeakMap<readonly string[], string>();
function numberKey(tokens: readonly string[]): string {
  let k = NUMBER_KEYS.get(tokens);
  if (k === undefined) {
    const nums = tokens.filter((t) => /\d/.test(t));
    k = nums.length ? [...new Set(nums)].sort().join(' ') : '';
    NUMBER_KEYS.set(tokens, k);
  }
  return k;
}

/** Returns, for each item, the index of its cluster (clusters numbered in order of creation). */
export function clusterBySimilarity(items: readonly ClusterInput[], threshold: number): number[] {
  // intern tokens, count document frequency, then rank tokens rarest first (ties by spelling)
  const ids = new Map<string, number>();
  const df: number[] = [];
  const itemIds: number[][] = [];
  // Exact duplicates (same partition, same text) join their first occurrence without token work.
  const parts = items.map((it) => `${it.key}\u0001${numberKey(it.tokens)}`);
  const firstOf = new Map<string, number>();
  const dupOf = items.map((it, i) => {
    const ek = `${parts[i]}\u0000${it.norm}`;
    const f = firstOf.get(ek);
    if (f === undefined) firstOf.set(ek, i);
    return f ?? -1;
  });
  for (let n = 0; n < items.length; n++) {
    const it = items[n];
    const own: number[] = [];
    itemIds.push(own);
    if (dupOf[n] >= 0) continue;
    for (const tok of it.tokens) {
      let id = ids.get(tok);
      if (id === undefined) (id = df.length), ids.set(tok, id), df.push(0);
      if (!own.includes(id)) (own.push(id), df[id]++);
    }
  }
  const spelled = [...ids.keys()];
  const order = spelled.map((_, i) => i).sort((a, b) => df[a] - df[b] || (spelled[a] < spelled[b] ? -1 : spelled[a] > spelled[b] ? 1 : 0));
  const rank = new Int32Array(order.length);
  order.forEach((id, r) => (rank[id] = r));
  const prefixLen = (n: number) => (n === 0 ? 0 : n - Math.ceil(threshold * n) + 1);

  const out = new Array<number>(items.length);
  const exact = new Map<string, number>();
  const reps: Int32Array[] = [];
  const index = new Map<string, Map<number, number[]>>();

  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (dupOf[i] >= 0) {
      out[i] = out[dupOf[i]];
      continue;
    }
    const part = parts[i];
    const ek = `${part}\u0000${it.norm}`;
    const hit = exact.get(ek);
    if (hit !== undefined) {
      out[i] = hit;
      continue;
    }
    const toks = Int32Array.from(itemIds[i], (id) => rank[id]).sort();
    const p = prefixLen(toks.length);
    let pidx = index.get(part);
    if (!pidx) index.set(part, (pidx = new Map()));
    let best = -1;
    let bestJ = 0;
    let seen: Set<number> | null = null;
    for (let k = 0; k < p; k++) {
      const list = pidx.get(toks[k]);
      if (!list) continue;
      for (const c of list) {
        if (seen?.has(c)) continue;
        (seen ??= new Set()).add(c);
        const j = jaccardSorted(toks, reps[c]);
        if (j >= threshold && j > bestJ) (best = c), (bestJ = j);
      }
    }
    if (best >= 0) {
      out[i] = best;
      exact.set(ek, best);
      continue;
    }
    const c = reps.length;
    reps.push(toks);
    for (let k = 0; k < p; k++) {
      const list = pidx.get(toks[k]);
      if (list) list.push(c);
      else pidx.set(toks[k], [c]);
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
