/**
 * The poller for real: a local HTTP server serves feeds and pages (good and bad), sources are
 * kept in a real store (SQLite and PostgreSQL), and the tests look at what got stored and what
 * errors were recorded.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { SourcePoller } from '../../src/sources/poller.ts';
import { STORY_FORMAT } from '../../src/app/stories.ts';
import { fetcherFromConfig } from '../../src/sources/from-config.ts';
import { loadConfig } from '../../src/config.ts';
import { ETAG, LAST_MODIFIED, CAFE_TEXT, ZURICH_TEXT, startFixtureServer, type FixtureServer } from './fixtures.ts';
import { storeEngines } from './engines.ts';

const { engines, cleanup } = await storeEngines();
let srv: FixtureServer;
const dirs: string[] = [];
beforeAll(async () => {
  srv = await startFixtureServer();
});
afterAll(async () => {
  await srv.close();
  await cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const topic = TopicSchema.parse({ id: 'harbour-bridge', title: 'The harbour bridge', match: { terms: ['harbour', 'bridge'] } });
/** Tests reach the fixture server on loopback: SOURCES_ALLOW_PRIVATE=true, and tight limits. */
const settings = loadConfig({ SOURCES_ALLOW_PRIVATE: 'true', SOURCES_MAX_BYTES: String(256 * 1024), SOURCES_TIMEOUT_SECONDS: '2', SOURCES_MAX_REDIRECTS: '3' });
const MIN = 60_000;

for (const engine of engines) {
  describe.skipIf(engine.skip)(`SourcePoller: ${engine.name}`, () => {
    let store: Store;
    let now: Date;
    let poller: SourcePoller;
    const clock = () => now;
    const advance = (ms: number) => (now = new Date(now.getTime() + ms));
    const add = async (path: string, every = 900) => (await store.addSource({ kind: 'url', location: `${srv.base}${path}`, everySeconds: every })).source;
    const headlines = async () => (await store.listArticles()).map((s) => s.article.headline).sort();

    beforeEach(async () => {
      now = new Date('2025-04-24T08:00:00.000Z');
      store = engine.make(clock);
      await store.migrate();
      await store.upsertTopics([topic]);
      poller = new SourcePoller({ store, fetch: fetcherFromConfig(settings), clock });
      return async () => {
        await poller.stop();
        await store.close();
      };
    });

    it('reads an RSS feed, an Atom feed and web pages in legacy encodings, and records their status', async () => {
      const rss = await add('/rss.xml');
      const atom = await add('/atom.xml');
      const page = await add('/page-1252.html', 3600);
      const latin = await add('/page-latin1.html', 3600);
      const reports = await poller.pollDue();
      expect(reports.map((r) => [r.source.id, r.ok, r.inserted])).toEqual([
        [rss.id, true, 2],
        [atom.id, true, 1],
        [page.id, true, 1],
        [latin.id, true, 1],
      ]);
      expect(await headlines()).toEqual(['Council approves new harbour bridge', 'Rail strike called off after late talks', 'Storm closes coastal road', 'Traders say parking rules cut trade', 'Tram line to reach the lake']);

      const bridge = (await store.listArticles({ topic: 'harbour-bridge' })).map((s) => s.article);
      expect(bridge.map((a) => a.url)).toEqual([`${srv.base}/news/bridge`]);
      expect(bridge[0].outlet).toBe('Harbour Gazette');

      const all = (await store.listArticles()).map((s) => s.article);
      const cafe = all.find((a) => a.headline.startsWith('Traders'))!;
      expect(cafe.body).toContain(CAFE_TEXT[1]); // “…” and — read from windows-1252 bytes
      expect(cafe.body).toContain('Renée Dubois');
      expect(cafe.outlet).toBe('Town Herald');
      expect(cafe.url).toBe(`${srv.base}/page-1252.html`);
      const tram = all.find((a) => a.headline.startsWith('Tram'))!;
      expect(tram.body).toContain('Zürich');
      expect(tram.body).toContain(ZURICH_TEXT[1]);
      const storm = all.find((a) => a.headline.startsWith('Storm'))!;
      expect(storm.author).toBe('Mara Quint');

      const listed = await store.listSources();
      expect(listed.map((s) => [s.format, s.articlesTaken, s.lastError, s.errorCount])).toEqual([
        ['feed', 2, null, 0],
        ['feed', 1, null, 0],
        ['page', 1, null, 0],
        ['page', 1, null, 0],
      ]);
      expect(listed[0]).toMatchObject({ etag: ETAG, lastModified: LAST_MODIFIED, lastFetchAt: now.toISOString(), nextDueAt: new Date(now.getTime() + 15 * MIN).toISOString() });
      // Not due again yet: nothing is polled.
      expect(await poller.pollDue()).toEqual([]);
    });

    it('sends If-None-Match / If-Modified-Since and takes a 304 as "nothing new"', async () => {
      const rss = await add('/rss.xml');
      await poller.pollDue();
      advance(16 * MIN);
      const [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, unchanged: true, inserted: 0 });
      const second = srv.seen('/rss.xml').at(-1)!;
      expect(second.headers['if-none-match']).toBe(ETAG);
      expect(second.headers['if-modified-since']).toBe(LAST_MODIFIED);
      expect(await store.getSource(rss.id)).toMatchObject({ articlesTaken: 2, lastFetchAt: now.toISOString(), etag: ETAG, lastError: null });
      expect(await store.countArticles()).toBe(2);
    });

    it('records what went wrong with each bad source, backs off, and still reads the good ones', async () => {
      const bad = {
        slow: await add('/slow.xml'),
        huge: await add('/huge.xml'),
        loop: await add('/loop-a'),
        malformed: await add('/malformed.xml'),
        hostile: await add('/hostile.xml'),
        missing: await add('/gone.xml'),
        tooManyHops: await add('/hop-1'),
      };
      const good = await add('/atom.xml');
      const t0 = Date.now();
      const reports = await poller.pollDue();
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(reports).toHaveLength(8);
      expect(reports.find((r) => r.source.id === good.id)).toMatchObject({ ok: true, inserted: 1 });
      expect(await headlines()).toEqual(['Storm closes coastal road']);

      const byId = new Map((await store.listSources()).map((s) => [s.id, s]));
      const err = (s: { id: number }) => byId.get(s.id)!.lastError ?? '';
      expect(err(bad.slow)).toMatch(/no complete answer within 2000 ms/);
      expect(err(bad.huge)).toMatch(/262144-byte limit/);
      expect(err(bad.loop)).toMatch(/redirect loop/);
      expect(err(bad.malformed)).toMatch(/malformed XML/);
      expect(err(bad.hostile)).toMatch(/entities|ENTITY/);
      expect(err(bad.missing)).toMatch(/HTTP 404/);
      expect(err(bad.tooManyHops)).toMatch(/more than 3 redirects/);
      for (const s of Object.values(bad)) {
        expect(byId.get(s.id)).toMatchObject({ errorCount: 1, articlesTaken: 0, lastFetchAt: now.toISOString(), lastSuccessAt: null });
        expect(byId.get(s.id)!.nextDueAt).toBe(new Date(now.getTime() + 30 * MIN).toISOString()); // 2x the interval
      }
      expect(byId.get(good.id)).toMatchObject({ errorCount: 0, lastError: null });

      // Still failing: the wait doubles again; the good source alone is due at 15 minutes.
      advance(16 * MIN);
      expect((await poller.pollDue()).map((r) => r.source.id)).toEqual([good.id]);
      advance(15 * MIN);
      const retry = await poller.pollDue();
      // At 31 minutes the bad ones are due again (and so is the good one, polled at 16).
      expect(retry.map((r) => r.source.id).sort((a, b) => a - b)).toEqual([...Object.values(bad).map((s) => s.id), good.id].sort((a, b) => a - b));
      expect((await store.getSource(bad.missing.id))!.errorCount).toBe(2);
      expect((await store.getSource(bad.missing.id))!.nextDueAt).toBe(new Date(now.getTime() + 60 * MIN).toISOString());
    });

    it('refuses a loopback URL when SOURCES_ALLOW_PRIVATE is off (the default)', async () => {
      const strict = new SourcePoller({ store, fetch: fetcherFromConfig(loadConfig({})), clock });
      const src = await add('/rss.xml');
      const before = srv.seen('/rss.xml').length;
      const [r] = await strict.pollDue();
      expect(r.ok).toBe(false);
      expect(r.error).toMatch(/127\.0\.0\.1 is a private address.*SOURCES_ALLOW_PRIVATE/);
      expect(srv.seen('/rss.xml').length).toBe(before);
      expect((await store.getSource(src.id))!.lastError).toMatch(/private address/);
      expect(await store.countArticles()).toBe(0);
    });

    it('stores the same story once, whether it comes via a second feed, a new URL or tracking parameters', async () => {
      await add('/rss.xml');
      const mirror = await add('/mirror.xml');
      const oneByOne = new SourcePoller({ store, fetch: fetcherFromConfig(settings), clock, concurrency: 1 });
      const reports = await oneByOne.pollDue();
      expect(reports.map((r) => [r.inserted, r.known])).toEqual([
        [2, 0],
        [0, 2],
      ]);
      expect(await store.countArticles()).toBe(2);
      expect(await headlines()).toEqual(['Council approves new harbour bridge', 'Rail strike called off after late talks']);
      expect((await store.getSource(mirror.id))!.articlesTaken).toBe(0);
    });

    it('stores the story once even when both feeds are fetched at the same time', async () => {
      await add('/mirror.xml');
      await add('/rss.xml');
      const reports = await poller.pollDue();
      expect(reports.reduce((n, r) => n + r.inserted, 0)).toBe(2);
      expect(reports.reduce((n, r) => n + r.known, 0)).toBe(2);
      expect(await store.countArticles()).toBe(2);
    });

    it('watches a folder: new and changed files are read, unchanged ones are not, a bad file is noted', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'briefbot-watch-'));
      dirs.push(dir);
      const md = (headline: string, body: string) => `---\nheadline: ${headline}\npublished: 2025-04-24\noutlet: Desk\n---\n\n${body}\n`;
      writeFileSync(join(dir, 'one.md'), md('Ferry timetable changes from May', 'The ferry operator said on Thursday that sailings to the islands would run every ninety minutes from May, up from every two hours.'));
      writeFileSync(join(dir, 'notes.bin'), 'ignored: not an article file');
      const { source } = await store.addSource({ kind: 'folder', location: dir, everySeconds: 60 });
      let [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, inserted: 1 });
      expect(Object.keys((await store.getSource(source.id))!.state!)).toEqual(['one.md']);

      advance(2 * MIN);
      [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, unchanged: true, inserted: 0, known: 0 });

      writeFileSync(join(dir, 'two.txt'), 'Lifeboat station reopens\n\nThe lifeboat station at Kessick reopened on Friday after a two-year rebuild funded largely by local donations, the charity said.\n');
      writeFileSync(join(dir, 'bad.md'), '---\nheadline: [unclosed\n---\n');
      const later = new Date(Date.now() + 5000);
      utimesSync(join(dir, 'one.md'), later, later); // touched, same content: read again, stored once
      advance(2 * MIN);
      [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, inserted: 1, known: 1 });
      expect(r.itemErrors).toHaveLength(1);
      expect(r.itemErrors[0]).toMatch(/^bad\.md: /);
      const s = (await store.getSource(source.id))!;
      expect(s).toMatchObject({ articlesTaken: 2, errorCount: 0 });
      expect(s.lastError).toMatch(/1 item\(s\) skipped: bad\.md/);
      expect(await headlines()).toEqual(['Ferry timetable changes from May', 'Lifeboat station reopens']);

      // The bad file is not re-read every minute: only when it changes.
      advance(2 * MIN);
      [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, unchanged: true, itemErrors: [] });
      rmSync(dir, { recursive: true, force: true });
      advance(2 * MIN);
      [r] = await poller.pollDue();
      expect(r.ok).toBe(false);
      expect(r.error).toMatch(/folder not found/);
    });

    it('keeps the story of each topic that grew (the cards read it instead of the articles)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'briefbot-story-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'bridge.md'), '---\nheadline: Harbour bridge closes for repairs\npublished: 2025-04-24\noutlet: Desk\n---\n\nThe harbour bridge closed on Thursday for three weeks of repairs to its bridge deck, the harbour board said.\n');
      await store.addSource({ kind: 'folder', location: dir, everySeconds: 60 });
      const [r] = await poller.pollDue();
      expect(r).toMatchObject({ ok: true, inserted: 1 });
      const kept = await store.getStory(topic.id, await store.dataVersion(topic.id), STORY_FORMAT);
      expect(kept).not.toBeNull();
      expect(JSON.parse(kept!).articles.map((a: { headline: string }) => a.headline)).toEqual(['Harbour bridge closes for repairs']);
    });

    it('on stop, abandons a fetch in flight and hands the source back unharmed', async () => {
      const slow = await add('/slow.xml');
      const patient = new SourcePoller({ store, fetch: fetcherFromConfig({ ...settings, SOURCES_TIMEOUT_SECONDS: 30 }), clock, tickMs: 10 });
      patient.start();
      for (let i = 0; i < 100 && srv.seen('/slow.xml').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const t0 = Date.now();
      await patient.stop();
      expect(Date.now() - t0).toBeLessThan(2000);
      expect(await store.getSource(slow.id)).toMatchObject({ errorCount: 0, lastError: null, nextDueAt: now.toISOString() });
    });

    it('runs on its own once started, and stops cleanly', async () => {
      await add('/atom.xml');
      const live = new SourcePoller({ store, fetch: fetcherFromConfig(settings), clock, tickMs: 20 });
      live.start();
      for (let i = 0; i < 100 && (await store.countArticles()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await live.stop();
      expect(await store.countArticles()).toBe(1);
      expect((await store.listSources())[0].articlesTaken).toBe(1);
    });
  });
}
