/** Rows (either engine) as the Store's types: every row mapper of the store, in one place. */
import type { PersonForm } from '../facts/person-forms.ts';
import type { Row } from './db.ts';
import { SourceSchema, type Source } from './source.ts';
import { SubscriptionSchema, type ArticleHead, type DigestRun, type QuoteHit, type Subscription } from './store.ts';

/** A JSON column: text on SQLite, parsed already by the driver on PostgreSQL (JSONB). */
export function readJson<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function subscriptionFromRow(r: Row): Subscription {
  return SubscriptionSchema.parse({
    id: r.id,
    platform: r.platform,
    workspace: r.workspace,
    channel: r.channel,
    topics: JSON.parse(r.topics_json as string),
    time: r.time,
    timezone: r.timezone,
    quietDay: r.quiet_day,
    createdAt: r.created_at,
    lastPostedSlot: r.last_posted_slot ?? null,
    lastPostedAt: r.last_posted_at ?? null,
  });
}

export function digestRunFromRow(r: Row): DigestRun {
  return {
    id: Number(r.id),
    subscriptionId: Number(r.subscription_id),
    slot: String(r.slot),
    kind: r.kind === 'on-demand' ? 'on-demand' : 'scheduled',
    status: r.status as DigestRun['status'],
    attempts: Number(r.attempts),
    claimedBy: text(r.claimed_by),
    claimedAt: text(r.claimed_at),
    postedAt: text(r.posted_at),
    coveredUntil: text(r.covered_until),
    nextAttemptAt: text(r.next_attempt_at),
    error: text(r.error),
  };
}

export function sourceFromRow(r: Row): Source {
  return SourceSchema.parse({
    id: Number(r.id),
    kind: r.kind,
    location: r.location,
    everySeconds: Number(r.every_seconds),
    format: r.format ?? null,
    etag: r.etag ?? null,
    lastModified: r.last_modified ?? null,
    state: r.state_json ? JSON.parse(r.state_json as string) : null,
    createdAt: r.created_at,
    nextDueAt: r.next_due_at,
    lastFetchAt: r.last_fetch_at ?? null,
    lastSuccessAt: r.last_success_at ?? null,
    lastError: r.last_error ?? null,
    errorCount: Number(r.error_count ?? 0),
    articlesTaken: Number(r.articles_taken ?? 0),
  });
}

export function personFormFromRow(r: Row): PersonForm {
  return {
    name: r.name as string,
    person: r.person as string,
    surname: r.surname as string,
    kind: r.kind as PersonForm['kind'],
    middle: r.middle as string,
    quotes: Number(r.quotes),
    roles: readJson(r.roles_json),
  };
}

/** A quote's reference (article_id, idx). */
export function quoteHitFromRow(r: Row): QuoteHit {
  return { articleId: r.article_id as string, quoteIndex: Number(r.idx) };
}

/** A quote row joined to its article's head; `quote` is the parsed quote_json. */
/** An article's head from a row with article_id, headline, outlet, url and published. */
export function articleHeadFromRow(r: Row): ArticleHead {
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : (v as string));
  return { id: r.article_id as string, headline: r.headline as string, outlet: opt(r.outlet), url: opt(r.url), published: opt(r.published) };
}
