import { describe, expect, it } from 'vitest';
import {
  TITLE_ABBREVIATIONS, ADDRESSEE_CUES, QUOTED_CUES, FEMALE_NAMES, HONORIFICS, INVERTIBLE_CUES, MALE_NAMES, NAME_CUES, PARTICIPLE_CUES, ROLE_HEADS, SPEECH_CUES,
  SPOKEN_PARTICIPLE_CUES, VERBS, WORD_LISTS,
} from '../../src/facts/lexicon.ts';
import { findCues, isSpeechCue } from '../../src/facts/cues.ts';
import { words } from '../../src/facts/names.ts';

describe('the lexicon', () => {
  it('lists no word twice in one list', () => {
    const dupes: string[] = [];
    for (const [name, list] of Object.entries(WORD_LISTS)) {
      const seen = new Set<string>();
      for (const w of list) {
        if (seen.has(w)) dupes.push(`${name}: ${w}`);
        seen.add(w);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('gives no given name both genders, and no title or abbreviation as a given name', () => {
    expect([...MALE_NAMES].filter((n) => FEMALE_NAMES.has(n))).toEqual([]);
    const titles = (n: string) => n in HONORIFICS || `${n}.` in HONORIFICS || ROLE_HEADS.has(n) || ROLE_HEADS.has(`${n}.`) || TITLE_ABBREVIATIONS.has(n);
    expect([...MALE_NAMES, ...FEMALE_NAMES].filter(titles)).toEqual([]);
  });

  it('has one row per verb, and flags only forms the row has', () => {
    const keys = VERBS.map((v) => Object.values(v.forms).join('|'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const bad: string[] = [];
    const flagOf = new Map<string, string>();
    for (const v of VERBS) {
      for (const [flag, which] of v.flags) {
        if (!['cue', 'inv', 'addr', 'name', 'part', 'quiet', 'label', 'quoted', 'speech'].includes(flag)) bad.push(`${keys[VERBS.indexOf(v)]}: unknown flag ${flag}`);
        for (const k of which) if (!'bspg'.includes(k) || !v.forms[k as 'b']) bad.push(`${v.forms.b}: ${flag}:${k} names no form`);
      }
      if (v.flags.has('part') && v.flags.has('quiet')) bad.push(`${v.forms.b}: part and quiet`);
      // A form listed in two rows must do the same in both.
      for (const k of ['b', 's', 'p', 'g'] as const) {
        const f = v.forms[k];
        if (!f) continue;
        const sig = [...v.flags].filter(([, w]) => w.includes(k)).map(([fl]) => fl).sort().join(',');
        const prev = flagOf.get(f);
        if (prev !== undefined && prev !== sig) bad.push(`${f}: ${prev} vs ${sig}`);
        flagOf.set(f, sig);
      }
    }
    expect(bad).toEqual([]);
  });

  it('derives every cue set from the verb table, consistently', () => {
    const cues = new Set(SPEECH_CUES);
    // an invertible form is found as a cue: a cue of its own, or one only beside a quotation ("“…,” Smith reacted")
    expect([...INVERTIBLE_CUES].filter((f) => !cues.has(f) && !QUOTED_CUES.has(f))).toEqual([]);
    for (const f of PARTICIPLE_CUES) expect(f.endsWith('ing')).toBe(true);
    for (const f of SPOKEN_PARTICIPLE_CUES) expect(PARTICIPLE_CUES.has(f)).toBe(true);
    expect(SPOKEN_PARTICIPLE_CUES.has('speaking')).toBe(false);
    expect(ADDRESSEE_CUES.has('told')).toBe(true);
    expect(NAME_CUES.has('said')).toBe(true);
    // The derived sets drive the extractor: a table cue is found in a sentence, and is a speech cue.
    const ws = words('The mayor insisted that the pier was unsafe, adding that it would close.');
    expect(findCues(ws).map((c) => c.lemma)).toEqual(['insisted', 'adding']);
    expect(isSpeechCue('insisted')).toBe(true);
    expect(isSpeechCue('said in a statement')).toBe(true);
    expect(isSpeechCue('were worried')).toBe(false);
  });
});
