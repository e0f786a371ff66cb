/**
 * Identity rules (src/briefing/people.ts) and the who-said question words (src/briefing/who-said.ts):
 * pure functions, string in, answer out.
 */
import { describe, expect, it } from 'vitest';
import { groupPeople, isSpeakerName, keyParts, personKey, quoteIdentities, sideOf, twinPairs, type PersonForm } from '../../src/briefing/people.ts';
import { choosePerson, nameCandidates } from '../../src/briefing/names.ts';
import { looksLikeTitle, ownWords, stem, wordHits, contentWords } from '../../src/briefing/who-said.ts';
import { extractFacts } from '../../src/facts/index.ts';
import { makeArticle } from '../../src/articles/article.ts';

const form = (name: string, quotes = 1, roles: [string, string, string][] = []): PersonForm => {
  const key = personKey(name)!;
  const parts = name.replace(/^(Sen|Mr|Ms)\.\s+/, '').replace(/\s+(?:Jr|Sr|II|III|IV)\.?$/, '').split(' ');
  return { name, person: key, surname: keyParts(key).surname, kind: 'person', middle: parts.length > 2 ? parts.slice(1, -1).join(' ').toLowerCase().replace(/\./g, '') : '', quotes, roles };
};

describe('one person, every form', () => {
  it('middle initials and names, titles, academic suffixes and short given names are one key', () => {
    expect(personKey('James B. Comey')).toBe(personKey('James Comey'));
    expect(personKey('Hillary Rodham Clinton')).toBe(personKey('Hillary Clinton'));
    expect(personKey('Joseph R. Ames, Esq.')).toBe(personKey('Joe Ames'));
    expect(personKey('Ann Roe PhD')).toBe(personKey('Ann Roe'));
    expect(personKey('Sen. Bernie Sanders')).toBe(personKey('Bernard Sanders'));
    expect(personKey('Mr. Comey')).toBe('comey');
  });

  it('a generational suffix is part of the key: a father and a son are two people', () => {
    expect(personKey('Ray Dorn Jr.')).toBe('ray dorn jr');
    expect(personKey('Ray Dorn, Jr.')).toBe('ray dorn jr');
    expect(personKey('Ray Dorn')).toBe('ray dorn');
    expect(personKey('Dorn Jr.')).toBe('dorn jr');
    // Read before folding (which makes "II" "i"): the surname stays the surname.
    expect(personKey('Vance T. Orrin II')).toBe('vance orin ii');
    expect(personKey('Vance Orrin III')).toBe('vance orin iii');
    expect(keyParts('ray dorn jr')).toEqual({ given: 'ray', surname: 'dorn', suffix: 'jr' });
    expect(keyParts('dorn jr')).toEqual({ given: null, surname: 'dorn', suffix: 'jr' });
    // Two people unless the store says they were never quoted apart; never with two suffixes.
    const forms = [form('Ray Dorn', 5), form('Ray Dorn Jr.', 2)];
    expect(groupPeople(forms).map((p) => p.names)).toEqual([['Ray Dorn'], ['Ray Dorn Jr.']]);
    expect(groupPeople(forms, () => false).map((p) => [p.names, p.keys])).toEqual([[['Ray Dorn', 'Ray Dorn Jr.'], ['ray dorn', 'ray dorn jr']]]);
    expect(twinPairs([...forms, form('Ray Dorn Sr.', 1)])).toEqual([]);
    expect(groupPeople([form('Ray Dorn Jr.', 2), form('Ray Dorn Sr.', 1)], () => false)).toHaveLength(2);
    const dorn = nameCandidates('Dorn', forms);
    const id = choosePerson(dorn);
    expect(id.kind === 'one' && [id.person.display, id.others.map((p) => p.display)]).toEqual(['Ray Dorn', ['Ray Dorn Jr.']]);
    expect(nameCandidates('Ray Dorn', forms).people.map((p) => p.display)).toEqual(['Ray Dorn']);
    expect(nameCandidates('Ray Dorn Jr.', forms).people.map((p) => p.display)).toEqual(['Ray Dorn Jr.']);
    expect(nameCandidates('Dorn Jr.', forms).people.map((p) => p.display)).toEqual(['Ray Dorn Jr.']);
  });

  it('in one article, "Ray Dorn Jr." is not "Ray Dorn", and "Dorn said" beside both is neither’s', () => {
    const article = makeArticle({
      headline: 'Father and son',
      body: 'Mayor Ray Dorn and his son, Ray Dorn Jr., a lawyer, attended the ceremony on Thursday.\n\n"This pier took ten years," Ray Dorn said.\n\n"My father never gave up on it," Ray Dorn Jr. said.\n\nDorn said the tolls would stay low.\n\nDorn Jr. said he would run for the council.',
    });
    const facts = extractFacts(article);
    expect(facts.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Ray Dorn', 'Ray Dorn Jr.']);
    const by = (text: string) => facts.quotes.find((q) => q.text.startsWith(text))?.speaker;
    expect([by('This pier'), by('My father'), by('he would run')]).toEqual(['Ray Dorn', 'Ray Dorn Jr.', 'Ray Dorn Jr.']);
    // Beside both, the extractor gives a bare "Dorn said" to neither (rules and speaker model alike).
    expect(by('the tolls')).toBeNull();
    const ids = new Map(quoteIdentities(article, facts).map((i) => [facts.quotes[i.index].text, i.person]));
    expect(ids.get('This pier took ten years,')).toBe('ray dorn');
    expect(ids.get('My father never gave up on it,')).toBe('ray dorn jr');
    expect(ids.get('he would run for the council')).toBe('ray dorn jr');
    expect(ids.has('the tolls would stay low')).toBe(false);
  });

  it('a different given name is a different person (the Schwerin case, with made-up names)', () => {
    expect(personKey('Dan Kessler')).not.toBe(personKey('Josh Kessler'));
    const people = groupPeople([form('Dan Kessler', 2), form('Josh Kessler', 3)]);
    expect(people.map((p) => p.names)).toEqual([['Josh Kessler'], ['Dan Kessler']]);
  });

  it('different middle initials are two people; a form without one joins only when one fits', () => {
    expect(groupPeople([form('John A. Pratt', 3), form('John Pratt', 1)]).map((p) => p.names)).toEqual([['John A. Pratt', 'John Pratt']]);
    const three = groupPeople([form('John A. Pratt', 3), form('John B. Pratt', 2), form('John Pratt', 1)]);
    expect(three).toHaveLength(3);
  });

  it('different offices at the same time contradict; at different times they do not', () => {
    const now = groupPeople([form('John A. Pratt', 3, [['senator', '2025-03-01', '2025-03-09']]), form('John Pratt', 1, [['professor', '2025-03-05', '2025-03-05']])]);
    expect(now).toHaveLength(2);
    const later = groupPeople([form('John A. Pratt', 3, [['senator', '2015-03-01', '2015-03-09']]), form('John Pratt', 1, [['professor', '2025-03-05', '2025-03-05']])]);
    expect(later).toHaveLength(1);
  });

  it('a surname picks the clearly most prominent person, names the others, and refuses a tie', () => {
    const forms = [form('Helen Marsh', 9), form('Peter Marsh', 1), form('Marsh', 4)];
    const id = choosePerson(nameCandidates('Marsh', forms));
    expect(id.kind === 'one' && [id.person.display, id.names, id.others.map((p) => p.display)]).toEqual(['Helen Marsh', ['Helen Marsh'], ['Peter Marsh']]);
    expect(choosePerson(nameCandidates('Ruiz', [form('Ana Ruiz', 4), form('Luis Ruiz', 3)])).kind).toBe('ambiguous');
    // A full name never falls back to another given name.
    expect(choosePerson(nameCandidates('Dan Kessler', [form('Josh Kessler', 9)])).kind).toBe('none');
  });

  it('"Kessler said" in an article naming Dan and Josh Kessler is neither’s', () => {
    const article = makeArticle({
      headline: 'Two Kesslers',
      body: 'Speechwriter Dan Kessler and his brother Josh Kessler, the council spokesman, attended the meeting on Monday.\n\nKessler said that "the meeting ran far too long".\n\nJosh Kessler said that "fares will not rise".',
    });
    const facts = extractFacts(article);
    const ids = quoteIdentities(article, facts);
    const texts = ids.map((i) => facts.quotes[i.index].text);
    expect(texts).toContain('fares will not rise');
    expect(texts).not.toContain('the meeting ran far too long');
  });
});

describe('speakers are names; quotes are their own words', () => {
  it('fragments are not speakers', () => {
    expect(isSpeakerName('Elijah Cummings', 'person')).toBe(true);
    expect(isSpeakerName('D-Md', 'person')).toBe(false);
    expect(isSpeakerName('Supporters of Sanders', 'person')).toBe(false);
    expect(isSpeakerName("of Trump's campaign", 'organisation')).toBe(false);
    expect(isSpeakerName('the FBI', 'organisation')).toBe(true);
    expect(isSpeakerName('Clinton campaign', 'organisation')).toBe(true);
    expect(isSpeakerName('a State Department spokesman', 'unnamed')).toBe(true);
    expect(isSpeakerName('said his campaign', 'unnamed')).toBe(false);
  });

  it('titles and names in quotation marks, and reported sentences about the speaker, are not their words', () => {
    expect(looksLikeTitle("Here's the Thing.")).toBe(true);
    expect(looksLikeTitle('Carlos Danger,')).toBe(true);
    expect(looksLikeTitle('LeBron will always be the king.')).toBe(false);
    const q = { speaker: 'Donald Trump', speakerType: 'person' as const };
    expect(ownWords({ ...q, kind: 'reported', text: 'Trump was also accused of mocking a reporter' })).toBe(false);
    expect(ownWords({ ...q, kind: 'reported', text: 'he would build a wall' })).toBe(true);
  });
});

describe('question words', () => {
  it('plural and inflected forms share a stem', () => {
    expect(stem('reports')).toBe(stem('report'));
    expect(stem('reported')).toBe(stem('report'));
    expect(new Set(['deny', 'denied', 'denies', 'denial'].map(stem)).size).toBe(1);
    expect(wordHits('the reports were premature', contentWords('the report'))).toBe(1);
    expect(wordHits('he issued a denial', contentWords('denied'))).toBe(1);
    expect(wordHits('a shake-up is coming', contentWords('shakeup'))).toBe(1);
    // A stem keeps three letters: "inner" is not a prefix of every "in…" word, nor "uses" of every "us…".
    expect(stem('inner')).toBe('inn');
    expect(stem('stopped')).toBe('stop');
    expect(wordHits('we went into the room', contentWords('inner'))).toBe(0);
    expect(wordHits('the inner circle met', contentWords('inner'))).toBe(1);
    expect(wordHits('the usual suspects', contentWords('uses'))).toBe(0);
  });

  it('Russia, Moscow and the Kremlin are one side', () => {
    expect(sideOf('the Kremlin')).toEqual(sideOf('Russia'));
    expect(sideOf('Moscow')).toEqual(sideOf('Russia'));
    expect(sideOf('Kyiv')).not.toEqual(sideOf('Russia'));
  });
});
