/**
 * "“…?” Ward said of the firm in February, when …" and "“…?” Ward told Britain’s ITV television
 * station in an interview … when asked how …": the sentence after a quotation names its speaker,
 * and what follows the cue is whom the words were about, whom they were told and when: no words
 * of their own (the code before session 13 read "of the firm in February, when the company balked
 * …" and "television station in an interview …" as reported speech and left the quotation
 * unattributed). A name the words were about is no rival for a pronoun after it.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }));
const lead = 'Ward reported income from a sold investment in the company.\n\n';

describe('said of, told whom: the quotation before is the speaker’s', () => {
  it('“…?” X said of Y in February, when …', () => {
    const qs = facts(`${lead}“Who do they think they are?” Ward said of the bakery chain in February, when the company refused to hand over the records used by one of the two managers in the dispute.`).quotes;
    expect(qs.find((q) => q.text.includes('Who do they think'))?.speaker).toBe('Ward');
    expect(qs.some((q) => q.kind === 'reported' && /^of the bakery/.test(q.text))).toBe(false);
  });

  it('“…?” X told Britain’s ITV television station in an interview … when asked how …', () => {
    const qs = facts(`${lead}“It looks like we’re not going to get along, who knows?” Ward told Britain’s ITV television station in an interview aired on Monday when asked how ties would fare if he won the election.`).quotes;
    expect(qs.find((q) => q.text.includes('get along'))?.speaker).toBe('Ward');
    expect(qs.some((q) => q.kind === 'reported' && /^television station/.test(q.text))).toBe(false);
    expect(qs.some((q) => q.speaker === 'Ward' && /he won the election/.test(q.text) && !/how ties/.test(q.text))).toBe(false);
  });

  it('the one the words were about is no rival for the pronoun after', () => {
    const qs = facts('Mark English, an organiser, worked with the campaign for a year.\n\n"Part of my job is to say: this man is real," Mr. English said of Mr. Cruz. He said he had reached out to fellow volunteers.').quotes;
    expect(qs.find((q) => q.text.includes('reached out'))?.speaker).toBe('Mark English');
    expect(qs.some((q) => /^of Mr\. Cruz/.test(q.text))).toBe(false);
  });

  it('a quotation trailing off in an ellipsis, then "X said."', () => {
    const qs = facts('Ann Lowe was asked about her running mate.\n\n"Well, yes. I’m going to — I’m going to look at a lot of different people…" Lowe said. "Grizzly Adams?" the host repeated.').quotes;
    expect(qs.find((q) => q.text.includes('different people'))?.speaker).toBe('Ann Lowe');
  });

  it('said of X that …: the clause is still not the words when no quotation follows', () => {
    const qs = facts('“It was a mistake,” Ward said of the plan that the council adopted last year.').quotes;
    expect(qs.find((q) => q.text.includes('It was a mistake'))?.speaker).toBe('Ward');
    expect(qs.some((q) => q.kind === 'reported')).toBe(false);
  });
});
