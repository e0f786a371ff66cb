/**
 * Store-backed figures: ingest throughput, /brief latency (store read + card + Slack and Discord
 * rendering) and who-said latency at 1,000 / 10,000 / 100,000 articles, on SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchTable } from './table.ts';
import { BENCH_TOPICS, templates, generated, generatedTopics, type Template } from './corpus.ts';
import type { Store } from '../src/store/store.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { PostgresStore } from '../src/store/postgres.ts';
import { buildCard } from '../src/briefing/build/index.ts';
import { cardFromStory } from '../src/briefing/build/build-card.ts';
import { keepStories, readKeptStory } from '../src/app/stories.ts';
import { renderCard as renderSlack } from '../adapters/slack/render/index.ts';
import { renderCard as renderDiscord } from '../adapters/discord/render/index.ts';
import { ASK_QUESTIONS, pct, timeAsks } from './ask-timing.ts';
import { MAX_STORY_ARTICLES as CARD_ARTICLE_WINDOW } from '../src/briefing/build/index.ts';
import { extractFacts } from '../src/facts/index.ts';
import { runCommand, type Command, type CommandContext } from '../src/commands/index.ts';
import { brief as briefCommand } from '../src/commands/all/brief.ts';
import { whoSaid as whoSaidCommand } from '../src/commands/all/who-said.ts';
import { ConfigSchema } from '../src/config.ts';

const PG_URL = process.env.BRIEFBOT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';


async function openStore(engine: 'sqlite' | 'postgres', dir: string, size: number): Promise<Store> {
  if (engine === 'sqlite') return new SqliteStore(join(dir, `bench-${size}.db`));
  return new PostgresStore(PG_URL, { schema: `bb_bench_${size}_${process.pid}` });
}

async function fill(store: Store, tpl: Template[], from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    const { article, facts } = generated(tpl[i % tpl.length], i);
    await store.putArticle(article, facts, generatedTopics(i), { storedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString() });
  }
}

const topicsList = BENCH_TOPICS;

export default async function (opts: BenchOptions): Promise<BenchTable[]> {
  const tpl = await templates();
  // --store sqlite (the default), postgres, or both.
  const engines: ('sqlite' | 'postgres')[] = opts.store === 'both' ? ['sqlite', 'postgres'] : [opts.store];
  const sizes = opts.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const rows: Record<string, string | number>[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  for (const engine of engines) {
    let store: Store | null = null;
    let filled = 0;
    for (const size of sizes) {
      // One store grows through the sizes: 1k, then 10k, then 100k.
      if (!store) {
        store = await openStore(engine, dir, sizes[sizes.length - 1]);
        if (store instanceof PostgresStore) await store.pool.query(`DROP SCHEMA IF EXISTS ${store.schema} CASCADE`);
        await store.migrate();
        await store.upsertTopics(topicsList);
      }
      const t0 = performance.now();
      await fill(store, tpl, filled, size);
      const fillSecs = (performance.now() - t0) / 1000;
      const stored = size - filled;
      filled = size;
      // What an ingest run does at its end: read and keep the story of each topic that grew.
      const tk = performance.now();
      await keepStories(store, topicsList);
      const keepSecs = (performance.now() - tk) / 1000;

      // /brief: the topic's kept story from the store + the card + both renderers; and, as before
      // stories were kept, the newest window of articles from the store + buildCard + both renderers.
      const brief: number[] = [];
      const fromArticles: number[] = [];
      for (let k = 0; k < 200; k++) {
        const topic = topicsList[k % 7 === 0 ? 0 : 1 + ((k * 37) % 100)];
        let s = performance.now();
        const story = await readKeptStory(store, topic);
        if (!story) throw new Error(`no story kept for ${topic.id}`);
        let card = cardFromStory(story, { now: '2026-01-01T00:00:00.000Z' });
        renderSlack(card);
        renderDiscord(card);
        brief.push(performance.now() - s);
        if (k % 4) continue;
        s = performance.now();
        const articles = await store.listArticles({ topic: topic.id, limit: CARD_ARTICLE_WINDOW });
        card = buildCard({ topic, articles, now: '2026-01-01T00:00:00.000Z' });
        renderSlack(card);
        renderDiscord(card);
        fromArticles.push(performance.now() - s);
      }
      // who-said: the question forms, uncached (bench/ask-timing.ts), alternately in a topic.
      const who = await timeAsks(store, 120);
      const qs = ASK_QUESTIONS;
      // The same requests through the chat commands, twice: the second pass is answered from the
      // answer cache (nothing was stored in between), as repeated questions are in a running bot.
      const ctx: CommandContext = { store, config: ConfigSchema.parse({}), now: () => new Date('2026-01-01T00:00:00Z'), caller: { platform: 'cli', workspace: '', channel: 'bench', user: 'bench', canManage: false } };
      const cached: number[] = [];
      for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < 200; k++) {
          const s = performance.now();
          if (k % 2) await runCommand(ctx, whoSaidCommand as Command, { query: qs[k % qs.length] });
          else await runCommand(ctx, briefCommand as Command, { topic: topicsList[k % 7 === 0 ? 0 : 1 + ((k * 37) % 100)].id });
          if (pass) cached.push(performance.now() - s);
        }
      }
      rows.push({
        store: engine,
        articles: size,
        'store writes/s': Math.round(stored / fillSecs),
        'stories kept s': Number(keepSecs.toFixed(1)),
        'brief p50 ms': pct(brief, 50),
        'brief p99 ms': pct(brief, 99),
        'brief from articles p99 ms': pct(fromArticles, 99),
        'who-said p50 ms': pct(who.wall, 50),
        'who-said p99 ms': pct(who.wall, 99),
        'who-said CPU p50 ms': pct(who.cpu, 50),
        'who-said CPU p99 ms': pct(who.cpu, 99),
        'who-said first asks max ms': Math.max(...(who.first ?? [])),
        'cached p99 ms': pct(cached, 99),
        'RSS MiB': Math.round(process.memoryUsage().rss / 2 ** 20),
      });
    }
    // Ingest throughput, end to end: extract + topic assignment + transactional store write.
    if (store) {
      const n = opts.quick ? 300 : 2000;
      const s = performance.now();
      for (let i = 0; i < n; i++) {
        const t = tpl[i % tpl.length];
        const article = { ...t.article, id: `ing${engine}${i}`, body: `${t.article.body}\n\nUpdate ${i}.` };
        await store.putArticle(article, extractFacts(article), generatedTopics(i));
      }
      rows.push({ store: engine, articles: `ingest ${n}`, 'store writes/s': Math.round(n / ((performance.now() - s) / 1000)) });
      if (store instanceof PostgresStore) await store.pool.query(`DROP SCHEMA IF EXISTS ${store.schema} CASCADE`);
      await store.close();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      title: '/brief and who-said latency by archive size (one process, one core)',
      rows,
      notes: [
        `Templates: ${tpl.length} real articles (seeds, sample fixtures, PolNeAR dev when present), replicated with new ids, dates and topics (100 topics; every tenth article also ukraine-talks).`,
        `"stories kept": reading and keeping the 101 topics' stories after the fill, as an ingest run does at its end. brief/who-said columns are uncached: /brief = the topic's kept story from the store + cardFromStory + renderSlack + renderDiscord ("from articles": the newest ${CARD_ARTICLE_WINDOW} articles of the topic from the store + buildCard + both renderers, as before stories were kept; every fourth request); who-said = ask() over the store (wall, and CPU time of this process: not a database server's), after one ask of each question and scope ("first asks max": the slowest of those, on a connection just opened). "cached" = the same /brief and /who-said requests through the chat commands a second time, answered from the answer cache (no new data in between). Targets: p99 < 50 ms at 100,000 articles. "ingest N" rows: extract + store of fresh articles.`,
      ],
    },
  ];
}
