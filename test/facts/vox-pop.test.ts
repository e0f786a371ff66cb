/**
 * Vox pops and reader roundups name their speakers without a verb of saying: after the quotation
 * and a dash ("“…” — Maria Lopez, 19, Phoenix"), before it with a colon ("Ana Torres, 33, Miami:
 * “…”"), or on a line of their own above it ("Jose Garcia, 52"). The speaker is a person the
 * article names, or a full name with a known given name or an age; a publication after a dash is
 * nobody. The dash and the line fail on the code before session 12 (unknown); the colon was left
 * to the speaker model before, and is read by the rules now.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }));
const speakerOf = (body: string, words: string) => facts(body).quotes.find((q) => q.text.includes(words))?.speaker ?? null;
const intro = 'We asked readers what the election means to them.\n\n';

describe('a vox pop names its speaker without a verb', () => {
  it('after a dash', () => {
    const body = `${intro}“I am voting for the first time and I am scared of what might happen.” — Maria Lopez, 19, Phoenix\n\n“My parents built a life here over thirty years.” - Zoltan Kertesz, 45, El Paso`;
    expect(speakerOf(body, 'voting for the first time')).toBe('Maria Lopez');
    expect(speakerOf(body, 'built a life')).toBe('Zoltan Kertesz');
  });

  it('before a colon, with an age and a home', () => {
    expect(speakerOf(`${intro}Ana Torres, 33, Miami: “Nobody in my family trusts either candidate this year.”`, 'Nobody in my family')).toBe('Ana Torres');
  });

  it('on a line of its own above the quotation', () => {
    expect(speakerOf(`${intro}Jose Garcia, 52\n“We have been here for generations and we are still treated as outsiders.”`, 'for generations')).toBe('Jose Garcia');
  });

  it('a publication or an unknown capitalised phrase after a dash is nobody', () => {
    expect(speakerOf(`${intro}“Nothing will change in this town for years to come.” — The Washington Post`, 'Nothing will change')).toBeNull();
    expect(speakerOf(`${intro}“Nothing will change in this town for years to come.” — Grand Rapids Weekly`, 'Nothing will change')).toBeNull();
  });
});
