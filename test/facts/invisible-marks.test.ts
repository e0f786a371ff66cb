/**
 * Text pasted from social media carries invisible format marks (a left-to-right embedding before a
 * quotation mark, zero-width spaces): they are read as space, so the quotation is found and "Isis
 * declares …" inside it is no speech of "Isis". Fails on the code before session 12.
 */
import { expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

it('a quotation opened after a bidi embedding mark is one direct quote of its writer', () => {
  const body = 'Sarah Palin posted on Facebook.\n\n\u202a”Isis declares death on a lot of people and will burn in hell! Thanks Sarah!” wrote Pete Hidalgo.\n\n\u200b“This is why it has to be destroyed,” wrote John Krystek.';
  const quotes = extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes;
  expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
    ['direct', 'Pete Hidalgo', 'Isis declares death on a lot of people and will burn in hell! Thanks Sarah!'],
    ['direct', 'John Krystek', 'This is why it has to be destroyed,'],
  ]);
});
