/**
 * A headline "Speaker: words" gives the words to the speaker the article names in full, also when
 * someone sharing the surname is named too, and speech reported inside the words ("Hillary thinks
 * …") is part of them. Fails on the code before session 12 (it gave the words to "Hillary").
 */
import { expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractHeadlineQuotes } from '../../src/facts/index.ts';

const headlineQuotes = (headline: string, body: string) => extractHeadlineQuotes(makeArticle({ headline, body, published: '2025-04-23' })).map((q) => [q.kind, q.speaker, q.text]);

it('"Bill Clinton: Hillary thinks …" is Bill Clinton’s', () => {
  const body = 'Hillary Clinton thinks the federal government requires too many tests, her husband Bill Clinton said on Monday.';
  expect(headlineQuotes('Bill Clinton: Hillary thinks feds require too many tests at school', body)).toEqual([['reported', 'Bill Clinton', 'Hillary thinks feds require too many tests at school']]);
});

it('a bare surname two people share names nobody', () => {
  const body = 'Hillary Clinton thinks the federal government requires too many tests, her husband Bill Clinton said on Monday.';
  expect(headlineQuotes('Clinton: too many tests at school', body)).toEqual([]);
});
