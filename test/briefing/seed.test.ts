/**
 * The real seed article through the real extractor (when `src/facts/index.ts` exports
 * `extractFacts`; skipped until then): the card's quality checks from the issue.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/briefing/build/index.ts';
import { renderText } from '../../src/briefing/render/index.ts';
import { renderCard as renderSlack } from '../../adapters/slack/render/index.ts';
import { renderCard as renderDiscord } from '../../adapters/discord/render/index.ts';
import type { Article } from '../../src/articles/article.ts';
import type { Facts } from '../../src/facts/schema.ts';
import type { StoredArticle } from '../../src/store/store.ts';
import { ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';

const factsPath = fileURLToPath(new URL('../../src/facts/index.ts', import.meta.url));
const readPath = fileURLToPath(new URL('../../src/articles/read.ts', import.meta.url));
const seedPath = fileURLToPath(new URL('../../seeds/ukraine-talks-2025-04-23.md', import.meta.url));

async function load(): Promise<StoredArticle | null> {
  if (!existsSync(factsPath) || !existsSync(readPath) || !existsSync(seedPath)) return null;
  const facts = (await import(factsPath)) as { extractFacts?: (a: Article) => Facts };
  const read = (await import(readPath)) as { readArticleFile?: (p: string) => Promise<Article[]> };
  if (!facts.extractFacts || !read.readArticleFile) return null;
  const [article] = await read.readArticleFile(seedPath);
  return { article, facts: facts.extractFacts(article), topics: ['ukraine-talks'], storedAt: '2025-04-23T18:00:00.000Z' };
}

const seed = await load();

describe.skipIf(!seed)('card from the real seed article', () => {
  const card = () => buildCard({ topic: ukraineTopic, articles: [seed!], now: '2025-04-23T20:00:00.000Z' });

  it('TL;DR starts from Rubio’s cancellation and the downgraded talks', () => {
    expect(card().tldr[0].text).toMatch(/Rubio/);
    expect(card().tldr[0].text).toMatch(/downgrad|cancel/);
  });

  it('who said what includes JD Vance and Dmitry Peskov, word for word', () => {
    const c = card();
    const all = [c, ...Array.from({ length: c.pages - 1 }, (_, i) => buildCard({ topic: ukraineTopic, articles: [seed!], now: '2025-04-23T20:00:00.000Z', page: i + 2 }))];
    const quotes = all.flatMap((x) => x.quotes);
    const speakers = quotes.map((q) => q.speaker ?? '');
    expect(speakers.some((s) => /Vance/.test(s))).toBe(true);
    expect(speakers.some((s) => /Peskov/.test(s))).toBe(true);
    for (const q of quotes) {
      expect(q.speakerType).not.toBe('unknown');
      expect(seed!.article.body).toContain(q.text);
    }
  });

  it('renders on every surface', () => {
    const c = card();
    expect(renderText(c)).toContain('TL;DR');
    expect(renderSlack(c).blocks.length).toBeLessThanOrEqual(50);
    expect(renderDiscord(c).embeds.length).toBe(1);
  });
});
