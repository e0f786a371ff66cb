/**
 * Migrations 10 and 11 on both engines. An article's denials and confirmations (with the claim
 * each answers) and its positions have rows of their own; a speaker's and a person's quotes in a
 * topic have an index of their own, kept with the topic links. Both are written at ingest and,
 * for a store migrated from an older version, filled from the rows stored; who-said reads them
 * instead of whole articles. The seed and the who-said and people fixtures (made-up text) are
 * ingested with the real extractor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Store } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import { ask } from '../../src/briefing/ask.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { loadBriefingFiles } from '../../src/app/briefing-files.ts';
import { bothEngines } from '../helpers/engines.ts';
import { expectFaithful } from '../who-said/store.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const INPUT = [join(ROOT, 'seeds'), join(ROOT, 'test/fixtures/who-said'), join(ROOT, 'test/fixtures/people')];
const engines = await bothEngines('stances');

/** Made-up topics that take some of the fixtures each (and the briefing files' topics). */
const TOPICS = [
  TopicSchema.parse({ id: 'harbor', title: 'The harbor', match: { terms: ['harbor'] } }),
  TopicSchema.parse({ id: 'ceasefire', title: 'A ceasefire', match: { terms: ['ceasefire'] } }),
  TopicSchema.parse({ id: 'trump', title: 'Trump', match: { terms: ['Trump'] } }),
];

const QUESTIONS = [
  'did anyone deny the FT report?',
  'who denied the Financial Times report',
  'did anyone confirm the report',
  'where does Ukraine stand on territory?',
  'where does Russia stand on Crimea',
  'where does the Kremlin stand on the harbor treaty',
  'where does Trump stand on the ceasefire',
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`denials and positions by row, quotes by topic (migrations 10, 11): ${engine.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = engine.make();
      await store.migrate();
      const topics = [...loadBriefingFiles(join(ROOT, 'briefings')).topics, ...TOPICS];
      await store.upsertTopics(topics);
      const r = await ingestPaths(store, INPUT, topics);
      expect(r.errors).toEqual([]);
    });
    afterAll(() => store?.close());

    /** What the rows must hold: read from the whole articles. */
    async function expected() {
      const articles = await store.listArticles();
      const ids = articles.map((a) => a.article.id);
      const claims = (kind: 'denied' | 'confirmed') =>
        articles.flatMap((a) =>
          a.facts.claims.flatMap((c, index) => (c.kind === kind ? [{ articleId: a.article.id, index, claim: c, target: c.responds !== null ? a.facts.claims[c.responds] : null }] : [])),
        );
      const positions = articles.flatMap((a) => a.facts.positions.map((position, index) => ({ articleId: a.article.id, index, position })));
      const answering = articles.flatMap((a) =>
        a.facts.claims.flatMap((c, index) =>
          c.kind !== 'reported' || c.responds !== null ? [{ articleId: a.article.id, index, claim: c, target: c.responds !== null ? a.facts.claims[c.responds] : null }] : [],
        ),
      );
      return { ids, denied: claims('denied'), confirmed: claims('confirmed'), answering, positions };
    }

    it('answers positions the same whichever of the articles were read before, in the order asked', async () => {
      const want = await expected();
      const of = (ids: string[]) => ids.flatMap((id) => want.positions.filter((p) => p.articleId === id));
      const some = want.ids.filter((_, i) => i % 3 === 1);
      expect(await store.positionsIn(some)).toEqual(of(some));
      const reversed = [...want.ids].reverse();
      expect(await store.positionsIn(reversed)).toEqual(of(reversed));
      expect(await store.positionsIn([...some, 'not-stored', ...some])).toEqual(of(some));
    });

    it('holds every denial, confirmation and position of the stored articles, in the order asked', async () => {
      const want = await expected();
      expect(want.denied.length).toBeGreaterThan(0);
      expect(want.positions.length).toBeGreaterThan(0);
      expect(await store.listArticleIds()).toEqual(want.ids);
      expect(await store.claimsIn(want.ids, 'denied')).toEqual(want.denied);
      expect(await store.claimsIn(want.ids, 'confirmed')).toEqual(want.confirmed);
      expect(await store.claimsIn(want.ids)).toEqual(want.answering);
      expect(await store.positionsIn(want.ids)).toEqual(want.positions);
      // Another order of ids gives the rows in that order; unknown ids and none give nothing.
      const reversed = [...want.ids].reverse();
      expect((await store.positionsIn(reversed)).map((p) => p.articleId)).toEqual(reversed.flatMap((id) => want.positions.filter((p) => p.articleId === id).map(() => id)));
      expect(await store.claimsIn(['no-such-article'], 'denied')).toEqual([]);
      expect(await store.positionsIn([])).toEqual([]);
      expect((await store.getArticles([...reversed, 'no-such-article'])).map((a) => a.article.id)).toEqual(reversed);
      const someTopic = (await store.listArticles())[0].topics[0];
      expect(await store.listArticleIds({ topic: someTopic, limit: 2 })).toEqual((await store.listArticles({ topic: someTopic, limit: 2 })).map((a) => a.article.id));
    });

    it('answers denials and stances from the rows, faithfully', async () => {
      const deny = await ask(store, 'did anyone deny the FT report?');
      expect(deny.items.map((i) => i.speaker)).toContain('Dmitry Peskov');
      for (const question of QUESTIONS) expect(await expectFaithful(store, await ask(store, question)), question).toEqual([]);
    });

    it('a store from before version 10 is filled from its articles when it migrates, with the same answers', async () => {
      const answers = await Promise.all(QUESTIONS.map((question) => ask(store, question)));
      const drop = ['DROP TABLE article_claims', 'DROP TABLE article_positions', 'DELETE FROM schema_migrations WHERE version = 10'];
      if (store instanceof SqliteStore) for (const s of drop) store.db.exec(s);
      else if (store instanceof PostgresStore) for (const s of drop) await store.pool.query(s);
      await store.migrate();
      const want = await expected();
      expect(await store.claimsIn(want.ids, 'denied')).toEqual(want.denied);
      expect(await store.positionsIn(want.ids)).toEqual(want.positions);
      expect(await Promise.all(QUESTIONS.map((question) => ask(store, question)))).toEqual(answers);
    });

    /** Every speaker's and person's quotes in every topic, as the unscoped walk and the topic links say. */
    async function topicWalks() {
      const articles = await store.listArticles();
      const topicsOf = new Map(articles.map((a) => [a.article.id, a.topics]));
      const speakers = (await store.listSpeakers()).map((s) => s.name);
      const persons = [...new Set((await store.findPeople(speakers.map((n) => n.split(' ').at(-1)!.toLowerCase()))).map((f) => f.person))];
      const topics = [...new Set(articles.flatMap((a) => a.topics))].sort();
      const got: unknown[] = [];
      const want: unknown[] = [];
      for (const topic of topics) {
        for (const name of speakers) {
          got.push([topic, name, await store.quotesBySpeaker([name], { topic, limit: 1000 })]);
          want.push([topic, name, (await store.quotesBySpeaker([name], { limit: 1000 })).filter((h) => topicsOf.get(h.articleId)!.includes(topic))]);
        }
        for (const person of persons) {
          got.push([topic, person, await store.quotesByPerson(person, { topic, limit: 1000 })]);
          want.push([topic, person, (await store.quotesByPerson(person, { limit: 1000 })).filter((h) => topicsOf.get(h.articleId)!.includes(topic))]);
        }
      }
      return { got, want, topics, persons };
    }

    it("a speaker's and a person's quotes in a topic: from the topic's index, kept when topics are re-assigned, filled when an older store migrates", async () => {
      const first = await topicWalks();
      expect(first.topics.length).toBeGreaterThan(1);
      expect(first.persons.length).toBeGreaterThan(3);
      expect(first.got.some((g) => (g as [string, string, unknown[]])[2].length > 0)).toBe(true);
      expect(first.got).toEqual(first.want);
      // Topics re-assigned: an article leaves its topics for another one.
      const [a, b] = await store.listArticles();
      await store.setArticleTopics(a.article.id, ['moved-here']);
      await store.setArticleTopics(b.article.id, [...b.topics, 'moved-here']);
      const moved = await topicWalks();
      expect(moved.topics).toContain('moved-here');
      expect(moved.got).toEqual(moved.want);
      // An older store: the index dropped and filled again by the migration.
      const drop = ['DROP TABLE topic_quotes', 'DROP TABLE topic_person_quotes', 'DROP INDEX articles_id_stored_at', 'DELETE FROM schema_migrations WHERE version = 11'];
      if (store instanceof SqliteStore) for (const s of drop) store.db.exec(s);
      else if (store instanceof PostgresStore) for (const s of drop) await store.pool.query(s);
      await store.migrate();
      expect((await topicWalks()).got).toEqual(moved.got);
    });
  });
}
