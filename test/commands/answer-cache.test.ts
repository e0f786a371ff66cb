import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { AnswerCache } from '../../src/commands/answer-cache.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';

describe('answer cache', () => {
  it('answers again from memory until the store changes or the entry is older than its time to live', async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'briefbot-cache-')), 'c.db'));
    await store.migrate();
    const cache = new AnswerCache<number>(10, 60_000);
    let computed = 0;
    const ask = (now: number) => cache.get(store, 'k', now, async () => ++computed);
    expect(await ask(0)).toBe(1);
    expect(await ask(1000)).toBe(1);
    const { article, facts } = sampleArticle(1);
    await store.putArticle(article, facts, []);
    expect(await ask(2000)).toBe(2); // new data: computed again
    expect(await ask(3000)).toBe(2);
    expect(await ask(70_000)).toBe(3); // too old
    expect(await cache.get(store, 'other', 70_000, async () => 99)).toBe(99);
    await store.close();
  });
});
