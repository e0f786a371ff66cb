/**
 * SQLite: a quote's full-text row has the quote's own row number (migration 18), so a search's hits
 * are read from `quotes` by it. Kept at ingest; a store whose rows are out of step is put back in
 * step when it migrates, with the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../../src/facts/schema.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';

describe('full-text rows numbered as their quotes (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fts-rows-'));
  const file = join(dir, 'store.db');
  let store: SqliteStore;
  let n = 0;
  const put = async (texts: string[]) => {
    const { article, facts } = sampleArticle(4000 + n, { speaker: 'JD Vance' });
    const quotes: Quote[] = texts.map((text) => ({ ...facts.quotes[0], text }));
    await store.putArticle(article, { ...facts, quotes }, ['all'], { storedAt: new Date(Date.UTC(2025, 0, 1) + n++ * 60_000).toISOString() });
  };
  const texts = async (query: string) => {
    const hits = await store.searchQuotes(query, { limit: 200 });
    return (await store.getQuotes(hits)).map((q) => q.quote.text).sort();
  };
  /** Full-text rows whose number is not their quote's. */
  const outOfStep = () =>
    store.db.prepare('SELECT count(*) FROM quotes_fts f WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.rowid = f.rowid AND q.article_id = f.article_id AND q.idx = f.idx)').pluck().get();

  beforeAll(async () => {
    store = new SqliteStore(file);
    await store.migrate();
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingest numbers each full-text row as its quote, also when quotes were stored between', async () => {
    await put(['the border talks resumed', 'a ceasefire was agreed']);
    // A quote row with no full-text row (as an interrupted older version could leave) moves the numbers apart.
    store.db.prepare("INSERT INTO quotes (article_id, idx, speaker, text, kind, stored_at, quote_json) SELECT article_id, 99, speaker, 'stray', kind, stored_at, quote_json FROM quotes LIMIT 1").run();
    await put(['the border stays closed', 'talks on the border']);
    expect(outOfStep()).toBe(0);
    expect(await texts('border')).toEqual(['talks on the border', 'the border stays closed', 'the border talks resumed']);
    expect(await texts('ceasefire')).toEqual(['a ceasefire was agreed']);
  });

  it('a store whose full-text rows are out of step is put in step when it migrates, with the same answers', async () => {
    const queries = ['border', 'ceasefire agreed', '"stays closed"', 'talks'];
    const answers = await Promise.all(queries.map(texts));
    // The rows written again in reverse order, numbered from 1000: every number now another quote's or none.
    store.db.exec(`
      CREATE TEMP TABLE saved AS SELECT rowid AS r, speaker, text, article_id, idx FROM quotes_fts;
      DELETE FROM quotes_fts;
      INSERT INTO quotes_fts (rowid, speaker, text, article_id, idx) SELECT 1000 - r, speaker, text, article_id, idx FROM saved ORDER BY r DESC;
      DROP TABLE saved;
      DELETE FROM schema_migrations WHERE version = 18;`);
    expect(outOfStep()).toBeGreaterThan(0);
    await store.close();
    store = new SqliteStore(file);
    await store.migrate();
    expect(outOfStep()).toBe(0);
    expect(await Promise.all(queries.map(texts))).toEqual(answers);
    await put(['the border reopened']);
    expect(outOfStep()).toBe(0);
    expect(await texts('border')).toContain('the border reopened');
  });
});
