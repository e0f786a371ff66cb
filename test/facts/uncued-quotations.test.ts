/**
 * Quotations the rules find no speaker for (session 13, issue 15): eight words or more in quotation
 * marks inside a sentence with no cue read, and a quotation right after a cue whose subject cannot be
 * read, are quoted words the rules give no speaker; since session 14 the speaker model may name one
 * from the context (the subject of the quotation's sentence), when it is sure enough. Titles,
 * nicknames, labels after a naming verb and short scare quotes stay out; a sentence-opening adverb
 * ("Outside,") is never a speaker.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string, model = true) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }), model ? undefined : null);
const lead = 'Ann Lowe and Tom Hale met the harbour board on Monday.\n\n';
const find = (body: string, words: string, model = true) => facts(lead + body, model).quotes.find((q) => q.kind !== 'reported' && q.text.includes(words));

describe('uncued quotations of eight words or more inside a sentence', () => {
  const slump = 'In the depths of the slump, Hale fretted that the fund was becoming “a cushion that lulls able-bodied dockers to lives of idleness.”';
  it('keeps them, with no speaker from the rules', () => {
    const q = find(slump, 'a cushion that lulls', false);
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
    expect(q?.speakerType).toBe('unknown');
  });

  it('lets the speaker model name the subject of the sentence', () => {
    expect(find(slump, 'a cushion that lulls')?.speaker).toBe('Tom Hale');
  });

  it('keeps one that opens in lower case and runs on in the sentence', () => {
    const q = find('The board voted 6-1 for the motion, which said the town “condemns any plan to sell the pier to private owners at a loss” before the summer.', 'condemns any plan');
    expect(q?.speaker).toBeNull();
  });

  it('refuses a title in title case', () => {
    expect(find('Their pamphlet, “The Long Road Home From The Harbour Of Lost Ships And Dreams,” sold well at the market.', 'Long Road')).toBeUndefined();
  });

  it('refuses short scare quotes and nicknames', () => {
    expect(find('The plan, a so-called “harbour deal,” went nowhere.', 'harbour deal')).toBeUndefined();
    expect(find('Hale, known to the dockers as “Big Tom,” left early.', 'Big Tom')).toBeUndefined();
  });
});

describe('a quotation right after a cue whose subject cannot be read', () => {
  it('keeps it, with an unknown speaker', () => {
    const q = find('The host, who was off-screen, then loudly asked, “Really?”', 'Really?');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it('gives no speaker to a sentence-opening adverb: "Outside, dock workers … chanting"', () => {
    const q = find('Outside, dock workers marched past the gates of the port, chanting “Open the pier!”', 'Open the pier');
    expect(q).toBeDefined();
    expect(q?.speaker).not.toBe('Outside');
    expect(q?.speaker).toBeNull();
  });

  it('still reads a name after such an adverb', () => {
    const q = find('Nearby, Tom Hale stood on a bench, shouting “Open the pier!”', 'Open the pier');
    expect(q?.speaker).toBe('Tom Hale');
  });

  it('refuses a name or a title after a verb that names', () => {
    expect(find('Lowe set up a website called “Harbour Town If The Board Wins” last year.', 'Harbour Town')).toBeUndefined();
    expect(find('The dockers formed a group dubbed the “Friends of the Old Pier.”', 'Friends of')).toBeUndefined();
  });

  it('refuses a short scare quote after a cue with nothing setting it off', () => {
    expect(find('The board, in a long meeting, ended up saying "of course" to every request.', 'of course')).toBeUndefined();
  });
});
