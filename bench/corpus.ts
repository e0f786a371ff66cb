/**
 * Real-shaped articles for benchmarks: the seeds, the sample fixtures, and (when present beside the
 * project) the PolNeAR development articles, replicated with new ids, dates and topics.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readArticles } from '../src/articles/index.ts';
import { extractFacts } from '../src/facts/index.ts';
import type { Article } from '../src/articles/article.ts';
import type { Facts } from '../src/facts/schema.ts';
import { TopicSchema, type Topic } from '../src/briefing/topic.ts';

export const ROOT = join(import.meta.dirname, '..');
/**
 * The shared eval material (`shared/eval`, with polnear-metadata.tsv and the splits): BRIEFBOT_EVAL_DIR,
 * else beside the checkout or beside one of its parents (a git worktree sits a level deeper).
 */
export function sharedEvalDir(from = ROOT): string {
  if (process.env.BRIEFBOT_EVAL_DIR) return resolve(process.env.BRIEFBOT_EVAL_DIR);
  for (let d = resolve(from), i = 0; i < 5; i++, d = dirname(d)) {
    const e = join(d, '..', 'shared', 'eval');
    if (existsSync(join(e, 'polnear-metadata.tsv'))) return e;
  }
  return resolve(from, '../shared/eval');
}
export const EVAL_DIR = join(sharedEvalDir(), 'polnear-dev');

export interface Template {
  article: Article;
  facts: Facts;
  articleJson: string;
  factsJson: string;
}

export async function templates(): Promise<Template[]> {
  const dirs = [join(ROOT, 'seeds'), join(ROOT, 'test/fixtures/briefing'), EVAL_DIR].filter((d) => existsSync(d));
  const { articles } = await readArticles(dirs);
  return articles.map((article) => {
    const facts = extractFacts(article);
    return { article, facts, articleJson: JSON.stringify(article), factsJson: JSON.stringify(facts) };
  });
}

/** The i-th generated article: a template with a new id, headline suffix and date. */
export function generated(t: Template, i: number): { article: Article; facts: Facts } {
  const id = `g${i.toString(16).padStart(15, '0')}`;
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86400e3).toISOString().slice(0, 10);
  const article = JSON.parse(t.articleJson.split(t.article.id).join(id)) as Article;
  article.headline = `${article.headline} #${i}`;
  article.published = day;
  const facts = JSON.parse(t.factsJson.split(t.article.id).join(id)) as Facts;
  return { article, facts };
}

/** What the bench's topics are about, two words each: their cards have developments and quotes, as a real topic's have. */
const BENCH_TERMS = ['Trump', 'Clinton', 'campaign', 'Republican', 'Obama', 'election', 'debate', 'voters', 'tax', 'Democrat', 'police', 'Congress', 'Senate', 'Sanders', 'Russia'];

/** The 101 topics of the generated archive (`generatedTopics` assigns them). */
export const BENCH_TOPICS: Topic[] = [
  TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on ending the war in Ukraine', match: { terms: ['Ukraine'] } }),
  ...Array.from({ length: 100 }, (_, k) =>
    TopicSchema.parse({ id: `topic-${k}`, title: `Topic ${k}`, match: { terms: [BENCH_TERMS[k % BENCH_TERMS.length], BENCH_TERMS[(k * 4 + 1) % BENCH_TERMS.length]] } }),
  ),
];

/** Topics of the i-th generated article: one of 100 topics, and every tenth also ukraine-talks. */
export function generatedTopics(i: number): string[] {
  return i % 10 === 0 ? ['ukraine-talks', `topic-${i % 100}`] : [`topic-${i % 100}`];
}
