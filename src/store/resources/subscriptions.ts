import { sql, typed } from '../sql.ts';
import { digestRunFromRow, subscriptionFromRow } from '../rows.ts';
import {
  SubscriptionSchema,
  type DigestClaim,
  type DigestOutcome,
  type DigestRun,
  type DigestRunStatus,
  type Subscription,
  type SubscriptionInput,
} from '../store.ts';
import type { StoreContext } from './context.ts';

/** Added to the error of a failed run whose retry a later run's claim ended. */
export const SUPERSEDED = ' (no retry: a later digest was claimed)';

const channelIs = (platform: string, workspace: string, channel: string) => sql`platform = ${platform} AND workspace = ${workspace} AND channel = ${channel}`;

/** Subscribe a channel; a channel already subscribed gets the topics added and the new time, zone and quiet-day rule. */
export async function addSubscription(s: StoreContext, input: SubscriptionInput): Promise<Subscription> {
  const sub = SubscriptionSchema.parse(input);
  const channel = channelIs(sub.platform, sub.workspace, sub.channel);
  return s.db.tx(async (db) => {
    const cur = await db.get(sql`SELECT * FROM subscriptions WHERE ${channel} ${db.d.forUpdate}`);
    if (cur) {
      const topics = [...new Set([...(JSON.parse(cur.topics_json as string) as string[]), ...sub.topics])].sort();
      await db.run(sql`UPDATE subscriptions SET topics_json = ${JSON.stringify(topics)}, time = ${sub.time}, timezone = ${sub.timezone}, quiet_day = ${sub.quietDay} WHERE id = ${cur.id}`);
    } else {
      await db.run(
        sql`INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at)
            VALUES (${sub.platform}, ${sub.workspace}, ${sub.channel}, ${JSON.stringify([...new Set(sub.topics)].sort())}, ${sub.time}, ${sub.timezone}, ${sub.quietDay}, ${s.now()})
            ON CONFLICT (platform, workspace, channel) DO NOTHING`,
      );
    }
    return subscriptionFromRow((await db.get(sql`SELECT * FROM subscriptions WHERE ${channel}`))!);
  });
}

export async function restoreSubscription(s: StoreContext, sub: Subscription): Promise<Subscription> {
  await s.db.run(
    sql`INSERT INTO subscriptions (platform, workspace, channel, topics_json, time, timezone, quiet_day, created_at, last_posted_slot, last_posted_at)
        VALUES (${sub.platform}, ${sub.workspace}, ${sub.channel}, ${JSON.stringify(sub.topics)}, ${sub.time}, ${sub.timezone}, ${sub.quietDay}, ${sub.createdAt ?? s.now()}, ${sub.lastPostedSlot}, ${sub.lastPostedAt})
        ON CONFLICT (platform, workspace, channel) DO UPDATE SET topics_json = excluded.topics_json, time = excluded.time, timezone = excluded.timezone,
          quiet_day = excluded.quiet_day, created_at = excluded.created_at, last_posted_slot = excluded.last_posted_slot, last_posted_at = excluded.last_posted_at`,
  );
  return (await listSubscriptions(s, { platform: sub.platform, workspace: sub.workspace, channel: sub.channel }))[0];
}

/** Take one topic off a channel's subscription (the last one removes it). */
export async function removeSubscription(s: StoreContext, platform: string, workspace: string, channel: string, topic: string): Promise<boolean> {
  return s.db.tx(async (db) => {
    const cur = await db.get(sql`SELECT * FROM subscriptions WHERE ${channelIs(platform, workspace, channel)} ${db.d.forUpdate}`);
    if (!cur) return false;
    const all = JSON.parse(cur.topics_json as string) as string[];
    const topics = all.filter((t) => t !== topic);
    if (topics.length === all.length) return false;
    if (!topics.length) await db.run(sql`DELETE FROM subscriptions WHERE id = ${cur.id}`);
    else await db.run(sql`UPDATE subscriptions SET topics_json = ${JSON.stringify(topics)} WHERE id = ${cur.id}`);
    return true;
  });
}

export async function listSubscriptions(s: StoreContext, filter: { platform?: string; workspace?: string; channel?: string } = {}): Promise<Subscription[]> {
  const rows = await s.db.all(
    sql`SELECT * FROM subscriptions WHERE (${typed(filter.platform, 'text')} IS NULL OR platform = ${filter.platform})
          AND (${typed(filter.workspace, 'text')} IS NULL OR workspace = ${filter.workspace}) AND (${typed(filter.channel, 'text')} IS NULL OR channel = ${filter.channel}) ORDER BY id`,
  );
  return rows.map(subscriptionFromRow);
}

export async function getSubscription(s: StoreContext, id: number): Promise<Subscription | null> {
  const r = await s.db.get(sql`SELECT * FROM subscriptions WHERE id = ${id}`);
  return r ? subscriptionFromRow(r) : null;
}

// --- digest runs: exactly-once bookkeeping. A unique insert claims a slot; a due retry is re-claimed
// by one process (SKIP LOCKED on PostgreSQL; SQLite's write transactions take turns).

export async function claimDigestRun(s: StoreContext, subscriptionId: number, slot: string, opts: { by: string; now: string; kind?: DigestRun['kind'] }): Promise<DigestClaim> {
  return s.db.tx(async (db): Promise<DigestClaim> => {
    const sub = await db.get(sql`SELECT * FROM subscriptions WHERE id = ${subscriptionId} ${db.d.forKeyShare}`);
    if (!sub) return { claimed: false, run: null, reason: 'gone' };
    const run =
      (await db.get(
        sql`INSERT INTO digest_runs (subscription_id, slot, kind, status, attempts, claimed_by, claimed_at)
            VALUES (${subscriptionId}, ${slot}, ${opts.kind ?? 'scheduled'}, 'claimed', 1, ${opts.by}, ${opts.now}) ON CONFLICT (subscription_id, slot) DO NOTHING RETURNING *`,
      )) ??
      (await db.get(
        sql`UPDATE digest_runs SET status = 'claimed', attempts = attempts + 1, claimed_by = ${opts.by}, claimed_at = ${opts.now}, next_attempt_at = NULL
            WHERE id = (
              SELECT r.id FROM digest_runs r
              WHERE r.subscription_id = ${subscriptionId} AND r.slot = ${slot} AND r.status = 'failed' AND r.next_attempt_at IS NOT NULL AND r.next_attempt_at <= ${opts.now}
                AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = r.subscription_id AND n.slot > r.slot)
              ${db.d.skipLocked})
            RETURNING *`,
      ));
    if (!run) {
      const cur = await db.get(sql`SELECT * FROM digest_runs WHERE subscription_id = ${subscriptionId} AND slot = ${slot}`);
      return { claimed: false, run: cur ? digestRunFromRow(cur) : null, reason: 'exists' };
    }
    await db.run(
      sql`UPDATE digest_runs SET next_attempt_at = NULL, error = coalesce(error, '') || ${SUPERSEDED}
          WHERE subscription_id = ${subscriptionId} AND slot < ${slot} AND status = 'failed' AND next_attempt_at IS NOT NULL`,
    );
    const covered = (await db.get(sql`SELECT max(covered_until) AS c FROM digest_runs WHERE subscription_id = ${subscriptionId} AND status = 'posted'`))?.c;
    // "What's new" starts where the last posted digest ended, else at the last post, else at the subscription.
    const since = (covered ?? sub.last_posted_at ?? sub.created_at ?? null) as string | null;
    return { claimed: true, run: digestRunFromRow(run), subscription: subscriptionFromRow(sub), since };
  });
}

export async function finishDigestRun(s: StoreContext, runId: number, by: string, outcome: DigestOutcome): Promise<boolean> {
  return s.db.tx(async (db) => {
    const run = await db.get(sql`SELECT * FROM digest_runs WHERE id = ${runId} AND status = 'claimed' AND claimed_by = ${by} ${db.d.forUpdate}`);
    if (!run) return false;
    if (outcome.status === 'posted') {
      await db.run(sql`UPDATE digest_runs SET status = 'posted', posted_at = ${outcome.at}, covered_until = ${outcome.coveredUntil}, next_attempt_at = NULL, error = NULL WHERE id = ${runId}`);
      await db.run(
        sql`UPDATE subscriptions SET last_posted_slot = ${run.slot}, last_posted_at = ${outcome.at}
            WHERE id = ${run.subscription_id} AND (last_posted_slot IS NULL OR last_posted_slot <= ${run.slot})`,
      );
    } else if (outcome.status === 'failed') {
      await db.run(sql`UPDATE digest_runs SET status = 'failed', error = ${outcome.error}, next_attempt_at = ${outcome.nextAttemptAt} WHERE id = ${runId}`);
    } else {
      await db.run(sql`UPDATE digest_runs SET status = 'skipped', error = ${outcome.reason}, next_attempt_at = NULL WHERE id = ${runId}`);
    }
    return true;
  });
}

export async function skipDigestRun(s: StoreContext, subscriptionId: number, slot: string, reason: string, now: string): Promise<boolean> {
  try {
    const n = await s.db.run(
      sql`INSERT INTO digest_runs (subscription_id, slot, status, claimed_at, error)
          SELECT ${subscriptionId}, ${slot}, 'skipped', ${now}, ${reason} WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = ${subscriptionId})
          ON CONFLICT (subscription_id, slot) DO NOTHING`,
    );
    return n > 0;
  } catch (e) {
    if (s.db.d.isForeignKeyViolation(e)) return false; // the subscription went away meanwhile
    throw e;
  }
}

export async function dueDigestRetries(s: StoreContext, now: string): Promise<DigestRun[]> {
  const rows = await s.db.all(
    sql`SELECT * FROM digest_runs r WHERE status = 'failed' AND next_attempt_at IS NOT NULL AND next_attempt_at <= ${now}
          AND NOT EXISTS (SELECT 1 FROM digest_runs n WHERE n.subscription_id = r.subscription_id AND n.slot > r.slot)
        ORDER BY next_attempt_at, id`,
  );
  return rows.map(digestRunFromRow);
}

export async function expireDigestClaims(s: StoreContext, claimedBefore: string, now: string): Promise<DigestRun[]> {
  const rows = await s.db.all(
    sql`UPDATE digest_runs SET status = 'failed', next_attempt_at = NULL,
          error = 'abandoned at ' || ${now} || ': claimed by ' || coalesce(claimed_by, '?') || ' at ' || claimed_at || ' and never finished (not re-posted, in case it went out)'
        WHERE status = 'claimed' AND claimed_at < ${claimedBefore} RETURNING *`,
  );
  return rows.map(digestRunFromRow).sort((a, b) => a.id - b.id);
}

export async function listDigestRuns(s: StoreContext, filter: { subscriptionId?: number; status?: DigestRunStatus; since?: string } = {}): Promise<DigestRun[]> {
  const rows = await s.db.all(
    sql`SELECT * FROM digest_runs WHERE (${typed(filter.subscriptionId, 'int')} IS NULL OR subscription_id = ${filter.subscriptionId})
          AND (${typed(filter.status, 'text')} IS NULL OR status = ${filter.status}) AND slot > ${filter.since ?? ''} ORDER BY slot, subscription_id`,
  );
  return rows.map(digestRunFromRow);
}
