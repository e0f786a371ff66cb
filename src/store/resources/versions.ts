import { sql } from '../sql.ts';
import type { Db } from '../db.ts';

/** Data versions for answer caches: one for the whole store, one per topic. */
export async function bumpVersion(db: Db): Promise<void> {
  await db.run(sql`UPDATE store_meta SET value = value + 1 WHERE key = 'data_version'`);
}

/** Each topic once, in order (several processes bumping the same topics lock them in one order). */
export async function bumpTopics(db: Db, topics: string[]): Promise<void> {
  const rows = [...new Set(topics)].sort().map((t) => [t, 1]);
  await db.insertRows('topic_versions', ['topic', 'version'], rows, 'ON CONFLICT (topic) DO UPDATE SET version = topic_versions.version + 1');
}

export async function dataVersion(db: Db, topic?: string): Promise<number> {
  if (topic !== undefined) return Number((await db.get(sql`SELECT version FROM topic_versions WHERE topic = ${topic}`))?.version ?? 0);
  return Number((await db.get(sql`SELECT value FROM store_meta WHERE key = 'data_version'`))?.value);
}
