/**
 * A title capitalised after "the" ("the Home Secretary", "the Prime Minister", British style) is not
 * an unknown person's name competing for a pronoun: "he" is still the one person named before it.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const speakerOf = (body: string, words: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a capitalised title after "the" is not a rival name', () => {
  it('"Tom Hale, the Home Secretary, defended the plan. "…," he said." is Hale\'s', () => {
    const body = 'The vote was close.\n\nTom Hale, the Home Secretary, defended the plan. "We have a duty to stop the boats," he said.';
    expect(speakerOf(body, 'duty to stop')).toBe('Tom Hale');
    expect(speakerOf(body.replace('the Home Secretary', 'the Foreign Minister'), 'duty to stop')).toBe('Tom Hale');
  });

  it('a name that is not a title still makes the pronoun unsure', () => {
    const body = 'The vote was close.\n\nTom Hale met Sir Walter Brennan on Monday. "We have a duty to stop the boats," he said.';
    expect(speakerOf(body, 'duty to stop')).not.toBe('Walter Brennan');
  });
});
