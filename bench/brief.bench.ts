/**
 * /brief latency from in-memory articles: buildCard + renderSlack + renderDiscord, p50/p99, over
 * 1,000 and 10,000 generated articles (sample text from test/fixtures/briefing/stress.ts), handed
 * over newest first as the store does. The builder reads the newest MAX_STORY_ARTICLES for the story
 * (kept between cards) and the newest MAX_CARD_ARTICLES for the other sections, so the figures should
 * not grow with the archive. (The store-backed 100k bench belongs to the store.)
 */
import { buildCard, MAX_CARD_ARTICLES, MAX_STORY_ARTICLES } from '../src/briefing/build/index.ts';
import { renderCard as renderSlack } from '../adapters/slack/render/index.ts';
import { renderCard as renderDiscord } from '../adapters/discord/render/index.ts';
import { stressArticlesNewestFirst, stressTopic } from '../test/fixtures/briefing/stress.ts';
import type { BenchOptions, BenchTable } from './table.ts';

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export default async function briefBench(opts: BenchOptions): Promise<BenchTable[]> {
  const sizes = opts.quick ? [1_000] : [1_000, 10_000];
  const runs = opts.quick ? 50 : 200;
  const rows: BenchTable['rows'] = [];
  for (const n of sizes) {
    const articles = stressArticlesNewestFirst(n);
    const now = articles[0].storedAt;
    const since = articles[Math.min(40, n - 1)].storedAt;
    for (let i = 0; i < 10; i++) renderSlack(buildCard({ topic: stressTopic, articles, now })); // warm up
    const build: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const card = buildCard({ topic: stressTopic, articles, now, since: i % 4 === 3 ? since : null, page: 1 + (i % 3) });
      const t1 = performance.now();
      renderSlack(card);
      renderDiscord(card);
      const t2 = performance.now();
      build.push(t1 - t0);
      total.push(t2 - t0);
    }
    build.sort((a, b) => a - b);
    total.sort((a, b) => a - b);
    rows.push({
      articles: n,
      runs,
      'build p50 ms': pct(build, 50),
      'build p99 ms': pct(build, 99),
      'build+render p50 ms': pct(total, 50),
      'build+render p99 ms': pct(total, 99),
    });
  }
  return [
    {
      title: '/brief card: buildCard + renderSlack + renderDiscord (in memory)',
      rows,
      notes: [`The builder reads the newest ${MAX_STORY_ARTICLES} articles of its input for the story (kept between cards), ${MAX_CARD_ARTICLES} for quotes and the other sections; one core; target p99 < 50 ms.`],
    },
  ];
}
