/**
 * One store test suite, run against both engines: SQLite on a temporary file and the PostgreSQL
 * server at 127.0.0.1:5432 (each run in its own schema).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { bothEngines } from '../helpers/engines.ts';

const engines = await bothEngines('store');

const topic = TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on Ukraine', match: { terms: ['Ukraine'] } });

for (const engine of engines) {
  describe.skipIf(engine.skip)(`Store: ${engine.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = engine.make();
      await store.migrate();
      return () => store.close();
    });

    it('migrates once: applying migrations again changes nothing', async () => {
      await store.migrate();
      await store.migrate();
      expect(await store.countArticles()).toBe(0);
    });

    it('stores an article with its facts and topics, and re-ingesting is a no-op', async () => {
      const { article, facts } = sampleArticle(1);
      const first = await store.putArticle(article, facts, ['ukraine-talks']);
      expect(first).toEqual({ id: article.id, inserted: true, topics: ['ukraine-talks'] });
      const again = await store.putArticle(article, facts, ['other']);
      expect(again.inserted).toBe(false);
      expect(await store.countArticles()).toBe(1);
      const got = await store.getArticle(article.id);
      expect(got?.article).toEqual(article);
      expect(got?.facts).toEqual(facts);
      expect(got?.topics).toEqual(['ukraine-talks']);
      expect(await store.searchQuotes('peace')).toHaveLength(1);
    });

    it('lists a topic newest first and filters by first-stored time', async () => {
      const a = sampleArticle(1, { published: '2025-04-21' });
      const b = sampleArticle(2, { published: '2025-04-23' });
      const c = sampleArticle(3, { published: '2025-04-22' });
      await store.putArticle(a.article, a.facts, ['ukraine-talks'], { storedAt: '2025-04-21T10:00:00.000Z' });
      await store.putArticle(b.article, b.facts, ['ukraine-talks'], { storedAt: '2025-04-23T10:00:00.000Z' });
      await store.putArticle(c.article, c.facts, [], { storedAt: '2025-04-22T10:00:00.000Z' });
      expect((await store.listArticles({ topic: 'ukraine-talks' })).map((s) => s.article.headline)).toEqual(['Sample headline 2', 'Sample headline 1']);
      expect((await store.listArticles()).map((s) => s.article.headline)).toEqual(['Sample headline 2', 'Sample headline 3', 'Sample headline 1']);
      const since = await store.listArticles({ topic: 'ukraine-talks', since: '2025-04-22T00:00:00.000Z' });
      expect(since.map((s) => s.article.headline)).toEqual(['Sample headline 2']);
      expect((await store.listArticles({ topic: 'ukraine-talks', limit: 1 })).length).toBe(1);
      expect(await store.countArticles('ukraine-talks')).toBe(2);
    });

    it('hands out quotes with their article head, and a data version that moves on every change', async () => {
      const v0 = await store.dataVersion();
      const t0 = await store.dataVersion('ukraine-talks');
      const o0 = await store.dataVersion('other');
      const a = sampleArticle(1);
      await store.putArticle(a.article, a.facts, ['ukraine-talks']);
      const v1 = await store.dataVersion();
      expect(v1).toBeGreaterThan(v0);
      expect(await store.dataVersion('ukraine-talks')).toBeGreaterThan(t0);
      expect(await store.dataVersion('other')).toBe(o0); // a topic's answers outlive writes to other topics
      await store.putArticle(a.article, a.facts, ['ukraine-talks']); // a no-op changes nothing
      expect(await store.dataVersion()).toBe(v1);
      const t1 = await store.dataVersion('ukraine-talks');
      await store.setArticleTopics(a.article.id, ['other']);
      expect(await store.dataVersion()).toBeGreaterThan(v1);
      expect(await store.dataVersion('ukraine-talks')).toBeGreaterThan(t1); // it lost an article
      expect(await store.dataVersion('other')).toBeGreaterThan(o0); // and this one gained it
      const got = await store.getQuotes([{ articleId: a.article.id, quoteIndex: 0 }, { articleId: 'nope', quoteIndex: 0 }]);
      expect(got).toEqual([
        { articleId: a.article.id, quoteIndex: 0, quote: a.facts.quotes[0], head: { id: a.article.id, headline: a.article.headline, outlet: 'Sample Wire', url: undefined, published: '2025-04-23' } },
      ]);
    });

    it('lists speakers anew once another connection stores an article', async () => {
      const a = sampleArticle(1);
      await store.putArticle(a.article, a.facts, ['ukraine-talks']);
      const before = await store.listSpeakers();
      expect(before.length).toBeGreaterThan(0);
      expect(await store.listSpeakers()).toEqual(before);
      // A second store on the same database (another process would do the same) adds a speaker.
      const other = engine.reopen(store);
      try {
        const b = sampleArticle(2);
        const quote = { ...b.facts.quotes[0], speaker: 'Nadia Quillfeather' };
        await other.putArticle(b.article, { ...b.facts, quotes: [quote] }, ['ukraine-talks']);
      } finally {
        await other.close();
      }
      const after = await store.listSpeakers();
      expect(after).toContainEqual({ name: 'Nadia Quillfeather', quotes: 1 });
      expect(after.length).toBe(before.length + 1);
    });

    it('many calls at once on one store: every write whole, every read answered, the counts add up', async () => {
      const items = Array.from({ length: 12 }, (_, i) => sampleArticle(100 + i, { speaker: i % 2 ? 'Dmitry Peskov' : 'Andrii Yermak' }));
      const reads: Promise<unknown>[] = [];
      const writes = items.map((x, i) => {
        reads.push(store.countArticles(), store.listArticles({ topic: 'ukraine-talks' }), store.quotesBySpeaker(['Dmitry Peskov']));
        return store.putArticle(x.article, x.facts, i % 3 ? ['ukraine-talks'] : ['ukraine-talks', 'other']);
      });
      const done = await Promise.all(writes);
      await Promise.all(reads);
      expect(done.every((r) => r.inserted)).toBe(true);
      expect(await store.countArticles()).toBe(12);
      expect(await store.countArticles('ukraine-talks')).toBe(12);
      expect(await store.countArticles('other')).toBe(4);
      expect(await store.listSpeakers()).toEqual([
        { name: 'Andrii Yermak', quotes: 6 },
        { name: 'Dmitry Peskov', quotes: 6 },
      ]);
      expect(await store.quotesBySpeaker(['Dmitry Peskov', 'Andrii Yermak'], { limit: 100 })).toHaveLength(12);
      expect((await store.findPeople(['peskov'])).map((p) => [p.name, p.quotes])).toEqual([['Dmitry Peskov', 6]]);
    });

    it('re-assigns topics', async () => {
      const a = sampleArticle(1);
      await store.putArticle(a.article, a.facts, ['ukraine-talks']);
      await store.setArticleTopics(a.article.id, ['x', 'y']);
      expect((await store.getArticle(a.article.id))?.topics).toEqual(['x', 'y']);
      expect(await store.countArticles('ukraine-talks')).toBe(0);
      const all = [];
      for await (const s of store.allArticles()) all.push(s.article.id);
      expect(all).toEqual([a.article.id]);
    });

    it('keeps topics from briefing files', async () => {
      await store.upsertTopics([topic]);
      await store.upsertTopics([{ ...topic, title: 'Renamed' }]);
      expect(await store.listTopics()).toEqual([{ ...topic, title: 'Renamed' }]);
    });

    it('searches quotes by speaker, word and phrase, newest first; hostile queries are harmless', async () => {
      const a = sampleArticle(1, { speaker: 'Dmitry Peskov', words: 'a lot of fakes are being published at the moment' });
      const b = sampleArticle(2, { speaker: 'JD Vance', words: 'it is a very fair proposal about fakes' });
      await store.putArticle(a.article, a.facts, ['ukraine-talks']);
      await store.putArticle(b.article, b.facts, ['other']);
      expect((await store.searchQuotes('Peskov')).map((h) => h.articleId)).toEqual([a.article.id]);
      expect((await store.searchQuotes('"a lot of fakes"')).map((h) => h.articleId)).toEqual([a.article.id]);
      expect((await store.searchQuotes('fakes')).length).toBe(2);
      expect((await store.searchQuotes('fakes', { topic: 'other' })).map((h) => h.articleId)).toEqual([b.article.id]);
      expect((await store.searchQuotes('"fakes published"')).length).toBe(0);
      // A speaker's words: by the speaker named, not quotes that name them.
      const c = sampleArticle(3, { speaker: 'Lena Marsh', words: 'Peskov says fakes, and Vance agrees' });
      await store.putArticle(c.article, c.facts, ['other']);
      expect((await store.searchQuotes('fakes', { speaker: 'Peskov' })).map((h) => h.articleId)).toEqual([a.article.id]);
      expect((await store.searchQuotes('"a lot"', { speaker: 'Dmitry Peskov' })).map((h) => h.articleId)).toEqual([a.article.id]);
      expect((await store.searchQuotes('fakes', { speaker: 'Vance' })).map((h) => h.articleId)).toEqual([b.article.id]);
      expect(await store.searchQuotes('fakes', { speaker: 'Lena Vance' })).toHaveLength(1);
      expect(await store.searchQuotes('proposal', { speaker: 'Marsh' })).toEqual([]);
      expect((await store.searchQuotes('Peskov')).map((h) => h.articleId).sort()).toEqual([a.article.id, c.article.id].sort());
      expect(await store.listSpeakers()).toEqual([
        { name: 'Dmitry Peskov', quotes: 1 },
        { name: 'JD Vance', quotes: 1 },
        { name: 'Lena Marsh', quotes: 1 },
      ]);
      expect((await store.quotesBySpeaker(['JD Vance'])).map((h) => [h.articleId, h.quoteIndex])).toEqual([[b.article.id, 0]]);
      expect((await store.quotesBySpeaker(['JD Vance'], { topic: 'ukraine-talks' }))).toEqual([]);
      for (const q of ['"', 'AND OR NOT', "'; DROP TABLE quotes; --", '*', 'NEAR(', '(((', '']) {
        await expect(store.searchQuotes(q)).resolves.toBeInstanceOf(Array);
      }
      expect(await store.countArticles()).toBe(3);
    });

    it('keeps subscriptions: merge topics per channel, remove one, list', async () => {
      await store.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['ukraine-talks'], time: '07:30', timezone: 'Europe/London' });
      const s = await store.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['other'], time: '08:00', timezone: 'Europe/London' });
      expect(s.topics).toEqual(['other', 'ukraine-talks']);
      expect(s.time).toBe('08:00');
      await store.addSubscription({ platform: 'discord', workspace: 'G1', channel: 'C9', topics: ['other'] });
      expect((await store.listSubscriptions({ platform: 'slack' })).length).toBe(1);
      expect(await store.removeSubscription('slack', 'T1', 'C1', 'other')).toBe(true);
      expect(await store.removeSubscription('slack', 'T1', 'C1', 'other')).toBe(false);
      expect((await store.listSubscriptions({ channel: 'C1' }))[0].topics).toEqual(['ukraine-talks']);
      expect(await store.removeSubscription('slack', 'T1', 'C1', 'ukraine-talks')).toBe(true);
      expect(await store.listSubscriptions({ channel: 'C1' })).toEqual([]);
    });

    it('a failed write leaves nothing half-written', async () => {
      const a = sampleArticle(1);
      const bad = { ...a.facts, quotes: [a.facts.quotes[0], { ...a.facts.quotes[0], text: null as unknown as string }] };
      await expect(store.putArticle(a.article, bad, ['ukraine-talks'])).rejects.toThrow();
      expect(await store.hasArticle(a.article.id)).toBe(false);
      expect(await store.countArticles('ukraine-talks')).toBe(0);
      expect(await store.searchQuotes('peace')).toEqual([]);
    });
  });
}
