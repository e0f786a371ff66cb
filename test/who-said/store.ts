/** A temp SQLite store holding the seed article (and the who-said fixtures), ingested the real way. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBriefingFiles } from '../../src/app/briefing-files.ts';
import { ingestPaths } from '../../src/app/ingest.ts';
import { openStore } from '../../src/app/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import type { WhoSaidResult } from '../../src/briefing/who-said.ts';
import { foldName } from '../../src/briefing/names.ts';
import { ask } from '../../src/briefing/ask.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Engine } from '../helpers/engines.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED = join(ROOT, 'seeds/ukraine-talks-2025-04-23.md');
export const FIXTURES = join(ROOT, 'test/fixtures/who-said');
/** The sample articles written for these tests (README.md says they are not real news). */
export const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => join(FIXTURES, f));

export async function ingestedStore(paths: string[]): Promise<Store & { cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-who-said-'));
  const store = await openStore({ BRIEFBOT_DB: join(dir, 'store.db'), DATABASE_URL: undefined });
  const { topics, errors } = loadBriefingFiles(join(ROOT, 'briefings'));
  if (errors.length) throw new Error(JSON.stringify(errors));
  await store.upsertTopics(topics);
  const r = await ingestPaths(store, paths, topics);
  if (r.errors.length || r.inserted !== paths.length) throw new Error(`ingest: ${JSON.stringify(r)}`);
  return Object.assign(store, {
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/**
 * Every item of an answer is words the stored article gives to that speaker: a quote with that
 * speaker and text, a denial/confirmation by them, or a position they (or the party) stated.
 * Direct and partial words occur verbatim in the article body.
 */
export async function expectFaithful(store: Store, r: WhoSaidResult): Promise<string[]> {
  const problems: string[] = [];
  for (const it of r.items) {
    const stored = await store.getArticle(it.source.articleId);
    if (!stored) {
      problems.push(`no article ${it.source.articleId}`);
      continue;
    }
    const f = stored.facts;
    const same = (a: string | null, b: string | null) => a !== null && b !== null && foldName(a) === foldName(b);
    const ok =
      f.quotes.some((q) => q.speaker === it.speaker && q.text === it.text && q.kind === it.kind && q.speakerType !== 'unknown') ||
      f.claims.some((c) => c.by === it.speaker && c.text === it.text) ||
      f.positions.some((p) => (same(p.by, it.speaker) || (p.by === null && same(p.party, it.speaker))) && p.stance === it.text);
    if (!ok) problems.push(`${it.speaker}: ${it.text}`);
    if (it.kind !== 'reported' && !stored.article.body.includes(it.text)) problems.push(`not verbatim: ${it.text}`);
    if (it.speaker === null || it.speakerType === 'unknown') problems.push(`shown without a speaker: ${it.text}`);
  }
  return problems;
}

/**
 * Inside a `describe`: a store of `engine` with the articles of `dir` ingested (before the tests;
 * closed after), and `q`, which asks it a question and checks that every item is faithful to a
 * stored article.
 */
export function askedStore(engine: Engine, dir: string): { store: () => Store; q: (question: string) => Promise<WhoSaidResult> } {
  let store: Store;
  beforeAll(async () => {
    store = engine.make();
    await store.migrate();
    const r = await ingestPaths(store, [dir], []);
    expect(r.errors).toEqual([]);
  });
  afterAll(() => store?.close());
  return {
    store: () => store,
    async q(question: string) {
      const r = await ask(store, question);
      expect(await expectFaithful(store, r), question).toEqual([]);
      return r;
    },
  };
}
