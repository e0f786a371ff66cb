import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { describeError } from '../../src/articles/describe-error.ts';

const failure = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
};

describe('describeError', () => {
  it('turns zod issues into one line, naming the field when the message does not', () => {
    const e = failure(() => makeArticle({ headline: ' ', body: ' ', published: 'soon', subheads: [] }));
    expect(describeError(e)).toBe('article has no headline; published must be an ISO date; article body is empty');
    const f = failure(() => makeArticle({ headline: 'H', body: 'B', bodyOffset: -1, subheads: [] }));
    expect(describeError(f)).toMatch(/^bodyOffset: [a-z]/);
  });

  it('keeps only the first line of other errors', () => {
    expect(describeError(new Error('first line\n    at stack'))).toBe('first line');
    expect(describeError('plain')).toBe('plain');
  });
});
