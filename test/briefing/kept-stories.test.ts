/**
 * Stories kept in the store (src/app/stories.ts, migration 13): the cards' cross-article work is
 * done when articles arrive and kept per topic data version; a card reads it back and answers the
 * same as a card built from the articles. Both engines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store, Subscription } from '../../src/store/store.ts';
import { DigestBuilder } from '../../src/schedule/build-digest.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import { cardFromStory, storyMaterial } from '../../src/briefing/build/build-card.ts';
import { keepStories, readKeptStory, readStory, STORY_FORMAT } from '../../src/app/stories.ts';
import { MAX_STORY_ARTICLES, STORY_STEP, storyWindowSize } from '../../src/briefing/build/index.ts';
import { stressArticles, stressTopic } from '../fixtures/briefing/stress.ts';
import { brief } from '../../src/commands/all/brief.ts';
import { runCommand } from '../../src/commands/run.ts';
import { ConfigSchema } from '../../src/config.ts';
import { day1a, day1b, day3, day4, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { bothEngines } from '../helpers/engines.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import { loadBriefingFiles } from '../../src/app/briefing-files.ts';

const engines = await bothEngines('kept-stories');

/** A migrated SQLite store in a temporary folder (both closed and removed after `fn`, which also gets the folder). */
async function withSqlite(name: string, fn: (store: SqliteStore, dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `briefbot-${name}-`));
  const store = new SqliteStore(join(dir, 's.db'));
  try {
    await store.migrate();
    await fn(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const NOW = '2025-04-26T12:00:00.000Z';

async function put(store: Store, sa: typeof day1a): Promise<void> {
  await store.putArticle(sa.article, sa.facts, [ukraineTopic.id], { storedAt: sa.storedAt });
}

async function briefCard(store: Store, args: Record<string, unknown>) {
  const ctx = { store, config: ConfigSchema.parse({}), now: () => new Date(NOW), caller: { platform: 'cli' as const, workspace: '', channel: 't', user: 'u', canManage: false } };
  const r = await runCommand(ctx, brief, { topic: ukraineTopic.id, ...args });
  if (r.type !== 'card') throw new Error(`expected a card, got ${JSON.stringify(r)}`);
  return r.card;
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`kept stories: ${engine.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = engine.make();
      await store.migrate();
      await store.upsertTopics([ukraineTopic]);
      for (const sa of [day1a, day1b, day3]) await put(store, sa);
    });

    it('the store keeps a story per topic, data version and format, never over a newer one, and moves no data version', async () => {
      // a topic of its own (the stories written here are of made-up versions)
      const T = 'story-store-test';
      await store.upsertTopics([{ ...ukraineTopic, id: T }]);
      const v = await store.dataVersion(T);
      const all = await store.dataVersion();
      expect(await store.getStory(T, v, STORY_FORMAT)).toBeNull();
      await store.putStory(T, v, 'test-format', '{"a":1}');
      expect(await store.getStory(T, v, 'test-format')).toBe('{"a":1}');
      expect(await store.hasStory(T, v, 'test-format')).toBe(true);
      // another version or format is not this story
      expect(await store.getStory(T, v + 1, 'test-format')).toBeNull();
      expect(await store.hasStory(T, v, STORY_FORMAT)).toBe(false);
      // a newer story is not overwritten by an older one read slowly
      await store.putStory(T, v + 2, 'test-format', '{"a":3}');
      await store.putStory(T, v + 1, 'test-format', '{"a":2}');
      expect(await store.getStory(T, v + 2, 'test-format')).toBe('{"a":3}');
      expect(await store.getStory(T, v + 1, 'test-format')).toBeNull();
      expect(await store.dataVersion(T)).toBe(v);
      expect(await store.dataVersion()).toBe(all);
    });

    it('topics synced again unchanged (as at every start) move no data version: their stories stay current; a changed topic moves its own', async () => {
      const other = { ...ukraineTopic, id: 'sync-test-topic' };
      await store.upsertTopics([ukraineTopic, other]);
      const v = await store.dataVersion(ukraineTopic.id);
      const w = await store.dataVersion(other.id);
      const all = await store.dataVersion();
      await store.upsertTopics([ukraineTopic, other]);
      expect([await store.dataVersion(ukraineTopic.id), await store.dataVersion(other.id), await store.dataVersion()]).toEqual([v, w, all]);
      await store.upsertTopics([ukraineTopic, { ...other, title: 'Changed' }]);
      expect(await store.dataVersion(ukraineTopic.id)).toBe(v);
      expect(await store.dataVersion(other.id)).not.toBe(w);
      expect((await store.listTopics()).find((t) => t.id === other.id)?.title).toBe('Changed');
    });

    it('a kept story answers every request as the card built from the articles does', async () => {
      expect(await keepStories(store, [ukraineTopic])).toBe(1);
      // kept now: nothing to read again
      expect(await keepStories(store, [ukraineTopic])).toBe(0);
      const articles = await store.listArticles({ topic: ukraineTopic.id, limit: 600 });
      const kept = await store.getStory(ukraineTopic.id, await store.dataVersion(ukraineTopic.id), STORY_FORMAT);
      expect(kept).not.toBeNull();
      expect(JSON.parse(kept!)).toEqual(JSON.parse(JSON.stringify(storyMaterial({ topic: ukraineTopic, articles }))));
      for (const since of [null, '2025-04-24T00:00:00.000Z'])
        for (const page of [1, 2]) {
          const req = { now: NOW, since, page };
          const fromArticles = buildCard({ topic: ukraineTopic, articles, ...req });
          expect(cardFromStory(JSON.parse(kept!), req)).toEqual(fromArticles);
          expect({ ...(await briefCard(store, { ...(since ? { since } : {}), page })), asOf: NOW }).toEqual(fromArticles);
        }
    });

    it('/brief reads the kept story, not the articles, while it is current', async () => {
      // a store of its own, whose story no request has read yet
      const own = engine.make();
      await own.migrate();
      await own.upsertTopics([ukraineTopic]);
      for (const sa of [day1a, day1b]) await put(own, sa);
      expect(await keepStories(own, [ukraineTopic])).toBe(1);
      const v = await own.dataVersion(ukraineTopic.id);
      const story = JSON.parse((await own.getStory(ukraineTopic.id, v, STORY_FORMAT))!);
      // a marker only a card read from the kept row can show
      story.topic.title = 'Kept story marker';
      await own.putStory(ukraineTopic.id, v, STORY_FORMAT, JSON.stringify(story));
      expect((await briefCard(own, {})).title).toBe('Kept story marker');
      await own.close();
    });

    it('an article stored since makes the kept story stale: the card reads the articles (writing nothing), and the next keep reads the story again', async () => {
      const before = await store.dataVersion(ukraineTopic.id);
      await put(store, day4);
      const v = await store.dataVersion(ukraineTopic.id);
      expect(v).not.toBe(before);
      expect(await store.hasStory(ukraineTopic.id, v, STORY_FORMAT)).toBe(false);
      const articles = await store.listArticles({ topic: ukraineTopic.id, limit: 600 });
      const card = await briefCard(store, {});
      expect(card.title).toBe(ukraineTopic.title);
      expect({ ...card, asOf: NOW }).toEqual(buildCard({ topic: ukraineTopic, articles, now: NOW }));
      expect(card.sources.some((s) => s.articleId === day4.article.id)).toBe(true);
      // the request wrote no story
      expect(await store.hasStory(ukraineTopic.id, v, STORY_FORMAT)).toBe(false);
      expect(await keepStories(store, [ukraineTopic])).toBe(1);
      expect(await store.hasStory(ukraineTopic.id, v, STORY_FORMAT)).toBe(true);
      expect(await readStory(store, ukraineTopic)).toEqual(JSON.parse(JSON.stringify(storyMaterial({ topic: ukraineTopic, articles }))));
    });
  });
}

describe('kept stories: ingest', () => {
  it('an ingest run that stores articles keeps the story of their topics', () =>
    withSqlite('ingest-story', async (store) => {
      const { topics } = loadBriefingFiles('briefings');
      await store.upsertTopics(topics);
      const r = await ingestPaths(store, ['seeds'], topics);
      expect(r.inserted).toBeGreaterThan(0);
      const t = topics.find((x) => x.id === 'ukraine-talks')!;
      expect(await store.hasStory(t.id, await store.dataVersion(t.id), STORY_FORMAT)).toBe(true);
    }));
});

describe('kept stories: the window of a long story', () => {
  it('reads the newest 600 plus up to STORY_STEP - 1, its oldest end moving STORY_STEP articles at a time', () => {
    expect([0, 5, 600, 601, 799, 800, 801, 1000, 1199, 1200].map(storyWindowSize)).toEqual([0, 5, 600, 601, 799, 600, 601, 600, 799, 600]);
    expect(STORY_STEP).toBe(200);
    expect(MAX_STORY_ARTICLES).toBe(600);
  });

  it('a story of 600 articles that grows by a few keeps its oldest end: the new story is the old one plus the new articles', () =>
    withSqlite('long-story', async (store) => {
      await store.upsertTopics([stressTopic]);
      // oldest first, as they would arrive
      const all = stressArticles(605);
      for (const sa of all.slice(0, 600)) await store.putArticle(sa.article, sa.facts, [stressTopic.id], { storedAt: sa.storedAt });
      await keepStories(store, [stressTopic]);
      const before = (await readKeptStory(store, stressTopic))!;
      expect(before.articles).toHaveLength(600);
      for (const sa of all.slice(600)) await store.putArticle(sa.article, sa.facts, [stressTopic.id], { storedAt: sa.storedAt });
      await keepStories(store, [stressTopic]);
      const after = (await readKeptStory(store, stressTopic))!;
      expect(after.articles).toHaveLength(605);
      expect(after.articles.slice(5)).toEqual(before.articles);
      // the same as reading those 605 afresh
      const articles = await store.listArticles({ topic: stressTopic.id, limit: 605 });
      expect(after).toEqual(JSON.parse(JSON.stringify(storyMaterial({ topic: stressTopic, articles, maxStoryArticles: 605 }))));
    }));
});

describe('kept stories: the format', () => {
  it('STORY_FORMAT moves with what a story holds (change the card code: bump STORY_FORMAT, then update this fingerprint)', () => {
    const story = storyMaterial({ topic: ukraineTopic, articles: [day4, day3, day1b, day1a] });
    const fingerprint = createHash('sha256').update(JSON.stringify(story)).digest('hex').slice(0, 16);
    expect({ format: STORY_FORMAT, fingerprint }).toEqual({ format: 'story-14', fingerprint: '691e1515991c72ac' });
  });
});

describe('kept stories: digests', () => {
  it("a digest shows what is new since the last one: a development first reported before it is not news again, a new one is, and each article once", () =>
    withSqlite('digest-story', async (store, dir) => {
      await store.upsertTopics([ukraineTopic]);
      for (const sa of [day1a, day1b, day3]) await put(store, sa);
      await keepStories(store, [ukraineTopic]);
      // the last digest was posted between the two outlets' reports of the London talks
      const since = '2025-04-23T12:00:00.000Z';
      const sub = { id: 1, platform: 'slack', workspace: 'w', channel: 'c', topics: [ukraineTopic.id], time: '07:00', timezone: 'UTC', quietDay: 'post', createdAt: since, lastPostedSlot: null, lastPostedAt: since } as Subscription;
      const digest = await new DigestBuilder(store, new Date(NOW)).build({ subscription: sub, slot: NOW, since });
      expect(digest.cards).toHaveLength(1);
      const card = digest.cards[0];
      const lines = [...card.tldr, ...card.developments];
      const london = /Talks in London on ending the war in Ukraine were downgraded/;
      // Sample Daily reported the downgrade at 10:00, before the last digest: Sample Post's report of it at 15:30 is not news
      expect(lines.some((l) => london.test(l.text))).toBe(false);
      // day 3 (stored after it) is
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.cites.every((c) => c.articleId !== day1a.article.id))).toBe(true);
      expect(card.sources.map((s) => s.articleId)).not.toContain(day1a.article.id);
      // the same card whether the story was kept at ingest or read from the articles now
      const fresh = new SqliteStore(join(dir, 'fresh.db'));
      await fresh.migrate();
      await fresh.upsertTopics([ukraineTopic]);
      for (const sa of [day1a, day1b, day3]) await put(fresh, sa);
      expect((await new DigestBuilder(fresh, new Date(NOW)).build({ subscription: sub, slot: NOW, since })).cards).toEqual(digest.cards);
      await fresh.close();
    }));
});
