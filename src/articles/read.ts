import { readFile, stat } from 'node:fs/promises';
import { basename, extname, } from 'node:path';
import type { Article } from './article.ts';
import { describeError } from './describe-error.ts';
import { parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';
import { ArticleReadError } from './read-error.ts';
import { parseText } from './text.ts';
import { walkArticleFiles } from './walk.ts';

/** Files larger than this are refused unread. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

type Kind = 'text' | 'markdown' | 'html' | 'feed';

const BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Whether a file's name says it is an article this reader reads (text, markdown, HTML, feeds). */
export const isArticleFileName = (name: string): boolean => Boolean(BY_EXTENSION[extname(name).toLowerCase()]);

/** Guess the kind of an unnamed file from its first bytes. */
function sniff(text: string): Kind | undefined {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(head)) return 'feed';
  if (/^<!doctype html|<html[\s>]/.test(head)) return 'html';
  return undefined;
}

/** Decode UTF-8 strictly (a leading BOM is dropped). */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Read one file as article(s). A feed's bad items are returned in `itemErrors`; throws ArticleReadError. */
export async function readOne(file: string): Promise<{ articles: Article[]; itemErrors: string[] }> {
  const fail = (reason: string): never => {
    throw new ArticleReadError(file, reason);
  };
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? describeError(e)})`);
  }
  if (!info.isFile()) fail('not a file');
  if (info.size > MAX_ARTICLE_BYTES) fail(`file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB)`);
  const bytes = await readFile(file);
  const text = decode(bytes) ?? fail('not valid UTF-8');
  if (!text.trim()) fail('file is empty');

  const kind = BY_EXTENSION[extname(file).toLowerCase()] ?? sniff(text) ?? fail(`unsupported file type "${extname(file) || basename(file)}": expected .txt, .md, .html or an RSS/Atom feed`);
  try {
    if (kind === 'feed') {
      const r = parseFeed(text, file);
      if (!r.articles.length && !r.errors.length) fail('feed has no items');
      return { articles: r.articles, itemErrors: r.errors.map((e) => `item "${e.item}": ${e.message}`) };
    }
    const parse = kind === 'text' ? parseText : kind === 'markdown' ? parseMarkdown : parseHtml;
    return { articles: [parse(text, file)], itemErrors: [] };
  } catch (e) {
    if (e instanceof ArticleReadError) throw e;
    return fail(describeError(e));
  }
}

/**
 * Read one article file (text, markdown, HTML, or a feed: several articles). Throws an
 * ArticleReadError ("<file>: <reason>") when the file cannot be read; a feed's bad items are
 * dropped here (use `readArticles` to have them reported).
 */
export async function readArticleFile(path: string): Promise<Article[]> {
  const r = await readOne(path);
  if (!r.articles.length && r.itemErrors.length) throw new ArticleReadError(path, r.itemErrors[0]);
  return r.articles;
}

/**
 * The article files named by `pathsOrDirs`, directories walked recursively (symbolic links followed,
 * loops refused: `walkArticleFiles`), in order, and what the walk passed over and why. Only names
 * are held, never contents: a caller reads them one at a time (streaming ingest).
 */
export async function listArticleFiles(pathsOrDirs: string[]): Promise<{ files: string[]; skipped: { file: string; message: string }[] }> {
  const files: string[] = [];
  const skipped: { file: string; message: string }[] = [];
  for (const p of pathsOrDirs) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      /* readOne reports it */
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const walked = await walkArticleFiles(p, isArticleFileName);
    files.push(...walked.files);
    skipped.push(...walked.skipped);
  }
  return { files, skipped };
}

/** Read one listed file: its articles and bad feed items, or why it could not be read at all. */
export async function readListedFile(file: string): Promise<{ articles: Article[]; errors: { file: string; message: string }[] }> {
  try {
    const r = await readOne(file);
    return { articles: r.articles, errors: r.itemErrors.map((message) => ({ file, message })) };
  } catch (e) {
    return { articles: [], errors: [{ file, message: e instanceof ArticleReadError ? e.reason : describeError(e) }] };
  }
}

/**
 * Read files and directories (walked recursively). One bad file never stops the batch: it is
 * reported in `errors` as `{ file, message }` where message is the reason without the file name.
 */
export async function readArticles(pathsOrDirs: string[]): Promise<{ articles: Article[]; errors: { file: string; message: string }[] }> {
  const articles: Article[] = [];
  const errors: { file: string; message: string }[] = [];
  const listed = await listArticleFiles(pathsOrDirs);
  errors.push(...listed.skipped);
  for (const file of listed.files) {
    const r = await readListedFile(file);
    articles.push(...r.articles);
    errors.push(...r.errors);
  }
  return { articles, errors };
}
