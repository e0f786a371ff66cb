import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { readArticles, type Article } from '../articles/index.ts';
import type { Source } from './source.ts';
import type { PollOutcome } from './poll-url.ts';

/** The extensions `readArticles` reads (text, markdown, HTML, feeds). */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom']);
const MAX_FILES = 20_000;

const hidden = (name: string) => name.startsWith('.') || name.toLowerCase() === 'readme.md';

/** Every article file under a folder (recursive, no dotfiles) with its "mtimeMs:size" stamp. */
async function scan(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (hidden(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        if (out.size >= MAX_FILES) throw new Error(`more than ${MAX_FILES} files under ${root}`);
        const s = await stat(p).catch(() => null);
        if (s) out.set(relative(root, p), `${Math.trunc(s.mtimeMs)}:${s.size}`);
      }
    }
  };
  await walk(root);
  return out;
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
  const seen = await scan(root);
  const before = source.state ?? {};
  const changed = [...seen].filter(([rel, stamp]) => before[rel] !== stamp).map(([rel]) => join(root, rel));
  const state = Object.fromEntries(seen);
  if (!changed.length) return { articles: [], itemErrors: [], unchanged: Object.keys(before).length === seen.size, state };
  const { articles, errors } = readFile ? await readEach(changed, readFile) : await readArticles(changed);
  return {
    articles,
    itemErrors: errors.map((e) => `${relative(root, e.file) || e.file}: ${e.message}`),
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
