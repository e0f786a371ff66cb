/**
 * Extraction speed on one core: extractFacts vs compromise's people() + quotations() vs a bare
 * Intl.Segmenter sentence pass (the floor), over the same texts (the seed + the PolNeAR dev
 * sample when present), replicated to a few MB.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeArticle, type Article } from '../src/articles/article.ts';
import { extractFacts } from '../src/facts/index.ts';
import type { BenchOptions, BenchTable } from './table.ts';

const here = dirname(fileURLToPath(import.meta.url));

function corpus(): Article[] {
  const texts: string[] = [];
  const seed = join(here, '../test/fixtures/facts/seed.txt');
  if (existsSync(seed)) texts.push(readFileSync(seed, 'utf8'));
  const dev = join(here, '../../shared/eval/polnear-dev');
  if (existsSync(dev)) for (const f of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) texts.push(readFileSync(join(dev, f), 'utf8'));
  return texts.map((raw, i) => {
    const nl = raw.indexOf('\n');
    return makeArticle({ headline: raw.slice(0, nl).trim() || `article ${i}`, body: raw.slice(nl + 1), published: '2025-04-23' });
  });
}

function time(fn: () => void, minMs: number): { ms: number; reps: number } {
  fn(); // warm up
  let reps = 0;
  const t0 = performance.now();
  let el = 0;
  do {
    fn();
    reps++;
    el = performance.now() - t0;
  } while (el < minMs);
  return { ms: el / reps, reps };
}

export default async function extractBench(opts: BenchOptions): Promise<BenchTable[]> {
  const base = corpus();
  const targetBytes = (opts.quick ? 1 : 4) * 1024 * 1024;
  const baseBytes = base.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  const copies = Math.max(1, Math.ceil(targetBytes / baseBytes));
  const articles = Array.from({ length: copies }, () => base).flat();
  const mb = (baseBytes * copies) / 1024 / 1024;
  const minMs = opts.quick ? 300 : 1500;
  const nlp = ((await import('compromise')) as unknown as { default: (t: string) => { people(): { out(f: string): unknown }; quotations(): { out(f: string): unknown } } }).default;
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sink = 0;
  const ours = time(() => {
    for (const a of articles) sink += extractFacts(a).quotes.length;
  }, minMs);
  // compromise is slow: time it on a slice and scale.
  const slice = articles.slice(0, Math.max(base.length, Math.ceil(articles.length / 8)));
  const sliceShare = slice.length / articles.length;
  const comp = time(() => {
    for (const a of slice) {
      const d = nlp(a.body);
      sink += (d.people().out('array') as unknown[]).length + (d.quotations().out('array') as unknown[]).length;
    }
  }, minMs);
  const compMs = comp.ms / sliceShare;
  const floor = time(() => {
    for (const a of articles) for (const _ of seg.segment(a.body)) sink++;
  }, minMs);
  const row = (name: string, ms: number) => ({ extractor: name, 'articles/s': Math.round((articles.length / ms) * 1000), 'MB/s': Number((mb / (ms / 1000)).toFixed(2)), 'ms per MB': Number((ms / mb).toFixed(1)) });
  return [
    {
      title: `Fact extraction speed (one core, ${articles.length} articles, ${mb.toFixed(1)} MB: ${base.length} texts x ${copies})`,
      rows: [row('briefbot extractFacts', ours.ms), row('compromise people()+quotations()', compMs), row('Intl.Segmenter sentences (floor)', floor.ms)],
      notes: [
        `ours vs compromise: ${(compMs / ours.ms).toFixed(1)}x faster (target >= 5x)`,
        `ours vs Intl.Segmenter floor: ${(ours.ms / floor.ms).toFixed(2)}x the floor's time`,
        `(compromise timed on ${slice.length} articles and scaled; checksum ${sink % 997})`,
      ],
    },
  ];
}
