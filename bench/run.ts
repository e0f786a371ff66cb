/**
 * `npm run bench [-- --quick] [--store sqlite|postgres|both] [--only NAME] [--db FILE]`: runs every
 * bench/*.bench.ts (each default-exports `(opts) => Promise<BenchTable[]>`) and prints tables.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { formatTable, type BenchOptions, type BenchTable } from './table.ts';

export async function runBenchmarks(argv: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const opts: BenchOptions = {
    store: (opt('store') as BenchOptions['store']) ?? 'sqlite',
    quick: argv.includes('--quick'),
    only: opt('only'),
    db: opt('db'),
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  for (const f of files) {
    if (opts.only && !f.startsWith(opts.only)) continue;
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: (o: BenchOptions) => Promise<BenchTable[]> };
    const tables = await mod.default(opts);
    for (const t of tables) console.log(formatTable(t) + '\n');
  }
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runBenchmarks(process.argv.slice(2));
}
