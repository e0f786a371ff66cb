/**
 * A surname a father and a son share ("Tom Dorn", "Tom Dorn Jr."): "Dorn said" is neither's, unless
 * only one of them has been quoted word for word so far (the son interviewed, the father named as
 * background).
 * The first fails on the code before session 12 (unknown); the others guard the rule.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const speakerOf = (body: string, words: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('father and son', () => {
  it('the one already quoted owns the shared surname', () => {
    const body = '“Yes, I support the senator,” Tom Dorn Jr., founder of a media group, told reporters.\n\nHis father, Tom Dorn, ran a hardware store in 1960.\n\n“It is clear cut: you are with the establishment or with him,” Dorn says.';
    expect(speakerOf(body, 'clear cut')).toBe('Tom Dorn Jr.');
  });

  it('neither when neither has been quoted', () => {
    const body = 'Tom Dorn Jr. founded a media group.\n\nHis father, Tom Dorn, ran a hardware store in 1960.\n\n“It is clear cut: you are with the establishment or with him,” Dorn says.';
    expect(speakerOf(body, 'clear cut')).toBeNull();
  });

  it('neither when both have been quoted', () => {
    const body = '“Yes, I support the senator,” Tom Dorn Jr. told reporters.\n\n“So do I,” his father, Tom Dorn, said in 1960.\n\n“It is clear cut: you are with the establishment or with him,” Dorn says.';
    expect(speakerOf(body, 'clear cut')).toBeNull();
  });
});
