import type { Topic } from '../briefing/topic.ts';
import type { Store } from '../store/store.ts';
import { UserError } from './command.ts';
import { editDistance } from '../briefing/edit-distance.ts';

export { editDistance };

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_–—-]+/g, '-').replace(/[^a-z0-9-]/g, '');

/** The known topic nearest to `input` (by id or title), with its distance. */
export function nearestTopic(input: string, topics: Topic[]): { topic: Topic; distance: number } | null {
  const n = norm(input);
  let best: { topic: Topic; distance: number } | null = null;
  for (const t of topics) {
    const d = Math.min(editDistance(n, t.id), editDistance(n, norm(t.title)), t.id.startsWith(n) && n.length >= 3 ? 1 : Infinity);
    if (!best || d < best.distance) best = { topic: t, distance: d };
  }
  return best;
}

/** Match a topic forgivingly (case, dashes, spaces); an unknown one is a UserError listing the known topics. */
export async function resolveTopic(store: Store, input: string): Promise<Topic> {
  const topics = await store.listTopics();
  const n = norm(input);
  const exact = topics.find((t) => t.id === n || norm(t.title) === n);
  if (exact) return exact;
  const near = nearestTopic(input, topics);
  if (near && near.distance <= Math.max(1, Math.floor(n.length / 5)) && topics.filter((t) => nearestTopic(input, [t])!.distance === near.distance).length === 1) {
    return near.topic;
  }
  const known = topics.map((t) => t.id).join(', ') || 'none yet';
  const hint = near && near.distance <= Math.max(3, n.length / 2) ? ` Did you mean "${near.topic.id}"?` : '';
  throw new UserError(`Unknown topic "${input.slice(0, 80)}".${hint} Known topics: ${known}.`);
}
