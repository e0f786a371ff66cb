/**
 * Quotations an article presents rather than attributes with a verb: a fact-check's claim in its
 * own paragraph with "- Bernie Sanders." (or "— Sanders", someone named before) on the next line,
 * and a presenter's colon ("Here’s Lowe in December 1992: “…”", "More from Jones: “…”"). And a
 * verb of saying after a determiner is a noun ("a new report on the states"), never a cue whose
 * subject is the words before it. Each case fails on the code before session 13 (unknown speakers
 * by the rules, and "has a new report on the" given as the speaker of "Tom Jones, who studies elections").
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }));
const speakerOf = (body: string, words: string) => facts(body).quotes.find((q) => q.text.includes(words))?.speaker ?? null;
/** The rules alone (no speaker model): the old code left the model to guess these. */
const byRules = (body: string, words: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }), null).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('a fact-check names the claim’s speaker on the line after it', () => {
  const body = [
    'Here are some claims from the debate, fact-checked.',
    '"Almost all new income and wealth is going to the top 1 percent of earners."',
    '- Robert Diaz.',
    'The senator is relying on an outdated statistic.',
    '"I will look into it. I don\'t know the status, but I will certainly look into it."',
    '— Helen Park',
    'She has been looking into it a long time.',
    '"I went to the banks before the crash and told them they would wreck the economy."',
    '- Park.',
    'Park says this often.',
  ].join('\n\n');
  it('a full name, with or without a full stop', () => {
    expect(speakerOf(body, 'top 1 percent')).toBe('Robert Diaz');
    expect(speakerOf(body, 'look into it')).toBe('Helen Park');
  });
  it('a surname of someone named before', () => {
    expect(speakerOf(body, 'wreck the economy')).toBe('Helen Park');
  });
  it('an outlet after the dash is nobody', () => {
    expect(speakerOf('The council met on Monday.\n\n"We will not raise the tax this year, whatever the deficit."\n\n- Associated Press', 'raise the tax')).toBe(null);
  });
});

describe('a presenter’s colon', () => {
  const body = 'Ann Lowe ran the state party for a decade. Critics say her record is thin.\n\nHere’s Lowe in December 1992: “Our new direction must rest on an understanding of the new realities.”\n\nTom Jones, who studies elections, has a new report on the states.\n\nMore from Jones: “The partisanship of the state population is a starting point in determining its vote.”';
  it('Here’s X (in a date): “…”', () => {
    expect(byRules(body, 'Our new direction')).toBe('Ann Lowe');
  });
  it('More from X: “…”', () => {
    expect(byRules(body, 'partisanship of the state')).toBe('Tom Jones');
  });
  it('a cue word after a determiner is a noun, not a cue', () => {
    const qs = facts(body).quotes;
    expect(qs.some((q) => q.cue === 'states')).toBe(false);
    expect(facts('The group, which tracks donors, published data on the states.').quotes).toEqual([]);
  });
});
