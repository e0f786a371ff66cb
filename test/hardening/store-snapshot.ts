/**
 * A fingerprint of a whole SQLite store: row counts per table and one SHA-256 over every row of
 * every table, in a fixed order. Equal fingerprints mean nothing was written.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface StoreSnapshot {
  counts: Record<string, number>;
  hash: string;
}

export function snapshot(db: Database.Database): StoreSnapshot {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'quotes_fts_%' ORDER BY name`).pluck().all() as string[]);
  const h = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    counts[t] = rows.length;
    h.update(`${t}\n${lines.join('\n')}\n`);
  }
  return { counts, hash: h.digest('hex') };
}
