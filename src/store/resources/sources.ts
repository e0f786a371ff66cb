import { joinSql, raw, sql } from '../sql.ts';
import { sourceFromRow } from '../rows.ts';
import { NewSourceSchema, type NewSource, type Source, type SourcePollUpdate } from '../source.ts';
import type { StoreContext } from './context.ts';

/** Add a source, due at once; a known location only gets the new interval (created=false). */
export async function addSource(s: StoreContext, input: NewSource): Promise<{ source: Source; created: boolean }> {
  const src = NewSourceSchema.parse(input);
  const now = s.now();
  const { row, existed } = await s.db.d.upsert(
    s.db,
    sql`INSERT INTO sources (kind, location, every_seconds, created_at, next_due_at) VALUES (${src.kind}, ${src.location}, ${src.everySeconds}, ${now}, ${now})
        ON CONFLICT (location) DO UPDATE SET every_seconds = excluded.every_seconds RETURNING *`,
    sql`SELECT 1 AS one FROM sources WHERE location = ${src.location}`,
  );
  return { source: sourceFromRow(row), created: !existed };
}

export async function listSources(s: StoreContext): Promise<Source[]> {
  return (await s.db.all(sql`SELECT * FROM sources ORDER BY id`)).map(sourceFromRow);
}

export async function getSource(s: StoreContext, id: number): Promise<Source | null> {
  const r = await s.db.get(sql`SELECT * FROM sources WHERE id = ${id}`);
  return r ? sourceFromRow(r) : null;
}

export async function removeSource(s: StoreContext, id: number): Promise<boolean> {
  return (await s.db.run(sql`DELETE FROM sources WHERE id = ${id}`)) > 0;
}

/** The sources due at `now` (the longest due first), leased until `leaseUntil`; of several processes, each takes other sources. */
export async function claimDueSources(s: StoreContext, now: string, leaseUntil: string, limit = 16): Promise<Source[]> {
  const rows = await s.db.all(
    sql`UPDATE sources SET next_due_at = ${leaseUntil} WHERE id IN (
          SELECT id FROM sources WHERE next_due_at <= ${now} ORDER BY next_due_at, id LIMIT ${limit} ${s.db.d.skipLocked}
        ) RETURNING *`,
  );
  return rows.map(sourceFromRow).sort((a, b) => a.id - b.id);
}

/** Column values of a poll update, in a fixed order. */
function pollUpdateColumns(u: SourcePollUpdate): [string, unknown][] {
  const cols: [string, unknown][] = [
    ['last_fetch_at', u.lastFetchAt],
    ['next_due_at', u.nextDueAt],
    ['last_error', u.lastError],
    ['error_count', u.errorCount],
  ];
  if (u.lastSuccessAt !== undefined) cols.push(['last_success_at', u.lastSuccessAt]);
  if (u.format !== undefined) cols.push(['format', u.format]);
  if (u.etag !== undefined) cols.push(['etag', u.etag]);
  if (u.lastModified !== undefined) cols.push(['last_modified', u.lastModified]);
  if (u.state !== undefined) cols.push(['state_json', u.state === null ? null : JSON.stringify(u.state)]);
  return cols;
}

/** Record a poll: state, next due time, error; `articlesTaken` is added to the total. */
export async function recordSourcePoll(s: StoreContext, id: number, update: SourcePollUpdate): Promise<void> {
  const sets = joinSql(pollUpdateColumns(update).map(([c, v]) => sql`${raw(c)} = ${v}`));
  await s.db.run(sql`UPDATE sources SET ${sets}, articles_taken = articles_taken + ${update.articlesTaken} WHERE id = ${id}`);
}
