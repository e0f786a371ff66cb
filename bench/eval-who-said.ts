/**
 * `npm run eval:who-said`: who-said questions a newsroom asks, over the PolNeAR train and dev
 * articles (../shared/eval) ingested the real way into a SQLite store under .scratch/ (cached), asked
 * through the real command path (/who-said). Each question names the speaker(s) whose words a
 * right answer must contain, and speakers it must not contain; a person question accepts no one
 * else. Prints, for train and dev: right in the top 5, wrong speakers in the top 5, refusals, and
 * items that are not the stored words of their speaker. `--show` prints every answer.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { runCommand } from '../src/commands/run.ts';
import { findCommand } from '../src/commands/registry.ts';
import type { CommandContext } from '../src/commands/command.ts';
import type { WhoSaidResult } from '../src/briefing/who-said.ts';
import { keyParts, orgKey, personKey } from '../src/briefing/people.ts';
import type { Store } from '../src/store/store.ts';
import { formatTable, type BenchTable } from './table.ts';
import { polnearStore } from './polnear-store.ts';

export interface EvalQuestion {
  q: string;
  /** Which articles the question is about (questions on dev name people; no rule was tuned on dev). */
  set: 'train' | 'dev';
  /** Speakers whose words the top 5 must contain (every one of them). */
  must: string[];
  /** Speakers also acceptable in the top 5 (another name the articles use for the same speaker). */
  may?: string[];
  /** Speakers whose words must not be in the top 5. */
  not?: string[];
  /** Nobody but `must`/`may` is acceptable (questions about one person). */
  only?: boolean;
}

const p = (q: string, who: string, set: 'train' | 'dev' = 'train', not: string[] = []): EvalQuestion => ({ q, set, must: [who], not, only: true });

/** Written from the 2016 campaign as reported (train: 2015-11 to 2016-09-07; dev: 2016-09-08 to 2016-10-07). */
export const QUESTIONS: EvalQuestion[] = [
  // A surname alone: the most prominent person with it.
  p('Comey', 'James Comey'),
  p('Sanders', 'Bernie Sanders', 'train', ['Jane Sanders']),
  p('Trump', 'Donald Trump', 'train', ['Eric Trump', 'Ivanka Trump', 'Melania Trump', 'Donald Trump Jr.']),
  p('Clinton', 'Hillary Clinton', 'train', ['Bill Clinton', 'Chelsea Clinton']),
  p('Weiner', 'Anthony Weiner'),
  p('Kasich', 'John Kasich'),
  p('Rubio', 'Marco Rubio'),
  p('Cruz', 'Ted Cruz'),
  p('Manafort', 'Paul Manafort'),
  p('Biden', 'Joe Biden'),
  p('Reid', 'Harry Reid'),
  p('Obama', 'Barack Obama', 'train', ['Michelle Obama']),
  p('Podesta', 'John Podesta'),
  p('Kaine', 'Tim Kaine', 'dev'),
  p('Pence', 'Mike Pence', 'dev'),
  // A full name, with middle names, initials, titles and short given names.
  p('James B. Comey', 'James Comey'),
  p('Donald J. Trump', 'Donald Trump', 'train', ['Eric Trump']),
  p('Hillary Rodham Clinton', 'Hillary Clinton', 'train', ['Bill Clinton']),
  p('Eric Trump', 'Eric Trump', 'train', ['Donald Trump']),
  p('Bill Clinton', 'Bill Clinton', 'train', ['Hillary Clinton']),
  p('Sen. Bernie Sanders', 'Bernie Sanders'),
  p('Mr. Trump', 'Donald Trump'),
  p('Paul Ryan', 'Paul Ryan'),
  p('Elizabeth Warren', 'Elizabeth Warren'),
  p('Jeb Bush', 'Jeb Bush', 'train', ['George W. Bush']),
  p('Joseph Biden', 'Joe Biden'),
  p('Gary Johnson', 'Gary Johnson', 'dev'),
  p('Hillary Clinton', 'Hillary Clinton', 'dev', ['Bill Clinton']),
  // "exact phrase" and who said X.
  { q: 'who said "extremely careless"', set: 'train', must: ['James Comey'], may: ['FBI'] },
  { q: 'who said "founder of ISIS"', set: 'train', must: ['Donald Trump'] },
  { q: '"Second Amendment people"', set: 'train', must: ['Donald Trump'] },
  { q: 'who said "damn emails"', set: 'train', must: ['Bernie Sanders'] },
  { q: 'who said "no reasonable prosecutor"', set: 'train', must: ['James Comey'], may: ['FBI'] },
  { q: 'who said Little Marco', set: 'train', must: ['Donald Trump'] },
  { q: 'who said deplorables', set: 'dev', must: ['Hillary Clinton'], not: ['Donald Trump', 'Mike Pence'] },
  // What did X say (about Y).
  p('what did Trump say about Mexico', 'Donald Trump'),
  p('what did Comey say about the emails', 'James Comey'),
  p('what did Sanders say about Wall Street', 'Bernie Sanders'),
  p('what did Clinton say about Trump', 'Hillary Clinton'),
  p('what did Obama say about Trump', 'Barack Obama'),
  p('what did Donald Trump say about the debate', 'Donald Trump'),
  p('what did Trump say about the wall', 'Donald Trump'),
  p('what did Biden say about Trump', 'Joe Biden'),
  p('what did Sanders say about the delegates', 'Bernie Sanders'),
  p('what did Trump say about Obama', 'Donald Trump', 'dev'),
  p('what did Clinton say about Trump’s taxes', 'Hillary Clinton', 'dev'),
  p('what did Pence say about Clinton', 'Mike Pence', 'dev'),
  p('what did Trump say about Machado', 'Donald Trump', 'dev'),
  p('what did Obama say about Clinton', 'Barack Obama', 'dev'),
  p('Sanders', 'Bernie Sanders', 'dev'),
  p('Robby Mook', 'Robby Mook', 'dev'),
  // Did anyone deny / confirm; where does X stand.
  { q: 'did anyone deny the AP report', set: 'train', must: ['Brian Fallon'] },
  { q: 'who denied a campaign shakeup', set: 'train', must: ['Barry Bennett'] },
  { q: 'did anyone deny the Politico report', set: 'train', must: ['Donald Trump'], not: ['Jeb Bush'] },
  { q: 'who denied any wrongdoing', set: 'train', must: ['Clinton campaign'] },
  { q: 'where does the Clinton campaign stand on emails', set: 'train', must: ['Clinton campaign'], may: ['Hillary Clinton', 'Brian Fallon', 'Jennifer Palmieri', 'Robby Mook', 'John Podesta', 'Nick Merrill'] },
  p('where does Trump stand on trade', 'Donald Trump'),
  p('where does Sanders stand on trade', 'Bernie Sanders'),
  p('where does Clinton stand on guns', 'Hillary Clinton'),
];

interface Outcome {
  q: EvalQuestion;
  right: boolean;
  wrong: string[];
  refused: boolean;
  unfaithful: string[];
  result: WhoSaidResult | null;
  ms: number;
}

/**
 * The judge's ground truth where one person's names have two identity keys: a generational suffix
 * is its own key (Donald Trump Jr. is not Donald Trump), but The New York Times names Joe Biden
 * "Joseph R. Biden Jr.".
 */
const SAME_PERSON: Record<string, string> = { 'josef biden jr': 'josef biden' };

/** One key per speaker: a person's given name, surname and generational suffix (middle names, titles aside), or an organisation's key. */
const who = (s: string | null) => {
  const k = s ? (personKey(s)?.includes(' ') ? personKey(s)! : orgKey(s)) : '';
  return SAME_PERSON[k] ?? k;
};

/**
 * Who an item's speaker is, for judging: a surname alone ("Mr. Obama") is the one person of its
 * article with that surname in full, when there is exactly one; otherwise it stays a surname
 * (and is never right for a question about one person).
 */
async function judgeSpeaker(store: Store, it: WhoSaidResult['items'][number]): Promise<string> {
  const k = who(it.speaker);
  if (it.speakerType !== 'person' || personKey(it.speaker ?? '')?.includes(' ')) return k;
  const people = (await store.getArticle(it.source.articleId))?.facts.people ?? [];
  const full = new Set(people.filter((x) => x.kind === 'person' && personKey(x.name)?.includes(' ') && keyParts(personKey(x.name)!).surname === personKey(it.speaker ?? '')).map((x) => personKey(x.name)!));
  return full.size === 1 ? (SAME_PERSON[[...full][0]] ?? [...full][0]) : k;
}

/** An item's words are stored for that speaker in that article, verbatim when quoted. */
async function faithful(store: Store, r: WhoSaidResult): Promise<string[]> {
  const bad: string[] = [];
  for (const it of r.items) {
    const a = await store.getArticle(it.source.articleId);
    const f = a?.facts;
    const ok =
      !!f &&
      (f.quotes.some((q) => q.speaker === it.speaker && q.text === it.text) || f.claims.some((c) => c.by === it.speaker && c.text === it.text) || f.positions.some((p) => (p.by ?? p.party) === it.speaker && p.stance === it.text));
    if (!ok || (it.kind !== 'reported' && !a!.article.body.includes(it.text))) bad.push(`${it.speaker}: ${it.text.slice(0, 60)}`);
  }
  return bad;
}

export async function evaluateWhoSaid(store: Store, questions = QUESTIONS): Promise<Outcome[]> {
  const cmd = findCommand('who-said')!;
  const ctx: CommandContext = { store, config: loadConfig({}), now: () => new Date('2016-10-08T00:00:00Z'), caller: { platform: 'cli', workspace: '', channel: 'eval', user: 'eval', canManage: false } };
  const out: Outcome[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const reply = await runCommand(ctx, cmd, { query: q.q });
    const ms = performance.now() - t0;
    const result = reply.type === 'quotes' ? reply.result : null;
    const items = result?.items.slice(0, 5) ?? [];
    const speakers: string[] = [];
    for (const it of items) speakers.push(await judgeSpeaker(store, it));
    const must = q.must.map(who);
    const ok = new Set([...must, ...(q.may ?? []).map(who)]);
    const not = new Set((q.not ?? []).map(who));
    const wrong = items.filter((_, i) => not.has(speakers[i]) || (q.only && !ok.has(speakers[i]))).map((i) => `${i.speaker}: ${i.text.slice(0, 50)}`);
    const refused = !items.length && /not sure who you mean/.test(result?.note ?? '');
    out.push({ q, right: must.every((m) => speakers.includes(m)) && !wrong.length, wrong, refused, unfaithful: result ? await faithful(store, result) : ['no answer'], result, ms });
  }
  return out;
}

export function whoSaidTables(outcomes: Outcome[]): BenchTable[] {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
  const rows = (['train', 'dev', 'all'] as const).map((set) => {
    const o = outcomes.filter((x) => set === 'all' || x.q.set === set);
    const ms = o.map((x) => x.ms).sort((a, b) => a - b);
    return {
      questions: set,
      n: o.length,
      'right in top 5': pct(o.filter((x) => x.right).length, o.length),
      'wrong speakers in top 5': o.reduce((n, x) => n + x.wrong.length, 0),
      refusals: o.filter((x) => x.refused).length,
      'not stored words': o.reduce((n, x) => n + x.unfaithful.length, 0),
      'p50 ms': ms.length ? ms[Math.floor(ms.length / 2)].toFixed(1) : '-',
    };
  });
  const misses = outcomes.filter((x) => !x.right || x.unfaithful.length).map((x) => ({
    set: x.q.set,
    question: x.q.q,
    expected: x.q.must.join(', '),
    got: [...new Set(x.result?.items.map((i) => i.speaker) ?? [])].join(', ') || `(none) ${x.result?.note?.slice(0, 60) ?? ''}`,
    wrong: x.wrong.join(' | ').slice(0, 120) || '-',
  }));
  return [
    { title: `Who-said eval: ${outcomes.length} questions over PolNeAR train + dev (asked through /who-said)`, rows, notes: ['right: every expected speaker among the top 5 and no wrong one; wrong: a speaker the question excludes (a person question accepts only that person).', 'refusal: "not sure who you mean" with nothing attributed.'] },
    { title: `Questions not answered right (${misses.length})`, rows: misses.length ? misses : [{ none: '-' }] },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = await polnearStore((s) => console.error(s));
  const outcomes = await evaluateWhoSaid(store);
  if (process.argv.includes('--show')) {
    for (const o of outcomes) {
      console.log(`\n## [${o.q.set}] ${o.q.q} → ${o.result?.interpretation ?? ''} ${o.right ? 'RIGHT' : 'WRONG'}${o.result?.note ? ` | ${o.result.note}` : ''}`);
      for (const it of o.result?.items ?? []) console.log(`  - [${it.speaker}] (${it.kind}) ${it.text.slice(0, 100)}`);
    }
  }
  for (const t of whoSaidTables(outcomes)) console.log(formatTable(t) + '\n');
  await store.close();
}
