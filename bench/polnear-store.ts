/**
 * A SQLite store of the PolNeAR train and dev articles (../shared/eval), ingested the real way
 * (src/app/ingest.ts: extractor, topics, people), cached under .scratch/ until the code that
 * shapes stored facts changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeArticle, type Article } from '../src/articles/article.ts';
import { sharedEvalDir } from './corpus.ts';
import { ingestArticle } from '../src/app/ingest.ts';
import { openStore } from '../src/app/open-store.ts';
import type { Store } from '../src/store/store.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const EVAL_DIR = sharedEvalDir();
const OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart', 'huff-post': 'HuffPost', nyt: 'The New York Times', politico: 'Politico', 'usa-today': 'USA Today', 'wash-post': 'The Washington Post', 'west-journal': 'Western Journal',
};

/** The articles of one compartment (train or dev), with outlet and date from the metadata. */
export function polnearArticles(compartment: 'train' | 'dev'): Article[] {
  const meta = new Map<string, { publisher: string; date: string }>();
  const lines = readFileSync(join(EVAL_DIR, 'polnear-metadata.tsv'), 'utf8').split('\n');
  const head = lines[0].split('\t');
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    if (c.length < head.length) continue;
    const r = Object.fromEntries(head.map((h, i) => [h, c[i]]));
    meta.set(r.filename, { publisher: r.publisher, date: r.publication_date });
  }
  const dir = join(EVAL_DIR, `polnear-${compartment}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const nl = raw.indexOf('\n');
      const name = f.replace(/\.txt$/, '');
      const m = meta.get(name);
      return makeArticle({
        headline: raw.slice(0, nl).trim() || name,
        body: raw.slice(nl + 1).trim(),
        outlet: m ? (OUTLETS[m.publisher] ?? m.publisher) : undefined,
        published: m?.date,
        url: `https://polnear.example/${compartment}/${name}`,
        origin: name,
      });
    });
}

/** A hash of the code that decides what is stored (extractor, store, ingest, identity). */
function codeHash(): string {
  const h = createHash('sha256');
  for (const dir of ['src/facts', 'src/store', 'src/app', 'src/briefing', 'src/articles']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(ROOT, dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/** Open the cached store, or build it (train then dev, in date order) when the code changed. */
export async function polnearStore(log: (s: string) => void = () => {}): Promise<Store> {
  const dir = join(ROOT, '.scratch/who-said-eval');
  const db = join(dir, 'store.db');
  const stamp = join(dir, 'stamp');
  const hash = codeHash();
  if (existsSync(db) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return openStore({ BRIEFBOT_DB: db, DATABASE_URL: undefined });
  mkdirSync(dir, { recursive: true });
  for (const f of ['store.db', 'store.db-wal', 'store.db-shm', 'stamp']) rmSync(join(dir, f), { force: true });
  const store = await openStore({ BRIEFBOT_DB: db, DATABASE_URL: undefined });
  const articles = [...polnearArticles('train'), ...polnearArticles('dev')].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const t0 = performance.now();
  let n = 0;
  for (const a of articles) {
    // Stored "now" is the publication date: near-duplicates are looked for among the days before.
    await ingestArticle(store, a, [], { now: new Date(`${a.published ?? '2016-01-01'}T12:00:00Z`) });
    if (++n % 200 === 0) log(`ingested ${n}/${articles.length}`);
  }
  log(`ingested ${articles.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  writeFileSync(stamp, hash);
  return store;
}
