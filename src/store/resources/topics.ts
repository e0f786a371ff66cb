import { sql } from '../sql.ts';
import { readJson } from '../rows.ts';
import { TopicSchema, type Topic } from '../topic.ts';
import type { StoreContext } from './context.ts';
import { bumpTopics, bumpVersion } from './versions.ts';

export async function upsertTopics(s: StoreContext, topics: Topic[]): Promise<void> {
  // One row a topic id (the last given wins), as one statement may not update a row twice.
  const byId = new Map(topics.map((t) => [t.id, t]));
  await s.db.tx(async (db) => {
    await db.insertRows('topics', ['id', 'json'], [...byId.values()].map((t) => [t.id, JSON.stringify(t)]), 'ON CONFLICT (id) DO UPDATE SET json = excluded.json');
    await bumpTopics(db, topics.map((t) => t.id));
    await bumpVersion(db);
  });
}

export async function listTopics(s: StoreContext): Promise<Topic[]> {
  return (await s.db.all(sql`SELECT json FROM topics ORDER BY id`)).map((r) => TopicSchema.parse(readJson(r.json)));
}
