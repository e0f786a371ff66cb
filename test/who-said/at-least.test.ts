/**
 * A who-said answer counts only what it read: when the newest ASK_FETCH matches were all it read,
 * the count says "at least" ("100+ quotes", "…and 95+ more"), on every renderer; below that the count is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../../src/facts/schema.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { ask, ASK_FETCH } from '../../src/briefing/ask.ts';
import { formatWhoSaid } from '../../src/commands/reply-text.ts';

describe('who-said counts what it read', () => {
  const store = new SqliteStore(':memory:');
  beforeAll(async () => {
    await store.migrate();
    // 30 articles of 5 quotes: 150 quotes with "harvest", 3 with "drought".
    for (let n = 0; n < 30; n++) {
      const { article, facts } = sampleArticle(5000 + n, { speaker: 'JD Vance' });
      const quotes: Quote[] = Array.from({ length: 5 }, (_, i) => ({ ...facts.quotes[0], text: `the harvest number ${n}-${i} was good${n < 3 && i === 0 ? ' despite the drought' : ''}` }));
      await store.putArticle(article, { ...facts, quotes }, ['all'], { storedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString() });
    }
  });
  afterAll(() => store.close());

  it('more matches than it reads: a lower bound, said so', async () => {
    const r = await ask(store, 'harvest good');
    expect(r.atLeast).toBe(true);
    expect(r.total).toBeLessThanOrEqual(ASK_FETCH);
    const text = formatWhoSaid(r);
    expect(text).toContain(`${r.total}+ quotes`);
    expect(text).toMatch(/…and \d+\+ more/);
  });

  it('fewer: the exact count', async () => {
    const r = await ask(store, 'drought');
    expect(r.atLeast).toBe(false);
    expect(r.total).toBe(3);
    expect(formatWhoSaid(r)).toContain('— 3 quotes');
  });
});
