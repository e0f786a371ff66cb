import { sql } from '../sql.ts';
import { readJson } from '../rows.ts';
import { TopicSchema, type Topic } from '../topic.ts';
import type { StoreContext } from './context.ts';
import { bumpTopics, bumpVersion } from './versions.ts';

/** JSON with every object's keys in order: the same value, the same text. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}

/**
 * Store these topics' definitions. Only a topic that is new or changed is written and moves its
 * data version (a bot syncing its briefing files at every start keeps its answers and stories).
 */
export async function upsertTopics(s: StoreContext, topics: Topic[]): Promise<void> {
  // One row a topic id (the last given wins), as one statement may not update a row twice.
  const byId = new Map(topics.map((t) => [t.id, t]));
  await s.db.tx(async (db) => {
    // compared with their keys in order (PostgreSQL's JSONB keeps its own order)
    const stored = new Map((await db.all(sql`SELECT id, json FROM topics`)).map((r) => [r.id as string, canonical(readJson(r.json))]));
    const changed = [...byId.values()].filter((t) => stored.get(t.id) !== canonical(t)).map((t) => [t.id, JSON.stringify(t)]);
    if (!changed.length) return;
    await db.insertRows('topics', ['id', 'json'], changed, 'ON CONFLICT (id) DO UPDATE SET json = excluded.json');
    await bumpTopics(db, changed.map(([id]) => id as string));
    await bumpVersion(db);
  });
}

export async function listTopics(s: StoreContext): Promise<Topic[]> {
  return (await s.db.all(sql`SELECT json FROM topics ORDER BY id`)).map((r) => TopicSchema.parse(readJson(r.json)));
}
