/**
 * `npm run eval:cards`: cards on a real archive. Ingests the PolNeAR train and dev articles (outlet,
 * date and headline from polnear-metadata.tsv, the first line of X.txt is the headline) into a
 * fresh SQLite store under .scratch/ (kept between runs while the code and data are unchanged),
 * builds the card of every topic in bench/cards/*.yaml and prints, per topic: the key points
 * (written down beforehand in the topic file) found on page 1 and in the TL;DR, off-topic items,
 * near-duplicate pairs on page 1, items whose date contradicts their text, disputes without a
 * response, disputes whose two sides share no salient word, the number of pages and the build time.
 *
 * Flags: --data DIR (default ../shared/eval, or ../../shared/eval from a worktree), --show TOPIC (print that card as text), --split
 * train|dev|all (which articles to ingest; default all), --fresh (re-ingest), --only A,B (those topics),
 * --dev (development topics only: no held-out card is built, so none is seen while changing the code).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { z } from 'zod';
import { makeArticle } from '../src/articles/article.ts';
import { ingestArticle } from '../src/app/ingest.ts';
import { buildCard, prepareStory } from '../src/briefing/build/index.ts';
import { cardFromStory, storyMaterial } from '../src/briefing/build/build-card.ts';
import { contradictsDate } from '../src/briefing/build/event-date.ts';
import { contentTokens, fold, jaccard } from '../src/briefing/build/text.ts';
import type { BriefingCard } from '../src/briefing/card.ts';
import { renderText } from '../src/briefing/render/index.ts';
import { checkMessage, renderCard as renderSlack } from '../adapters/slack/render/index.ts';
import { embedProblems, renderCard as renderDiscord } from '../adapters/discord/render/index.ts';
import { TopicSchema, type Topic } from '../src/briefing/topic.ts';
import { MAX_STORY_ARTICLES as CARD_ARTICLE_WINDOW } from '../src/briefing/build/index.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { sharedEvalDir } from './corpus.ts';
import { formatTable } from './table.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = flag('--data') ? resolve(flag('--data')!) : sharedEvalDir();
const split = flag('--split') ?? 'all';
const show = flag('--show');

const KeyPointSchema = z.object({
  label: z.string(),
  all: z.array(z.string()).min(1),
  from: z.coerce.string(),
  to: z.coerce.string(),
});
/** `heldOut`: written from the real events before looking at any card of it, and never used to change the code (marked in the output). */
const EvalTopicSchema = z.object({ topic: TopicSchema, heldOut: z.boolean().default(false), focus: z.array(z.string()).default([]), keyPoints: z.array(KeyPointSchema).min(1) });
type EvalTopic = z.infer<typeof EvalTopicSchema>;
type KeyPoint = z.infer<typeof KeyPointSchema>;

const OUTLETS: Record<string, string> = {
  breitbart: 'Breitbart',
  'huff-post': 'HuffPost',
  nyt: 'The New York Times',
  politico: 'Politico',
  'usa-today': 'USA Today',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journal',
};

function loadTopics(): EvalTopic[] {
  const dir = join(root, 'bench/cards');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => EvalTopicSchema.parse(YAML.parse(readFileSync(join(dir, f), 'utf8'))));
}

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashTree(h, p);
    else if (p.endsWith('.ts') || p.endsWith('.yaml')) h.update(p).update(readFileSync(p));
  }
}

interface Row {
  compartment: string;
  filename: string;
  publisher: string;
  date: string;
  author: string;
}

function metadata(): Row[] {
  const lines = readFileSync(join(dataDir, 'polnear-metadata.tsv'), 'utf8').trim().split('\n');
  const head = lines[0].split('\t');
  const col = (n: string) => head.indexOf(n);
  return lines.slice(1).map((l) => {
    const c = l.split('\t');
    return { compartment: c[col('compartment')], filename: c[col('filename')], publisher: c[col('publisher')], date: c[col('publication_date')], author: c[col('author')] };
  });
}

async function openArchive(topics: Topic[]): Promise<{ store: SqliteStore; ingestSeconds: number | null; articles: number }> {
  const h = createHash('sha256');
  // what ingest depends on (card code is not part of the key: cards are built per run)
  for (const d of ['src/articles', 'src/facts', 'src/store', 'src/sources']) hashTree(h, join(root, d));
  for (const f of ['src/app/ingest.ts', 'src/briefing/assign-topics.ts']) h.update(readFileSync(join(root, f)));
  hashTree(h, join(root, 'bench/cards'));
  h.update(split).update(readFileSync(join(dataDir, 'polnear-metadata.tsv')));
  const key = h.digest('hex').slice(0, 12);
  const dir = join(root, '.scratch/eval-cards');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `archive-${split}-${key}.db`);
  if (args.includes('--fresh') && existsSync(file)) rmSync(file);
  const ready = existsSync(file) && existsSync(`${file}.done`);
  for (const old of readdirSync(dir)) if (old.startsWith(`archive-${split}-`) && !old.startsWith(`archive-${split}-${key}`)) rmSync(join(dir, old), { force: true });
  if (existsSync(file) && !ready) rmSync(file);
  const store = new SqliteStore(file);
  await store.migrate();
  await store.upsertTopics(topics);
  if (ready) return { store, ingestSeconds: null, articles: await store.countArticles() };
  const rows = metadata().filter((r) => split === 'all' || r.compartment === split);
  const t0 = performance.now();
  let n = 0;
  for (const r of rows) {
    const path = join(dataDir, `polnear-${r.compartment}`, `${r.filename}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const nl = text.indexOf('\n');
    const headline = text.slice(0, nl).trim();
    const body = text.slice(nl + 1);
    if (!headline || !body.trim()) continue;
    const article = makeArticle({
      headline,
      body,
      outlet: OUTLETS[r.publisher] ?? r.publisher,
      published: r.date,
      author: r.author && r.author !== 'None' ? r.author : undefined,
      url: `https://example.org/polnear/${r.filename}`,
      bodyOffset: nl + 1,
    });
    const res = await ingestArticle(store, article, topics);
    if (res.inserted) n++;
  }
  const secs = (performance.now() - t0) / 1000;
  writeFileSync(`${file}.done`, String(n));
  return { store, ingestSeconds: secs, articles: n };
}

function matches(kp: KeyPoint, text: string, when: string | null): boolean {
  if (!kp.all.every((re) => new RegExp(re, 'i').test(text))) return false;
  if (!when) return true;
  // a partial date ("2016-07") matches a window it overlaps
  return when <= kp.to.slice(0, when.length) && when >= kp.from.slice(0, when.length);
}

/**
 * Whether a dispute's two sides, as displayed, share a salient word: a word of four letters or more
 * (contentTokens drops stopwords) in both the claim (with its source) and the response, that is none
 * of the topic's terms, people or focus words (those every item of the story names) and no number.
 * Written apart from the builder's own rule, so the column checks it.
 */
function sidesShareWord(claim: string, source: string | null, response: string, focus: string[]): boolean {
  const f = focus.map(fold);
  const topical = (t: string) => f.some((w) => t.startsWith(w) || w.split(/\s+/).includes(t));
  const resp = new Set(contentTokens(response));
  return contentTokens(`${claim} ${source ?? ''}`).some((t) => t.length >= 4 && !/^\d+$/.test(t) && resp.has(t) && !topical(t));
}

function mentionsFocus(text: string, words: string[]): boolean {
  const f = fold(text);
  return words.some((w) => new RegExp(`(^|[^a-z0-9])${fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(f));
}

/** Key points some sentence of the topic's articles reports at all (published in the window or up to 3 days after): the ceiling. */
function inArchive(et: EvalTopic, list: { article: { published?: string; body: string }; facts: { sentences: { text: string }[] } }[]): number {
  return et.keyPoints.filter((kp) =>
    list.some((sa) => {
      const d = sa.article.published?.slice(0, 10) ?? '';
      const until = new Date(Date.parse(`${kp.to}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
      return d >= kp.from && d <= until && sa.facts.sentences.some((s) => kp.all.every((re) => new RegExp(re, 'i').test(s.text)));
    }),
  ).length;
}

interface Result {
  topic: string;
  heldOut: boolean;
  articles: number;
  reachable: string;
  kpPage1: string;
  kpTldr: string;
  offTopic: string;
  nearDup: number;
  contradicted: number;
  unanswered: number;
  /** Displayed disputes (every page) whose claim and response share no salient word beyond the topic's own and focus words. */
  unrelated?: number;
  unrelatedPairs?: string[];
  pages: number;
  ms: number;
  /** The longest stretch of the build without a pause (what other requests would wait). */
  blockMs: number;
  /** CPU time of the build (on a shared machine, wall time is mostly waiting for a core). */
  cpuMs?: number;
  /** CPU time of a card answered from the kept story (JSON parse + cardFromStory), and the story's size. */
  fromStoryMs?: number;
  storyKb?: number;
  missing: string[];
  offItems: string[];
  dupPairs: string[];
  badDates: string[];
  /** Lines not verbatim, quotes with no speaker, renderer limits broken, over every page. */
  promisesBroken?: number;
}

function evaluate(et: EvalTopic, card: BriefingCard, published: Map<string, string | null>, ms: number, blockMs: number, articles: number, reachable: number): Result {
  const lines: { kind: string; text: string; when: string | null; cite: string }[] = [];
  for (const l of card.tldr) lines.push({ kind: 'tldr', text: l.text, when: l.when, cite: l.cites[0].articleId });
  for (const l of card.developments) lines.push({ kind: 'dev', text: l.text, when: l.when, cite: l.cites[0].articleId });
  for (const p of card.positions) lines.push({ kind: 'pos', text: `${p.party}: ${p.stance}`, when: null, cite: p.cites[0].articleId });
  for (const d of card.disputes) lines.push({ kind: 'dispute', text: `${d.claim} ${d.response ?? ''}`, when: null, cite: d.cites[0].articleId });
  for (const n of card.next) lines.push({ kind: 'next', text: n.text, when: n.when, cite: n.cites[0].articleId });
  const page1 = lines.filter((l) => l.kind === 'tldr' || l.kind === 'dev');
  const found = et.keyPoints.filter((kp) => page1.some((l) => matches(kp, l.text, l.when)));
  const inTldr = et.keyPoints.filter((kp) => lines.some((l) => l.kind === 'tldr' && matches(kp, l.text, l.when)));
  const focus = [...et.focus, ...et.topic.match.terms, ...et.topic.match.people.flatMap((p) => [p, p.split(' ').pop()!])];
  const off = lines.filter((l) => !mentionsFocus(l.text, focus));
  const dupPairs: string[] = [];
  const shown = lines.filter((l) => l.kind !== 'next');
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const a = contentTokens(shown[i].text);
      const b = new Set(contentTokens(shown[j].text));
      if (jaccard(a, b) >= 0.5) dupPairs.push(`${shown[i].text.slice(0, 70)} ~ ${shown[j].text.slice(0, 70)}`);
    }
  const badDates = lines
    .filter((l) => l.kind !== 'next' && l.when && contradictsDate(l.text, l.when, published.get(l.cite) ?? null))
    .map((l) => `${l.when} — ${l.text.slice(0, 100)}`);
  const unanswered = card.disputes.filter((d) => !d.response).length;
  return {
    topic: et.topic.id,
    heldOut: et.heldOut,
    articles,
    reachable: `${reachable}/${et.keyPoints.length}`,
    kpPage1: `${found.length}/${et.keyPoints.length}`,
    kpTldr: `${inTldr.length}/${et.keyPoints.length}`,
    offTopic: `${off.length}/${lines.length}`,
    nearDup: dupPairs.length,
    contradicted: badDates.length,
    unanswered,
    pages: card.pages,
    ms,
    blockMs,
    missing: et.keyPoints.filter((k) => !found.includes(k)).map((k) => k.label),
    offItems: off.map((l) => `[${l.kind}] ${l.text.slice(0, 100)}`),
    dupPairs,
    badDates,
  };
}

async function main(): Promise<void> {
  const ets = loadTopics();
  const topics = ets.map((e) => e.topic);
  const { store, ingestSeconds, articles } = await openArchive(topics);
  if (ingestSeconds !== null) console.log(`ingested ${articles} articles in ${ingestSeconds.toFixed(1)} s (${(articles / ingestSeconds).toFixed(0)}/s)`);
  else console.log(`archive: ${articles} articles (cached; --fresh to re-ingest)`);
  const now = '2016-11-01T12:00:00.000Z';
  const results: Result[] = [];
  const table: Record<string, string | number>[] = [];
  // --only a,b: those topics; --dev: the development topics only (no held-out card or detail is built or printed)
  const only = flag('--only')?.split(',');
  for (const et of ets) {
    if (only && !only.includes(et.topic.id)) continue;
    if (args.includes('--dev') && et.heldOut) continue;
    const count = await store.countArticles(et.topic.id);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const list = await store.listArticles({ topic: et.topic.id, limit: Number(flag('--window') ?? CARD_ARTICLE_WINDOW) });
    // as /brief does: the story read a chunk at a time, then the card; the longest stretch without a pause is what other requests wait
    let block = 0;
    let mark = performance.now();
    await prepareStory(et.topic, list, async () => {
      block = Math.max(block, performance.now() - mark);
      await new Promise((r) => setImmediate(r));
      mark = performance.now();
    }, list.length);
    const tb = performance.now();
    const card = buildCard({ topic: et.topic, articles: list, now, maxStoryArticles: list.length });
    block = Math.max(block, performance.now() - tb);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const published = new Map(list.map((sa) => [sa.article.id, sa.article.published ?? null]));
    const all = await store.listArticles({ topic: et.topic.id, limit: 100_000 });
    const r: Result = evaluate(et, card, published, ms, block, count, inArchive(et, all));
    results.push(r);
    if (show === et.topic.id) console.log(renderText(card) + '\n');
    // the promises, on every page: lines verbatim from their first citation, no unknown speaker, renderers within limits
    const bodies = new Map(list.map((sa) => [sa.article.id, sa.article.body]));
    let broken = 0;
    for (let pg = 1; pg <= card.pages; pg++) {
      const c = pg === 1 ? card : buildCard({ topic: et.topic, articles: list, now, maxStoryArticles: list.length, page: pg });
      for (const l of [...c.tldr, ...c.developments]) {
        const c0 = l.cites[0];
        if (bodies.get(c0.articleId)?.slice(c0.charStart, c0.charEnd) !== l.text) broken++;
      }
      for (const q of c.quotes) if (q.speakerType === 'unknown' || !q.speaker || !bodies.get(q.cites[0].articleId)?.includes(q.text)) broken++;
      const sl = renderSlack(c);
      broken += checkMessage(sl).length;
      broken += embedProblems(renderDiscord(c).embeds).length;
    }
    r.promisesBroken = broken;
    // disputes shown on any page whose two sides share no salient word
    const focusWords = [...et.focus, ...et.topic.match.terms, ...et.topic.match.people.flatMap((p) => p.split(' '))];
    r.unrelatedPairs = [];
    for (let pg = 1; pg <= card.pages; pg++) {
      const c = pg === 1 ? card : buildCard({ topic: et.topic, articles: list, now, maxStoryArticles: list.length, page: pg });
      // the response side: its text and the sentence its citation opens (what a reader checks)
      const sentenceAt = (cite: { articleId: string; sentenceIndex: number }) => list.find((sa) => sa.article.id === cite.articleId)?.facts.sentences.find((x) => x.index === cite.sentenceIndex)?.text ?? '';
      for (const d of c.disputes) if (d.response && !sidesShareWord(d.claim, d.claimSource, `${d.response} ${d.cites[1] ? sentenceAt(d.cites[1]) : ''}`, focusWords)) r.unrelatedPairs.push(`${d.claim.slice(0, 80)} ⟷ ${d.response.slice(0, 80)}`);
    }
    r.unrelated = r.unrelatedPairs.length;
    r.cpuMs = cpuMs;
    // a card as /brief answers it once the story is kept (read at ingest): the kept JSON parsed, then the card (page 1), CPU, median of 5
    const kept = JSON.stringify(storyMaterial({ topic: et.topic, articles: list, maxStoryArticles: list.length }));
    const fromStory: number[] = [];
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      const c = cardFromStory(JSON.parse(kept), { now });
      const d = process.cpuUsage(c0);
      fromStory.push((d.user + d.system) / 1000);
      if (JSON.stringify(c) !== JSON.stringify(card)) throw new Error(`${et.topic.id}: the card from the kept story differs from the card built from the articles`);
    }
    r.fromStoryMs = fromStory.sort((a, b) => a - b)[2];
    r.storyKb = Math.round(kept.length / 1024);
  }
  for (const r of results)
    table.push({
      topic: r.heldOut ? `${r.topic} (held out)` : r.topic,
      articles: r.articles,
      'key points in archive': r.reachable,
      'key points p1': r.kpPage1,
      'key points TL;DR': r.kpTldr,
      'off-topic': r.offTopic,
      'near-dup p1': r.nearDup,
      'bad dates': r.contradicted,
      unanswered: r.unanswered,
      'unrelated disputes': r.unrelated ?? 0,
      pages: r.pages,
      'promises broken': r.promisesBroken ?? 0,
      'build ms': r.ms.toFixed(1),
      'build CPU ms': (r.cpuMs ?? 0).toFixed(1),
      'longest block ms': r.blockMs.toFixed(1),
      'card from kept story CPU ms': (r.fromStoryMs ?? 0).toFixed(1),
      'kept story KB': r.storyKb ?? 0,
    });
  console.log(
    formatTable({
      title: 'eval:cards',
      rows: table,
      notes: ['"in archive": key points that some sentence of the topic\'s articles reports at all (the ceiling).', 'Targets: key points on page 1 >= 80% and in the TL;DR >= 50%; off-topic <= 10% of non-quote items; 0 near-duplicates on page 1; 0 contradicted dates; 0 disputes without a response; <= 5 pages.', '"unrelated disputes": disputes shown (any page) whose claim (with its source) and response (with its cited sentence) share no word of 4+ letters beyond the topic\'s terms, people and focus words (target 0).', '"card from kept story": what /brief costs once the story is kept at ingest: the kept JSON parsed and the card answered from it (CPU, median of 5; checked equal to the card built from the articles).'],
    }),
  );
  for (const r of results) {
    if (!args.includes('--details')) break;
    console.log(`\n## ${r.topic}${r.heldOut ? ' (held out)' : ''}`);
    for (const m of r.missing) console.log(`  missing: ${m}`);
    for (const o of r.offItems) console.log(`  off-topic: ${o}`);
    for (const d of r.dupPairs) console.log(`  near-dup: ${d}`);
    for (const b of r.badDates) console.log(`  bad date: ${b}`);
    for (const u of r.unrelatedPairs ?? []) console.log(`  unrelated dispute: ${u}`);
  }
  await store.close();
}

await main();
