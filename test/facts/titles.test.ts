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

describe('a word heading places or bodies is a surname after a given name', () => {
  it('"John Park" and "Stuart Hall" are people, and "Park" after him is him', () => {
    const facts = extractFacts(makeArticle({ headline: 'Made up', body: 'Shares fell on Wednesday.\n\nThe chief financial officer, John Park, said costs rose faster than planned. Park added that hiring would slow.\n\nStuart Hall said the board was divided.', published: '2025-04-23' }));
    expect(facts.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['John Park', 'person'],
      ['John Park', 'person'],
      ['Stuart Hall', 'person'],
    ]);
  });

  it('a place named so is still no person: "Central Park", "Carnegie Hall"', () => {
    const facts = extractFacts(makeArticle({ headline: 'Made up', body: 'Crowds gathered in Central Park on Sunday.\n\nAnn Roe spoke at Carnegie Hall. "We are here," she said.', published: '2025-04-23' }));
    expect(facts.people.map((p) => p.name)).not.toContain('Central Park');
    expect(facts.people.map((p) => p.name)).not.toContain('Carnegie Hall');
    expect(facts.quotes.find((q) => q.text.includes('We are here'))?.speaker).toBe('Ann Roe');
  });
});

describe('a person of a news outlet', () => {
  it('"Joel Vasko of Breitbart California observed …" is Vasko\'s, not California\'s (a given name the lists lack)', () => {
    const q = extractFacts(makeArticle({ headline: 'Made up', body: 'The rally was loud.\n\nJoel Vasko of Breitbart California observed that the crowd was larger than expected.', published: '2025-04-23' })).quotes[0];
    expect(q?.speaker).toBe('Joel Vasko');
  });
});
