import type { FtsTerms } from './fts-query.ts';

const NON_ASCII = /[^\x00-\x7f]/;

/** Texts already split: the newest quotes are in most common words' windows, question after question. Cleared when full. */
const split = new Map<string, string[]>();

/** Lower case, accents off, split on anything not a letter or digit: what the full-text index does (read only). */
function tokens(text: string): string[] {
  let toks = split.get(text);
  if (toks === undefined) {
    // Plain ASCII has no accents to take off.
    toks = (NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (split.size >= 20_000) split.clear();
    split.set(text, toks);
  }
  return toks;
}

/** Occurrences of a phrase (exact tokens in a row) or of a word as a prefix. */
function count(toks: string[], term: { phrase?: string[]; prefix?: string }): number {
  let n = 0;
  if (term.prefix !== undefined) {
    for (const t of toks) if (t.startsWith(term.prefix)) n++;
    return n;
  }
  const p = term.phrase!;
  outer: for (let i = 0; i + p.length <= toks.length; i++) {
    for (let j = 0; j < p.length; j++) if (toks[i + j] !== p[j]) continue outer;
    n++;
  }
  return n;
}

/**
 * BM25 (k1 1.2, b 0.75; the speaker column weighted 4, the text 1, as the store's index ranks)
 * computed over the candidate rows themselves — the newest matches of a query — instead of over the
 * whole archive. The whole-archive version must count every row holding a common word, whatever
 * the window; this costs the same at any archive size. Returns one score per row (higher is better).
 */
export function windowBm25(rows: { speaker: string; text: string }[], terms: FtsTerms): number[] {
  type Term = { phrase?: string[]; prefix?: string };
  const qs: Term[] = [
    ...terms.phrases.map((p): Term => ({ phrase: p.flatMap((w) => tokens(w)) })),
    ...terms.words.map((w): Term => ({ prefix: tokens(w).join('') })),
  ].filter((q) => (q.phrase ? q.phrase.length > 0 : Boolean(q.prefix)));
  const cols = rows.map((r) => [tokens(r.speaker), tokens(r.text)]);
  const weights = [4, 1];
  const avg = [0, 1].map((c) => cols.reduce((s, r) => s + r[c].length, 0) / Math.max(1, cols.length) || 1);
  const n = rows.length;
  const tf = cols.map((r) => qs.map((q) => r.map((toks) => count(toks, q))));
  const idf = qs.map((_, qi) => {
    const df = tf.filter((row) => row[qi].some((x) => x > 0)).length;
    return Math.max(1e-6, Math.log((n - df + 0.5) / (df + 0.5) + 1));
  });
  return tf.map((row, ri) => {
    let score = 0;
    qs.forEach((_, qi) => {
      for (let c = 0; c < 2; c++) {
        const f = row[qi][c];
        if (!f) continue;
        const len = cols[ri][c].length;
        score += weights[c] * idf[qi] * ((f * 2.2) / (f + 1.2 * (0.25 + (0.75 * len) / avg[c])));
      }
    });
    return score;
  });
}
