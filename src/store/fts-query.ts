/**
 * Turn a user's search text into terms for full-text search: "quoted phrases" stay phrases,
 * other words become terms; punctuation and operators are dropped so no input is a syntax error.
 */
export interface FtsTerms {
  phrases: string[][];
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseFtsQuery(query: string): FtsTerms {
  const phrases: string[][] = [];
  const rest = query.replace(/["“”«»„]([^"“”«»„]*)["“”«»„]?/g, (_m, inner: string) => {
    const ws = inner.toLowerCase().match(WORD) ?? [];
    if (ws.length) phrases.push(ws);
    return ' ';
  });
  const words = (rest.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1 || /\d/.test(w));
  return { phrases, words };
}

/** FTS5 MATCH expression: every phrase and every word must match (each token double-quoted). */
export function toFts5(t: FtsTerms): string | null {
  const parts = [...t.phrases.map((p) => `"${p.join(' ')}"`), ...t.words.map((w) => `"${w}"*`)];
  return parts.length ? parts.join(' AND ') : null;
}

/** PostgreSQL tsquery text: phrases as `a <-> b`, words as prefix terms, all ANDed. */
export function toTsquery(t: FtsTerms): string | null {
  const q = (w: string) => `'${w.replace(/'/g, "''")}'`;
  const parts = [...t.phrases.map((p) => `(${p.map(q).join(' <-> ')})`), ...t.words.map((w) => `${q(w)}:*`)];
  return parts.length ? parts.join(' & ') : null;
}
