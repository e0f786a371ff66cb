import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/briefing/question.ts';
import { bestSpeakers, foldName, matchName, resolvePerson } from '../../src/briefing/names.ts';

describe('parseQuestion', () => {
  it('understands each form', () => {
    expect(parseQuestion('who said "fakes"?')).toEqual({ form: 'phrase', phrase: 'fakes', exact: true });
    expect(parseQuestion('who said the proposal was fair')).toEqual({ form: 'phrase', phrase: 'the proposal was fair', exact: false });
    expect(parseQuestion('@briefbot what did Vance say about territory?')).toEqual({ form: 'person', person: 'Vance', about: 'territory' });
    expect(parseQuestion('what did Peskov say')).toEqual({ form: 'person', person: 'Peskov', about: null });
    expect(parseQuestion('did anyone deny the FT report?')).toEqual({ form: 'response', response: 'denied', about: 'the FT report' });
    expect(parseQuestion('Did anyone confirm the Moscow visit')).toEqual({ form: 'response', response: 'confirmed', about: 'the Moscow visit' });
    expect(parseQuestion('where does Ukraine stand on territory?')).toEqual({ form: 'stance', party: 'Ukraine', about: 'territory' });
    expect(parseQuestion('Peskov')).toEqual({ form: 'person', person: 'Peskov', about: null, bare: true });
    expect(parseQuestion('Dmitry Peskov')).toEqual({ form: 'person', person: 'Dmitry Peskov', about: null, bare: true });
    expect(parseQuestion('what did the Kremlin say about the reports?')).toEqual({ form: 'person', person: 'Kremlin', about: 'the reports' });
    expect(parseQuestion('what did Peskov tell reporters about Europe')).toEqual({ form: 'person', person: 'Peskov', about: 'Europe' });
    expect(parseQuestion('what is Zelenskyy saying about territory')).toEqual({ form: 'person', person: 'Zelenskyy', about: 'territory' });
    expect(parseQuestion('who denied the FT report')).toEqual({ form: 'response', response: 'denied', about: 'the FT report' });
    expect(parseQuestion('where does the US stand on territory')).toEqual({ form: 'stance', party: 'US', about: 'territory' });
    expect(parseQuestion("what is Ukraine's position on territory")).toEqual({ form: 'stance', party: 'Ukraine', about: 'territory' });
    expect(parseQuestion('"a lot of fakes"')).toEqual({ form: 'phrase', phrase: 'a lot of fakes', exact: true });
    expect(parseQuestion('how is the weather?').form).toBe('unknown');
    expect(parseQuestion('').form).toBe('unknown');
  });
});

describe('name matching', () => {
  const speakers = ['Volodymyr Zelensky', 'Dmitry Peskov', 'JD Vance', 'Donald Trump', 'Eric Trump', 'Financial Times'];
  it('forgives case, accents, transliteration, surnames and a typo', () => {
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'));
    expect(foldName('Zelenskiy')).toBe(foldName('Zelensky'));
    expect(matchName('zelenskyy', 'Volodymyr Zelensky')?.grade).toBe(1);
    expect(matchName('PESKOV', 'Dmitry Peskov')?.grade).toBe(1);
    expect(matchName('Dmitrý Peskov', 'Dmitry Peskov')?.grade).toBe(0);
    expect(matchName('Peskof', 'Dmitry Peskov')?.grade).toBe(2);
    expect(matchName('Dmitry', 'Dmitry Peskov')).toBeNull();
    expect(matchName('Putin', 'Dmitry Peskov')).toBeNull();
    expect(matchName('Dmitri Peskov', 'Dmitry Peskov')?.grade).toBe(2);
    expect(matchName('the Kremlin', 'Kremlin')?.grade).toBe(0);
    expect(matchName('Dmitri Putin', 'Dmitry Peskov')).toBeNull();
  });
  it('keeps ties so the caller can say it is unsure', () => {
    expect(bestSpeakers('Trump', speakers).map((m) => m.name)).toEqual(['Donald Trump', 'Eric Trump']);
    expect(bestSpeakers('Donald Trump', speakers).map((m) => m.name)).toEqual(['Donald Trump']);
    expect(bestSpeakers('Nobody Known', speakers)).toEqual([]);
  });
});

describe('resolvePerson', () => {
  it('one person under several spellings, a surname-only speaker joined to the one full name', () => {
    expect(resolvePerson('Zelenskyy', ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Dmitry Peskov'])).toEqual({
      kind: 'one',
      display: 'Volodymyr Zelensky',
      names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
      near: false,
    });
    const r = resolvePerson('Zelensky', ['Zelensky', 'Volodymyr Zelensky']);
    expect(r).toMatchObject({ kind: 'one', display: 'Volodymyr Zelensky' });
    expect(r.kind === 'one' && [...r.names].sort()).toEqual(['Volodymyr Zelensky', 'Zelensky']);
  });
  it('two people sharing a surname are ambiguous, also through a surname-only speaker', () => {
    expect(resolvePerson('Trump', ['Donald Trump', 'Eric Trump'])).toEqual({ kind: 'ambiguous', people: ['Donald Trump', 'Eric Trump'] });
    expect(resolvePerson('Trump', ['Trump', 'Donald Trump', 'Eric Trump'])).toEqual({ kind: 'ambiguous', people: ['Donald Trump', 'Eric Trump'] });
    expect(resolvePerson('Donald Trump', ['Trump', 'Donald Trump', 'Eric Trump'])).toEqual({ kind: 'one', display: 'Donald Trump', names: ['Donald Trump'], near: false });
  });
  it('a near spelling is marked near; nobody is none', () => {
    expect(resolvePerson('Peskof', ['Dmitry Peskov'])).toMatchObject({ kind: 'one', display: 'Dmitry Peskov', near: true });
    expect(resolvePerson('Boris Johnson', ['Dmitry Peskov'])).toEqual({ kind: 'none' });
  });
});
