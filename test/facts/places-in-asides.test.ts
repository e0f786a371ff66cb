/**
 * Places and nationalities inside a speaker's description. "the former ambassador to the United
 * States" made "United" an unknown rival for the next "he", so the quotation lost its speaker; a
 * party-state tag "(R-Tenn.)" inside an apposition hid the role that proved "Marty West" a person;
 * "advocacy director of the National Korean …" registered a person "Korean", who then took a
 * later quotation (a wrong speaker, the code before session 13).
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const facts = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' }));
const speakerOf = (body: string, words: string) => facts(body).quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('places and nationalities in a description', () => {
  it('a country named in the apposition is no rival for the next pronoun', () => {
    const body = 'Arturo Sarukhan, the former ambassador to the United States, said Mexico must answer the claims. The new approach is a "very welcome change," he said.';
    expect(speakerOf(body, 'very welcome change')).toBe('Arturo Sarukhan');
    // An unknown name in the same place still is one.
    const rival = 'Arturo Sarukhan, the former ambassador, met Tomas Gerlach on Monday. The new approach is a "very welcome change," he said.';
    expect(speakerOf(rival, 'very welcome change')).toBeNull();
  });
  it('a party-state tag inside the apposition keeps its role', () => {
    const body = 'Marty West, an education professor at Harvard who once worked for Sen. Lamar Alexander (R-Tenn.), called the bill "a significant development." "This is the first rewrite in decades," West said.';
    expect(speakerOf(body, 'first rewrite in decades')).toBe('Marty West');
  });
  it('a nationality after a role is no person', () => {
    const body = '"The paperwork is suddenly not enough," said Emily Kessel, advocacy director of the National Korean American Service Consortium.\n\nHe was deported to Seoul and now works in a store, unable to return even on a South Korean passport.\n\n"I am banned for life," he said.';
    const f = facts(body);
    expect(f.people.map((p) => p.name)).not.toContain('Korean');
    expect(f.quotes.every((q) => q.speaker !== 'Korean')).toBe(true);
    expect(speakerOf(body, 'paperwork')).toBe('Emily Kessel');
  });
});

describe("an outlet's one-word name after a given name", () => {
  it('is a surname ("Michael Bloomberg")', () => {
    const body = 'It was three years ago that Michael Bloomberg, who is weighing a run, said it was "impossible" for an independent to win.';
    expect(speakerOf(body, 'impossible')).toBe('Michael Bloomberg');
  });
  it('alone it stays the outlet', () => {
    const f = facts('Bloomberg reported on Monday that the talks had stalled.');
    expect(f.people.find((p) => p.name === 'Bloomberg')?.kind).toBe('outlet');
  });
});

describe('what stands between a name and its verb', () => {
  it('a name in apposition after "And a third," speaks', () => {
    const body = 'Another delegate, Jim Poolman, said he was only leaning. And a third, Daniel Traynor, said that while he opposed the plan, he would not fight it.';
    expect(speakerOf(body, 'opposed the plan')).toBe('Daniel Traynor');
  });
  it('the carrier of the words is no speaker ("Jeb Bush in a Medium post said")', () => {
    expect(speakerOf('Ben Carson proposed a new agency, while Jeb Bush in a Medium post said he would appoint more judges.', 'appoint more judges')).toBe('Jeb Bush');
    // A place is no carrier: "Bush in Iowa said" is read as before.
    expect(speakerOf('Jeb Bush in a town near Iowa City said he would appoint more judges.', 'appoint more judges')).not.toBe('Iowa City');
  });
});

describe('colons', () => {
  it('"Stated Stone:" on its own line introduces the next paragraph\'s quotation', () => {
    const body = 'Roger Stone spoke on the radio on Monday.\n\nStated Stone:\n\n“I think that the stakes are so high.”';
    expect(speakerOf(body, 'stakes are so high')).toBe('Roger Stone');
  });
  it('a participle after the quotation keeps the colon clause\'s subject', () => {
    const body = 'When Trump suggested that Cuba would sue, Marco Rubio fired back forcefully: “If they sue us in a court in Miami, they are going to lose,” referencing the many Cuban immigrants there.';
    expect(speakerOf(body, 'going to lose')).toBe('Marco Rubio');
    // A colon clause that names nobody still names nobody.
    const none = 'Marco Rubio spoke first. Then the crowd heard it: “You are going to lose,” echoing through the hall.';
    expect(speakerOf(none, 'going to lose')).not.toBe('Marco Rubio');
  });
});

describe('an organisation named with its full title', () => {
  it('"the American Civil Liberties Union of Ohio" speaks as itself', () => {
    const body = 'The American Civil Liberties Union of Ohio has already sued the city over the rules, saying they violate free-speech rights.';
    expect(speakerOf(body, 'free-speech rights')).toBe('American Civil Liberties Union of Ohio');
  });
  it('not when it is one of two ("a study by X and the Y of Z")', () => {
    const body = 'A study by Vanderbilt University and the Pennsylvania State University Graduate School of Education found that tuition costs are the highest in the region.';
    expect(speakerOf(body, 'tuition costs')).not.toBe('Pennsylvania State University Graduate School of Education');
  });
});

describe('a quotation closing a relative clause before the cue', () => {
  it('"Humphrey, who calls Trump a “sociopath,” said": the name speaks', () => {
    const body = 'Gordon Humphrey, who calls Trump a “sociopath,” said he does not believe the effort requires an alternative.';
    expect(speakerOf(body, 'does not believe')).toBe('Gordon Humphrey');
  });
  it('not someone named before: "Roffman, who estimates … “in the seven figures,” described …"', () => {
    const body = 'Marvin Roffman sued Donald Trump for defamation.\n\nRoffman, who estimates that his legal costs were "in the seven figures," described the emotional impact as "horrendous," he said.';
    expect(speakerOf(body, 'horrendous')).toMatch(/Roffman$/);
  });
});
