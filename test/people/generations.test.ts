/**
 * A generational suffix is a different person ("Ray Dorn Jr." is not "Ray Dorn"), through the real
 * extractor and store on both engines: the sample articles of test/fixtures/generations (made-up
 * text) ingested, then asked through `ask`. A suffixed name with no contradiction joins its plain
 * name ("Walter K. Ames Jr." and "Walt Ames", never quoted apart). Also: a store keyed before
 * migration 14 (suffixes dropped) is keyed again when it migrates.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { lookupKeys } from '../../src/briefing/names.ts';
import type { WhoSaidResult } from '../../src/briefing/who-said.ts';
import { bothEngines } from '../helpers/engines.ts';
import { askedStore } from '../who-said/store.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/generations');
const engines = await bothEngines('generations');

const speakers = (r: WhoSaidResult) => [...new Set(r.items.map((i) => i.speaker))];
const texts = (r: WhoSaidResult) => r.items.map((i) => i.text).sort();
const JUNIOR = ['the council race is wide open', 'My father never gave up on it,'];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`generational suffixes: ${engine.name}`, () => {
    const { store: storeOf, q } = askedStore(engine, FIXTURES);

    it('father and son are two people, quoted apart and together', async () => {
      const store = storeOf();
      const forms = await store.findPeople(lookupKeys('Dorn'));
      expect(new Set(forms.filter((f) => f.quotes > 0).map((f) => f.person))).toEqual(new Set(['ray dorn', 'ray dorn jr']));
      const father = await q('Ray Dorn');
      expect(speakers(father)).toEqual(['Ray Dorn']);
      for (const t of JUNIOR) expect(texts(father)).not.toContain(t);
      expect(texts(father)).toContain('This pier took ten years,');
      const son = await q('Ray Dorn Jr.');
      expect(speakers(son)).toEqual(['Ray Dorn Jr.']);
      expect(texts(son)).toEqual([...JUNIOR].sort());
      // "Dorn said" beside both is nobody's.
      for (const r of [father, son]) expect(texts(r)).not.toContain('the tolls would stay low');
      expect(texts(await q('what did Ray Dorn say about the tolls'))).toEqual([]);
    });

    it('the surname goes to the more prominent one, naming the other', async () => {
      const r = await q('Dorn');
      expect(speakers(r)).toEqual(['Ray Dorn']);
      expect(r.note).toMatch(/^Also: Ray Dorn Jr\., \d quotes — ask with the full name\.$/);
      expect(speakers(await q('Dorn Jr.'))).toEqual(['Ray Dorn Jr.']);
    });

    it('a suffixed name never quoted apart from its plain name is one person', async () => {
      for (const question of ['Ames', 'Walt Ames', 'Walter Ames Jr.']) {
        const r = await q(question);
        expect(new Set(speakers(r)), question).toEqual(new Set(['Walter K. Ames Jr.', 'Walt Ames']));
      }
    });

    it('a store keyed before version 14 (suffixes dropped) is keyed again when it migrates', async () => {
      const store = storeOf();
      const people = async () => (await store.findPeople(['dorn', 'ames'])).map((f) => [f.name, f.person, f.surname, f.quotes]).sort();
      const quotes = async () => [...(await store.quotesByPerson('ray dorn', { limit: 100 })), ...(await store.quotesByPerson('ray dorn jr', { limit: 100 }))].map((h) => `${h.articleId}:${h.quoteIndex}`).sort();
      const after = [await people(), await quotes(), await store.quotesByPerson('ray dorn jr', { limit: 100 })];
      expect(after[2]).toHaveLength(2);
      // As version 13 keyed them: the suffix dropped from forms and quotes; and two aliases an
      // article gave the father then (no quotes of their own): one the son's form, one nobody's now.
      const old = [
        "INSERT INTO people (name, person, surname, kind, middle, quotes, roles_json) VALUES ('Ray Dorn, Jr.', 'ray dorn', 'dorn', 'person', '', 0, '[]')",
        "INSERT INTO people (name, person, surname, kind, middle, quotes, roles_json) VALUES ('Raymond Dorn Jr.', 'ray dorn', 'dorn', 'person', '', 0, '[]')",
        "UPDATE people SET person = 'ray dorn' WHERE person = 'ray dorn jr'",
        "UPDATE people SET person = 'walter ames' WHERE person = 'walter ames jr'",
        "UPDATE person_quotes SET person = 'ray dorn' WHERE person = 'ray dorn jr'",
        "UPDATE topic_person_quotes SET person = 'ray dorn' WHERE person = 'ray dorn jr'",
        'DELETE FROM schema_migrations WHERE version = 14',
      ];
      if (store instanceof SqliteStore) for (const s of old) store.db.exec(s);
      else if (store instanceof PostgresStore) for (const s of old) await store.pool.query(s);
      expect(await store.quotesByPerson('ray dorn jr')).toEqual([]);
      await store.migrate();
      const [forms, ...rest] = [await people(), await quotes(), await store.quotesByPerson('ray dorn jr', { limit: 100 })];
      expect(forms).toEqual([...after[0], ['Ray Dorn, Jr.', 'ray dorn jr', 'dorn', 0]].sort());
      expect(rest).toEqual(after.slice(1));
      expect(speakers(await q('Ray Dorn'))).toEqual(['Ray Dorn']);
    });
  });
}
