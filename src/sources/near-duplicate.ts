/**
 * Near-duplicate detection for article bodies: word 4-shingles, a 64-value MinHash signature and
 * locality-sensitive hashing in 16 bands of 4 rows. The band keys are the cheap index (stored per
 * article); candidates sharing a band key are then compared exactly (Jaccard of the shingle sets).
 * Pure functions: the store and ingest do the I/O.
 */
import { normaliseText } from '../articles/article.ts';

export const SHINGLE_WORDS = 4;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Bodies with fewer shingles than this are too short to judge: never called duplicates. */
export const MIN_SHINGLES = 20;
/** Jaccard similarity of shingle sets at or above which two bodies are the same story. */
export const DUPLICATE_THRESHOLD = 0.75;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix, seeded per signature row. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`briefbot-minhash-${i}`));

/** The words of a body, normalised (case, quotes, dashes, accents kept) with punctuation dropped. */
export function words(body: string): string[] {
  return normaliseText(body).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Hashed word 4-shingles of a body. */
export function shingles(body: string): Set<number> {
  const w = words(body);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(x, SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** LSH band keys of a signature: two bodies with Jaccard 0.75 share at least one with probability > 0.99. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS), (v) => v.toString(16)).join('.');
    keys.push(`${b}:${fnv1a(rows).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

export interface Fingerprint {
  shingles: Set<number>;
  bands: string[];
}

/** The fingerprint of a body, or null when it is too short to compare reliably. */
export function fingerprint(body: string): Fingerprint | null {
  const s = shingles(body);
  if (s.size < MIN_SHINGLES) return null;
  return { shingles: s, bands: bandKeys(minhash(s)) };
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** Whether two bodies tell the same story in (nearly) the same words. */
export function isNearDuplicate(a: string | Set<number>, b: string | Set<number>, threshold = DUPLICATE_THRESHOLD): boolean {
  const sa = typeof a === 'string' ? shingles(a) : a;
  const sb = typeof b === 'string' ? shingles(b) : b;
  if (sa.size < MIN_SHINGLES || sb.size < MIN_SHINGLES) return false;
  return jaccard(sa, sb) >= threshold;
}
