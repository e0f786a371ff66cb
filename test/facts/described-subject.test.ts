/**
 * A pronoun after a sentence whose subject is a role description and no name ("the actor
 * discussed …") goes back past that sentence to the person it describes, as it does past a
 * sentence opening with the pronoun; a short title-case heading (a list item's) holds no unknown
 * names. Fails on the code before session 12 (the quote was unknown).
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const speakerOf = (body: string, words: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('a role description between a person and a pronoun', () => {
  it('a list item: heading, then "the actor discussed …", then "he said"', () => {
    const body = 'Latinos gave us plenty to think about this year.\n\n1\nJohn Leguizamo On How History Makes Latinos Feel Invisible.\n\nIn a conversation about his comedy project, the actor discussed the absence of Latinos in history lessons. “Just imagine, you’re a white kid and everything they teach you is Latin,” he said.';
    expect(speakerOf(body, 'Just imagine')).toBe('John Leguizamo');
  });

  it('in running text: "Gov. George Pataki … The former governor ended … he said"', () => {
    const body = 'Former New York Gov. George Pataki is endorsing John Kasich.\n\nThe former governor ended his own campaign late last year. “He is the best choice we have,” he said.';
    expect(speakerOf(body, 'best choice')).toBe('George Pataki');
  });

  it('not when another person of that gender stands before the description', () => {
    const body = 'Gov. George Pataki met Sen. Ted Cruz in Albany.\n\nThe former governor ended his own campaign late last year. “He is the best choice we have,” he said.';
    expect(speakerOf(body, 'best choice')).toBeNull();
  });
});
