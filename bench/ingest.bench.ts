/**
 * Streaming ingest: `briefbot ingest DIR` over many files keeps memory flat (peak RSS of the
 * ingesting process, whatever the number of files), and a re-run after a kill resumes.
 *
 * Writes N article files (default 100,000; `--quick` 5,000; `--files N` to choose; `--no-resume`
 * skips step 2) into a temporary
 * folder: news-shaped texts (datelined, quotes with speakers and roles, attributed claims) drawn
 * from word lists by a seeded generator, so that every file is a distinct article, not a
 * near-duplicate of another. Then runs the built CLI (`node bin/briefbot.js ingest`, so `npm run
 * build` first) as a child process under GNU time (peak RSS and CPU time):
 *  1. ingests a tenth of them and the whole folder (peak RSS of each run: flat means the same);
 *  2. ingests the whole folder into a fresh store, killed (SIGKILL) half way, and run again.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchTable } from './table.ts';
import { ROOT } from './corpus.ts';
import { saladArticle } from '../test/fixtures/word-salad.ts';
import Database from 'better-sqlite3';

function option(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

interface ChildResult {
  read: number;
  inserted: number;
  unchanged: number;
  errors: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
}

/** Articles stored in `db` so far (0 before the file exists). */
function stored(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

/**
 * `node bin/briefbot.js ingest DIR --db DB` (the built CLI, as a user runs it) under GNU time for
 * its peak RSS and CPU time; with `killAfter`, SIGKILL it once that many articles are stored.
 */
function ingest(db: string, dir: string, killAfter?: number): Promise<ChildResult | { killedAt: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'time %M %U %S', process.execPath, 'bin/briefbot.js', 'ingest', dir, '--db', db], {
      cwd: ROOT,
      env: { ...process.env, BRIEFINGS_DIR: join(ROOT, 'briefings') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    let killedAt = 0;
    const watch = killAfter
      ? setInterval(() => {
          const n = stored(db);
          if (!killedAt && n >= killAfter) {
            killedAt = n;
            // GNU time's child: the ingesting node process itself.
            for (const pid of readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
          }
        }, 200)
      : undefined;
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(watch);
      if (killedAt) return resolve({ killedAt });
      const r = /read (\d+) article\(s\): (\d+) new, (\d+) already stored, (\d+) error/.exec(out);
      const t = /time (\d+) ([\d.]+) ([\d.]+)/.exec(out);
      if (!r || !t) return reject(new Error(`ingest failed:\n${out.slice(-2000)}`));
      resolve({
        read: Number(r[1]),
        inserted: Number(r[2]),
        unchanged: Number(r[3]),
        errors: Number(r[4]),
        seconds: (performance.now() - t0) / 1000,
        cpuSeconds: Number(t[2]) + Number(t[3]),
        maxRssMiB: Number(t[1]) / 1024,
      });
    });
  });
}

const articleText = (i: number) => saladArticle(i, { headline: 'Talks dispatch', paragraphs: 8 });

export default async function run(opts: BenchOptions): Promise<BenchTable[]> {
  const n = option('files') ?? (opts.quick ? 5_000 : 100_000);
  const tmp = mkdtempSync(join(tmpdir(), 'briefbot-ingest-'));
  try {
    const all = join(tmp, 'all');
    const tenth = join(tmp, 'tenth');
    for (const d of [all, tenth]) mkdirSync(d);
    for (let i = 0; i < n; i++) {
      const text = articleText(i);
      const sub = `d${String(Math.floor(i / 1000)).padStart(3, '0')}`;
      for (const d of i < n / 10 ? [all, tenth] : [all]) {
        mkdirSync(join(d, sub), { recursive: true });
        writeFileSync(join(d, sub, `a${i}.txt`), text);
      }
    }
    const small = (await ingest(join(tmp, 'tenth.db'), tenth)) as ChildResult;
    const full = (await ingest(join(tmp, 'all.db'), all)) as ChildResult;
    const resume = !process.argv.includes('--no-resume');
    const killed = resume ? ((await ingest(join(tmp, 'resume.db'), all, Math.floor(n / 2))) as { killedAt: number }) : null;
    const resumed = killed ? ((await ingest(join(tmp, 'resume.db'), all)) as ChildResult) : null;
    const row = (what: string, r: ChildResult) => ({
      run: what,
      files: r.read,
      new: r.inserted,
      'already stored': r.unchanged,
      errors: r.errors,
      seconds: Number(r.seconds.toFixed(1)),
      'files/s': Math.round(r.read / r.seconds),
      'CPU s': Math.round(r.cpuSeconds),
      'peak RSS MiB': Math.round(r.maxRssMiB),
    });
    return [
      {
        title: `Streaming ingest: ${n.toLocaleString('en')} files (node bin/briefbot.js ingest DIR, SQLite, one process)`,
        rows: [
          row(`${(n / 10).toLocaleString('en')} files`, small),
          row(`${n.toLocaleString('en')} files`, full),
          ...(killed && resumed ? [row(`re-run after SIGKILL at article ${killed.killedAt.toLocaleString('en')}`, resumed)] : []),
        ],
        notes: [
          `Target: peak RSS under 500 MB at 100,000 files, the same as at a tenth of them (memory flat).`,
          killed && resumed
            ? `The re-run after the kill stores each remaining article once (${resumed.inserted + killed.killedAt >= full.inserted ? 'all stored' : 'SOME MISSING'}).`
            : 'Kill and re-run skipped (--no-resume).',
        ],
      },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
