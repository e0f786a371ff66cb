import type { Article } from '../articles/article.ts';
import type { Facts } from '../facts/schema.ts';

/**
 * The `extract --format json` view of Facts: quote `start`/`end` become offsets into the file as
 * read from disk (body offset added), so a scorer can compare spans; citations stay body-relative.
 */
export function toFileOffsets(facts: Facts, article: Article) {
  const shift = article.bodyOffset ?? 0;
  return {
    articleId: facts.articleId,
    headline: article.headline,
    published: article.published ?? null,
    offsets: article.bodyOffset === undefined ? 'body' : 'file',
    people: facts.people,
    quotes: facts.quotes.map((q) => ({ ...q, start: q.start + shift, end: q.end + shift })),
    claims: facts.claims,
    events: facts.events,
    positions: facts.positions,
    sentences: facts.sentences.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
  };
}
