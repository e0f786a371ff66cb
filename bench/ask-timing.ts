/**
 * Uncached who-said timing: `ask()` over a store, the bench's question forms alternately without
 * and with a topic, wall and CPU time (process.cpuUsage: this process only, not a database
 * server's) per question and over all, after each question's first ask (reported apart: a freshly
 * opened connection's cost). The store bench runs it at each size; on a store built
 * before (`npm run soak -- --db FILE [--store postgres]`) run it alone:
 *
 *   npx tsx bench/ask-timing.ts --db FILE [--rounds 20]
 *   npx tsx bench/ask-timing.ts --pg soak_100000 [--rounds 20]     (BRIEFBOT_BENCH_PG_URL)
 *
 * `--unique N` asks instead N different questions, the soak's `--unique` ones (bench/unique-questions.ts,
 * drawn from the SQLite store `--questions FILE`, default `--db`), each once, by form.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ask } from '../src/briefing/ask.ts';
import type { Store } from '../src/store/store.ts';

/** The bench's who-said questions: every question form. */
export const ASK_QUESTIONS = [
  'Peskov',
  '"a lot of fakes"',
  'what did Vance say about territory',
  'did anyone deny the FT report',
  'Zelenskyy',
  'who said the proposal was fair',
  'Trump',
  'what did Hillary Rodham Clinton say about the debate',
  'where does Russia stand on Crimea',
];
export const ASK_TOPIC = 'ukraine-talks';

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export interface AskTiming {
  /** Per question and scope: wall and CPU ms of each ask. */
  byQuestion: { question: string; topic: boolean; wall: number[]; cpu: number[] }[];
  wall: number[];
  cpu: number[];
  /** timeAsks: wall ms of each question's first ask in this process (before the timed asks). */
  first?: number[];
}

/**
 * `asks` asks: question k is ASK_QUESTIONS[k % 9], in the topic when k is odd. Each question and
 * scope is asked once first, its wall time kept apart (`first`): the store's connection has just
 * been opened (empty page cache, statements not prepared, word statistics not read), which a
 * running bot pays once, not a question.
 */
export async function timeAsks(store: Store, asks: number): Promise<AskTiming> {
  const first: number[] = [];
  for (let k = 0; k < 2 * ASK_QUESTIONS.length; k++) {
    const t0 = performance.now();
    await ask(store, ASK_QUESTIONS[k % ASK_QUESTIONS.length], k % 2 === 1 ? { topic: ASK_TOPIC } : {});
    first.push(performance.now() - t0);
  }
  const byKey = new Map<string, AskTiming['byQuestion'][number]>();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < asks; k++) {
    const question = ASK_QUESTIONS[k % ASK_QUESTIONS.length];
    const topic = k % 2 === 1;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await ask(store, question, topic ? { topic: ASK_TOPIC } : {});
    const w = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    wall.push(w);
    cpu.push(ms);
    const key = `${question}\u0000${topic}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { question, topic, wall: [], cpu: [] }));
    e.wall.push(w);
    e.cpu.push(ms);
  }
  return { byQuestion: [...byKey.values()], wall, cpu, first };
}

const f = (x: number) => x.toFixed(1);

/** Each question once, in order; grouped by the soak's four forms. */
export async function timeUnique(store: Store, questions: string[]): Promise<AskTiming> {
  const form = (q: string) => (q.startsWith('"') ? 'exact phrase' : q.startsWith('what did ') ? 'what did X say about Y' : / on /.test(q) ? 'Surname on word' : 'word pair');
  const byKey = new Map<string, AskTiming['byQuestion'][number]>();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const question of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await ask(store, question, {});
    const w = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    wall.push(w);
    cpu.push(ms);
    const key = form(question);
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { question: key, topic: false, wall: [], cpu: [] }));
    e.wall.push(w);
    e.cpu.push(ms);
  }
  return { byQuestion: [...byKey.values()], wall, cpu };
}

export function formatTiming(t: AskTiming): string {
  const lines = ['| question | wall p50 / p99 | CPU p50 / p99 |', '|---|---|---|'];
  for (const q of t.byQuestion) lines.push(`| ${q.question}${q.topic ? ` (in ${ASK_TOPIC})` : ''} | ${f(pct(q.wall, 50))} / ${f(pct(q.wall, 99))} ms | ${f(pct(q.cpu, 50))} / ${f(pct(q.cpu, 99))} ms |`);
  lines.push(`| **all ${t.wall.length}** | ${f(pct(t.wall, 50))} / ${f(pct(t.wall, 99))} ms | ${f(pct(t.cpu, 50))} / ${f(pct(t.cpu, 99))} ms |`);
  if (t.first) lines.push(`\nEach question's first ask after the store was opened (not in the table): wall p50 ${f(pct(t.first, 50))}, max ${f(Math.max(...t.first))} ms.`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
  const rounds = Number(arg('rounds') ?? 10);
  let store: Store;
  if (arg('db')) {
    const { SqliteStore } = await import('../src/store/sqlite.ts');
    store = new SqliteStore(arg('db')!);
  } else if (arg('pg')) {
    const { PostgresStore } = await import('../src/store/postgres.ts');
    store = new PostgresStore(process.env.BRIEFBOT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test', { schema: arg('pg') });
  } else throw new Error('--db FILE or --pg SCHEMA');
  const before = loadavg()[0];
  const unique = Number(arg('unique') ?? 0);
  let t: AskTiming;
  if (unique > 0) {
    const file = arg('questions') ?? arg('db');
    if (!file) throw new Error('--unique N needs --questions FILE (a SQLite store) with --pg');
    const { uniqueQuestions } = await import('./unique-questions.ts');
    t = await timeUnique(store, await uniqueQuestions(file, unique));
  } else t = await timeAsks(store, rounds * ASK_QUESTIONS.length * 2);
  console.log(formatTiming(t));
  const cpuTotal = t.cpu.reduce((a, b) => a + b, 0);
  console.log(`\n${t.cpu.length} asks: ${(cpuTotal / 1000).toFixed(1)} s CPU, ${(t.cpu.length / (cpuTotal / 1000)).toFixed(1)} asks per CPU-second`);
  console.log(`\nload average ${before.toFixed(1)} → ${loadavg()[0].toFixed(1)} (${store.engine}, ${await store.countArticles()} articles)`);
  await store.close();
}
