/**
 * A relative shares a surname with someone else in the article and is not them: a name after "his
 * wife," is never read by its surname alone (which would give the words to the husband), nor is a
 * name that comes later introduced before everyone (which would make it the first of a shared surname).
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const quotes = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes;
const speakerOf = (body: string, words: string) => quotes(body).find((q) => q.text.includes(words))?.speaker;

describe('a relative named after the relation is not the person whose surname they share', () => {
  it('"his wife, Ilona Varga, told the court" is hers, with a known or an unknown given name before', () => {
    for (const husband of ['Tom Varga', 'Csaba Lorinc Varga']) {
      const body = `${husband}, 50, a plumber from Pecs, was fined on Monday.\n\nVarga admitted the offence.\n\n"We need him at home because the winter is very hard," his wife, Ilona Varga, told the court in a letter.\n\nThe judge was not moved.`;
      expect(speakerOf(body, 'We need him at home')).toBe('Ilona Varga');
    }
  });

  it('the same for a son and a brother', () => {
    const body = `Tom Varga was fined on Monday.\n\nVarga admitted the offence.\n\n"He is a good man," his eldest son, Peter Varga, said outside the court.\n\n"He will pay," a brother, Andras Varga, said.`;
    expect(speakerOf(body, 'good man')).toBe('Peter Varga');
    expect(speakerOf(body, 'will pay')).toBe('Andras Varga');
  });

  it('the husband named by surname afterwards is still the husband', () => {
    const body = `Tom Varga, 50, was fined on Monday.\n\n"We need him at home," his wife, Ilona Varga, told the court.\n\n"I am sorry for what I did," Varga told the judge.`;
    expect(speakerOf(body, 'sorry for what I did')).toBe('Tom Varga');
  });
});

describe('a full name beside two people of its surname', () => {
  it('is someone new when it holds neither given name (not one of them, not unknown for the model to guess)', () => {
    const body = `Tom Varga was fined on Monday.\n\nHis son Peter Varga was in court.\n\n"He will pay," a plumber, Andras Varga, said.`;
    expect(speakerOf(body, 'He will pay')).toBe('Andras Varga');
  });
});
