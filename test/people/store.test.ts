/**
 * People across the archive through the real store, on both engines: the sample articles of
 * test/fixtures/people (made-up text) ingested with the real extractor, then asked through `ask`.
 * Also: a store migrated from before version 6 is filled from its stored articles.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { lookupKeys } from '../../src/briefing/names.ts';
import type { WhoSaidResult } from '../../src/briefing/who-said.ts';
import { bothEngines } from '../helpers/engines.ts';
import { askedStore } from '../who-said/store.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/people');
const engines = await bothEngines('people');

const speakers = (r: WhoSaidResult) => [...new Set(r.items.map((i) => i.speaker))];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`people across articles: ${engine.name}`, () => {
    const { store: storeOf, q } = askedStore(engine, FIXTURES);

    it('two people with one surname stay two; "Kessler said" beside both is nobody’s', async () => {
      const store = storeOf();
      const forms = await store.findPeople(lookupKeys('Kessler'));
      expect(new Set(forms.filter((f) => f.quotes > 0).map((f) => f.person))).toEqual(new Set(['daniel kesler', 'joshua kesler']));
      const dan = await q('Dan Kessler');
      expect(speakers(dan)).toEqual(['Dan Kessler']);
      expect(dan.items.map((i) => i.text).sort()).toEqual(['nobody asked me to soften the harbor section', 'the budget speech was written in one night']);
      const josh = await q('what did Josh Kessler say');
      expect(speakers(josh)).toEqual(['Josh Kessler']);
      expect(josh.items.map((i) => i.text)).not.toContain('the meeting ran far too long');
      // Equally prominent: the surname alone is refused, nothing attributed.
      const k = await q('Kessler');
      expect(k.items).toEqual([]);
      expect(k.note).toMatch(/not sure who you mean by “Kessler”: (Josh Kessler or Dan Kessler|Dan Kessler or Josh Kessler)/);
    });

    it('every form of one person is one answer: middle initial, title, surname alone', async () => {
      for (const question of ['Corley', 'James Corley', 'James B. Corley', 'Sen. Corley']) {
        const r = await q(question);
        expect(new Set(speakers(r)), question).toEqual(new Set(['James B. Corley', 'James Corley']));
        expect(r.total, question).toBe(4);
      }
    });

    it('a surname goes to the clearly most prominent person, naming the others', async () => {
      const r = await q('Marsh');
      expect(speakers(r)).toEqual(['Helen Marsh']);
      expect(r.note).toBe('Also: Peter Marsh, 1 quote — ask with the full name.');
      expect(speakers(await q('Peter Marsh'))).toEqual(['Peter Marsh']);
      const ruiz = await q('Ruiz');
      expect(ruiz.items).toEqual([]);
      expect(ruiz.note).toMatch(/not sure who you mean by “Ruiz”/);
    });

    it('organisations: "FBI" and "the F.B.I." are one', async () => {
      for (const question of ['FBI', 'the F.B.I.', 'what did the FBI say about the inquiry']) {
        const r = await q(question);
        expect(r.items.map((i) => i.text).sort(), question).toEqual(['has opened an inquiry into the dredging contract', 'the inquiry is at an early stage']);
      }
    });

    it('plural and inflected question words match', async () => {
      const r = await q('what did Josh Kessler say about the report');
      expect(r.items.map((i) => i.text)).toEqual(['the ferry reports were premature']);
      const c = await q('what did Corley say about reporting');
      expect(c.items.map((i) => i.text)).toEqual(['the reports on dredging were written by the contractor']);
    });

    it('Russia, Moscow and the Kremlin speak for one side', async () => {
      for (const party of ['Russia', 'Moscow', 'the Kremlin']) {
        const r = await q(`where does ${party} stand on the harbor treaty`);
        expect(r.items.map((i) => [i.speaker, i.text]), party).toContainEqual(['Kremlin', 'the harbor treaty is unacceptable']);
      }
    });

    it('a store from before version 6 is filled from its articles when it migrates', async () => {
      const store = storeOf();
      const before = (await store.findPeople(['Kessler', 'Corley', 'Marsh'].flatMap(lookupKeys))).map((f) => [f.name, f.person, f.quotes]).sort();
      expect(before.length).toBeGreaterThanOrEqual(6);
      const drop = ['DROP TABLE people', 'DROP TABLE person_quotes', 'DELETE FROM schema_migrations WHERE version = 6'];
      if (store instanceof SqliteStore) for (const s of drop) store.db.exec(s);
      else if (store instanceof PostgresStore) for (const s of drop) await store.pool.query(s);
      await store.migrate();
      expect((await store.findPeople(['Kessler', 'Corley', 'Marsh'].flatMap(lookupKeys))).map((f) => [f.name, f.person, f.quotes]).sort()).toEqual(before);
      expect((await store.quotesByPerson('james corley')).length).toBe(4);
    });
  });
}
