import type { Topic } from '../../src/briefing/topic.ts';

export interface Choice {
  name: string;
  value: string;
}

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Topic choices for what the user has typed so far: ids or titles starting with it first
 * (case-insensitive, dashes and spaces forgiven), then ones containing it; 25 at most.
 */
export function topicChoices(topics: Topic[], typed: string, max = 25): Choice[] {
  const q = norm(typed);
  const starts = (t: Topic) => norm(t.id).startsWith(q) || norm(t.title).startsWith(q) || t.title.toLowerCase().split(/\s+/).some((w) => norm(w).startsWith(q) && q.length > 0);
  const contains = (t: Topic) => norm(t.id).includes(q) || norm(t.title).includes(q);
  const first = topics.filter(starts);
  const then = topics.filter((t) => !first.includes(t) && contains(t));
  return [...first, ...then].slice(0, max).map((t) => {
    const name = `${t.id} — ${t.title}`;
    return { name: name.length <= 100 ? name : name.slice(0, 99) + '…', value: t.id.slice(0, 100) };
  });
}
