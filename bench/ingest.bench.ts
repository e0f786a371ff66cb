/**
 * Streaming ingest: `briefbot ingest DIR` over many files keeps memory flat (peak RSS of the
 * ingesting process, whatever the number of files), and a re-run after a kill resumes.
 *
 * Writes N article files (default 100,000; `--quick` 5,000; `--files N` to choose) into a temporary
 * folder: news-shaped texts (datelined, quotes with speakers and roles, attributed claims) drawn
 * from word lists by a seeded generator, so that every file is a distinct article, not a
 * near-duplicate of another. Then, in a child process:
 *  1. ingests a tenth of them and the whole folder (peak RSS of each run: flat means the same);
 *  2. ingests the whole folder into a fresh store, killed (SIGKILL) half way, and run again.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, BenchTable } from './table.ts';
import { ROOT } from './corpus.ts';

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
  maxRssMiB: number;
}

/** Run the child; with `killAfter`, SIGKILL it once it has reported that many files done. */
function ingest(db: string, dir: string, killAfter?: number): Promise<ChildResult | { killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/ingest-child.ts'), db, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let killedAt = 0;
    child.stdout.on('data', (b) => {
      out += b;
      const done = [...out.matchAll(/progress (\d+)/g)].map((m) => Number(m[1])).pop() ?? 0;
      if (killAfter && !killedAt && done >= killAfter) {
        killedAt = done;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => {
      if (killedAt) return resolve({ killedAt });
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ChildResult);
      } catch {
        reject(new Error(`ingest child failed:\n${out.slice(-2000)}`));
      }
    });
  });
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const NAMES = ['Dmitry Peskov', 'Marco Rubio', 'Volodymyr Zelenskyy', 'Ursula von der Leyen', 'Keir Starmer', 'Emmanuel Macron', 'Olaf Scholz', 'Antonio Guterres'];
const ROLES = ['the Kremlin spokesman', 'the US secretary of state', 'the Ukrainian president', 'the Commission president', 'the prime minister', 'the French president'];
const WORDS = 'ceasefire talks energy grain corridor sanctions prisoners exchange budget deficit harvest border drones treaty summit envoy monitors ports loans reactor frontline reconstruction tariffs minerals elections referendum observers convoy pipeline'.split(' ');

/** The i-th article: about 3 KB of news-shaped text, its own story. */
function articleText(i: number): string {
  const r = rng(i * 7919 + 1);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const lines = [`Talks dispatch ${i}: ${words(4)}`, '', `KYIV, April ${1 + (i % 28)} (Reuters) - Officials discussed ${words(12)} on day ${i}.`, ''];
  for (let k = 0; k < 8; k++) {
    lines.push(`"We will not accept ${words(8)}," said ${pick(NAMES)}, ${pick(ROLES)}, adding that ${words(10)} mattered in round ${i}-${k}.`, '');
    lines.push(`According to ${pick(NAMES)}, the ${words(6)} plan would ${words(9)} by ${2025 + (k % 3)}.`, '');
  }
  return lines.join('\n');
}

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
    const killed = (await ingest(join(tmp, 'resume.db'), all, Math.floor(n / 2))) as { killedAt: number };
    const resumed = (await ingest(join(tmp, 'resume.db'), all)) as ChildResult;
    const row = (what: string, r: ChildResult) => ({
      run: what,
      files: r.read,
      new: r.inserted,
      'already stored': r.unchanged,
      errors: r.errors,
      seconds: Number(r.seconds.toFixed(1)),
      'files/s': Math.round(r.read / r.seconds),
      'peak RSS MiB': Math.round(r.maxRssMiB),
    });
    return [
      {
        title: `Streaming ingest: ${n.toLocaleString('en')} files (briefbot ingest DIR, SQLite, one process)`,
        rows: [row(`${(n / 10).toLocaleString('en')} files`, small), row(`${n.toLocaleString('en')} files`, full), row(`re-run after SIGKILL at file ${killed.killedAt.toLocaleString('en')}`, resumed)],
        notes: [
          `Target: peak RSS under 500 MB at 100,000 files, the same as at a tenth of them (memory flat); the re-run stores each remaining article once (${resumed.inserted + killed.killedAt >= full.inserted ? 'all stored' : 'SOME MISSING'}).`,
        ],
      },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
