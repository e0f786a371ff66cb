import { makeArticle, type Article } from '../../src/articles/article.ts';
import type { Facts } from '../../src/facts/schema.ts';

/** A small hand-made article with hand-made facts, for store tests that must not depend on the extractor. */
export function sampleArticle(n: number, opts: { published?: string; speaker?: string; words?: string } = {}): { article: Article; facts: Facts } {
  const words = opts.words ?? `We will keep talking about peace number ${n}`;
  const body = `Officials met on Monday. "${words}," ${opts.speaker ?? 'Dmitry Peskov'} told reporters.`;
  const article = makeArticle({ headline: `Sample headline ${n}`, body, published: opts.published ?? '2025-04-23', outlet: 'Sample Wire' });
  const start = body.indexOf(words);
  const cite = { articleId: article.id, sentenceIndex: 1, charStart: 25, charEnd: body.length };
  const facts: Facts = {
    articleId: article.id,
    sentences: [
      { index: 0, start: 0, end: 24, text: body.slice(0, 24), paragraph: 0 },
      { index: 1, start: 25, end: body.length, text: body.slice(25), paragraph: 0 },
    ],
    people: [{ name: opts.speaker ?? 'Dmitry Peskov', aliases: [], role: 'spokesman', affiliation: 'Kremlin', kind: 'person', cite }],
    quotes: [
      {
        speaker: opts.speaker ?? 'Dmitry Peskov',
        speakerType: 'person',
        role: 'spokesman',
        text: words,
        kind: 'direct',
        cue: 'told reporters',
        via: null,
        venue: null,
        saidOn: null,
        start,
        end: start + words.length,
        cite,
      },
    ],
    claims: [],
    events: [],
    positions: [],
  };
  return { article, facts };
}
