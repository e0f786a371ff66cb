import { describe, expect, it } from 'vitest';
import { extractFacts, FactsSchema, type Quote } from '../../src/facts/index.ts';
import { seedArticle } from './seed-article.ts';

const article = seedArticle();
const facts = extractFacts(article);
const body = article.body;

function quote(text: string, kind?: Quote['kind']): Quote {
  const q = facts.quotes.filter((x) => x.text === text && (!kind || x.kind === kind));
  expect(q, `quote ${JSON.stringify(text)}`).toHaveLength(1);
  return q[0];
}
const reported = (startsWith: string) => {
  const q = facts.quotes.filter((x) => x.kind === 'reported' && x.text.startsWith(startsWith));
  expect(q, `reported ${JSON.stringify(startsWith)}`).toHaveLength(1);
  return q[0];
};

describe('golden: the seed article', () => {
  it('is valid Facts with body-relative offsets', () => {
    expect(() => FactsSchema.parse(facts)).not.toThrow();
    for (const q of facts.quotes) {
      expect(body.slice(q.start, q.end)).toBe(q.text);
      expect(body.slice(q.cite.charStart, q.cite.charEnd)).toBe(facts.sentences[q.cite.sentenceIndex].text);
      expect(q.cite.articleId).toBe(article.id);
    }
    for (const s of facts.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not treat the subhead as a sentence or a quote', () => {
    expect(facts.sentences.some((s) => s.text.includes("'Fake' reports"))).toBe(false);
    expect(facts.quotes.some((q) => q.text === 'Fake' || q.text.includes("'Fake'"))).toBe(false);
    expect(facts.quotes.some((q) => q.text.includes('He did not provide further details'))).toBe(false);
  });

  it('finds the people with their roles', () => {
    const person = (name: string) => {
      const p = facts.people.filter((x) => x.name === name && x.kind === 'person');
      expect(p, name).toHaveLength(1);
      return p[0];
    };
    expect(person('Marco Rubio')).toMatchObject({ role: 'Secretary of State', affiliation: 'US' });
    expect(person('Marco Rubio').aliases).toContain('Rubio');
    expect(person('Keith Kellogg')).toMatchObject({ role: 'Ukraine envoy' });
    expect(person('Donald Trump')).toMatchObject({ role: 'President', affiliation: 'US' });
    expect(person('JD Vance')).toMatchObject({ role: 'Vice-President', affiliation: 'US' });
    expect(person('Volodymyr Zelensky')).toMatchObject({ role: 'President', affiliation: 'Ukraine' });
    expect(person('Steve Witkoff')).toMatchObject({ role: 'special envoy', affiliation: 'Donald Trump' });
    expect(person('Vladimir Putin')).toMatchObject({ role: 'President', affiliation: 'Russia' });
    expect(person('Dmitry Peskov')).toMatchObject({ role: 'spokesman', affiliation: 'Kremlin' });
    const kinds = Object.fromEntries(facts.people.filter((p) => p.kind !== 'person').map((p) => [p.name, p.kind]));
    expect(kinds).toMatchObject({ Kremlin: 'organisation', 'White House': 'organisation', 'Financial Times': 'outlet', 'RIA Novosti': 'outlet' });
  });

  it("quotes JD Vance: the direct quote and the partial ones through 'He said'", () => {
    const q = quote(
      "We've issued a very explicit proposal to both the Russians and the Ukrainians, and it's time for them to either say yes or for the United States to walk away from this process.",
    );
    expect(q).toMatchObject({ speaker: 'JD Vance', speakerType: 'person', role: 'Vice-President', kind: 'direct', cue: 'told reporters', venue: 'Agra, India', saidOn: '2025-04-23' });
    expect(quote('a very fair proposal')).toMatchObject({ speaker: 'JD Vance', speakerType: 'person', kind: 'partial', cue: 'said' });
    expect(quote('freeze the territorial lines at some level close to where they are today')).toMatchObject({ speaker: 'JD Vance', kind: 'partial' });
  });

  it('quotes Dmitry Peskov, via RIA Novosti and to reporters', () => {
    expect(quote('a lot of fakes are being published at the moment')).toMatchObject({
      speaker: 'Dmitry Peskov', speakerType: 'person', role: 'spokesman', kind: 'direct', cue: 'responded', via: 'RIA Novosti state news agency', saidOn: '2025-04-23',
    });
    const q = facts.quotes.find((x) => x.text.startsWith('We are also continuing our contacts ...'))!;
    expect(q.text.endsWith('This work is ongoing,')).toBe(true);
    expect(q).toMatchObject({ speaker: 'Dmitry Peskov', kind: 'direct', cue: 'told reporters' });
  });

  it("gives 'a lot of nuances' to the Kremlin and 'a full and unconditional ceasefire' to Ukraine", () => {
    expect(quote('a lot of nuances')).toMatchObject({ speaker: 'Kremlin', speakerType: 'organisation', kind: 'partial', saidOn: '2025-04-23' });
    expect(quote('a full and unconditional ceasefire')).toMatchObject({ speaker: 'Ukraine', speakerType: 'organisation', kind: 'partial' });
  });

  it('finds the reported speech with the right speakers', () => {
    expect(reported('ceding territory to Russia')).toMatchObject({ speaker: 'Volodymyr Zelensky', speakerType: 'person', cue: 'ruled out' });
    expect(reported('Washington could walk away if there was no progress on a deal soon')).toMatchObject({ speaker: 'Donald Trump', cue: 'warned' });
    expect(reported('the downgrading of the meeting came after Ukraine drafted a paper')).toMatchObject({ speaker: 'a source close to the discussions', speakerType: 'unnamed', cue: 'said' });
    expect(reported('there would be no discussions on territorial issues')).toMatchObject({ speaker: 'Ukraine', speakerType: 'organisation' });
    expect(reported('the apparent US nervousness')).toMatchObject({ speaker: 'a source close to the discussions', speakerType: 'unnamed' });
    expect(reported("During those talks, Trump's special envoy Steve Witkoff presented a paper")).toMatchObject({
      speaker: 'three diplomats aware of the talks', speakerType: 'unnamed', cue: 'according to',
    });
    expect(reported('The London talks were aimed at working to bridge differences')).toMatchObject({ speaker: 'diplomats', speakerType: 'unnamed' });
    expect(reported('Beyond Crimea, other major sticking points remain')).toMatchObject({ speaker: 'diplomats', speakerType: 'unnamed' });
    expect(reported('Witkoff is to visit Moscow this week')).toMatchObject({ speaker: 'White House', speakerType: 'organisation', cue: 'confirmed' });
    expect(reported('countries involved in peace talks')).toMatchObject({ speaker: 'Kremlin', speakerType: 'organisation', saidOn: '2025-04-23' });
    expect(reported('Russia was continuing to talk to the US')).toMatchObject({ speaker: 'Dmitry Peskov', speakerType: 'person', cue: 'said' });
    expect(reported('However, Putin remained open to talks with all parties')).toMatchObject({ speaker: 'Dmitry Peskov', speakerType: 'person', cue: 'added' });
    expect(reported('Russian President Vladimir Putin told Witkoff')).toMatchObject({ speaker: 'Financial Times', speakerType: 'organisation', cue: 'According to' });
    expect(reported('he was prepared to halt the military operation')).toMatchObject({ speaker: 'Vladimir Putin', via: 'Financial Times' });
  });

  it('gives no quote to a wrong speaker', () => {
    const allowed: Record<string, string[]> = {
      'JD Vance': ["We've issued", 'it was "a very fair', 'a very fair proposal', 'freeze the territorial lines'],
      'Dmitry Peskov': ['a lot of fakes', 'We are also continuing', 'Russia was continuing', 'However, Putin remained'],
      Kremlin: ['countries involved', 'a lot of nuances'],
      Ukraine: ['there would be no discussions', 'a full and unconditional ceasefire'],
      'a source close to the discussions': ['the downgrading of the meeting', 'the apparent US nervousness'],
      'three diplomats aware of the talks': ['During those talks'],
      diplomats: ['The London talks', 'Beyond Crimea'],
      'White House': ['Witkoff is to visit'],
      'Volodymyr Zelensky': ['ceding territory'],
      'Donald Trump': ['Washington could walk away'],
      'Financial Times': ['Russian President Vladimir Putin told'],
      'Vladimir Putin': ['he was prepared to halt'],
    };
    for (const q of facts.quotes) {
      expect(q.speaker, q.text).not.toBeNull();
      const ok = allowed[q.speaker!] ?? [];
      expect(ok.some((p) => q.text.startsWith(p)), `${q.speaker}: ${q.text}`).toBe(true);
    }
    expect(facts.quotes.filter((q) => q.speaker === 'Donald Trump').length).toBe(1);
  });

  it('links the FT claim to the Kremlin denial and records the confirmation', () => {
    const ft = facts.claims.findIndex((c) => c.kind === 'reported' && c.source === 'Financial Times');
    expect(ft).toBeGreaterThanOrEqual(0);
    expect(facts.claims[ft].text.startsWith('Russian President Vladimir Putin told Witkoff he was prepared')).toBe(true);
    const denial = facts.claims.find((c) => c.kind === 'denied');
    expect(denial).toMatchObject({ by: 'Dmitry Peskov', responds: ft });
    expect(denial!.text).toContain('a lot of fakes');
    expect(facts.claims.find((c) => c.kind === 'confirmed')).toMatchObject({ source: 'White House', text: 'Witkoff is to visit Moscow this week' });
  });

  it("schedules Witkoff's Moscow visit this week and records Rubio's cancellation", () => {
    expect(facts.events.find((e) => e.status === 'scheduled')).toMatchObject({ who: 'Steve Witkoff', what: 'Witkoff is to visit Moscow this week', when: '2025-04-21/2025-04-27' });
    expect(facts.events.find((e) => e.who === 'Marco Rubio')).toMatchObject({ status: 'happened', what: 'Marco Rubio abruptly canceled his trip to London', when: '2025-04-23' });
    expect(facts.events.find((e) => e.who === 'Ukraine')).toMatchObject({ status: 'happened', when: '2025-04-22' });
  });

  it('records the parties positions', () => {
    const pos = (party: string, has: string) => expect(facts.positions.some((p) => p.party === party && p.stance.includes(has)), `${party}: ${has}`).toBe(true);
    pos('Ukraine', 'no discussions on territorial issues until "a full and unconditional ceasefire"');
    pos('US', 'freeze the territorial lines');
    pos('Ukraine', 'ruled out ceding territory');
    pos('Europe', 'opposes Russia\'s push for lifting of European Union sanctions');
  });
});
