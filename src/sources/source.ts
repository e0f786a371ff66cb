import { z } from 'zod';

/** A URL (an RSS/Atom feed or a single web page, told apart on fetch) or a watched folder of files. */
export const SourceKindSchema = z.enum(['url', 'folder']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** A source as kept in the store, with its polling state. Times are ISO strings. */
export const SourceSchema = z.object({
  id: z.number().int(),
  kind: SourceKindSchema,
  /** The URL as given, or the folder's absolute path. Unique. */
  location: z.string().min(1),
  everySeconds: z.number().int().positive(),
  /** What a URL turned out to be on its last successful fetch. */
  format: z.enum(['feed', 'page']).nullable().default(null),
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  /** Folders: relative path -> "mtimeMs:size" of every file seen. */
  state: z.record(z.string(), z.string()).nullable().default(null),
  createdAt: z.string(),
  nextDueAt: z.string(),
  lastFetchAt: z.string().nullable().default(null),
  lastSuccessAt: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  /** Consecutive failed polls (drives the backoff); 0 after a success. */
  errorCount: z.number().int().nonnegative().default(0),
  /** Articles newly stored from this source, all time. */
  articlesTaken: z.number().int().nonnegative().default(0),
});
export type Source = z.infer<typeof SourceSchema>;

export const NewSourceSchema = z.object({
  kind: SourceKindSchema,
  location: z.string().min(1).max(2000),
  everySeconds: z.number().int().min(60, 'poll at most once a minute').max(7 * 24 * 3600, 'poll at least once a week'),
});
export type NewSource = z.infer<typeof NewSourceSchema>;

/** What one poll changes on a source row; `articlesTaken` is added to the running total. */
export interface SourcePollUpdate {
  lastFetchAt: string;
  nextDueAt: string;
  lastError: string | null;
  errorCount: number;
  articlesTaken: number;
  lastSuccessAt?: string;
  format?: 'feed' | 'page';
  etag?: string | null;
  lastModified?: string | null;
  state?: Record<string, string> | null;
}

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

/** A `sources` table row (either engine) -> Source. */
export function sourceFromRow(r: Record<string, unknown>): Source {
  return SourceSchema.parse({
    id: Number(r.id),
    kind: r.kind,
    location: r.location,
    everySeconds: Number(r.every_seconds),
    format: r.format ?? null,
    etag: r.etag ?? null,
    lastModified: r.last_modified ?? null,
    state: r.state_json ? JSON.parse(r.state_json as string) : null,
    createdAt: r.created_at,
    nextDueAt: r.next_due_at,
    lastFetchAt: r.last_fetch_at ?? null,
    lastSuccessAt: r.last_success_at ?? null,
    lastError: r.last_error ?? null,
    errorCount: Number(r.error_count ?? 0),
    articlesTaken: Number(r.articles_taken ?? 0),
  });
}

/** Column values of a poll update, in a fixed order (both engines build the same UPDATE). */
export function pollUpdateColumns(u: SourcePollUpdate): [string, unknown][] {
  const cols: [string, unknown][] = [
    ['last_fetch_at', u.lastFetchAt],
    ['next_due_at', u.nextDueAt],
    ['last_error', u.lastError],
    ['error_count', u.errorCount],
  ];
  if (u.lastSuccessAt !== undefined) cols.push(['last_success_at', u.lastSuccessAt]);
  if (u.format !== undefined) cols.push(['format', u.format]);
  if (u.etag !== undefined) cols.push(['etag', u.etag]);
  if (u.lastModified !== undefined) cols.push(['last_modified', u.lastModified]);
  if (u.state !== undefined) cols.push(['state_json', u.state === null ? null : JSON.stringify(u.state)]);
  return cols;
}
