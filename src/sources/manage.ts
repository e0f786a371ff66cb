import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Store } from '../store/store.ts';
import { DEFAULT_EVERY, formatEvery, parseEvery, type NewSource, type Source } from './source.ts';
import { checkUrl } from './safe-fetch.ts';

/** A mistake in what the user asked for: shown to them as it is. */
export class SourceInputError extends Error {}

/**
 * Read `<url|dir>` and an optional interval into a new source. URLs must be http(s); a folder must
 * exist. Chat callers pass `allowFolders: false` (a chat message must not make the bot read the
 * server's disk), the local CLI true.
 */
export async function sourceFromInput(target: string, every: string | undefined, opts: { allowFolders: boolean; cwd?: string }): Promise<NewSource> {
  const t = target.trim().replace(/^<(.+)>$/, '$1'); // Slack wraps links in <...>
  let seconds: number | undefined;
  if (every !== undefined) {
    const s = parseEvery(every);
    if (s === null) throw new SourceInputError(`"${every}" is not an interval: use e.g. 15m, 1h or 1d.`);
    if (s < 60) throw new SourceInputError('Poll at most once a minute (every 1m or more).');
    if (s > 7 * 86400) throw new SourceInputError('Poll at least once a week (every 7d or less).');
    seconds = s;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || /^(https?|file|ftp|data|javascript):/i.test(t)) {
    try {
      checkUrl(t);
    } catch (e) {
      throw new SourceInputError(`${(e as Error).message.replace(/^./, (c) => c.toUpperCase())}.`);
    }
    return { kind: 'url', location: new URL(t).href, everySeconds: seconds ?? DEFAULT_EVERY.url };
  }
  if (!opts.allowFolders) throw new SourceInputError('Give an http(s) URL of a feed or page. Folders are added from the command line: briefbot sources add <dir>.');
  const dir = resolve(opts.cwd ?? process.cwd(), t);
  const info = await stat(dir).catch(() => null);
  if (!info) throw new SourceInputError(`No such folder: ${dir}`);
  if (!info.isDirectory()) throw new SourceInputError(`Not a folder: ${dir} (to read one file, use briefbot ingest).`);
  return { kind: 'folder', location: dir, everySeconds: seconds ?? DEFAULT_EVERY.folder };
}

function ago(iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 90) return `${s}s ago`;
  if (s < 5400) return `${Math.round(s / 60)}m ago`;
  if (s < 129600) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
}

export function sourceLabel(s: Source): string {
  return s.kind === 'folder' ? 'folder' : (s.format ?? 'url');
}

/** One line per source: id, kind, location, interval, last fetch, articles taken, last error. */
export function describeSource(s: Source, now: Date): string {
  const parts = [`every ${formatEvery(s.everySeconds)}`];
  parts.push(s.lastFetchAt ? `last fetch ${s.lastFetchAt.slice(0, 16).replace('T', ' ')} UTC (${ago(s.lastFetchAt, now)})` : 'not fetched yet');
  parts.push(`${s.articlesTaken} article${s.articlesTaken === 1 ? '' : 's'} taken`);
  if (s.lastError) parts.push(`${s.errorCount ? `failing (${s.errorCount}x)` : 'note'}: ${s.lastError}`);
  if (s.errorCount) parts.push(`next try ${s.nextDueAt.slice(0, 16).replace('T', ' ')} UTC`);
  return `#${s.id} ${sourceLabel(s)} ${s.location} — ${parts.join(' · ')}`;
}

export async function listSourceLines(store: Store, now: Date): Promise<string[]> {
  const all = await store.listSources();
  return all.map((s) => describeSource(s, now));
}

/** Parse "#3" or "3" into a source id. */
export function parseSourceId(text: string): number {
  const m = /^#?(\d{1,9})$/.exec(text.trim());
  if (!m) throw new SourceInputError(`"${text}" is not a source id: use the number sources list shows (e.g. 3).`);
  return Number(m[1]);
}
