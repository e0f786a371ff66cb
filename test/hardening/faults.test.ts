/**
 * Faults, with real processes (`node bin/briefbot.js`):
 * - kill -9 in the middle of an ingest (twice, at different points), then restart: the SQLite file
 *   passes PRAGMA integrity_check, every stored article is whole (facts, quotes, full-text rows,
 *   topics, near-duplicate keys, speaker counts) with no orphan rows, and re-running the ingest
 *   completes with every article stored once.
 * - kill -9 around a digest post (before the claim, while the post is in flight, just after it
 *   was answered), then restart: each digest reaches the channel exactly once or, when the process
 *   died with the post in flight, is never sent again (it may have gone out) and the next digest
 *   covers its news. (test/schedule/two-process.e2e.test.ts kills between slots on PostgreSQL.)
 * - SIGTERM with a digest post, a Slack reply and a half-received Discord request in flight: all
 *   three finish, then the process exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { makeArticle } from '../../src/articles/article.ts';
import { ingestArticle } from '../../src/app/ingest.ts';
import { DigestEngine } from '../../src/schedule/engine.ts';
import type { Digest } from '../../src/schedule/digest.ts';
import { assignTopics } from '../../src/briefing/assign-topics.ts';
import { fingerprint } from '../../src/sources/near-duplicate.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { sendToSlackEvents, slashBody, IDS, command, discordKeys, signed, FakePlatforms } from '../helpers/fake-platforms.ts';
import { BotProcess } from './bot-process.ts';
import { saladArticle } from '../fixtures/word-salad.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-faults-'));
const procs: BotProcess[] = [];
afterAll(() => {
  for (const p of procs) p.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(args: string[], env: Record<string, string | undefined>): BotProcess {
  const p = new BotProcess(args, { BRIEFINGS_DIR: './briefings', SEEDS_DIR: './seeds', DEFAULT_TIMEZONE: 'UTC', LOG_LEVEL: 'info', ...env });
  procs.push(p);
  return p;
}

// ---------------------------------------------------------------- ingest
const articleText = (i: number) => saladArticle(i, { headline: 'Ukraine talks dispatch', paragraphs: 5 });

/** Everything that must hold in the store after any kill: returns the number of articles. */
function checkStoreWhole(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const topics = (db.prepare('SELECT json FROM topics').pluck().all() as string[]).map((j) => TopicSchema.parse(JSON.parse(j)));
    const articles = db.prepare('SELECT id, article_json, facts_json FROM articles').all() as { id: string; article_json: string; facts_json: string }[];
    const quotes = db.prepare('SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id').all() as { article_id: string; n: number }[];
    const qn = new Map(quotes.map((q) => [q.article_id, q.n]));
    const fts = new Map((db.prepare('SELECT article_id, count(*) AS n FROM quotes_fts GROUP BY article_id').all() as { article_id: string; n: number }[]).map((q) => [q.article_id, q.n]));
    const bands = new Map((db.prepare('SELECT article_id, count(*) AS n FROM article_fingerprints GROUP BY article_id').all() as { article_id: string; n: number }[]).map((q) => [q.article_id, q.n]));
    const topicRows = new Map<string, string[]>();
    for (const r of db.prepare('SELECT article_id, topic FROM article_topics ORDER BY topic').all() as { article_id: string; topic: string }[]) {
      topicRows.set(r.article_id, [...(topicRows.get(r.article_id) ?? []), r.topic]);
    }
    for (const a of articles) {
      const article = JSON.parse(a.article_json);
      const facts = JSON.parse(a.facts_json);
      expect(facts.articleId).toBe(a.id);
      expect(qn.get(a.id) ?? 0, `quotes of ${a.id}`).toBe(facts.quotes.length);
      expect(fts.get(a.id) ?? 0, `full-text rows of ${a.id}`).toBe(facts.quotes.length);
      expect(topicRows.get(a.id) ?? [], `topics of ${a.id}`).toEqual(assignTopics(article, facts, topics).sort());
      const fp = fingerprint(article.body);
      expect(bands.get(a.id) ?? 0, `near-duplicate keys of ${a.id}`).toBe(fp ? new Set(fp.bands).size : 0);
    }
    const ids = new Set(articles.map((a) => a.id));
    for (const [table, col] of [['quotes', 'article_id'], ['quotes_fts', 'article_id'], ['article_topics', 'article_id'], ['article_fingerprints', 'article_id']]) {
      const orphans = (db.prepare(`SELECT DISTINCT ${col} FROM ${table}`).pluck().all() as string[]).filter((id) => !ids.has(id));
      expect(orphans, `orphan rows in ${table}`).toEqual([]);
    }
    const speakers = db.prepare('SELECT s.name, s.quotes, (SELECT count(*) FROM quotes q WHERE q.speaker = s.name) AS real FROM speakers s').all() as { name: string; quotes: number; real: number }[];
    for (const s of speakers) expect(s.quotes, `speaker count of ${s.name}`).toBe(s.real);
    return articles.length;
  } finally {
    db.close();
  }
}

/** FTS5's own consistency check (needs a writable connection; the writer is dead by now). */
function checkFullText(file: string): void {
  const db = new Database(file);
  try {
    db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')");
  } finally {
    db.close();
  }
}

describe('kill -9 during ingest', () => {
  const N = 1200;
  const articlesDir = join(dir, 'articles');
  const dbFile = join(dir, 'ingest.db');
  beforeAll(() => {
    for (let i = 0; i < N; i++) {
      const sub = join(articlesDir, `batch-${Math.floor(i / 200)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `a${String(i).padStart(5, '0')}.txt`), articleText(i));
    }
  });

  async function ingestUntil(count: number): Promise<{ killedAt: number }> {
    const p = start(['ingest', articlesDir, '--db', dbFile], {});
    for (;;) {
      if (!p.running) throw new Error(`ingest finished before it could be killed at ${count}:\n${p.output}`);
      let n = 0;
      try {
        const db = new Database(dbFile, { readonly: true, fileMustExist: true });
        try {
          n = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        } finally {
          db.close();
        }
      } catch {
        /* not created yet */
      }
      if (n >= count) {
        p.kill('SIGKILL');
        const e = await p.exited;
        expect(e.signal).toBe('SIGKILL');
        return { killedAt: n };
      }
      await sleep(15);
    }
  }

  it('the store is whole after each kill, and a re-run stores every article exactly once', async () => {
    const first = await ingestUntil(150);
    const afterFirst = checkStoreWhole(dbFile);
    checkFullText(dbFile);
    expect(afterFirst).toBeGreaterThanOrEqual(first.killedAt);
    expect(afterFirst).toBeLessThan(N);
    const second = await ingestUntil(afterFirst + 300);
    const afterSecond = checkStoreWhole(dbFile);
    checkFullText(dbFile);
    expect(afterSecond).toBeGreaterThanOrEqual(second.killedAt);
    expect(afterSecond).toBeLessThan(N);

    const done = start(['ingest', articlesDir, '--db', dbFile], {});
    expect((await done.exited).code, done.output).toBe(0);
    const m = /read (\d+) article\(s\): (\d+) new, (\d+) already stored, 0 error\(s\)/.exec(done.output);
    expect(m, done.output).not.toBeNull();
    expect(Number(m![1])).toBe(N);
    expect(Number(m![3])).toBe(afterSecond);
    expect(Number(m![2])).toBe(N - afterSecond);
    expect(checkStoreWhole(dbFile)).toBe(N);
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare('SELECT count(DISTINCT headline) FROM articles').pluck().get()).toBe(N);
    db.close();

    const again = start(['ingest', articlesDir, '--db', dbFile], {});
    expect((await again.exited).code).toBe(0);
    expect(again.output).toContain(`read ${N} article(s): 0 new, ${N} already stored, 0 error(s)`);
  }, 120_000);
});

// ---------------------------------------------------------------- digests
describe('kill -9 around a digest post', () => {
  const fake = new FakePlatforms();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const SECRET = 'faults-signing-secret-0000';
  const botEnv = (db: string) => ({
    BRIEFBOT_DB: db,
    PORT: '0',
    SLACK_BOT_TOKEN: 'xoxb-1-2-faultstoken',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.slackApiUrl,
    DIGEST_MAX_LATE_HOURS: '6',
  });
  /** A store with one Slack subscription, created yesterday, whose slot was 3 minutes ago. */
  async function storeWithDueDigest(name: string, channel: string): Promise<{ file: string; slot: string }> {
    const file = join(dir, `${name}.db`);
    const s = new SqliteStore(file, { clock: () => new Date(Date.now() - 86_400_000) });
    await s.migrate();
    const at = new Date(Date.now() - 3 * 60_000);
    await s.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel, topics: ['ukraine-talks'], time: at.toISOString().slice(11, 16), timezone: 'UTC' });
    await s.close();
    const slot = new Date(at);
    slot.setUTCSeconds(0, 0);
    return { file, slot: slot.toISOString() };
  }
  const postsTo = (channel: string) => fake.slackPosts().filter((p) => new URLSearchParams(p.body).get('channel') === channel);
  function runsOf(file: string) {
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      return db.prepare('SELECT slot, status, claimed_by, covered_until FROM digest_runs ORDER BY slot').all() as { slot: string; status: string; claimed_by: string | null; covered_until: string | null }[];
    } finally {
      db.close();
    }
  }
  /** Restart on the same store; let its catch-up pass run; stop it with SIGTERM. */
  async function restartAndSettle(file: string) {
    const p = start(['serve'], botEnv(file));
    await p.waitForOutput(/digests: slack; waking/);
    await sleep(2500);
    p.kill('SIGTERM');
    expect((await p.exited).code).toBe(0);
    return p;
  }

  it('killed before it claimed anything: the restart posts the digest, once', async () => {
    const { file, slot } = await storeWithDueDigest('before', 'C0BEFORE');
    const p = start(['serve'], botEnv(file));
    fake.onRequest = (r) => r.path === '/slack/api/auth.test' && p.kill('SIGKILL'); // Slack start-up: before the engine exists
    expect((await p.exited).signal).toBe('SIGKILL');
    fake.onRequest = () => undefined;
    expect(postsTo('C0BEFORE')).toHaveLength(0);
    expect(runsOf(file)).toEqual([]);
    await restartAndSettle(file);
    expect(postsTo('C0BEFORE')).toHaveLength(1);
    expect(runsOf(file)).toEqual([expect.objectContaining({ slot, status: 'posted' })]);
  }, 60_000);

  it('killed with the post in flight: never posted twice, and the next digest covers its news', async () => {
    const { file, slot } = await storeWithDueDigest('inflight', 'C0INFLIGHT');
    const p = start(['serve'], botEnv(file));
    const isPost = (r: { path: string; body: string }) => r.path === '/slack/api/chat.postMessage' && r.body.includes('C0INFLIGHT');
    fake.slow = { match: isPost, ms: 5000 };
    fake.onRequest = (r) => isPost(r) && p.kill('SIGKILL');
    expect((await p.exited).signal).toBe('SIGKILL');
    fake.onRequest = () => undefined;
    fake.slow = { match: () => false, ms: 0 };
    expect(postsTo('C0INFLIGHT')).toHaveLength(1); // it reached Slack: it may have gone out
    const dead = runsOf(file);
    expect(dead).toEqual([expect.objectContaining({ slot, status: 'claimed' })]);

    await restartAndSettle(file);
    expect(postsTo('C0INFLIGHT')).toHaveLength(1);
    expect(runsOf(file)).toEqual(dead);

    // 16 minutes later (past the claim lease) the run is recorded as abandoned, still not re-posted;
    // the next day's digest starts from the subscription's creation, so the news is not lost.
    const store = new SqliteStore(file);
    const posted: Digest[] = [];
    const clock = { t: Date.now() + 16 * 60_000 };
    const engine = new DigestEngine({ store, posters: { slack: async (d) => void posted.push(d) }, clock: () => new Date(clock.t) });
    const r1 = await engine.tick();
    expect(r1.failed).toHaveLength(1);
    expect(posted).toEqual([]);
    expect(runsOf(file)[0]).toMatchObject({ status: 'failed' });
    // News published since the subscription began (a digest counts news by when it was published:
    // the seed, from 2025, is old news) reaches the next day's digest.
    const fresh = makeArticle({
      headline: 'Ukraine and Russia agree to new round of ceasefire talks',
      outlet: 'Test Wire',
      published: new Date().toISOString(),
      body:
        'Negotiators from Ukraine and Russia agreed on Monday to hold a new round of ceasefire talks in Geneva next month, officials said.\n\n' +
        'The Kremlin said the talks would cover prisoner exchanges and the security of the Zaporizhzhia nuclear plant.\n\n' +
        '"We are ready to listen," Dmitry Peskov, the Kremlin spokesman, told reporters.',
    });
    expect((await ingestArticle(store, fresh, await store.listTopics())).inserted).toBe(true);
    clock.t = Date.parse(slot) + 86_400_000 + 60_000;
    const r2 = await engine.tick();
    expect(r2.posted).toHaveLength(1);
    const sub = (await store.listSubscriptions())[0];
    expect(posted).toHaveLength(1);
    expect(posted[0].since).toBe(sub.createdAt);
    expect(posted[0].cards.length).toBeGreaterThan(0);
    await store.close();
  }, 60_000);

  it('killed just as the post was answered: one post, recorded or not, and none after the restart', async () => {
    const { file, slot } = await storeWithDueDigest('after', 'C0AFTER');
    const p = start(['serve'], botEnv(file));
    const isPost = (r: { path: string; body: string }) => r.path === '/slack/api/chat.postMessage' && r.body.includes('C0AFTER');
    fake.slow = { match: isPost, ms: 30 };
    fake.onRequest = (r) => isPost(r) && setTimeout(() => p.kill('SIGKILL'), 35);
    expect((await p.exited).signal).toBe('SIGKILL');
    fake.onRequest = () => undefined;
    fake.slow = { match: () => false, ms: 0 };
    expect(postsTo('C0AFTER')).toHaveLength(1);
    const runs = runsOf(file);
    expect(runs).toHaveLength(1);
    expect(runs[0].slot).toBe(slot);
    expect(['posted', 'claimed']).toContain(runs[0].status);
    await restartAndSettle(file);
    expect(postsTo('C0AFTER')).toHaveLength(1);
    expect(runsOf(file)).toEqual(runs);
  }, 60_000);
});

// ---------------------------------------------------------------- SIGTERM
describe('SIGTERM', () => {
  const fake = new FakePlatforms();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('finishes a digest post, a Slack reply and a half-received Discord request, then exits 0', async () => {
    const file = join(dir, 'sigterm.db');
    const s = new SqliteStore(file, { clock: () => new Date(Date.now() - 86_400_000) });
    await s.migrate();
    await s.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0TERM', topics: ['ukraine-talks'], time: new Date(Date.now() - 120_000).toISOString().slice(11, 16), timezone: 'UTC' });
    await s.close();
    const keys = discordKeys();
    const SECRET = 'sigterm-signing-secret-1111';
    fake.admins.add('U0ADMIN');
    const isDigest = (r: { path: string; body: string }) => r.path === '/slack/api/chat.postMessage' && r.body.includes('C0TERM');
    const isLookup = (r: { path: string }) => r.path === '/slack/api/users.info';
    fake.slow = { match: (r) => isDigest(r) || isLookup(r), ms: 2500 };
    const p = start(['serve'], {
      BRIEFBOT_DB: file,
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-1-2-sigtermtoken',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.slackApiUrl,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: fake.discordApiUrl,
    });
    await p.waitForOutput(/HTTP on port \d+/);
    const port = p.port();
    await fake.waitFor(() => fake.requests.some(isDigest)); // the digest post is in flight (held 2.5 s)

    // A Slack command whose admin lookup is held: its reply is still to come.
    const slack = sendToSlackEvents(`http://127.0.0.1:${port}/slack/events`, SECRET, slashBody('/subscribe', 'ukraine-talks 07:00', { user: 'U0ADMIN', channel: 'C0TERMSUB', responseUrl: fake.responseUrl('term') }));
    // A Discord interaction whose body has only half arrived.
    const body = JSON.stringify(command('topics'));
    const h = signed(keys.privateKey, body);
    const sock = connect(port, '127.0.0.1');
    let discordAnswer = '';
    sock.on('data', (b) => (discordAnswer += b));
    const discordDone = new Promise((r) => sock.on('close', r));
    await new Promise((r) => sock.once('connect', r));
    const headers = Object.entries({ ...h, 'content-length': String(Buffer.byteLength(body)), connection: 'close' }).map(([k, v]) => `${k}: ${v}`).join('\r\n');
    sock.write(`POST /discord/interactions HTTP/1.1\r\nhost: 127.0.0.1\r\n${headers}\r\n\r\n${body.slice(0, 20)}`);
    expect((await slack).status).toBe(200);
    await fake.waitFor(() => fake.requests.some(isLookup));
    await sleep(100);

    const t0 = Date.now();
    p.kill('SIGTERM');
    await p.waitForOutput(/SIGTERM: finishing in-flight replies and posts/);
    await sleep(300);
    sock.end(body.slice(20)); // the rest of the Discord request, after the signal
    const exit = await Promise.race([p.exited, sleep(20_000).then(() => null)]);
    expect(exit, `no exit within 20 s:\n${p.output.slice(-2000)}`).not.toBeNull();
    expect(exit!.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
    await discordDone;
    expect(discordAnswer).toMatch(/^HTTP\/1.1 200/);
    expect(discordAnswer).toContain('ukraine-talks');
    const reply = fake.responses('term')[0];
    expect(reply, p.output.slice(-2000)).toBeDefined();
    expect(JSON.parse(reply.body).text).toMatch(/Subscribed/);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT status FROM digest_runs').pluck().all()).toEqual(['posted']);
    expect(db.prepare("SELECT count(*) FROM subscriptions WHERE channel = 'C0TERMSUB'").pluck().get()).toBe(1);
    db.close();
    expect(fake.slackPosts().filter(isDigest)).toHaveLength(1);
  }, 60_000);
});
