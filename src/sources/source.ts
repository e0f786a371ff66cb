import type { SourceKind } from '../store/source.ts';

/** A source's schema and poll update live with the store that keeps them (src/store/source.ts). */
export { NewSourceSchema, SourceKindSchema, SourceSchema, type NewSource, type Source, type SourceKind, type SourcePollUpdate } from '../store/source.ts';

/** Default poll interval per kind, in seconds. */
export const DEFAULT_EVERY: Record<SourceKind, number> = { url: 15 * 60, folder: 60 };

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "15m", "1h", "2h30m", "1d", "90s" -> seconds; null when it is not a duration. */
export function parseEvery(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (!/^(\d+\s*[smhd]\s*)+$/.test(t)) return null;
  let total = 0;
  for (const m of t.matchAll(/(\d+)\s*([smhd])/g)) total += Number(m[1]) * UNITS[m[2]];
  return total > 0 ? total : null;
}

/** 900 -> "15m", 5400 -> "1h30m". */
export function formatEvery(seconds: number): string {
  const parts: string[] = [];
  let left = seconds;
  for (const [u, n] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (left >= n) {
      parts.push(`${Math.floor(left / n)}${u}`);
      left %= n;
    }
  }
  return parts.join('') || '0s';
}

/** Delay before the next try after `errorCount` consecutive failures: doubling, capped at 6 h (or the interval, if longer). */
export function backoffSeconds(everySeconds: number, errorCount: number): number {
  if (errorCount <= 0) return everySeconds;
  return Math.min(everySeconds * 2 ** Math.min(errorCount, 20), Math.max(everySeconds, 6 * 3600));
}
