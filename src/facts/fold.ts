/** Folding names for comparison (its own module: names.ts and people.ts both use it). */

/**
 * Common transliterations, in order, each word by itself: the first at a word's end, the others
 * inside words (no pattern spans a space, and spaces are single), so they run over the whole
 * folded text at once.
 */
const TRANSLIT: [RegExp, string][] = [
  [/(sk|ck|tsk|zk)(yy|iy|ij|yj|ii|i|y)(?= |$)/g, '$1y'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ts/g, 'c'],
  [/(.)\1/g, '$1'],
];

/**
 * Names and texts already folded: who-said folds the same quotes' words question after question
 * (a speaker's newest 300, the newest matches of common words). Cleared when full.
 */
const folded = new Map<string, string>();

/** Fold a name for comparison: lower case, no accents, common transliterations unified. */
export function foldName(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 20_000) folded.clear();
    folded.set(s, (f = TRANSLIT.reduce((acc, [re, rep]) => acc.replace(re, rep), foldText(s).replace(/ {2,}/g, ' '))));
  }
  return f;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Fold running text for word matching: lower case, no accents, punctuation to spaces (no name transliterations: "reports" stays "reports"). */
export function foldText(s: string): string {
  // Plain ASCII has no accents to take off (and decomposing it changes nothing).
  return (NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s).toLowerCase().replace(/[’'`]s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').trim();
}
