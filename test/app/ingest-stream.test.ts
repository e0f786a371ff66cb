/**
 * Streaming ingest (issue 19): files are read, extracted and stored a few at a time, not all read
 * first, so memory holds one small batch whatever the number of files (peak RSS at 100,000 files:
 * `npm run bench -- --only ingest`). A re-run skips what is stored. (Killed with kill -9 mid-ingest
 * and re-run: test/hardening/faults.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { ingestPaths, INGEST_READ_AHEAD } from '../../src/app/ingest.ts';
import { runBriefbot } from '../helpers/run-cli.ts';

const PEOPLE = ['Marta Kowalska', 'Jonas Berg', 'Aiko Tanaka', 'Ravi Menon', 'Lena Fischer', 'Tomás Ortega'];
const THINGS = ['the harbour bridge', 'a rail tender', 'the water board', 'school meals', 'the night buses', 'a solar farm', 'the old library'];

/** A short news text, different enough from every other index that none is a near-duplicate. */
function article(i: number, headline = `Council notes ${i}`): string {
  const lines = [headline, ''];
  for (let k = 0; k < 6; k++) {
    const who = PEOPLE[(i + k) % PEOPLE.length];
    const what = THINGS[(i * 3 + k) % THINGS.length];
    lines.push(`${who} said on day ${i * 7 + k} that ${what} would cost ${i * 13 + k * 101} thousand, item ${i}-${k}.`, '');
  }
  return lines.join('\n');
}

describe('ingestPaths', () => {
  it('reads files as it goes (a file changed mid-ingest is read as it is then), and a re-run stores nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-stream-'));
    try {
      const files = join(dir, 'articles');
      mkdirSync(files);
      const n = INGEST_READ_AHEAD * 4;
      const name = (i: number) => join(files, `a${String(i).padStart(3, '0')}.txt`);
      for (let i = 0; i < n; i++) writeFileSync(name(i), article(i));
      const store = new SqliteStore(join(dir, 's.db'));
      await store.migrate();

      const progress: [number, number, number][] = [];
      const r = await ingestPaths(store, [files], [], (done, total) => {
        progress.push([done, total, store.db.prepare('SELECT count(*) FROM articles').pluck().get() as number]);
        // After the first file is stored, the last one changes: a streaming ingest has not read it yet.
        if (done === 1) writeFileSync(name(n - 1), article(n - 1, 'Rewritten while the ingest ran'));
      });
      expect(r).toMatchObject({ read: n, inserted: n, unchanged: 0, errors: [] });
      // One progress step per file, each after that file's article is stored.
      expect(progress).toEqual(Array.from({ length: n }, (_, k) => [k + 1, n, k + 1]));
      const headlines = store.db.prepare('SELECT headline FROM articles').pluck().all() as string[];
      expect(headlines).toContain('Rewritten while the ingest ran');
      expect(headlines).not.toContain(`Council notes ${n - 1}`);

      // Re-run: every article is recognised by its id, nothing is stored again.
      const again = await ingestPaths(store, [files], []);
      expect(again).toMatchObject({ read: n, inserted: 0, unchanged: n, errors: [] });
      expect(store.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(n);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('briefbot ingest', () => {
  it('runs on a thread whose heap is capped (INGEST_HEAP_MB): within the cap it stores the files; a file too large for it fails with the cap named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-stream-cap-'));
    try {
      const files = join(dir, 'articles');
      mkdirSync(files);
      for (let i = 0; i < 3; i++) writeFileSync(join(files, `a${i}.txt`), article(i));
      const ok = await runBriefbot(['ingest', files, '--db', join(dir, 'ok.db')], { env: { INGEST_HEAP_MB: '64' } });
      expect(ok.stdout + ok.stderr).toContain('read 3 article(s): 3 new, 0 already stored, 0 error(s)');
      expect(ok.code).toBe(0);

      // About 3 MB of text: its extraction needs far more than a 64 MB heap.
      let big = 'Council notes: the long record\n\n';
      for (let k = 0; big.length < 3_000_000; k++) big += `${article(k % 50).split('\n').slice(2).join('\n')}\nRecord ${k}.\n\n`;
      writeFileSync(join(files, 'big.txt'), big);
      const capped = await runBriefbot(['ingest', files, '--db', join(dir, 'capped.db')], { env: { INGEST_HEAP_MB: '64' }, timeoutMs: 120_000 });
      expect(capped.code).toBe(1);
      expect(capped.stderr).toContain('the ingest ran out of memory (its heap is capped at 64 MB: set INGEST_HEAP_MB higher)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
