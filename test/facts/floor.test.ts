/**
 * Someone else takes the floor between two quotations ("“A,” Ebeling said, and her husband cut in.
 * “B”"): the second quotation is not the first one's speaker's. An adverb is no new speaker ("and
 * then replied"), nor is a clause in which no one speaks ("as the crowd cheered").
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const quotes = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes;
const speakerOf = (body: string, words: string) => quotes(body).find((q) => q.text.includes(words))?.speaker;

describe('a quotation after someone else takes the floor', () => {
  it('is not the first speaker\'s (a relative, an aide, a pronoun)', () => {
    const body = `Betsy Ebeling knocked on doors with her husband, Tom Ebeling.\n\n"Tell her I promised you a picture," Betsy Ebeling said, and her husband cut in. "Don't forget me."\n\n"We need more volunteers," Hale said, before his aide interrupted. "And more money."\n\n"We will win," Hale said, and she replied. "No, you will not."`;
    expect(speakerOf(body, 'promised you a picture')).toBe('Betsy Ebeling');
    expect(speakerOf(body, "Don't forget me")).toBeNull();
    expect(speakerOf(body, 'more volunteers')).toBe('Hale');
    expect(speakerOf(body, 'And more money')).toBeNull();
    expect(speakerOf(body, 'you will not')).toBeNull();
  });

  it('but the speaker goes on after an adverb or a clause in which no one speaks', () => {
    const body = `"We will win," Hale said, and then replied to a heckler. "Sit down."\n\n"We will win," Hale said, as the crowd cheered. "We will win big."`;
    expect(speakerOf(body, 'Sit down')).toBe('Hale');
    expect(speakerOf(body, 'win big')).toBe('Hale');
  });
});
