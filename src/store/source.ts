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
