/** Forgiving name matching for who-said: case, accents, transliterations, surnames alone, a typo. */

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

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

export interface NameMatch {
  name: string;
  /** 0 = exact (after folding), 1 = surname or given name alone, 2 = a near spelling. */
  grade: 0 | 1 | 2;
}

/** How `query` matches a known speaker `name`, or null. */
export function matchName(query: string, name: string): NameMatch | null {
  const q = foldName(query);
  const n = foldName(name);
  if (!q || !n) return null;
  if (q === n) return { name, grade: 0 };
  const parts = n.split(' ');
  const qParts = q.split(' ');
  // "Peskov", "Dmitry Peskov", "Vance" (surname alone), or all query words among the name's words.
  if (qParts.every((w) => parts.includes(w)) && (qParts.length > 1 || qParts[0] === parts[parts.length - 1] || parts.length === 1)) {
    return { name, grade: 1 };
  }
  const allowed = (w: string) => (w.length >= 8 ? 2 : w.length >= 5 ? 1 : 0);
  const last = parts[parts.length - 1];
  const qLast = qParts[qParts.length - 1];
  if (allowed(qLast) && distance(qLast, last) <= allowed(qLast) && (qParts.length === 1 || qParts.slice(0, -1).every((w) => parts.includes(w)))) {
    return { name, grade: 2 };
  }
  return null;
}

/** The best-graded speakers matching a query (ties kept: the caller says it is unsure). */
export function bestSpeakers(query: string, speakers: string[]): NameMatch[] {
  const matches = speakers.map((s) => matchName(query, s)).filter((m): m is NameMatch => m !== null);
  if (!matches.length) return [];
  const best = Math.min(...matches.map((m) => m.grade));
  return matches.filter((m) => m.grade === best);
}
