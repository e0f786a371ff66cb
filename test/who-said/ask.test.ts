/**
 * `ask` end to end over a real SQLite store: the seed article and the sample fixtures
 * (test/fixtures/who-said, text written for these tests) ingested through src/app/ingest.ts with
 * the topics from briefings/. Every answer is checked to give no words to the wrong person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/briefing/ask.ts';
import type { WhoSaidResult } from '../../src/briefing/who-said.ts';
import { formatWhoSaid } from '../../src/commands/reply-text.ts';
import { expectFaithful, FIXTURE_FILES, ingestedStore, SEED } from './store.ts';

type S = Awaited<ReturnType<typeof ingestedStore>>;
let seed: S;
let many: S;

beforeAll(async () => {
  seed = await ingestedStore([SEED]);
  many = await ingestedStore([SEED, ...FIXTURE_FILES]);
});
afterAll(async () => {
  await seed?.cleanup();
  await many?.cleanup();
});

async function q(store: S, question: string, scope = {}, limit = 5): Promise<WhoSaidResult> {
  const r = await ask(store, question, scope, limit);
  expect(await expectFaithful(store, r), question).toEqual([]);
  return r;
}
const speakers = (r: WhoSaidResult) => [...new Set(r.items.map((i) => i.speaker))];

describe('over the seed article', () => {
  it('who said fakes → Dmitry Peskov, word for word, with role, date, cue and via', async () => {
    for (const question of ['who said fakes', 'who said "a lot of fakes"?', '"a lot of fakes"', '@briefbot who said “fakes”?']) {
      const r = await q(seed, question);
      expect(speakers(r), question).toEqual(['Dmitry Peskov']);
      expect(r.items[0]).toMatchObject({
        text: 'a lot of fakes are being published at the moment',
        kind: 'direct',
        role: 'spokesman',
        cue: 'responded',
        via: 'according to RIA Novosti state news agency',
        saidOn: '2025-04-23',
        source: { outlet: 'Xinhua', headline: 'London talks on Ukraine crisis downgraded as Rubio pulls out', published: '2025-04-23' },
      });
    }
  });

  it('what did Vance say about territory → his partial quote “freeze the territorial lines …” first', async () => {
    const r = await q(seed, 'what did Vance say about territory?');
    expect(r.interpretation).toBe('Quotes by JD Vance about “territory”');
    expect(speakers(r)).toEqual(['JD Vance']);
    expect(r.items[0]).toMatchObject({ kind: 'partial', text: 'freeze the territorial lines at some level close to where they are today', role: 'Vice-President' });
    expect(r.items.map((i) => i.text)).not.toContain("We've issued a very explicit proposal to both the Russians and the Ukrainians, and it's time for them to either say yes or for the United States to walk away from this process.");
  });

  it('a bare name: all of Vance’s words, with the cue and place (told reporters in Agra)', async () => {
    const r = await q(seed, 'Vance');
    expect(speakers(r)).toEqual(['JD Vance']);
    const direct = r.items.find((i) => i.text.startsWith("We've issued a very explicit proposal"));
    expect(direct).toMatchObject({ kind: 'direct', cue: 'told reporters', venue: 'Agra, India' });
    expect(formatWhoSaid(r)).toContain('told reporters in Agra, India');
  });

  it('did anyone deny the FT report → Peskov (also "who denied", and "what did Peskov say about the FT report")', async () => {
    for (const question of ['did anyone deny the FT report?', 'who denied the Financial Times report', 'what did Peskov say about the FT report']) {
      const r = await q(seed, question);
      expect(speakers(r), question).toEqual(['Dmitry Peskov']);
      expect(r.items[0].text, question).toBe('a lot of fakes are being published at the moment');
    }
    const none = await q(seed, 'did anyone confirm the FT report');
    expect(none.items).toEqual([]);
    expect(none.note).toMatch(/No stored article reports anyone having confirmed/);
  });

  it('did anyone confirm the Moscow visit → the White House', async () => {
    const r = await q(seed, 'did anyone confirm the Moscow visit');
    expect(r.items[0]).toMatchObject({ speaker: 'White House', text: 'Witkoff is to visit Moscow this week', kind: 'reported', cue: 'confirmed' });
  });

  it('where does Ukraine stand on territory → Ukraine’s paper and Zelensky, reported, nobody else', async () => {
    const r = await q(seed, 'where does Ukraine stand on territory?');
    expect(r.interpretation).toBe('Where Ukraine stands on “territory”');
    expect(speakers(r).sort()).toEqual(['Ukraine', 'Volodymyr Zelensky']);
    expect(r.items.map((i) => i.text)).toEqual(
      expect.arrayContaining(['there would be no discussions on territorial issues until "a full and unconditional ceasefire"', 'ceding territory to Russia as part of any potential peace agreement']),
    );
    for (const i of r.items) expect(i.kind).toBe('reported');
    const z = r.items.find((i) => i.speaker === 'Volodymyr Zelensky');
    expect(z).toMatchObject({ role: 'President', cue: 'ruled out' });
  });

  it('Zelenskyy, Zelensky, zelenskiy and ZELENSKY are the same person', async () => {
    const base = await q(seed, 'Zelensky');
    expect(base.items.map((i) => i.text)).toEqual(['ceding territory to Russia as part of any potential peace agreement']);
    for (const v of ['Zelenskyy', 'zelenskiy', 'ZELENSKY', 'Volodymyr Zelenskyy', 'what did Zelenskyy say about territory']) {
      const r = await q(seed, v);
      expect(r.items, v).toEqual(base.items);
      expect(r.note, v).toBeNull();
    }
  });

  it('a misspelled name (Peskof) answers with the closest name and says so', async () => {
    const r = await q(seed, 'what did Peskof say?');
    expect(speakers(r)).toEqual(['Dmitry Peskov']);
    expect(r.note).toBe('Showing Dmitry Peskov, the closest name to “Peskof”.');
    const given = await q(seed, 'Dmitri Peskov');
    expect(given.note).toBe('Showing Dmitry Peskov, the closest name to “Dmitri Peskov”.');
    expect(speakers(given)).toEqual(['Dmitry Peskov']);
  });

  it('an unknown person, a phrase nobody said, and a question it cannot read', async () => {
    const who = await q(seed, 'what did Boris Johnson say?');
    expect(who.items).toEqual([]);
    expect(who.note).toBe('No quotes from “Boris Johnson” are stored.');
    const phrase = await q(seed, 'who said "the moon is made of cheese"');
    expect(phrase.items).toEqual([]);
    expect(phrase.note).toBe('Nobody in the stored articles said “the moon is made of cheese”.');
    const words = await q(seed, 'who said bananas are blue');
    expect(words.items).toEqual([]);
    const other = await q(seed, 'how is the weather in Kyiv?');
    expect(other.items).toEqual([]);
    expect(other.note).toMatch(/^I did not understand.*who said "a lot of fakes".*where does Ukraine stand on territory/);
    const empty = await q(seed, 'who said it?');
    expect(empty.note).toMatch(/^Which words\?/);
  });

  it('who said the proposal was fair → Vance, not a quote that only shares stop words', async () => {
    const r = await q(seed, 'who said the proposal was fair');
    expect(r.interpretation).toBe('Quotes with the words “proposal”, “fair”');
    expect(speakers(r)).toEqual(['JD Vance']);
    expect(r.items[0]).toMatchObject({ kind: 'partial', text: 'a very fair proposal' });
  });

  it('the Kremlin (with "the") and a word that is no name (ceasefire)', async () => {
    const k = await q(seed, 'what did the Kremlin say?');
    expect(speakers(k)).toEqual(['Kremlin']);
    const c = await q(seed, 'ceasefire');
    expect(c.items.length).toBeGreaterThan(0);
    expect(c.note).toMatch(/Nobody named “ceasefire” is quoted/);
    for (const i of c.items) expect(i.text.toLowerCase()).toContain('ceasefire');
  });

  it('reported speech stays marked in the text answer, never in quotation marks', async () => {
    const text = formatWhoSaid(await q(seed, 'Peskov'));
    expect(text).toContain('“a lot of fakes are being published at the moment”');
    expect(text).toContain('(reported) Russia was continuing to talk to the US');
    expect(text).not.toContain('“Russia was continuing');
    expect(text).toContain('(according to RIA Novosti state news agency)');
  });
});

describe('over several articles (sample fixtures)', () => {
  it('"Trump" means two people here: the answer says it is unsure and attributes nothing', async () => {
    for (const question of ['Trump', 'what did Trump say about the ceasefire?', 'where does Trump stand on the ceasefire']) {
      const r = await q(many, question);
      expect(r.items, question).toEqual([]);
      expect(r.note, question).toMatch(/not sure who you mean by “Trump”: Donald Trump or Eric Trump\?/);
    }
    // …while the seed alone has one Trump.
    expect(speakers(await q(seed, 'Trump'))).toEqual(['Donald Trump']);
  });

  it('a full name picks the right Trump, and each quote stays with its speaker', async () => {
    const d = await q(many, 'what did Donald Trump say');
    expect(speakers(d)).toEqual(['Donald Trump']);
    expect(d.items[0]).toMatchObject({ text: 'a ceasefire deal is very close now', kind: 'direct', saidOn: '2025-05-03' });
    expect(d.items.map((i) => i.text)).not.toContain('the family business has nothing to do with Ukraine');
    const e = await q(many, 'Eric Trump');
    expect(e.items).toHaveLength(1);
    expect(e.items[0]).toMatchObject({ speaker: 'Eric Trump', text: 'the family business has nothing to do with Ukraine', cue: 'told reporters', venue: 'Miami', source: { url: 'https://example.test/news/trump-family' } });
  });

  it('Zelensky (seed) and Zelenskyy (fixture) spellings are one person: both articles answer', async () => {
    const a = await q(many, 'Zelensky');
    const b = await q(many, 'what did Zelenskyy say');
    expect(a.items).toEqual(b.items);
    const texts = a.items.map((i) => i.text);
    expect(texts).toContain('Ukraine will never recognise the occupation of Crimea');
    expect(texts).toContain('ceding territory to Russia as part of any potential peace agreement');
    expect(a.items[0]).toMatchObject({ kind: 'direct', cue: 'told reporters', venue: 'Kyiv', saidOn: '2025-05-01' });
  });

  it('ranks by relevance, then recency', async () => {
    // Same relevance: newest first.
    const c = await q(many, 'what did Peskov say about the ceasefire');
    expect(c.items.map((i) => i.saidOn)).toEqual(['2025-05-05', '2025-05-01']);
    // More of the topic's words beats a newer quote.
    const w = await q(many, 'what did Peskov say about ceasefire weapons');
    expect(w.items[0].text).toBe('a ceasefire is not on the table while weapons keep arriving');
    expect(w.items[1].text).toBe('a ceasefire is possible only after the talks, not before them');
    // A phrase: the exact wording first, then by date.
    const all = await q(many, 'who said ceasefire', {}, 20);
    const dates = all.items.map((i) => (i.saidOn ?? i.source.published ?? '').slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    const deal = await q(many, 'who said ceasefire deal');
    expect(deal.items[0]).toMatchObject({ speaker: 'Donald Trump', text: 'a ceasefire deal is very close now' });
  });

  it('counts the rest and points to more', async () => {
    const r = await q(many, 'who said ceasefire', {}, 2);
    expect(r.items).toHaveLength(2);
    expect(r.total).toBeGreaterThan(4);
    expect(r.more).toBe(r.total - 2);
    expect(formatWhoSaid(r)).toContain(`…and ${r.more} more`);
  });

  it('denial of another outlet’s report, with the denier’s own words', async () => {
    const r = await q(many, 'did anyone deny the Daily Sample report?');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ speaker: 'Dmitry Peskov', kind: 'direct', text: 'this is pure invention' });
    const ft = await q(many, 'did anyone deny the FT report?');
    expect(ft.items.map((i) => i.text)).toEqual(['a lot of fakes are being published at the moment']);
  });

  it('words without a clear speaker are never attributed', async () => {
    const r = await q(many, 'who said "another winter of war"');
    expect(r.items).toEqual([]);
    expect(r.note).toBe('Stored articles carry those words, but the text does not say clearly who said them.');
  });

  it('scope: topic and since narrow the answer', async () => {
    const since = await q(many, 'Peskov', { since: '2025-05-02' });
    // `since` is about when articles were stored: all were stored now, so nothing is cut.
    expect(since.total).toBeGreaterThan(0);
    const none = await q(many, 'Peskov', { topic: 'no-such-topic' });
    expect(none.items).toEqual([]);
  });
});
