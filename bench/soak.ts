/**
 * `npm run soak [-- --articles N --rate R --seconds S --db FILE]`: a load test of the HTTP
 * interaction endpoints, on loopback only.
 *
 * 1. Builds a SQLite store of N generated articles (default 100,000; bench/corpus.ts: real-shaped
 *    templates with new ids, dates and topics), or reuses --db FILE when it already holds N.
 * 2. Builds dist/ (`npm run build`: the bot runs this checkout's code) and starts the bot as its own
 *    process (`node bin/briefbot.js serve`): Slack in HTTP mode and
 *    Discord HTTP interactions on one port, Slack's Web API and response_urls and Discord's REST
 *    pointed at a local stand-in run by this script.
 * 3. Sends signed `/brief` and `/who-said` requests, half Slack and half Discord, at a fixed rate
 *    (open loop: a request goes out on schedule whether or not earlier ones were answered) for S
 *    seconds, then waits for the stragglers.
 * 4. Prints throughput, latency percentiles and errors per kind. Latency: Discord = the HTTP
 *    response carrying the card (or, if deferred, the edit that follows); Slack = until the answer
 *    reaches the response_url (the 200 ack comes first, and is reported on its own line).
 *
 * Errors: any status other than 200, a network error, no answer within 10 s, or an answer that is
 * an apology rather than a card or quotes. Target: zero errors and p99 under 250 ms at 200 req/s.
 *
 * Modes:
 *  --unique          every request a different /who-said question (no answer cache helps):
 *                    people, "what did X say about Y", exact phrases and words, made from the
 *                    store's speakers and quotes; sent once the bots have built the topics'
 *                    first cards (their start-up work, in the background).
 *  --store postgres  the same store in PostgreSQL (127.0.0.1:5432/test, schema soak_N, kept for
 *                    the next run; BRIEFBOT_SOAK_PG_URL to change), filled from the SQLite one.
 *  --schema NAME    the PostgreSQL schema to copy into / reuse (default soak_N).
 *  --bots K          K bot processes on the same store (PostgreSQL), requests spread over them.
 *  --workers N       the bot's WORKER_THREADS (default: the bot's own default; 0 = everything on
 *                    its main thread), to compare.
 *  --hostile         large articles in the mix: a watched folder of ~5 MB articles on the
 *                    ukraine-talks topic and a ~5 MB web page source, polled while the load runs.
 * Every run reports the bot's longest event-loop stall (perf_hooks.monitorEventLoopDelay).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { SqliteStore } from '../src/store/sqlite.ts';
import { QUOTE_TSV } from '../src/store/migrations.ts';
import { SPEAKER_MARK } from '../src/store/fts-query.ts';
import { TopicSchema } from '../src/briefing/topic.ts';
import { loadBriefingFiles } from '../src/app/briefing-files.ts';
import { templates, generated, generatedTopics, ROOT } from './corpus.ts';
import { formatTable } from './table.ts';
import { uniqueQuestions } from './unique-questions.ts';
import { FakePlatforms, discordKeys, signed, slackSignature } from '../test/helpers/fake-platforms.ts';

// ---------------------------------------------------------------- options
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}
const ARTICLES = Math.round(option('articles', 100_000));
const RATE = option('rate', 200);
const SECONDS = option('seconds', 30);
const dbArg = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
/** --profile DIR: write a V8 CPU profile of the bot process there (open it in Chrome DevTools). */
const profileDir = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const UNIQUE = process.argv.includes('--unique');
const HOSTILE = process.argv.includes('--hostile');
const ENGINE = process.argv.includes('--store') ? process.argv[process.argv.indexOf('--store') + 1] : 'sqlite';
if (ENGINE !== 'sqlite' && ENGINE !== 'postgres') throw new Error('--store must be sqlite or postgres');
const BOTS = Math.round(option('bots', 1));
const WORKERS = process.argv.includes('--workers') ? process.argv[process.argv.indexOf('--workers') + 1] : undefined;
if (BOTS > 1 && ENGINE !== 'postgres') throw new Error('--bots K needs --store postgres (processes share the store)');
const PG_URL = process.env.BRIEFBOT_SOAK_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = process.argv.includes('--schema') ? process.argv[process.argv.indexOf('--schema') + 1] : `soak_${ARTICLES}`;
if (!/^[a-z_][a-z0-9_]*$/.test(SCHEMA)) throw new Error('--schema must be a plain lower-case identifier');
const ANSWER_TIMEOUT_MS = 10_000;
const MAX_IN_FLIGHT = 5000;
const BRIEFINGS_DIR = join(ROOT, 'briefings');

// ---------------------------------------------------------------- store
async function buildStore(file: string): Promise<{ articles: number; seconds: number; reused: boolean }> {
  const store = new SqliteStore(file);
  await store.migrate();
  const have = await store.countArticles();
  if (have >= ARTICLES) {
    await store.close();
    return { articles: have, seconds: 0, reused: true };
  }
  const t0 = performance.now();
  // Exactly the briefing files' topics plus the generated ones, so the bot's start finds nothing changed.
  const topics = [...loadBriefingFiles(BRIEFINGS_DIR).topics];
  for (let k = 0; k < 100; k++) if (!topics.some((t) => t.id === `topic-${k}`)) topics.push(TopicSchema.parse({ id: `topic-${k}`, title: `Topic ${k}`, match: { terms: [] } }));
  await store.upsertTopics(topics);
  const tpl = await templates();
  const base = Date.now() - ARTICLES * 1000;
  // One article a transaction (putArticle's own): the store's transactions are async, so several
  // articles cannot share one of better-sqlite3's synchronous transactions.
  for (let i = have; i < ARTICLES; i++) {
    const { article, facts } = generated(tpl[i % tpl.length], i);
    await store.putArticle(article, facts, generatedTopics(i), { storedAt: new Date(base + i * 1000).toISOString() });
    if (i % 10_000 === 0) process.stderr.write(`\rstore: ${i}/${ARTICLES} articles`);
  }
  process.stderr.write('\n');
  const articles = await store.countArticles();
  await store.close();
  return { articles, seconds: (performance.now() - t0) / 1000, reused: false };
}

/**
 * Rows (as SQLite returns them: JSON columns as JSON text) into a PostgreSQL table in one statement,
 * sent as one JSON document that the server unpacks (json_to_recordset): a parameter array of
 * large JSON strings costs the client seconds a batch to escape.
 */
async function insertJson(c: { query: (text: string, values: unknown[]) => Promise<unknown> }, table: string, cols: [string, string][], rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const value = (v: unknown, type: string) => (v === null || v === undefined ? 'null' : type === 'jsonb' ? (v as string) : JSON.stringify(v));
  const doc = `[${rows.map((r) => `{${cols.map(([name, type], k) => `"${name}":${value(r[k], type)}`).join(',')}}`).join(',')}]`;
  const names = cols.map(([name]) => name).join(', ');
  await c.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS x(${cols.map(([name, type]) => `${name} ${type}`).join(', ')}) ON CONFLICT DO NOTHING`, [doc]);
}

/** The SQLite store copied into PostgreSQL (schema soak_N, reused when it already holds N articles). */
async function buildPostgres(file: string): Promise<{ url: string; articles: number; seconds: number; reused: boolean }> {
  const { PostgresStore } = await import('../src/store/postgres.ts');
  const schema = SCHEMA;
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = new PostgresStore(PG_URL);
  await admin.pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await admin.close();
  // Statements of 500 articles: longer than the store's statement time-out on a loaded machine.
  const pg = new PostgresStore(PG_URL, { schema, queryTimeoutMs: 600_000 });
  await pg.migrate();
  const have = await pg.countArticles();
  if (have >= ARTICLES) {
    await pg.close();
    return { url, articles: have, seconds: 0, reused: true };
  }
  const t0 = performance.now();
  const lite = new SqliteStore(file);
  await pg.upsertTopics(await lite.listTopics());
  // Bulk copy, table by table, 500 articles a statement (putArticle one by one would take an hour);
  // the speakers' counts are summed at the end.
  const ids = lite.db.prepare('SELECT id FROM articles ORDER BY stored_at, id LIMIT ?').pluck().all(ARTICLES) as string[];
  const B = 500;
  for (let from = have; from < ids.length; from += B) {
    const batch = JSON.stringify(ids.slice(from, from + B));
    const arts = lite.db.prepare('SELECT id, url, outlet, headline, published, article_json, facts_json, stored_at FROM articles WHERE id IN (SELECT value FROM json_each(?))').raw().all(batch) as unknown[][];
    const tops = lite.db.prepare('SELECT article_id, topic, sort_key FROM article_topics WHERE article_id IN (SELECT value FROM json_each(?))').raw().all(batch) as unknown[][];
    const qs = lite.db.prepare('SELECT article_id, idx, speaker, text, kind, stored_at, quote_json FROM quotes WHERE article_id IN (SELECT value FROM json_each(?))').raw().all(batch) as unknown[][];
    const c = await pg.pool.connect();
    try {
      await c.query('BEGIN');
      await insertJson(c, 'articles', [['id', 'text'], ['url', 'text'], ['outlet', 'text'], ['headline', 'text'], ['published', 'text'], ['article_json', 'jsonb'], ['facts_json', 'jsonb'], ['stored_at', 'text']], arts);
      await insertJson(c, 'article_topics', [['article_id', 'text'], ['topic', 'text'], ['sort_key', 'text']], tops);
      await insertJson(c, 'quotes', [['article_id', 'text'], ['idx', 'int'], ['speaker', 'text'], ['text', 'text'], ['kind', 'text'], ['stored_at', 'text'], ['quote_json', 'jsonb']], qs);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
    if ((from / B) % 10 === 0) process.stderr.write(`\rpostgres: ${Math.min(from + B, ids.length)}/${ids.length} articles`);
  }
  // The tables ingest fills beside them (people, who-said's denials, positions, quotes by topic
  // and the search table: migrations 6, 10, 11, 15), copied or filled the same way, so who-said answers as on SQLite.
  const copyTable = async (table: string, cols: [string, string][]) => {
    let after = 0;
    for (;;) {
      const rows = lite.db.prepare(`SELECT rowid, ${cols.map(([c]) => c).join(', ')} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT 5000`).raw().all(after) as unknown[][];
      if (!rows.length) return;
      await insertJson(pg.pool, table, cols, rows.map((r) => r.slice(1)));
      after = rows[rows.length - 1][0] as number;
    }
  };
  await copyTable('people', [['name', 'text'], ['person', 'text'], ['surname', 'text'], ['kind', 'text'], ['middle', 'text'], ['quotes', 'int'], ['roles_json', 'jsonb']]);
  await copyTable('person_quotes', [['person', 'text'], ['article_id', 'text'], ['idx', 'int'], ['stored_at', 'text']]);
  await copyTable('article_claims', [['article_id', 'text'], ['idx', 'int'], ['kind', 'text'], ['claim_json', 'jsonb'], ['target_json', 'jsonb']]);
  await copyTable('article_positions', [['article_id', 'text'], ['idx', 'int'], ['position_json', 'jsonb']]);
  // Whole-table statements: longer than the store's statement time-out.
  const bulk = await pg.pool.connect();
  try {
    await bulk.query('SET statement_timeout = 0');
    await bulk.query(`INSERT INTO topic_quotes (topic, speaker, stored_at, article_id, idx)
      SELECT t.topic, q.speaker, q.stored_at, q.article_id, q.idx FROM quotes q JOIN article_topics t ON t.article_id = q.article_id WHERE q.speaker IS NOT NULL ON CONFLICT DO NOTHING`);
    await bulk.query(`INSERT INTO topic_person_quotes (topic, person, stored_at, article_id, idx)
      SELECT t.topic, q.person, q.stored_at, q.article_id, q.idx FROM person_quotes q JOIN article_topics t ON t.article_id = q.article_id ON CONFLICT DO NOTHING`);
    await bulk.query(`INSERT INTO quote_search (article_id, idx, stored_at, tsv) SELECT article_id, idx, stored_at, ${QUOTE_TSV} FROM quotes ON CONFLICT DO NOTHING`);
    await bulk.query(`INSERT INTO quote_words (word) SELECT DISTINCT w.lexeme FROM quote_search q, unnest(q.tsv) w WHERE left(w.lexeme, 1) <> '${SPEAKER_MARK}' ON CONFLICT DO NOTHING`);
    await bulk.query('DELETE FROM speakers');
    await bulk.query('INSERT INTO speakers (name, quotes) SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker');
    await bulk.query('ANALYZE');
  } finally {
    bulk.release();
  }
  process.stderr.write('\n');
  const articles = await pg.countArticles();
  await pg.close();
  await lite.close();
  return { url, articles, seconds: (performance.now() - t0) / 1000, reused: false };
}

// ---------------------------------------------------------------- hostile material
const BIG_BYTES = 5 * 1024 * 1024;
/** A ~5 MB article on the ukraine-talks topic: the corpus's texts, over and over, made unique by `tag`. */
function bigArticleText(tag: string): string {
  const dir = join(ROOT, 'seeds');
  const seed = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
  let body = '';
  for (let k = 0; body.length < BIG_BYTES; k++) body += `${seed}\n\nUkraine peace talks update ${tag}-${k}.\n\n`;
  return `Ukraine talks: the long record ${tag}\n\n${body}`;
}

// ---------------------------------------------------------------- the platforms' side
// The same stand-in for Slack and Discord the tests use (test/helpers/fake-platforms.ts), not
// recording (a long run would hold every card in memory): its request hook resolves the waiter of
// a Slack response_url answer or a Discord edit of a deferred reply.
interface Waiter {
  resolve: (r: { at: number; body: string }) => void;
}
const waiters = new Map<string, Waiter>();

async function startPlatforms(): Promise<FakePlatforms> {
  const platforms = new FakePlatforms({ record: false });
  platforms.onRequest = (r) => {
    const at = performance.now();
    if (r.path.startsWith('/respond/')) return void waiters.get(r.path.slice('/respond/'.length))?.resolve({ at, body: r.body });
    const edit = /\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path);
    if (edit) waiters.get(edit[1])?.resolve({ at, body: r.body });
  };
  return platforms.start();
}

function waitFor(key: string): Promise<{ at: number; body: string } | null> {
  return new Promise((resolve) => {
    const t = setTimeout(() => (waiters.delete(key), resolve(null)), ANSWER_TIMEOUT_MS);
    waiters.set(key, { resolve: (r) => (clearTimeout(t), waiters.delete(key), resolve(r)) });
  });
}

// ---------------------------------------------------------------- the bot
async function startBotProcess(env: Record<string, string>): Promise<{ port: number; stop: () => Promise<number | null>; output: () => string; cpuSeconds: () => number }> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, 'bin/briefbot.js', 'serve'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const end = Date.now() + 120_000;
  let m: RegExpExecArray | null = null;
  while (!(m = /HTTP on port (\d+)/.exec(out))) {
    if (child.exitCode !== null) throw new Error(`the bot exited:\n${out}`);
    if (Date.now() > end) throw new Error(`the bot did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port: Number(m[1]),
    output: () => out,
    // User + system CPU of the bot process, all its threads (Linux /proc, in clock ticks of 1/100 s).
    cpuSeconds: () => {
      try {
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
      } catch {
        return NaN;
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      return Promise.race([exited, new Promise<null>((r) => setTimeout(() => (child.kill('SIGKILL'), r(null)), 20_000))]);
    },
  };
}

// ---------------------------------------------------------------- requests
const SECRET = `soak-${Math.random().toString(36).slice(2)}`;
const { publicKeyHex: PUBLIC_HEX, privateKey } = discordKeys();
const APP_ID = '222222222222222222';

const TOPICS = ['ukraine-talks', ...Array.from({ length: 100 }, (_, k) => `topic-${k}`)];
const QUERIES = ['Peskov', '"a lot of fakes"', 'Zelenskyy', 'what did Vance say about territory', 'Rubio', 'who said the proposal was fair', 'Witkoff ceasefire'];

type Kind = 'slack /brief' | 'slack /who-said' | 'discord /brief' | 'discord /who-said';
interface Sample {
  kind: Kind;
  ms: number | null;
  ackMs?: number;
  error?: string;
  deferred?: boolean;
}

function slackBody(command: string, text: string, id: string, base: string): string {
  return new URLSearchParams({
    token: 'x', team_id: 'T0SOAK', team_domain: 'soak', channel_id: 'C0SOAK', channel_name: 'soak', user_id: `U0${id.toUpperCase()}`, user_name: 'u',
    command, text, api_app_id: 'A0SOAK', is_enterprise_install: 'false', response_url: `${base}/respond/${id}`, trigger_id: '1.2.3',
  }).toString();
}

function discordBody(name: string, option: string, value: string, token: string): string {
  const user = { id: '666666666666666666', username: 'reader', discriminator: '0', avatar: null, global_name: 'Reader' };
  return JSON.stringify({
    id: String(700000000000000000n + BigInt(Math.floor(Math.random() * 1e12))), application_id: APP_ID, type: 2, token, version: 1, locale: 'en-GB',
    guild_id: '555555555555555555', channel_id: '444444444444444444', channel: { id: '444444444444444444', type: 0 },
    member: { user, roles: [], permissions: '0', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    data: { id: '888888888888888888', name, type: 1, options: [{ name: option, type: 3, value }] },
  });
}

const APOLOGY = /Sorry|failed on my side|had no answer/;

let uniqueQueries: string[] = [];

/**
 * One POST over a kept-alive connection (node:http): the load generator shares the machine with
 * the bot, and fetch() cost it about twice the CPU a request.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function oneRequest(i: number, target: string, base: string): Promise<Sample> {
  const slack = i % 2 === 0;
  const brief = !UNIQUE && i % 4 < 2;
  const kind = `${slack ? 'slack' : 'discord'} ${brief ? '/brief' : '/who-said'}` as Kind;
  const arg = brief ? TOPICS[(i * 37) % TOPICS.length] : UNIQUE ? uniqueQueries[i % uniqueQueries.length] : QUERIES[i % QUERIES.length];
  const id = `q${i}`;
  const t0 = performance.now();
  try {
    if (slack) {
      const body = slackBody(brief ? '/brief' : '/who-said', arg, id, base);
      const ts = Math.floor(Date.now() / 1000);
      const answer = waitFor(id);
      const res = await post(`${target}/slack/events`, body, {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(SECRET, ts, body),
      });
      const ackMs = performance.now() - t0;
      if (res.status !== 200) return { kind, ms: null, ackMs, error: `HTTP ${res.status}` };
      const a = await answer;
      if (!a) return { kind, ms: null, ackMs, error: 'no answer on response_url within 10 s' };
      if (APOLOGY.test(a.body)) return { kind, ms: a.at - t0, ackMs, error: 'apology' };
      return { kind, ms: a.at - t0, ackMs };
    }
    const token = `tok${id}`;
    const body = discordBody(brief ? 'brief' : 'who-said', brief ? 'topic' : 'query', arg, token);
    const ts = String(Math.floor(Date.now() / 1000));
    const later = waitFor(token);
    const res = await post(`${target}/discord/interactions`, body, signed(privateKey, body, ts));
    const text = res.text;
    if (res.status !== 200) return { kind, ms: null, error: `HTTP ${res.status}` };
    const json = JSON.parse(text);
    if (json.type === 5) {
      const a = await later;
      if (!a) return { kind, ms: null, error: 'deferred, no edit within 10 s', deferred: true };
      return { kind, ms: a.at - t0, deferred: true, ...(APOLOGY.test(a.body) ? { error: 'apology' } : {}) };
    }
    waiters.delete(token);
    if (json.type !== 4 || APOLOGY.test(text)) return { kind, ms: performance.now() - t0, error: `answer type ${json.type}${APOLOGY.test(text) ? ' (apology)' : ''}` };
    return { kind, ms: performance.now() - t0 };
  } catch (e) {
    waiters.delete(id);
    waiters.delete(`tok${id}`);
    const name = (e as Error).name;
    return { kind, ms: null, error: name === 'TimeoutError' || name === 'AbortError' ? 'no HTTP response within 10 s' : (e as Error).message };
  }
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---------------------------------------------------------------- main
async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'briefbot-soak-'));
  const file = dbArg ?? join(tmp, 'soak.db');
  try {
    console.log(`soak: ${ARTICLES.toLocaleString('en')} articles, ${RATE} req/s for ${SECONDS} s (${Math.round(RATE * SECONDS)} requests), ${cpus().length} cores, loopback only`);
    // The bot runs from dist/ (bin/briefbot.js), built at `npm ci`: built again, so it is this checkout's code.
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const built = await buildStore(file);
    console.log(built.reused ? `store: reused ${file} (${built.articles} articles)` : `store: ${built.articles} articles built in ${built.seconds.toFixed(1)} s`);
    const total = Math.round(RATE * SECONDS);
    if (UNIQUE) {
      uniqueQueries = await uniqueQuestions(file, total + 100);
      console.log(`questions: ${uniqueQueries.length} different who-said questions, e.g. ${uniqueQueries.slice(0, 4).map((q) => JSON.stringify(q)).join(', ')}`);
    }
    let storeEnv: Record<string, string> = { BRIEFBOT_DB: file };
    if (ENGINE === 'postgres') {
      const pg = await buildPostgres(file);
      console.log(pg.reused ? `postgres: reused schema ${SCHEMA} (${pg.articles} articles)` : `postgres: ${pg.articles} articles copied in ${pg.seconds.toFixed(1)} s`);
      built.articles = pg.articles;
      storeEnv = { DATABASE_URL: pg.url };
    }
    const platforms = await startPlatforms();
    let hostileNote = '';
    if (HOSTILE) {
      if (ENGINE !== 'sqlite') throw new Error('--hostile runs on SQLite (a copy of the store, so the large articles do not stay in it)');
      // A copy: the large articles must not stay in the reused store.
      const copy = join(tmp, 'hostile.db');
      const src = new SqliteStore(file);
      await src.db.backup(copy);
      await src.close();
      storeEnv = { BRIEFBOT_DB: copy };
      const folder = join(tmp, 'large-articles');
      mkdirSync(folder);
      const tag = Date.now().toString(36);
      for (let k = 0; k < 3; k++) writeFileSync(join(folder, `large-${k}.txt`), bigArticleText(`${tag}-${k}`));
      const bigPage = `<!doctype html><html><head><title>Ukraine talks: the long page ${tag}</title></head><body><article><h1>Ukraine talks: the long page ${tag}</h1>${bigArticleText(`${tag}-page`)
        .split('\n\n')
        .map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`)
        .join('')}</article></body></html>`;
      const hs = new SqliteStore(copy);
      await hs.addSource({ kind: 'folder', location: folder, everySeconds: 3600 });
      platforms.page('/big-page.html', 'text/html; charset=utf-8', bigPage);
      await hs.addSource({ kind: 'url', location: `${platforms.base}/big-page.html`, everySeconds: 3600 });
      await hs.close();
      hostileNote = `Hostile: 3 articles of ${(BIG_BYTES / 1024 / 1024).toFixed(0)} MB in a watched folder and a ${(bigPage.length / 1024 / 1024).toFixed(1)} MB page source (ukraine-talks), polled from the start of the run; /brief ukraine-talks includes them once stored.`;
    }
    const botEnv = {
      ...storeEnv,
      BRIEFINGS_DIR,
      SEEDS_DIR: '',
      PORT: '0',
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-0-0-soak',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: platforms.slackApiUrl,
      DISCORD_PUBLIC_KEY: PUBLIC_HEX,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: platforms.discordApiUrl,
      ...(HOSTILE ? { SOURCES_ALLOW_PRIVATE: 'true', SOURCES_MAX_BYTES: String(8 * 1024 * 1024) } : {}),
      ...(WORKERS !== undefined ? { WORKER_THREADS: WORKERS } : {}),
    };
    const bots = [];
    for (let k = 0; k < BOTS; k++) bots.push(await startBotProcess(botEnv));
    const targets = bots.map((b) => `http://127.0.0.1:${b.port}`);
    // Unique mode measures who-said questions, not the start: wait until each bot has built the
    // topics' first cards it builds in the background when its port opens (81 s at 100,000
    // articles on one thread), which would otherwise share the bot's CPU with the questions.
    if (UNIQUE) {
      const w0 = performance.now();
      while (!bots.every((b) => /answer cache: [^\n]*card\(s\) built/.test(b.output())) && performance.now() - w0 < 300_000) await new Promise((r) => setTimeout(r, 250));
      console.log(`start: the bots' first cards built after ${((performance.now() - w0) / 1000).toFixed(1)} s; questions start now`);
    }
    // Warm up: a few of each kind, not counted (in unique mode, questions not asked again).
    for (let i = 0; i < 40; i++) await oneRequest(UNIQUE ? total + i : 1_000_000 + i, targets[i % targets.length], platforms.base);

    const cpu0 = bots.map((b) => b.cpuSeconds());
    const self0 = process.cpuUsage();
    const samples: Promise<Sample>[] = [];
    let inFlight = 0;
    let shed = 0;
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      if (inFlight >= MAX_IN_FLIGHT) {
        shed++;
        continue;
      }
      inFlight++;
      samples.push(oneRequest(i, targets[i % targets.length], platforms.base).finally(() => inFlight--));
    }
    const sendSecs = (performance.now() - t0) / 1000;
    const results = await Promise.all(samples);
    const allSecs = (performance.now() - t0) / 1000;
    const cpuNote = `CPU of the bot${bots.length > 1 ? 's' : ''} during the run: ${bots.map((b, k) => `${(b.cpuSeconds() - cpu0[k]).toFixed(1)} s`).join(', ')} over ${allSecs.toFixed(1)} s; of this load generator and the platforms' stand-ins (signing, sending, receiving the answers): ${((({ user, system }) => (user + system) / 1e6)(process.cpuUsage(self0))).toFixed(1)} s; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`;
    let exit: number | null = 0;
    for (const b of bots) exit = (await b.stop()) || exit;
    await platforms.stop();
    // Each bot logs its event loop's longest stall until its first cards are built, then (counted
    // again from there) when it stops.
    const stall = (b: { output: () => string }, when: string) => {
      const m = new RegExp(`event loop: max delay ([\\d.]+) ms, p99 ([\\d.]+) ms ${when}`).exec(b.output());
      return m ? `max delay ${m[1]} ms (p99 ${m[2]} ms)` : 'not reported';
    };
    const loopNote = `Event loop of the bot${bots.length > 1 ? 's' : ''} while serving: ${bots.map((b) => stall(b, 'while serving')).join('; ')}; before, until the first cards were built: ${bots.map((b) => stall(b, 'until the first cards')).join('; ')}. Target: max < 100 ms.`;

    const rows: Record<string, string | number>[] = [];
    const kinds: (Kind | 'all')[] = ['slack /brief', 'slack /who-said', 'discord /brief', 'discord /who-said', 'all'];
    for (const k of kinds) {
      const rs = results.filter((r) => k === 'all' || r.kind === k);
      const ok = rs.filter((r) => r.ms !== null).map((r) => r.ms!).sort((a, b) => a - b);
      rows.push({
        requests: k,
        sent: rs.length,
        'answered/s': Number((rs.filter((r) => !r.error).length / allSecs).toFixed(1)),
        errors: rs.filter((r) => r.error).length + (k === 'all' ? shed : 0),
        deferred: rs.filter((r) => r.deferred).length,
        'p50 ms': Number(pct(ok, 50).toFixed(1)),
        'p90 ms': Number(pct(ok, 90).toFixed(1)),
        'p99 ms': Number(pct(ok, 99).toFixed(1)),
        'max ms': Number((ok[ok.length - 1] ?? NaN).toFixed(1)),
      });
    }
    const acks = results.filter((r) => r.ackMs !== undefined).map((r) => r.ackMs!).sort((a, b) => a - b);
    rows.push({ requests: 'slack ack (HTTP 200)', sent: acks.length, 'p50 ms': Number(pct(acks, 50).toFixed(1)), 'p90 ms': Number(pct(acks, 90).toFixed(1)), 'p99 ms': Number(pct(acks, 99).toFixed(1)), 'max ms': Number((acks[acks.length - 1] ?? NaN).toFixed(1)) });
    const all = results.filter((r) => r.ms !== null).map((r) => r.ms!).sort((a, b) => a - b);
    const errors = results.filter((r) => r.error);
    const byError = new Map<string, number>();
    for (const e of errors) byError.set(e.error!, (byError.get(e.error!) ?? 0) + 1);
    const p99 = pct(all, 99);
    console.log(
      '\n' +
        formatTable({
          title: `Soak${UNIQUE ? ' --unique' : ''}${HOSTILE ? ' --hostile' : ''}: ${total} signed requests at ${RATE}/s over ${SECONDS} s against ${built.articles.toLocaleString('en')} articles, ${ENGINE === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${BOTS} bot process${BOTS > 1 ? 'es' : ''}`,
          rows,
          notes: [
            `Sent in ${sendSecs.toFixed(1)} s (offered ${(results.length / sendSecs).toFixed(1)} req/s); all answered or timed out after ${allSecs.toFixed(1)} s. Bot: ${BOTS} process${BOTS > 1 ? 'es' : ''} (node bin/briefbot.js serve), ${ENGINE}, WORKER_THREADS=${WORKERS ?? 'default'}, Slack HTTP + Discord HTTP on one port; client and stand-ins in this process.${UNIQUE ? ' Every question different (no answer cache helps).' : ''}`,
            loopNote,
            cpuNote,
            ...(hostileNote ? [hostileNote] : []),
            `Latency: Discord = HTTP response with the card (deferred: until the edit); Slack = until the answer reaches response_url (the ack line is the HTTP 200 alone).`,
            errors.length || shed ? `Errors: ${[...byError].map(([k, v]) => `${v} × ${k}`).join('; ')}${shed ? `; ${shed} not sent (over ${MAX_IN_FLIGHT} in flight)` : ''}` : 'Errors: none.',
            `Target: zero errors and p99 < 250 ms: ${errors.length === 0 && shed === 0 && p99 < 250 ? 'MET' : 'NOT MET'} (p99 ${p99.toFixed(1)} ms). Bot exit code after SIGTERM: ${exit}. Platform stand-in saw ${platforms.count} requests.`,
          ],
        }),
    );
    if (exit !== 0 || process.argv.includes('--verbose')) for (const b of bots) console.log(b.output().slice(-3000));
    process.exitCode = errors.length === 0 && shed === 0 && p99 < 250 ? 0 : 1;
  } finally {
    if (!dbArg || !existsSync(dbArg)) rmSync(tmp, { recursive: true, force: true });
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
