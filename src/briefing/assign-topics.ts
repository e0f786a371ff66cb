import type { Article } from '../articles/article.ts';
import type { Facts } from '../facts/schema.ts';
import type { Topic } from './topic.ts';

function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile a topic's match rules once. */
export function topicMatcher(topic: Topic): (article: Article, facts?: Facts) => boolean {
  const terms = topic.match.terms.map((t) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(foldAccents(t))}($|[^\\p{L}\\p{N}])`, 'u'));
  const people = topic.match.people.map((p) => foldAccents(p));
  const need = Math.min(topic.match.minTerms, Math.max(terms.length, 1));
  return (article, facts) => {
    const text = foldAccents(`${article.headline}\n${article.standfirst ?? ''}\n${article.body}`);
    let hits = 0;
    for (const re of terms) if (re.test(text)) hits++;
    if (terms.length && hits >= need) return true;
    if (!people.length) return false;
    const names = (facts?.people ?? []).flatMap((p) => [p.name, ...p.aliases]).map(foldAccents);
    return people.some((p) => names.includes(p) || text.includes(p));
  };
}

const compiled = new WeakMap<Topic, ReturnType<typeof topicMatcher>>();

/** The ids of every topic an article belongs to (sorted). Each topic's rules are compiled once. */
export function assignTopics(article: Article, facts: Facts | undefined, topics: Topic[]): string[] {
  return topics
    .filter((t) => {
      let match = compiled.get(t);
      if (!match) compiled.set(t, (match = topicMatcher(t)));
      return match(article, facts);
    })
    .map((t) => t.id)
    .sort();
}
