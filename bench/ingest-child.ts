/** Child of bench/ingest.bench.ts: ingest a folder into a SQLite file, then print the peak RSS. */
import { SqliteStore } from '../src/store/sqlite.ts';
import { ingestPaths } from '../src/app/ingest.ts';

const [db, dir] = process.argv.slice(2);
const store = new SqliteStore(db);
await store.migrate();
const t0 = performance.now();
const r = await ingestPaths(store, [dir], [], (done) => {
  if (done % 500 === 0) process.stdout.write(`progress ${done}\n`);
});
await store.close();
process.stdout.write(
  JSON.stringify({ read: r.read, inserted: r.inserted, unchanged: r.unchanged, errors: r.errors.length, seconds: (performance.now() - t0) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
