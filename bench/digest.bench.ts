/**
 * Digest fan-out: how long it takes to build the digests of 10,000 subscriptions over 100 topics
 * on one core (target: under 5 s), apart from posting, whose pace the platforms' rate limits set.
 *
 * Store: SQLite on a temporary file (and PostgreSQL with --store postgres|both when it answers),
 * holding 100 topics with real-shaped articles (bench/corpus.ts: the seeds and fixtures with their
 * extracted facts, replicated): a day's worth of new articles on every topic plus older ones.
 * Each subscription follows 1 to 3 topics and last posted at its own time yesterday, so "since"
 * differs between subscriptions (the builder shares a card only when the new articles are the same).
 *
 * Rows:
 *  - build: DigestBuilder.prepare + build for every subscription (store reads + cards), no posting;
 *  - engine pass: the whole pass with a no-op poster: claim each run, build, record the post
 *    (two transactions per digest), i.e. the bookkeeping cost on top of building.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TopicSchema, type Topic } from '../src/briefing/topic.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import type { Store, Subscription } from '../src/store/store.ts';
import { DigestBuilder } from '../src/schedule/build-digest.ts';
import { DigestEngine } from '../src/schedule/engine.ts';
import { keepStories } from '../src/app/stories.ts';
import { generated, templates } from './corpus.ts';
import type { BenchOptions, BenchTable } from './table.ts';

const TOPICS = 100;
const DAY = 86_400_000;
const BENCH_NOW = Date.parse('2025-06-02T07:30:00.000Z');

async function fill(store: Store, subsCount: number, newPerTopic: number, oldPerTopic: number, now: number): Promise<Subscription[]> {
  const tpl = await templates();
  const topics: Topic[] = Array.from({ length: TOPICS }, (_, i) =>
    TopicSchema.parse({ id: `topic-${i}`, title: `Topic ${i}`, match: { terms: [`term${i}`, `word${i}`] } }),
  );
  await store.upsertTopics(topics);
  let n = 0;
  for (let t = 0; t < TOPICS; t++) {
    for (let k = 0; k < oldPerTopic + newPerTopic; k++) {
      const { article, facts } = generated(tpl[n % tpl.length], n);
      // Old ones: 2..9 days ago; new ones: spread over the last 23 hours.
      const storedAt = k < oldPerTopic ? now - (2 + (k % 8)) * DAY - t * 1000 : now - 23 * 3_600_000 + ((k - oldPerTopic) * 23 * 3_600_000) / newPerTopic + t * 1000;
      article.published = new Date(storedAt).toISOString().slice(0, 10);
      await store.putArticle(article, facts, [`topic-${t}`], { storedAt: new Date(storedAt).toISOString() });
      n++;
    }
  }
  const subs: Subscription[] = [];
  for (let i = 0; i < subsCount; i++) {
    const k = 1 + (i % 3);
    const mine = Array.from({ length: k }, (_, j) => `topic-${(i * 7 + j * 31) % TOPICS}`);
    subs.push(
      await store.addSubscription({ platform: 'slack', workspace: `T${i % 50}`, channel: `C${i}`, topics: mine, time: '07:30', timezone: 'UTC' }),
    );
  }
  return subs;
}

async function benchStore(label: string, store: Store, quick: boolean): Promise<BenchTable['rows']> {
  const subsCount = quick ? 1_000 : 10_000;
  const now = BENCH_NOW;
  const t0 = performance.now();
  const subs = await fill(store, subsCount, quick ? 8 : 20, quick ? 10 : 30, now);
  // as an ingest run does at its end: every topic's story read and kept
  await keepStories(store, await store.listTopics());
  const setupMs = performance.now() - t0;
  // Yesterday's post, at its own second for each subscription.
  const since = (i: number) => new Date(now - DAY + (i % 600) * 1000).toISOString();
  const reqs = subs.map((s, i) => ({ subscription: s, slot: new Date(now).toISOString(), since: since(i) }));

  const rows: BenchTable['rows'] = [];
  for (let round = 0; round < 2; round++) {
    const b0 = performance.now();
    const builder = new DigestBuilder(store, new Date(now));
    await builder.prepare(reqs);
    let cards = 0;
    let quiet = 0;
    for (const r of reqs) {
      const d = await builder.build(r);
      cards += d.cards.length;
      if (d.quiet) quiet++;
    }
    const ms = performance.now() - b0;
    if (round === 1)
      rows.push({
        store: label,
        step: 'build digests (load + cards, no posting)',
        subscriptions: subsCount,
        topics: TOPICS,
        'cards in digests': cards,
        'quiet digests': quiet,
        'total ms': Math.round(ms),
        'µs per digest': Math.round((ms * 1000) / subsCount),
        'topic cards built': builder.cardsBuilt,
        'ms per topic card': Number((ms / Math.max(1, builder.cardsBuilt)).toFixed(2)),
      });
  }

  // The whole pass with a no-op poster: claims, builds and records (the slot is 07:30 today).
  const clock = () => new Date(now + 60_000);
  const engine = new DigestEngine({ store, posters: { slack: async () => {} }, clock, maxLateHours: 6, concurrency: 8 });
  const e0 = performance.now();
  const report = await engine.tick();
  const ems = performance.now() - e0;
  rows.push({
    store: label,
    step: 'engine pass: claim + build + record (no-op poster)',
    subscriptions: subsCount,
    topics: TOPICS,
    'cards in digests': '',
    'quiet digests': '',
    'total ms': Math.round(ems),
    'µs per digest': Math.round((ems * 1000) / Math.max(1, report.posted.length)),
  });
  rows.push({ store: label, step: `(setup: ${TOPICS * ((quick ? 18 : 50))} articles, ${subsCount} subscriptions)`, subscriptions: '', topics: '', 'cards in digests': '', 'quiet digests': '', 'total ms': Math.round(setupMs), 'µs per digest': '' });
  return rows;
}

export default async function digestBench(opts: BenchOptions): Promise<BenchTable[]> {
  const rows: BenchTable['rows'] = [];
  if (opts.store !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-bench-'));
    // Subscriptions made two days before the bench's "now" (so today's 07:30 slot is theirs).
    const store = new SqliteStore(join(dir, 'bench.db'), { clock: () => new Date(BENCH_NOW - 2 * DAY) });
    try {
      await store.migrate();
      rows.push(...(await benchStore('sqlite', store, opts.quick)));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (opts.store !== 'sqlite') {
    const { PostgresStore } = await import('../src/store/postgres.ts');
    const url = process.env.BRIEFBOT_TEST_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `bb_bench_digest_${Date.now().toString(36)}`;
    const store = new PostgresStore(url, { schema, clock: () => new Date(BENCH_NOW - 2 * DAY) });
    try {
      await store.migrate();
      rows.push(...(await benchStore('postgres', store, opts.quick)));
    } catch (e) {
      rows.push({ store: 'postgres', step: `skipped: ${(e as Error).message}` });
    } finally {
      await store.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
      await store.close();
    }
  }
  return [
    {
      title: 'Digest fan-out: building the digests of many subscriptions (one core)',
      rows,
      notes: [
        'Target: building 10,000 digests over 100 topics in under 5 s. Cards are shared between subscriptions that see the same new articles.',
        'Posting is separate and paced by the platforms: Slack allows about 1 message per second per channel (the adapter paces each channel), Discord about 50 requests per second per bot across channels; the engine posts 4 digests at a time by default, so 10,000 single-message digests take minutes to post whatever the build time.',
      ],
    },
  ];
}
