import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A news article as every reader yields it. `body` is the article text the extractor reads. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().url().optional(),
  outlet: z.string().min(1).optional(),
  headline: z.string().trim().min(1, 'article has no headline'),
  standfirst: z.string().min(1).optional(),
  dateline: z.string().min(1).optional(),
  /** ISO date (YYYY-MM-DD) or date-time. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'published must be an ISO date').optional(),
  body: z.string().refine((b) => b.trim().length > 0, 'article body is empty'),
  credit: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  /**
   * Where `body` starts in the file exactly as read from disk (JavaScript string index), when the
   * body is a contiguous slice of it; lets `extract` report offsets into the file.
   */
  bodyOffset: z.number().int().nonnegative().optional(),
  /** Body-relative [start, end) spans of in-body subheads ("'Fake' reports"): not sentences. */
  subheads: z.array(z.tuple([z.number().int(), z.number().int()])).default([]),
  /** Where it was read from (file path or feed URL); informational. */
  origin: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;

/** Canonical form of a URL for identity: no fragment, no tracking params, no trailing slash. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) {
    if (/^(utm_|fbclid|gclid|mc_|ref$|cmpid)/i.test(k)) u.searchParams.delete(k);
  }
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  let s = u.toString();
  if (s.endsWith('/') && u.pathname !== '/') s = s.slice(0, -1);
  return s;
}

/** Normalised text for identity: case, whitespace and quote styles folded. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable id: hash of the canonical URL when there is one, else of headline + normalised body. */
export function articleId(a: { url?: string; headline: string; body: string }): string {
  const basis = a.url ? `url:${canonicalUrl(a.url)}` : `text:${normaliseText(a.headline)}\n${normaliseText(a.body)}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

/** Validate reader output into an Article, computing the id. Throws a ZodError on bad input. */
export function makeArticle(input: Omit<ArticleInput, 'id'> & { id?: string }): Article {
  const id = input.id ?? articleId({ url: input.url, headline: input.headline ?? '', body: input.body ?? '' });
  return ArticleSchema.parse({ ...input, id });
}
