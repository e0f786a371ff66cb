/**
 * Session 10 (issue 15), reported speech: words reported without quotation marks, each rule with
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const article = (body: string) => makeArticle({ headline: 'Made up', body, published: '2025-04-23' });
const quotes = (body: string) => extractFacts(article(body)).quotes;
const reported = (body: string) => quotes(body).filter((q) => q.kind === 'reported');

describe('"According to X, a description of X, …": the description is the source\'s', () => {
  it('leaves a role between commas after the source out of the reported words', () => {
    const [q] = reported('According to Dr Jane Smith, an economist at the LSE, the squeeze will last until 2024.');
    expect(q.text).toBe('the squeeze will last until 2024');
    expect(q.speaker).toBe('Jane Smith');
    const [r] = reported("According to Tom Hale, the party's treasurer, the fund is empty.");
    expect(r.text).toBe('the fund is empty');
  });

  it('does not give the description to the quotation after it', () => {
    const qs = quotes("According to Dr Jane Smith, an economist at the LSE, 'the squeeze will last until 2024'.");
    expect(qs.some((q) => q.text.includes('economist'))).toBe(false);
    expect(qs.find((q) => q.text.includes('squeeze'))?.speaker).toBe('Jane Smith');
  });

  it('keeps the words after the comma when they are no description of the source', () => {
    expect(reported('According to Smith, the report was flawed.')[0].text).toBe('the report was flawed');
    expect(reported('According to Smith, the report, which was leaked, was flawed.')[0].text).toBe('the report, which was leaked, was flawed');
  });
});

describe('a speech verb opening a "that" clause whose subject the rules cannot read', () => {
  it('reports the clause with the speaker unknown (finite verb after an aside)', () => {
    const [q] = reported('Her critics on the council, many of them farmers, argue that the new levy will ruin the valley.');
    expect(q.text).toBe('the new levy will ruin the valley');
    expect(q.speaker).toBeNull();
    const [r] = reported('The hacker, a man known as “Blue Fox,” stated that he had read every file on the server.');
    expect(r.text).toBe('he had read every file on the server');
    expect(r.speaker).toBeNull();
  });

  it('reports a participle\'s "that" clause when nothing in the sentence speaks before it', () => {
    const [q] = reported('Her aunt refused to sell the farm, insisting that the land would stay in the family.');
    expect(q.text).toBe('the land would stay in the family');
    expect(q.speaker).toBeNull();
  });

  it('leaves a participle after another attribution to the rules that read it', () => {
    const qs = reported('Mayor Ann Lowe said the budget was sound before claiming that the deficit had vanished.');
    expect(qs.every((q) => q.speaker === 'Ann Lowe')).toBe(true);
  });

  it('needs a clause after "that": no content from "said that."', () => {
    expect(reported('Her critics, many of them farmers, said that.')).toEqual([]);
  });
});

describe('a speech verb opening a clause with a pronoun subject, when the rules read no subject', () => {
  it('reports the clause with the speaker unknown', () => {
    const [q] = reported('Two farmers from the valley, both members of the co-op, have said they will not sell their land.');
    expect(q.text).toBe('they will not sell their land');
    expect(q.speaker).toBeNull();
  });

  it('needs a verb after the pronoun: "say he in the end" is no clause', () => {
    expect(reported('Two farmers from the valley, both members of the co-op, said he in the end.')).toEqual([]);
  });
});

describe('"according to X" set off by commas inside the clause', () => {
  it('reports both sides of the source as one span', () => {
    const body = 'At the heart of the dispute, according to Tom Hale, a former envoy, was a decision by the mayor to sell the port.';
    const [q] = reported(body);
    expect(q.speaker).toBe('Tom Hale');
    expect(q.start).toBe(0);
    expect(body.slice(q.start, q.end)).toMatch(/^At the heart of the dispute,.*to sell the port$/);
  });

  it('stops at a relative clause or a participle after the source, and at the source ending the sentence', () => {
    expect(reported('The port lost money last year, according to the audit, which was released on Monday.')[0].text).toBe('The port lost money last year');
    expect(reported('The port lost money last year, according to the audit, prompting calls for a sale.')[0].text).toBe('The port lost money last year');
    expect(reported('The port lost money last year, according to the audit.')[0].text).toBe('The port lost money last year');
  });
});

describe('"A, X said, B" where B opens on a name', () => {
  it('reports the words after the attribution', () => {
    const [q] = reported('In Lisbon, Mr. Costa said, Mr. Hale is seen as a bully by the dockers.');
    expect(q.speaker).toBe('Costa');
    expect(q.text).toContain('Mr. Hale is seen as a bully by the dockers');
  });

  it('does not take a second attribution or a date for the words', () => {
    const qs = reported('The plan is dead, Mr. Costa said, Lowe added.');
    expect(qs.find((q) => q.speaker === 'Costa')?.text).toBe('The plan is dead');
    expect(reported('The plan is dead, Mr. Costa said, Tuesday.')[0].text).toBe('The plan is dead');
  });
});

describe('"As X noted, …" opening the sentence', () => {
  it('reports the main clause as X\'s words', () => {
    const [q] = reported('As the Daily Ledger noted, the mayor has rarely had kind words for the port.');
    expect(q.speaker).toBe('Daily Ledger');
    expect(q.text).toBe('the mayor has rarely had kind words for the port');
    const [r] = reported('But as Tom Hale said in 2012, the port cannot survive without the ferry.');
    expect(r.speaker).toBe('Tom Hale');
    expect(r.text).toBe('the port cannot survive without the ferry');
  });

  it('needs a cue and a comma after it: "As Hale said goodbye, the crowd cheered" reports nothing', () => {
    expect(reported('As Tom Hale said goodbye, the crowd cheered.')).toEqual([]);
  });
});

describe('"…, as X noted, …" inside the sentence', () => {
  it('reports the clause after an "as" clause set off by commas', () => {
    const [q] = reported('The port is in trouble, and as the Daily Ledger reported on Saturday, the ferry will stop in May.');
    expect(q.speaker).toBe('Daily Ledger');
    expect(q.text).toBe('the ferry will stop in May');
  });

  it('needs a cue closing the "as" clause: "as Hale said goodbye" reports nothing', () => {
    expect(reported('The crowd cheered, as Tom Hale said goodbye.')).toEqual([]);
  });
});

describe('"urged the council to …": the one urged belongs to the words', () => {
  it('starts the words at the described addressee before an infinitive', () => {
    expect(reported('Mayor Ann Lowe urged the harbour council to sell the port.')[0].text).toBe('the harbour council to sell the port');
  });

  it('still leaves an addressee before "that" out of the words', () => {
    expect(reported('Mayor Ann Lowe told the harbour council that the port was sold.')[0].text).toBe('the port was sold');
  });
});

describe('a noun of speech and its "that" clause ("Hale\'s claim that …")', () => {
  it('reports the clause, the possessor speaking when the phrase is the subject', () => {
    const [q] = reported("Tom Hale's claim that the port was sold to a rival firm angered the council.");
    expect(q.speaker).toBe('Tom Hale');
    expect(q.text).toContain('the port was sold to a rival firm');
  });

  it('leaves the speaker unknown after a determiner, or when the phrase is an object', () => {
    const [q] = reported('The allegation that the mayor took bribes from the firm was denied on Monday.');
    expect(q.speaker).toBeNull();
    expect(q.text).toContain('the mayor took bribes from the firm');
    const [r] = reported("Ms. Lowe sought to clarify Tom Hale's comment that the ferry would stop in May.");
    expect(r.speaker).toBeNull();
    expect(r.text).toBe('the ferry would stop in May');
  });

  it('ends the clause at a comma and needs the noun after a possessive or a determiner', () => {
    expect(reported("Tom Hale's argument that he is popular across the state, rather than in the cities, failed.")[0].text).toBe('he is popular across the state');
    expect(reported('Voters got assurances that they would be heard.')).toEqual([]);
  });
});
