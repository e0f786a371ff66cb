/**
 * `npm run eval -- DIR`: runs the fact extractor on every X.txt with an X.ann (brat standoff,
 * PolNeAR style) in DIR and prints content precision/recall/F1 and speaker agreement, separately
 * for direct quotes, reported speech and other attributions, plus the wrong named speakers.
 * Flags: --misses (labels with no matching prediction, with the nearest one), --unknowns (named
 * sources predicted unknown), --false-positives (predictions matching no label), --no-headlines,
 * --no-model (the rules' speakers only, without the learned speaker model), --legacy-sources (score
 * description sources, "the Florida senator", as named by their capital word, as before). With several DIRs (or
 * none: ../shared/eval/polnear-train and polnear-dev) one table shows them side by side.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeArticle, type Article } from '../src/articles/article.ts';
import { extractFacts, extractHeadlineQuotes, type Quote } from '../src/facts/index.ts';
import { isSpeechCue } from '../src/facts/cues.ts';
import { FEMALE_NAMES, MALE_NAMES } from '../src/facts/lexicon.ts';
import { sharedEvalDir } from './corpus.ts';
import { formatTable, type BenchTable } from './table.ts';

interface Label {
  start: number;
  end: number;
  content: string;
  source: string | null;
  cue: string | null;
  category: 'direct' | 'reported' | 'other';
}

export function parseAnn(ann: string): Label[] {
  type TLine = { label: string; spans: [number, number][]; text: string };
  const t = new Map<string, TLine>();
  const es: string[] = [];
  // A T line's text may run over several lines (a span holding a line break): a line that opens no
  // T/E/A/R/# record continues the previous T line's text.
  let lastT: TLine | null = null;
  for (const line of ann.split('\n')) {
    const m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\s*\d+ \d+)*)(?:\t(.*))?$/.exec(line);
    if (m) {
      const spans = m[3].split(';').map((s) => s.trim().split(/\s+/).map(Number) as [number, number]);
      lastT = { label: m[2], spans, text: m[4] ?? '' };
      t.set(m[1], lastT);
    } else if (/^E\d+\t/.test(line)) {
      es.push(line);
      lastT = null;
    } else if (/^(?:[ARN#]\d*)\t/.test(line) || /^T\d+\t/.test(line)) lastT = null;
    else if (lastT) lastT.text += `\n${line}`;
  }
  const out: Label[] = [];
  for (const line of es) {
    const roles = new Map<string, string>();
    for (const part of line.split('\t')[1]?.split(/\s+/) ?? []) {
      const [role, id] = part.split(':');
      if (role && id) roles.set(role, id);
    }
    const content = t.get(roles.get('Content') ?? '');
    if (!content) continue;
    const source = t.get(roles.get('Source') ?? '')?.text ?? null;
    const cue = t.get(roles.get('Cue') ?? '')?.text ?? null;
    const start = Math.min(...content.spans.map((s) => s[0]));
    const end = Math.max(...content.spans.map((s) => s[1]));
    const category = /["“”«»„]/.test(content.text) ? 'direct' : cue && isSpeechCue(cue) ? 'reported' : 'other';
    out.push({ start, end, content: content.text, source, cue, category });
  }
  return out;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 ? inter / union : 0;
};

/**
 * The halves of a quote split by its attribution (the extractor marks the second half with
 * `continues`) are one predicted content, scored from the first half's start to the last half's end,
 * as the labels score a discontinuous content.
 */
export function mergeSplitQuotes(quotes: Quote[]): Quote[] {
  const root = quotes.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  quotes.forEach((q, i) => {
    const c = q.continues;
    if (c !== null && c !== undefined && c >= 0 && c < quotes.length && c !== i) root[find(i)] = find(c);
  });
  const out = new Map<number, Quote>();
  quotes.forEach((q, i) => {
    const r = find(i);
    const m = out.get(r);
    if (!m) out.set(r, { ...quotes[r], start: Math.min(quotes[r].start, q.start), end: Math.max(quotes[r].end, q.end) });
    else out.set(r, { ...m, start: Math.min(m.start, q.start), end: Math.max(m.end, q.end) });
  });
  return [...out.values()];
}

const PRONOUNS = /^(he|she|it|they|we|i|you|who|whom|him|her|his|them|that|which|this|these|those|one|its|their|our|me|us)$/i;
const TITLES = /^(mr|mrs|ms|dr|sen|rep|gov|gen|the|a|an|president|secretary|senator|governor|mayor|commissioner|rev|representative|former|vice|nominee|candidate)\.?$/i;

/** The labeled source's surname-ish key: its last capitalised word after dropping titles, or null. */
function namedKey(source: string): string | null {
  const ws = source.replace(/['’]s\b/g, '').split(/[\s,]+/).filter((w) => w && !TITLES.test(w));
  const last = ws[ws.length - 1];
  if (!last || !/^\p{Lu}/u.test(last)) return null;
  return last.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}'-]/gu, '');
}

/**
 * Whether the label and the prediction name two people who share the surname: "Bill Clinton" is not
 * "Hillary Clinton", "Mrs. Clinton" is not "Bill Clinton" (given names both sides, or the label's
 * honorific against the prediction's given name).
 */
function namesOther(source: string, key: string, sp: string): boolean {
  const pw = sp.split(/\s+/);
  if (pw.length < 2 || pw[pw.length - 1] !== key) return false;
  const lw = source.replace(/['’]s\b/g, '').split(/[\s,]+/).filter(Boolean);
  const at = lw.findIndex((w) => w.toLowerCase().replace(/[^\p{L}'-]/gu, '') === key);
  if (at < 0) return false;
  const before = lw.slice(0, at).map((w) => w.toLowerCase().replace(/\./g, ''));
  const isGiven = (w: string | undefined) => !!w && (MALE_NAMES.has(w) || FEMALE_NAMES.has(w));
  const pg = pw[0];
  const lg = before.find((w) => isGiven(w) && before.indexOf(w) >= before.length - 2);
  if (lg && isGiven(pg) && lg !== pg && !pw.includes(lg)) return true;
  const hon = before[before.length - 1];
  if ((hon === 'mrs' || hon === 'ms') && MALE_NAMES.has(pg)) return true;
  if (hon === 'mr' && FEMALE_NAMES.has(pg)) return true;
  return false;
}

/** Whether a predicted speaker name is the labeled source (its surname-ish key); a pronoun or unnamed label matches nothing. */
export function speakerMatches(source: string, speaker: string): boolean {
  if (PRONOUNS.test(source.trim())) return false;
  const key = namedKey(source);
  if (!key) return false;
  // Dots are not part of a name's key: "F.A.A." is "the F.A.A", "Tchadinfos.com." is "Tchadinfos.com".
  const sp = speaker.toLowerCase().replace(/’/g, "'").replace(/\./g, '');
  const predLast = sp.split(/\s+/).pop()!;
  if (namesOther(source, key, sp)) return false;
  return sp.split(/[\s/-]+/).includes(key) || key === predLast || source.toLowerCase().replace(/’/g, "'").replace(/\./g, '').includes(predLast) || sp.includes(key);
}

const DETERMINER = /^(?:the|a|an|this|that|these|those|another|some|many|most|several|both|all|each|other|others|one|two|three|four|five|his|her|their|its|our|my|your|no|any|every|such|few|more)$/i;
/** Role words that head a description when they close it ("the Florida senator", "GOP nominee"). */
const ROLE_HEAD = /^(?:president|secretary|senator|governor|mayor|commissioner|representative|nominee|candidate|congressman|congresswoman|chairman|chairwoman|director|spokesman|spokeswoman|sen|rep|gov)\.?$/i;
/** Party and group words: after a determiner they head a description ("the Wisconsin Republican", "many Democrats"). */
const GROUP_HEAD = /^(?:republicans?|democrats?|independents?|conservatives?|liberals?|progressives?|evangelicals?|americans?|catholics?|muslims?|christians?|latinos?|hispanics?)$/i;
/** Quantifiers that stand alone as a source, capitalised only because they open the sentence ("Some", "Others"). */
const QUANTIFIER = /^(?:some|many|most|several|both|all|others|few|none|each|either|neither|one|two|three|four|five|majorities|majority|half|nobody|everyone|everybody|someone|somebody|anyone)$/i;

/**
 * Whether a labeled source is a description, not a name: "the Florida senator", "The Wisconsin
 * Republican", "the GOP nominee", "Some Democrats", "Others". No part of it (the phrase, or an
 * apposition after a comma: "a spokeswoman, Anna White" names her) ends on a name: it ends on a role
 * word, on a party or group word after a determiner, or is a lone quantifier. Like a pronoun, such a
 * label says nothing of whom it refers to (the labels carry no coreference), so the speaker figures
 * leave it out: before, its capitalised modifier ("Florida", "Republican") counted as the name, and
 * resolving it to the person ("Marco Rubio") counted as wrong. `--legacy-sources` scores as before.
 */
export function isDescriptionSource(source: string): boolean {
  const chunks = source.split(/\s*[,(]\s*/).map((c) => c.trim()).filter((c, i) => c && !(i > 0 && /^(?:who|which|whose|whom|that)\b/i.test(c)));
  const names = (c: string) => {
    const ws = c.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
    const first = ws[0] ?? '';
    const last = ws[ws.length - 1] ?? '';
    if (ws.length === 1 && QUANTIFIER.test(first)) return false;
    if (!/^\p{Lu}/u.test(last) || ROLE_HEAD.test(last)) return false;
    if (DETERMINER.test(first) && GROUP_HEAD.test(last)) return false;
    return true;
  };
  return !chunks.some(names);
}

let legacySources = false;
/** Score as before description sources were told apart (`--legacy-sources`): they count as named by their capital word. */
export function setLegacySources(on: boolean): void {
  legacySources = on;
}

/** Whether a labeled source names someone (the labels the speaker figures count). */
export const isNamedSource = (source: string | null): source is string =>
  !!source && !PRONOUNS.test(source.trim()) && namedKey(source) !== null && (legacySources || !isDescriptionSource(source));

export async function loadArticle(path: string): Promise<{ article: Article; offset: number }> {
  const raw = readFileSync(path, 'utf8');
  try {
    const mod = (await import(pathToFileURL(join(import.meta.dirname, '../src/articles/read.ts')).href)) as { readArticleFile?: (p: string) => Promise<Article[]> };
    if (mod.readArticleFile) {
      const [a] = await mod.readArticleFile(path);
      if (a && a.bodyOffset !== undefined && raw.slice(a.bodyOffset, a.bodyOffset + a.body.length) === a.body) return { article: a, offset: a.bodyOffset };
    }
  } catch {
    /* fall back to the simple layout */
  }
  const nl = raw.indexOf('\n');
  const headline = raw.slice(0, nl).trim() || 'untitled';
  const m = /\n\s*\n/.exec(raw);
  const offset = m ? m.index + m[0].length : nl + 1;
  const body = raw.slice(offset);
  return { article: makeArticle({ headline, body, origin: path }), offset };
}

export interface EvalOptions {
  /** List labeled contents with no overlapping prediction at all, by file. */
  misses?: boolean;
  /** List matched labels with a named source where the prediction says the speaker is unknown. */
  unknowns?: boolean;
  /** List predictions that overlap no labeled content (by at least 30%). */
  falsePositives?: boolean;
  /** Also read the headline block before the body (default true; `--no-headlines` turns it off). */
  headlines?: boolean;
  /** Rules only: no speaker model (`--no-model`), to measure what the model adds. */
  noModel?: boolean;
}

export async function evaluate(dir: string, opts: EvalOptions = {}): Promise<BenchTable[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.ann')))).sort();
  const cats = ['direct', 'reported', 'other'] as const;
  const stat = Object.fromEntries([...cats, 'all'].map((c) => [c, { labels: 0, found: 0, named: 0, right: 0, wrong: 0, via: 0, unknown: 0, pron: 0 }]));
  const pred = { direct: { n: 0, ok: 0 }, partial: { n: 0, ok: 0 }, reported: { n: 0, ok: 0 }, all: { n: 0, ok: 0 } };
  const wrong: Record<string, string>[] = [];
  const missed: Record<string, string>[] = [];
  const unknown: Record<string, string>[] = [];
  const spurious: Record<string, string>[] = [];
  let ms = 0;
  for (const f of files) {
    const { article, offset } = await loadArticle(join(dir, f));
    const labels = parseAnn(readFileSync(join(dir, f.replace(/\.txt$/, '.ann')), 'utf8'));
    const t0 = performance.now();
    const facts = opts.noModel ? extractFacts(article, null) : extractFacts(article);
    ms += performance.now() - t0;
    const quotes = mergeSplitQuotes(facts.quotes).map((q) => ({ ...q, start: q.start + offset, end: q.end + offset }));
    if (opts.headlines !== false) {
      // The headline block (headline and deck lines) opens the file: its offsets are file offsets.
      const raw = readFileSync(join(dir, f), 'utf8');
      const block = raw.slice(0, offset).replace(/\s+$/, '');
      const start = block.length - block.trimStart().length;
      if (block.trim()) for (const q of mergeSplitQuotes(extractHeadlineQuotes({ ...article, headline: block.slice(start) }))) quotes.push({ ...q, start: q.start + start, end: q.end + start });
    }
    for (const q of quotes) {
      const ok = labels.some((l) => overlap(l, q) >= 0.3);
      if (!ok && opts.falsePositives) spurious.push({ file: basename(f, '.txt').slice(0, 40), kind: q.kind, speaker: q.speaker ?? '-', cue: q.cue ?? '-', text: q.text.slice(0, 90).replace(/\s+/g, ' ') });
      for (const k of [q.kind, 'all'] as const) {
        pred[k].n++;
        if (ok) pred[k].ok++;
      }
    }
    for (const l of labels) {
      let best: Quote | null = null;
      let bo = 0;
      for (const q of quotes) {
        const o = overlap(l, q);
        if (o >= 0.3 && o > bo) {
          bo = o;
          best = q;
        }
      }
      if (opts.misses && !best) {
        // The nearest prediction (overlap below the threshold), to tell a boundary miss from a miss.
        let near: (typeof quotes)[number] | null = null;
        let no = 0;
        for (const q of quotes) {
          const o = overlap(l, q);
          if (o > no) {
            no = o;
            near = q;
          }
        }
        missed.push({
          file: basename(f, '.txt').slice(0, 40), category: l.category, cue: (l.cue ?? '-').slice(0, 20), source: (l.source ?? '-').slice(0, 24),
          content: l.content.slice(0, 90).replace(/\s+/g, ' '), nearest: near ? `${(100 * no).toFixed(0)}% ${near.kind}: ${near.text.slice(0, 50).replace(/\s+/g, ' ')}` : '-',
        });
      }
      for (const c of [l.category, 'all']) {
        const s = stat[c];
        s.labels++;
        if (!best) continue;
        s.found++;
        if (!l.source) continue;
        if (PRONOUNS.test(l.source.trim()) || (!legacySources && isDescriptionSource(l.source) && namedKey(l.source))) {
          s.pron++;
          continue;
        }
        const key = namedKey(l.source);
        if (!key) continue;
        s.named++;
        if (!best.speaker) {
          s.unknown++;
          if (c === 'all' && opts.unknowns) unknown.push({ file: basename(f, '.txt').slice(0, 40), labeled: l.source, text: l.content.slice(0, 70).replace(/\s+/g, ' ') });
          continue;
        }
        if (speakerMatches(l.source, best.speaker)) s.right++;
        else if (best.via && speakerMatches(l.source, best.via)) {
          // "“…,” Sanders said, according to CNN": the label credits the channel, which the
          // prediction gives as its via (speaker Sanders, via CNN). Neither right nor wrong.
          s.via++;
        } else {
          s.wrong++;
          if (c === 'all') wrong.push({ file: basename(f, '.txt').slice(0, 40), predicted: `${best.speaker} (${best.speakerType})`, labeled: l.source, text: l.content.slice(0, 60).replace(/\s+/g, ' ') });
        }
      }
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  const f1 = (p: number, r: number) => (p + r ? ((200 * p * r) / (p + r)).toFixed(1) : '-');
  const precFor = (c: string) => (c === 'direct' ? { n: pred.direct.n + pred.partial.n, ok: pred.direct.ok + pred.partial.ok } : c === 'reported' ? pred.reported : c === 'all' ? pred.all : null);
  const rows = [...cats, 'all'].map((c) => {
    const s = stat[c];
    const p = precFor(c);
    const P = p?.n ? p.ok / p.n : NaN;
    const R = s.labels ? s.found / s.labels : 0;
    return {
      attributions: c, labeled: s.labels, found: s.found, recall: pct(s.found, s.labels), predicted: p ? p.n : '-', precision: p ? pct(p.ok, p.n) : '-',
      F1: p ? f1(P, R) : '-', 'named speaker': s.named, right: pct(s.right, s.named), wrong: pct(s.wrong, s.named), via: pct(s.via, s.named), unknown: pct(s.unknown, s.named), 'pronoun/description src': s.pron,
    };
  });
  return [
    {
      title: `Attribution eval: ${files.length} files in ${dir}`,
      rows,
      notes: [
        'match: predicted span overlaps labeled content by >= 30% of their union; precision by predicted kind (direct+partial vs direct labels, reported vs reported labels, all vs all).',
        `speaker: among matched labels whose source is named (surname after dropping titles${legacySources ? '; --legacy-sources: descriptions such as "the Florida senator" count as named by their capital word' : '; descriptions such as "the Florida senator", "some Democrats" are left out like pronouns'}); unknown = predicted null speaker (not wrong); via = the label credits the channel the prediction gives as its via ("X said, according to CNN" labeled as CNN's: speaker X, via CNN), neither right nor wrong.`,
        'split quotes: halves the extractor marks with `continues` are scored as one content (first start to last end), as the labels score a discontinuous content.',
        `headlines: ${opts.headlines === false ? 'off (--no-headlines)' : 'the headline block before the body is read with extractHeadlineQuotes (same extractor; offsets map to the file)'}.`,
        `extraction time: ${ms.toFixed(0)} ms`,
      ],
    },
    { title: `Wrong named speakers (${wrong.length})`, rows: wrong.length ? wrong : [{ none: '-' }] },
    ...(opts.falsePositives ? [{ title: `Predictions matching no label (${spurious.length})`, rows: spurious.length ? spurious : [{ none: '-' }] }] : []),
    ...(opts.unknowns ? [{ title: `Named sources predicted unknown (${unknown.length})`, rows: unknown.length ? unknown : [{ none: '-' }] }] : []),
    ...(opts.misses ? [{ title: `Labeled contents with no matching prediction (${missed.length}; nearest overlap below 30% shown)`, rows: missed.length ? missed : [{ none: '-' }] }] : []),
  ];
}

/**
 * One table with a column per split: each category's recall, precision and speaker figures side by
 * side (train beside dev shows the gap between what was built on and what was not).
 */
export function sideBySide(results: { name: string; table: BenchTable }[]): BenchTable {
  const measures = ['labeled', 'recall', 'precision', 'F1', 'named speaker', 'right', 'wrong', 'via', 'unknown'] as const;
  const rows: Record<string, string | number>[] = [];
  for (const cat of ['direct', 'reported', 'other', 'all']) {
    for (const m of measures) {
      const row: Record<string, string | number> = { attributions: cat, measure: m };
      for (const r of results) row[r.name] = r.table.rows.find((x) => x.attributions === cat)?.[m] ?? '-';
      rows.push(row);
    }
  }
  return { title: `Attribution eval side by side: ${results.map((r) => r.name).join(' | ')}`, rows, notes: results.flatMap((r) => (r.table.notes ?? []).filter((n) => n.startsWith('extraction time')).map((n) => `${r.name} ${n}`)) };
}

/** The default splits: polnear-{train,dev} of the shared eval material (see sharedEvalDir), when there. */
export function defaultDirs(from = process.cwd()): string[] {
  const e = sharedEvalDir(from);
  const dirs = [join(e, 'polnear-train'), join(e, 'polnear-dev')];
  return dirs.every((d) => existsSync(d)) ? dirs : [];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  let dirs = args.filter((a) => !a.startsWith('--'));
  if (!dirs.length) dirs = defaultDirs();
  if (!dirs.length) {
    console.error('usage: npm run eval -- DIR [DIR ...] [--misses] [--unknowns] [--false-positives] [--no-headlines] [--no-model] [--legacy-sources] [--no-who-said]\n(with no DIR: ../shared/eval/polnear-train and polnear-dev, when found, then the who-said questions)');
    process.exit(2);
  }
  for (const d of dirs) {
    if (!existsSync(d)) {
      console.error(`eval: no such directory: ${d}`);
      process.exit(2);
    }
  }
  setLegacySources(args.includes('--legacy-sources'));
  const opts = { misses: args.includes('--misses'), unknowns: args.includes('--unknowns'), headlines: !args.includes('--no-headlines'), falsePositives: args.includes('--false-positives'), noModel: args.includes('--no-model') };
  const results: { name: string; table: BenchTable }[] = [];
  for (const d of dirs) {
    const tables = await evaluate(d, opts);
    results.push({ name: basename(resolve(d)), table: tables[0] });
    if (dirs.length === 1) for (const t of tables) console.log(formatTable(t) + '\n');
    else for (const t of tables.slice(1)) console.log(formatTable({ ...t, title: `${basename(resolve(d))}: ${t.title}` }) + '\n');
  }
  if (dirs.length > 1) console.log(formatTable(sideBySide(results)));
  // With no DIR (the shared PolNeAR splits), the who-said questions too (`npm run eval:who-said` alone).
  if (!args.some((a) => !a.startsWith('--')) && !args.includes('--no-who-said')) {
    const { polnearStore } = await import('./polnear-store.ts');
    const { evaluateWhoSaid, whoSaidTables } = await import('./eval-who-said.ts');
    const store = await polnearStore((m) => console.error(m));
    for (const t of whoSaidTables(await evaluateWhoSaid(store))) console.log(`\n${formatTable(t)}`);
    await store.close();
  }
}
