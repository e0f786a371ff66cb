/**
 * Web pages (adapters/web) over real HTTP on loopback, at 1,000 / 10,000 / 100,000 articles
 * (SQLite): the card page of a topic (first request: the card and timeline are built; repeated:
 * from the answer caches) and stored article pages at random, each with a signed link.
 * `npm run bench -- --only web [--quick]`. Target: p99 < 50 ms at 100,000 articles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchTable } from './table.ts';
import { BENCH_TOPICS, templates, generated, generatedTopics, type Template } from './corpus.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { ConfigSchema } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { LinkSigner } from '../src/web/links.ts';
import { HttpServer } from '../adapters/http-server.ts';
import { startWeb } from '../adapters/web/index.ts';
import { keepStories } from '../src/app/stories.ts';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const topicsList = BENCH_TOPICS;

/** CPU time of each request (server and client share this process), beside the wall-clock time. */
const cpu: number[] = [];

async function timed(url: string): Promise<number> {
  const s = performance.now();
  const c = process.cpuUsage();
  const r = await fetch(url);
  const body = await r.text();
  const ms = performance.now() - s;
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
  if (r.status !== 200 || !body.includes('</html>')) throw new Error(`GET ${url} -> ${r.status}`);
  return ms;
}

export default async function (opts: BenchOptions): Promise<BenchTable[]> {
  const tpl: Template[] = await templates();
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-web-bench-'));
  // --db FILE: the archive is filled in (or resumed in, or taken from) that file and kept; only its largest size is measured
  const store = new SqliteStore(opts.db ?? join(dir, 'web.db'));
  await store.migrate();
  await store.upsertTopics(topicsList);
  const all = opts.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const sizes = opts.db ? all.slice(-1) : all;
  const config = ConfigSchema.parse({ WEB_SECRET: 'bench-secret-0123456789abcdef-0123456789', LOG_LEVEL: (process.env.BENCH_LOG as 'debug') ?? 'silent' });
  const log = createLogger(config);
  const http = new HttpServer(log);
  startWeb({ store, config, log, http });
  const port = await http.listen(0, '127.0.0.1');
  const signer = new LinkSigner(`http://127.0.0.1:${port}`, config.WEB_SECRET, Math.floor(Date.now() / 1000) + 3600);
  const rows: Record<string, string | number>[] = [];
  // a reused file: what it holds is the generated archive's first articles (the same ids, texts and times)
  const ids: string[] = opts.db ? (await store.listArticleTimes({ limit: sizes[0] })).map((a) => a.id).sort() : [];
  let filled = ids.length;
  try {
    for (const size of sizes) {
      for (let i = filled; i < size; i++) {
        const { article, facts } = generated(tpl[i % tpl.length], i);
        await store.putArticle(article, facts, generatedTopics(i), { storedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString() });
        ids.push(article.id);
      }
      filled = size;
      // What an ingest run does at its end: read and keep the story of each topic that grew.
      const tk = performance.now();
      await keepStories(store, topicsList);
      const keepSecs = (performance.now() - tk) / 1000;
      // Let the HTTP keep-alive connections idle past the fill close cleanly (the fill starves the event loop).
      await new Promise((r) => setTimeout(r, 6000));
      // Card pages: every topic once (first request after new data: card + timeline built), then again (cached).
      // With --db the process has served nothing yet: one page of each kind first, not counted (the code's first run compiles it), as in a running bot.
      if (opts.db && rows.length === 0) {
        await timed(signer.card(topicsList[0].id, { page: 2 }));
        await timed(signer.article(ids[0], 0));
      }
      cpu.length = 0;
      const first: number[] = [];
      const repeated: number[] = [];
      const order = topicsList.map((t) => t.id);
      for (const t of order) first.push(await timed(signer.card(t)));
      for (let pass = 0; pass < 2; pass++) for (const t of order) repeated.push(await timed(signer.card(t)));
      // Article pages, at random over the whole archive.
      const articles: number[] = [];
      let seed = 7;
      for (let k = 0; k < 300; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        articles.push(await timed(signer.article(ids[seed % ids.length], 3)));
      }
      const all = [...repeated, ...articles];
      const cpuFirst = cpu.slice(0, first.length);
      const cpuRest = cpu.slice(first.length);
      rows.push({
        articles: size,
        'stories kept s': Number(keepSecs.toFixed(1)),
        'card first p50': pct(first, 50),
        'card first p99': pct(first, 99),
        'card p50': pct(repeated, 50),
        'card p99': pct(repeated, 99),
        'article p50': pct(articles, 50),
        'article p99': pct(articles, 99),
        'pages p99 (card + article)': pct(all, 99),
        'CPU first p99': pct(cpuFirst, 99),
        'CPU pages p99': pct(cpuRest, 99),
        'RSS MiB': Math.round(process.memoryUsage().rss / 2 ** 20),
      });
    }
  } finally {
    await http.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      title: 'Web pages over HTTP by archive size (SQLite, one process; ms until the whole page is read)',
      rows,
      notes: [
        `101 topics; "stories kept" = reading and keeping every topic's story after the archive grew, as an ingest run does at its end; "card first" = each topic's card page once after that (brief command + timeline from the kept story, then rendered); "card" = the same pages again (answer caches); "article" = 300 stored articles at random over the whole archive (store read + page). Every request carries a signed link that is verified. "CPU" = CPU time per request (server and client in this one process): what a request costs when it does not wait for a core. Target: p99 < 50 ms at 100,000 articles.`,
      ],
    },
  ];
}
