/** Row mapping for digest_runs, shared by the SQLite and PostgreSQL stores. */
import type { DigestRun } from './store.ts';

export function digestRunFromRow(r: Record<string, unknown>): DigestRun {
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    subscriptionId: Number(r.subscription_id),
    slot: String(r.slot),
    kind: r.kind === 'on-demand' ? 'on-demand' : 'scheduled',
    status: r.status as DigestRun['status'],
    attempts: Number(r.attempts),
    claimedBy: s(r.claimed_by),
    claimedAt: s(r.claimed_at),
    postedAt: s(r.posted_at),
    coveredUntil: s(r.covered_until),
    nextAttemptAt: s(r.next_attempt_at),
    error: s(r.error),
  };
}

/** SQL shared by both engines (positional parameters are written per engine). */
export const SUPERSEDED = ' (no retry: a later digest was claimed)';
