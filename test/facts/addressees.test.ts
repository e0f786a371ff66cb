/**
 * An addressee named with "the" and "of" ("told the House of Lords", "told the Bank of England") is
 * the cue's, not the start of the words reported.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const reported = (body: string) =>
  extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }))
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => q.text);

describe('an addressee named with "the" and "of"', () => {
  it('"told the House of Lords …" and "told the Bank of England …" report only what follows', () => {
    expect(reported('The debate went on late.\n\nAnn Roe told the House of Lords the plan was morally wrong.')).toEqual(['the plan was morally wrong']);
    expect(reported('The debate went on late.\n\nAnn Roe told the Bank of England the rates were too high.')).toEqual(['the rates were too high']);
  });

  it('a named addressee and the head it qualifies ("told the Vermont senator to …") are the cue\'s', () => {
    expect(reported('The debate went on late.\n\nAnn Roe asked the Vermont senator to take back his words.')).toEqual(['to take back his words']);
  });

  it('a few words between a named addressee and a quotation report nothing of their own', () => {
    const body = 'The votes were counted.\n\nTom Hale, its chairman, told the Reuters news agency simply, "We lost."';
    expect(reported(body)).toEqual([]);
    expect(extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes.map((q) => [q.speaker, q.text])).toEqual([['Tom Hale', 'We lost.']]);
  });

  it('a lower-case addressee after "the" is still read up to the words', () => {
    expect(reported('The debate went on late.\n\nAnn Roe told the committee the plan was morally wrong.')).toEqual(['the plan was morally wrong']);
  });
});
