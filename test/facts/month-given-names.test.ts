/**
 * Months that are given names: "April Ryan", "June Carter", "Jan Novak". Read as a date, the month
 * dropped out of the name and "Ryan" became House Speaker Paul Ryan, named earlier: a wrong speaker
 * (the code before session 13). A month after a preposition or a date word stays a date ("In June
 * Trump said …").
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }));
const speakerOf = (body: string, words: string) => facts(body).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('a month that is a given name', () => {
  const body = 'House Speaker Paul Ryan spoke to reporters on Monday about the budget.\n\n"Will you support the nominee?" asked April Ryan, a White House correspondent.\n\n"We will see what happens," said June Carter, a voter in Ohio.\n\n"It is a good plan," Jan Novak, the ministry spokesman, said.';
  it('is no surname of someone else', () => {
    expect(speakerOf(body, 'support the nominee')).toBe('April Ryan');
  });
  it('keeps the whole name', () => {
    expect(speakerOf(body, 'see what happens')).toBe('June Carter');
    expect(speakerOf(body, 'good plan')).toBe('Jan Novak');
  });
  it('after a preposition or a date word it is a date', () => {
    const b = 'Donald Trump spoke in Ohio on Monday.\n\nIn June Trump said the wall would be built. Since May Trump has said the same thing.';
    const said = facts(b).quotes.filter((q) => q.kind === 'reported').map((q) => q.speaker);
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((s) => s === 'Donald Trump')).toBe(true);
    expect(speakerOf('"It will pass," Jan. Novak said.', 'It will pass')).not.toBe('Jan. Novak');
  });
});
