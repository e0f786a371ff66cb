import { makeArticle, parseFeed, parseHtml, type Article } from '../articles/index.ts';
import type { Source } from './source.ts';
import type { Fetcher } from './safe-fetch.ts';
import { decodeBody, looksLikeFeed } from './charset.ts';

/** What reading a source yielded; the poller ingests `articles` and records the rest. */
export interface PollOutcome {
  articles: Article[];
  /** Items that could not be read (the rest still go in). */
  itemErrors: string[];
  /** Nothing changed since the last poll (HTTP 304, or no file changed). */
  unchanged: boolean;
  format?: 'feed' | 'page';
  etag?: string | null;
  lastModified?: string | null;
  state?: Record<string, string> | null;
}

/** What a fetched body reads as: a feed's items, or one page. Throws when neither can be read. */
export function readFetched(body: Uint8Array, contentType: string | undefined, url: string): Omit<PollOutcome, 'etag' | 'lastModified'> {
  const { text } = decodeBody(body, contentType);
  if (!text.trim()) throw new Error('the answer was empty');
  if (looksLikeFeed(text, contentType)) {
    const r = parseFeed(text, url);
    if (!r.articles.length && r.errors.length) throw new Error(`no item could be read: ${r.errors[0].item}: ${r.errors[0].message}`);
    return { articles: r.articles, itemErrors: r.errors.map((e) => `item "${e.item}": ${e.message}`), unchanged: false, format: 'feed' };
  }
  let article = parseHtml(text, url);
  // A page without a canonical link is known by the URL it was fetched from.
  if (!article.url) article = makeArticle({ ...article, id: undefined, url });
  return { articles: [article], itemErrors: [], unchanged: false, format: 'page' };
}

/** Reads a fetched body: `readFetched` inline, or the same in a worker thread (large pages). */
export type FetchedReader = (body: Uint8Array, contentType: string | undefined, url: string) => Promise<Omit<PollOutcome, 'etag' | 'lastModified'>>;

/**
 * Poll a URL source: a conditional GET (If-None-Match / If-Modified-Since from the last answer),
 * then the body decoded with its declared charset and read as an RSS/Atom feed or a web page.
 * Throws on a failed fetch or an unreadable feed or page (the whole poll failed).
 */
export async function pollUrl(source: Source, fetcher: Fetcher, signal?: AbortSignal, read?: FetchedReader): Promise<PollOutcome> {
  const headers: Record<string, string> = {};
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.lastModified) headers['if-modified-since'] = source.lastModified;
  const res = await fetcher(source.location, { headers, signal });
  if (res.status === 304) return { articles: [], itemErrors: [], unchanged: true };
  const contentType = res.headers['content-type'];
  const validators = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
  const outcome = read ? await read(res.body, contentType, res.url) : readFetched(res.body, contentType, res.url);
  return { ...outcome, ...validators };
}
