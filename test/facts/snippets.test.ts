import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts, findQuoteSpans, splitParagraphs, splitSentences, resolveDate } from '../../src/facts/index.ts';

const facts = (body: string, published = '2025-04-23') => extractFacts(makeArticle({ headline: 'Snippet', body, published }));
const brief = (body: string) => facts(body).quotes.map((q) => [q.kind, q.speaker, q.speakerType, q.text, q.cue]);

describe('quote marks', () => {
  it('finds every style and leaves apostrophes alone', () => {
    const body = `“Curly,” 'straight single' «guillemets» „German“ ‘single curly’ "straight" — Rubio's, don't, the '90s, voters' rights.`;
    const paras = splitParagraphs(body, []);
    const spans = findQuoteSpans(body, paras).map((q) => body.slice(q.start, q.end));
    expect(spans).toEqual(['Curly,', 'straight single', 'guillemets', 'German', 'single curly', 'straight']);
  });

  it("reads '' pairs as double quotes", () => {
    expect(brief("''There's a lot of new complexity,'' Mr. Burman said.")).toEqual([['direct', 'Burman', 'person', "There's a lot of new complexity,", 'said']]);
  });

  it('survives an unclosed quote in linear time', () => {
    const body = 'He said "' + 'word and more words, '.repeat(50000);
    const t = performance.now();
    const f = facts(body);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(f.quotes.every((q) => q.kind === 'reported')).toBe(true);
  });
});

describe('sentences', () => {
  it('knows abbreviations, initials and quotations', () => {
    const body = 'Gen. Smith met U.S. officials on Jan. 5 with Donald J. Trump. "It went well. Very well," he said. Then he left...\nNew paragraph here.';
    const p = splitParagraphs(body, []);
    const s = splitSentences(body, p, findQuoteSpans(body, p)).map((x) => [x.paragraph, x.text]);
    expect(s).toEqual([
      [0, 'Gen. Smith met U.S. officials on Jan. 5 with Donald J. Trump.'],
      [0, '"It went well. Very well," he said.'],
      [0, 'Then he left...'],
      [1, 'New paragraph here.'],
    ]);
  });
});

describe('quotes and speakers', () => {
  it('joins a split quote around its attribution', () => {
    expect(brief('"The deal is dead," said Jane Doe, the union leader, "and nobody will revive it."')).toEqual([
      ['direct', 'Jane Doe', 'person', 'The deal is dead,', 'said'],
      ['direct', 'Jane Doe', 'person', 'and nobody will revive it.', null],
    ]);
  });

  it('handles curly, guillemet and single-quoted speech, and scare quotes', () => {
    expect(brief('Prime Minister Anna Berg said: “We are ready.” The minister added: ‘It is a good day for Rubio’s team.’ Officials called it «une victoire». The band played "Yellow Submarine" at the rally.')).toEqual([
      ['direct', 'Anna Berg', 'person', 'We are ready.', 'said'],
      ['direct', 'Anna Berg', 'person', 'It is a good day for Rubio’s team.', 'added'],
      ['partial', 'Officials', 'unnamed', 'une victoire', 'called'],
    ]);
  });

  it('keeps a multi-paragraph quote whole', () => {
    const body = 'Senator Tom Brown said: "The bill is a disaster.\n\n"It will fail," he said.';
    expect(brief(body)).toEqual([['direct', 'Tom Brown', 'person', 'The bill is a disaster.\n\n"It will fail,', 'said']]);
  });

  it('reads a quote glued to the verb', () => {
    expect(brief('Kremlin spokesman Dmitry Peskov told reporters,"We have nothing to add."')).toEqual([
      ['direct', 'Dmitry Peskov', 'person', 'We have nothing to add.', 'told reporters'],
    ]);
  });

  it('resolves a pronoun only when unambiguous', () => {
    const f = facts('Kremlin spokesman Dmitry Peskov told reporters,"We have nothing to add." Trump met Biden on Tuesday. He said the talks went well.');
    expect(f.quotes.map((q) => [q.speaker, q.speakerType, q.text])).toEqual([
      ['Dmitry Peskov', 'person', 'We have nothing to add.'],
      [null, 'unknown', 'the talks went well'],
    ]);
    expect(brief('Dmitry Peskov spoke on Monday. "We will see," he said.')).toEqual([['direct', 'Dmitry Peskov', 'person', 'We will see,', 'said']]);
  });

  it('does not give "she" to a male antecedent', () => {
    expect(brief('Mr. John Smith said the plan was sound. She said the vote was rigged.')).toEqual([
      ['reported', 'John Smith', 'person', 'the plan was sound', 'said'],
      ['reported', null, 'unknown', 'the vote was rigged', 'said'],
    ]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    expect(brief(`"That was the president saying, 'Do not leave it on the field,'" said Donna Brazile, the chairwoman.`)).toEqual([
      ['direct', 'Donna Brazile', 'person', "That was the president saying, 'Do not leave it on the field,'", 'said'],
    ]);
  });

  it('joins later mentions and titles to the person', () => {
    const f = facts('US Secretary of State Marco Rubio said the talks were over. "Enough," Rubio said.\n"We are done here," the secretary added.');
    expect(f.quotes.map((q) => [q.speaker, q.kind, q.text])).toEqual([
      ['Marco Rubio', 'reported', 'the talks were over'],
      ['Marco Rubio', 'direct', 'Enough,'],
      ['Marco Rubio', 'direct', 'We are done here,'],
    ]);
    expect(f.people.find((p) => p.name === 'Marco Rubio')).toMatchObject({ role: 'Secretary of State', affiliation: 'US' });
  });

  it('keeps unnamed sources unnamed and "the source" joined to them', () => {
    expect(brief('Two officials familiar with the matter said the meeting was off. The officials said it could resume.')).toEqual([
      ['reported', 'two officials familiar with the matter', 'unnamed', 'the meeting was off', 'said'],
      ['reported', 'two officials familiar with the matter', 'unnamed', 'it could resume', 'said'],
    ]);
  });

  it('reads transcripts', () => {
    expect(brief('The exchange went on.\nPENCE: Well, look. This is serious.')).toEqual([['direct', null, 'unknown', 'Well, look. This is serious.', ':']]);
  });
});

describe('dates', () => {
  it('resolves relative dates against the published day', () => {
    const r = (t: string, future = false) => resolveDate(t, 0, t.length, '2025-04-23', future)?.value;
    expect(r('on Wednesday')).toBe('2025-04-23');
    expect(r('on Tuesday')).toBe('2025-04-22');
    expect(r('on Friday', true)).toBe('2025-04-25');
    expect(r('yesterday')).toBe('2025-04-22');
    expect(r('this week')).toBe('2025-04-21/2025-04-27');
    expect(r('last week')).toBe('2025-04-14/2025-04-20');
    expect(r('on April 2')).toBe('2025-04-02');
    expect(r('Sept. 11, 2001')).toBe('2001-09-11');
  });
});
