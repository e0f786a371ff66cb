import type { Topic } from '../../src/briefing/topic.ts';

export interface Choice {
  name: string;
  value: string;
}

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** How well a topic fits what was typed: 0 best; null no match. */
function rank(t: Topic, q: string): number | null {
  if (!q) return 0;
  if (norm(t.id).startsWith(q)) return 0;
  if (norm(t.title).startsWith(q)) return 1;
  const words = t.title.split(/\s+/).map(norm);
  if (words.some((_, i) => words.slice(i).join('').startsWith(q))) return 2;
  if (norm(t.id).includes(q) || norm(t.title).includes(q)) return 3;
  return null;
}

/**
 * Topic choices for what the user has typed so far (case-insensitive, dashes and spaces forgiven):
 * ids starting with it first, then titles, then title words, then anything containing it; 25 at most.
 */
export function topicChoices(topics: Topic[], typed: string, max = 25): Choice[] {
  const q = norm(typed);
  return topics
    .map((t) => ({ t, r: rank(t, q) }))
    .filter((x): x is { t: Topic; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.t.id.localeCompare(b.t.id))
    .slice(0, max)
    .map(({ t }) => {
      const name = `${t.id} — ${t.title}`;
      return { name: name.length <= 100 ? name : name.slice(0, 99) + '…', value: t.id.slice(0, 100) };
    });
}
