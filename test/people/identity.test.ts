/**
 * Identity rules (src/briefing/people.ts) and the who-said question words (src/briefing/who-said.ts):
 * pure functions, string in, answer out.
 */
import { describe, expect, it } from 'vitest';
import { groupPeople, isSpeakerName, personKey, quoteIdentities, sideOf, type PersonForm } from '../../src/briefing/people.ts';
import { choosePerson, nameCandidates } from '../../src/briefing/names.ts';
import { looksLikeTitle, ownWords, stem, wordHits, contentWords } from '../../src/briefing/who-said.ts';
import { extractFacts } from '../../src/facts/index.ts';
import { makeArticle } from '../../src/articles/article.ts';

const form = (name: string, quotes = 1, roles: [string, string, string][] = []): PersonForm => {
  const key = personKey(name)!;
  const parts = name.replace(/^(Sen|Mr|Ms)\.\s+/, '').split(' ');
  return { name, person: key, surname: key.split(' ').at(-1)!, kind: 'person', middle: parts.length > 2 ? parts.slice(1, -1).join(' ').toLowerCase().replace(/\./g, '') : '', quotes, roles };
};

describe('one person, every form', () => {
  it('middle initials and names, titles, suffixes and short given names are one key', () => {
    expect(personKey('James B. Comey')).toBe(personKey('James Comey'));
    expect(personKey('Hillary Rodham Clinton')).toBe(personKey('Hillary Clinton'));
    expect(personKey('Joseph R. Biden Jr.')).toBe(personKey('Joe Biden'));
    expect(personKey('Sen. Bernie Sanders')).toBe(personKey('Bernard Sanders'));
    expect(personKey('Mr. Comey')).toBe('comey');
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
  });

  it('Russia, Moscow and the Kremlin are one side', () => {
    expect(sideOf('the Kremlin')).toEqual(sideOf('Russia'));
    expect(sideOf('Moscow')).toEqual(sideOf('Russia'));
    expect(sideOf('Kyiv')).not.toEqual(sideOf('Russia'));
  });
});
