import { sql } from '../sql.ts';
import type { Db } from '../db.ts';
import type { StoreContext } from './context.ts';

/** A topic's story as read at this data version and format (see Store.getStory), or null. */
export async function getStory(db: Db, topic: string, version: number, format: string): Promise<string | null> {
  const r = await db.get(sql`SELECT json FROM stories WHERE topic = ${topic} AND version = ${version} AND format = ${format}`);
  return r ? String(r.json) : null;
}

export async function hasStory(db: Db, topic: string, version: number, format: string): Promise<boolean> {
  return !!(await db.get(sql`SELECT 1 AS one FROM stories WHERE topic = ${topic} AND version = ${version} AND format = ${format}`));
}

/** Keep a topic's story, unless one of a newer data version is kept already (a slow reader never overwrites a fresher story); no data version moves. */
export async function putStory(s: StoreContext, topic: string, version: number, format: string, json: string): Promise<void> {
  await s.db.insertRows('stories', ['topic', 'version', 'format', 'built_at', 'json'], [[topic, version, format, s.now(), json]], 'ON CONFLICT (topic) DO UPDATE SET version = excluded.version, format = excluded.format, built_at = excluded.built_at, json = excluded.json WHERE stories.version <= excluded.version');
}
