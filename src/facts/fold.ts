/** Folding names for comparison (its own module: names.ts and people.ts both use it). */

const TRANSLIT: [RegExp, string][] = [
  [/(sk|ck|tsk|zk)(yy|iy|ij|yj|ii|i|y)$/, '$1y'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ts/g, 'c'],
  [/(.)\1/g, '$1'],
];

/** Fold a name for comparison: lower case, no accents, common transliterations unified. */
export function foldName(s: string): string {
  let t = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').trim();
  t = t
    .split(/\s+/)
    .map((w) => TRANSLIT.reduce((acc, [re, rep]) => acc.replace(re, rep), w))
    .join(' ');
  return t;
}

/** Fold running text for word matching: lower case, no accents, punctuation to spaces (no name transliterations: "reports" stays "reports"). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').trim();
}
