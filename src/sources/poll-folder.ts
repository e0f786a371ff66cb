import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isArticleFileName, readArticles, type Article } from '../articles/index.ts';
import { walkArticleFiles } from '../articles/walk.ts';
import type { Source } from './source.ts';
import type { PollOutcome } from './poll-url.ts';

const MAX_FILES = 20_000;


const SKIPPED = 'skipped';

/**
 * Every article file under a folder (recursive, no dotfiles, symbolic links followed, loops
 * refused) with its "mtimeMs:size" stamp; what was passed over has the stamp "skipped" and a reason.
 */
async function scan(root: string): Promise<{ stamps: Map<string, string>; skipped: Map<string, string> }> {
  const stamps = new Map<string, string>();
  const skipped = new Map<string, string>();
  const walked = await walkArticleFiles(root, isArticleFileName);
  if (walked.files.length > MAX_FILES) throw new Error(`more than ${MAX_FILES} files under ${root}`);
  for (const p of walked.files) {
    const s = await stat(p).catch(() => null);
    if (s) stamps.set(relative(root, p), `${Math.trunc(s.mtimeMs)}:${s.size}`);
  }
  for (const k of walked.skipped) {
    skipped.set(relative(root, k.file), k.message);
    stamps.set(relative(root, k.file), SKIPPED);
  }
  return { stamps, skipped };
}

/**
 * Poll a watched folder: files that are new or whose mtime or size changed since the last poll
 * are read; the rest are left alone. A file that cannot be read is reported once (until it changes).
 */
export async function pollFolder(source: Source, readFile?: (file: string) => Promise<{ articles: Article[]; itemErrors: string[] } | { error: string }>): Promise<PollOutcome> {
  const root = source.location;
  const info = await stat(root).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `folder not found: ${root}` : `cannot read folder ${root} (${e.code ?? e.message})`);
  });
  if (!info.isDirectory()) throw new Error(`not a folder: ${root}`);
  const { stamps: seen, skipped } = await scan(root);
  const before = source.state ?? {};
  const fresh = [...seen].filter(([rel, stamp]) => before[rel] !== stamp);
  const changed = fresh.filter(([, stamp]) => stamp !== SKIPPED).map(([rel]) => join(root, rel));
  // A link skipped (a loop, a broken link) is said once, like a file that cannot be read.
  const skippedNow = fresh.filter(([, stamp]) => stamp === SKIPPED).map(([rel]) => `${rel}: ${skipped.get(rel)}`);
  const state = Object.fromEntries(seen);
  if (!changed.length) return { articles: [], itemErrors: skippedNow, unchanged: !skippedNow.length && Object.keys(before).length === seen.size, state };
  const { articles, errors } = readFile ? await readEach(changed, readFile) : await readArticles(changed);
  return {
    articles,
    itemErrors: [...skippedNow, ...errors.map((e) => `${relative(root, e.file) || e.file}: ${e.message}`)],
    unchanged: false,
    state,
  };
}

/** The changed files read one at a time by `readFile` (a worker thread in the bot). */
async function readEach(files: string[], readFile: (file: string) => Promise<{ articles: Article[]; itemErrors: string[] } | { error: string }>) {
  const articles: Article[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const file of files) {
    const r = await readFile(file);
    if ('error' in r) errors.push({ file, message: r.error });
    else {
      articles.push(...r.articles);
      for (const message of r.itemErrors) errors.push({ file, message });
    }
  }
  return { articles, errors };
}
