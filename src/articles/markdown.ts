import { parse as parseYaml } from 'yaml';
import { makeArticle, type Article } from './article.ts';
import { layoutBody } from './body-layout.ts';
import { normaliseDate } from './dates.ts';
import { contentStart, isBlank, splitLines } from './lines.ts';

const OPEN = /^---[ \t]*\r?\n/;

function startOf(raw: string): number {
  return raw.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Does the file start with a `---` front matter fence? */
export function hasFrontMatter(raw: string): boolean {
  return OPEN.test(raw.slice(startOf(raw), startOf(raw) + 8));
}

type Meta = Record<string, unknown>;

function parseFrontMatter(src: string): Meta {
  let data: unknown;
  try {
    data = parseYaml(src);
  } catch (e) {
    const first = ((e as Error).message ?? String(e)).split('\n')[0];
    throw new Error(`front matter is not valid YAML: ${first}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be "key: value" lines');
  return data as Meta;
}

/** A front-matter value as text (numbers and lists allowed), undefined when absent or blank. */
function text(meta: Meta, key: string): string | undefined {
  const v = meta[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(', ') || undefined;
  throw new Error(`front matter "${key}" must be text`);
}

/**
 * Markdown with optional YAML front matter (headline or title, standfirst, dateline, published,
 * credit, url, outlet, author). The body is the markdown after the front matter, a contiguous
 * slice of the file (`bodyOffset`); `#` headings and short title-like lines in it are subheads.
 */
export function parseMarkdown(raw: string, origin: string): Article {
  const from = startOf(raw);
  let meta: Meta = {};
  let bodyFrom = from;
  const open = OPEN.exec(raw.slice(from));
  if (open) {
    const fmStart = from + open[0].length;
    const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
    close.lastIndex = fmStart;
    const m = close.exec(raw);
    if (!m) throw new Error('front matter is not closed: no "---" line after it');
    meta = parseFrontMatter(raw.slice(fmStart, m.index));
    bodyFrom = m.index + m[0].length;
  }

  let headline = text(meta, 'headline') ?? text(meta, 'title');
  if (!headline) {
    const first = splitLines(raw, bodyFrom).find((l) => !isBlank(l));
    const h = first && /^#\s+(.+?)(?:\s+#+)?\s*$/.exec(first.text.trim());
    if (first && h && contentStart(first) >= bodyFrom) {
      headline = h[1];
      bodyFrom = first.end;
    }
  }

  const rawPublished = meta.published ?? meta.date;
  let published: string | undefined;
  if (rawPublished !== undefined && rawPublished !== null && rawPublished !== '') {
    published = normaliseDate(rawPublished);
    if (!published) throw new Error(`published is not a date: "${String(rawPublished)}"`);
  }

  const url = text(meta, 'url');
  if (url && !URL.canParse(url)) throw new Error(`url is not a valid URL: "${url}"`);

  const dateline = text(meta, 'dateline');
  const layout = layoutBody(raw, bodyFrom, { credit: false, markdownHeadings: true, dateline });
  return makeArticle({
    headline: headline ?? '',
    standfirst: text(meta, 'standfirst'),
    dateline: dateline ?? layout.dateline,
    published,
    credit: text(meta, 'credit'),
    url,
    outlet: text(meta, 'outlet'),
    author: text(meta, 'author'),
    body: layout.body,
    bodyOffset: layout.bodyOffset,
    subheads: layout.subheads,
    origin,
  });
}
