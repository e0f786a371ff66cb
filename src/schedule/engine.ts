/**
 * The digest engine: decides what is due from the store (never from the timer), claims each run
 * so that exactly one process posts it, builds it, posts it, and records the outcome.
 *
 * - The clock is a parameter; `tick()` is one pass and is what tests drive.
 * - node-cron only wakes the engine (`start()`): it keeps no state and does not catch up, so on
 *   start the engine looks back itself: a slot missed by at most `maxLateHours` is posted once,
 *   older ones are recorded as skipped with a log line.
 * - A failed post is retried with exponential backoff (state in the store, so any process may
 *   retry it), then recorded as failed; the next digest starts from the last successful post.
 * - A claim whose process died mid-post is expired after `claimLeaseMs` and recorded as failed,
 *   never re-posted: it may have gone out, and a digest is never posted twice.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.ts';
import type { DigestClaim, Store, Subscription } from '../store/store.ts';
import type { Digest, DigestPoster } from './digest.ts';
import { DigestBuilder, type DigestRequest } from './build-digest.ts';
import { dueSlots, nextSlot } from './slots.ts';
import { localTime } from './digest-text.ts';
import { digestLagSeconds, digestsTotal } from '../metrics.ts';

export type Platform = Subscription['platform'];
export type DigestPosters = Partial<Record<Platform, DigestPoster>>;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles each time, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface DigestEngineOptions {
  store: Store;
  /** Posters by platform; subscriptions of other platforms are left to the processes that have them. */
  posters: DigestPosters;
  clock?: () => Date;
  log?: Logger;
  /** DIGEST_MAX_LATE_HOURS: a slot missed by more than this is skipped, not posted late. */
  maxLateHours?: number;
  retry?: Partial<RetryPolicy>;
  /** A claim older than this that never finished is abandoned (its process died); default 15 min, above postTimeoutMs. */
  claimLeaseMs?: number;
  /** A post that takes longer than this fails (and is retried); default 8 min, above the adapters' own retries and Retry-After waits. */
  postTimeoutMs?: number;
  /** Posts in flight at once (the adapters pace themselves to the platforms' rate limits). */
  concurrency?: number;
  /** Who claims, in the store: host, pid and a random part by default. */
  workerId?: string;
}

export interface TickReport {
  at: string;
  posted: string[];
  failed: string[];
  skipped: string[];
  /** Slots another process had already claimed or handled. */
  taken: string[];
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 60_000, maxDelayMs: 15 * 60_000 };
const HOUR = 3_600_000;

type Claimed = Extract<DigestClaim, { claimed: true }>;
/** Subscriptions planned and claimed per step of a pass. */
const CHUNK = 256;

/** Run `fn` over `items`, at most `n` at a time. */
async function inPool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

const noLog: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function describeSub(s: Pick<Subscription, 'platform' | 'workspace' | 'channel'>): string {
  return [s.platform, s.workspace, s.channel].filter(Boolean).join('/');
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    t.unref?.();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

export class DigestEngine {
  readonly store: Store;
  readonly workerId: string;
  private posters: DigestPosters;
  private clock: () => Date;
  private log: Logger;
  private maxLateMs: number;
  private retry: RetryPolicy;
  private leaseMs: number;
  private postTimeoutMs: number;
  private concurrency: number;
  /** `now` of the last complete pass: slots at or before it were considered. */
  private watermark: Date | null = null;
  /** Per subscription schedule: the next slot after the watermark (skips work on idle ticks). */
  private nextDue = new Map<string, number>();
  private running: Promise<TickReport> | null = null;
  private task: ScheduledTask | null = null;
  /** Set by stop(): the pass in flight claims nothing more (what it already claimed it finishes). */
  private stopping = false;

  constructor(opts: DigestEngineOptions) {
    this.store = opts.store;
    this.posters = { ...opts.posters };
    this.clock = opts.clock ?? (() => new Date());
    this.log = opts.log ?? noLog;
    this.maxLateMs = (opts.maxLateHours ?? 6) * HOUR;
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.leaseMs = opts.claimLeaseMs ?? 15 * 60_000;
    this.postTimeoutMs = opts.postTimeoutMs ?? 8 * 60_000;
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
    this.workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  }

  get platforms(): Platform[] {
    return Object.keys(this.posters).filter((p) => this.posters[p as Platform]) as Platform[];
  }

  /** One pass: expire dead claims, skip or claim due slots, claim due retries, post. Concurrent calls share one pass. */
  tick(): Promise<TickReport> {
    if (!this.running) this.running = this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<TickReport> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const report: TickReport = { at: nowIso, posted: [], failed: [], skipped: [], taken: [] };
    const abandoned = await this.store.expireDigestClaims(new Date(now.getTime() - this.leaseMs).toISOString(), nowIso);
    for (const r of abandoned) {
      this.log.warn(`digest run ${r.id} (subscription ${r.subscriptionId}, slot ${r.slot}) abandoned: ${r.error}`);
      report.failed.push(`${r.subscriptionId}@${r.slot}`);
    }
    const all = await this.store.listSubscriptions();
    if (abandoned.length) {
      const platformOf = new Map(all.map((s) => [s.id!, s.platform]));
      for (const r of abandoned) digestsTotal.inc({ platform: platformOf.get(r.subscriptionId) ?? 'unknown', outcome: 'failed' });
    }
    const subs = all.filter((s) => this.posters[s.platform]);
    // One builder for the pass, so subscriptions share cards; claims and posts go chunk by chunk,
    // so the first digests go out while later ones are still being claimed.
    const builder = new DigestBuilder(this.store, now);
    for (let i = 0; i < subs.length && !this.stopping; i += CHUNK) {
      const claims: Claimed[] = [];
      await inPool(subs.slice(i, i + CHUNK), this.concurrency, async (sub) => {
        if (this.stopping) return;
        const key = `${sub.id}|${sub.time}|${sub.timezone}`;
        const cached = this.nextDue.get(key);
        if (this.watermark && cached !== undefined && cached > now.getTime()) return;
        const plan = dueSlots(sub, now, { after: this.watermark, maxLateMs: this.maxLateMs });
        this.nextDue.set(key, nextSlot(sub, now).getTime());
        for (const s of plan.skip) {
          if (await this.store.skipDigestRun(sub.id!, s.slot, s.reason, nowIso)) {
            this.log.info(`digest for ${describeSub(sub)} at ${localTime(s.slot, sub.timezone)} skipped: ${s.reason}`);
            digestsTotal.inc({ platform: sub.platform, outcome: 'skipped' });
            report.skipped.push(`${sub.id}@${s.slot}`);
          }
        }
        if (plan.post) {
          const c = await this.store.claimDigestRun(sub.id!, plan.post, { by: this.workerId, now: nowIso });
          if (c.claimed) claims.push(c);
          else report.taken.push(`${sub.id}@${plan.post}`);
        }
      });
      await this.deliver(claims, builder, report);
    }
    const platformOf = new Map(subs.map((s) => [s.id!, s.platform]));
    const retries: Claimed[] = [];
    for (const r of this.stopping ? [] : await this.store.dueDigestRetries(nowIso)) {
      if (!platformOf.has(r.subscriptionId) || this.stopping) continue;
      const c = await this.store.claimDigestRun(r.subscriptionId, r.slot, { by: this.workerId, now: nowIso });
      if (c.claimed) retries.push(c);
    }
    await this.deliver(retries, builder, report);
    if (!this.stopping) this.watermark = now;
    return report;
  }

  private async deliver(claims: Claimed[], builder: DigestBuilder, report: TickReport): Promise<void> {
    if (!claims.length) return;
    const reqs: DigestRequest[] = claims.map((c) => ({ subscription: c.subscription, slot: c.run.slot, since: c.since }));
    await builder.prepare(reqs).catch((e) => this.log.error('loading articles for digests failed', e));
    await inPool(claims, this.concurrency, async (c) => {
      const outcome = await this.runOne(c, builder);
      report[outcome].push(`${c.subscription.id}@${c.run.slot}`);
    });
  }

  /** Build and post one claimed run, and record how it ended. */
  private async runOne(c: Claimed, builder: DigestBuilder): Promise<'posted' | 'failed' | 'skipped'> {
    const sub = c.subscription;
    const where = `${describeSub(sub)} at ${localTime(c.run.slot, sub.timezone)}`;
    try {
      const digest = await builder.build({ subscription: sub, slot: c.run.slot, since: c.since });
      if (digest.quiet && sub.quietDay === 'skip') {
        const reason = `quiet day: nothing new since ${c.since ?? 'the start'}`;
        await this.finish(c, { status: 'skipped', at: this.clock().toISOString(), reason });
        this.log.info(`digest for ${where} skipped: ${reason}`);
        digestsTotal.inc({ platform: sub.platform, outcome: 'skipped' });
        return 'skipped';
      }
      const poster = this.posters[sub.platform];
      if (!poster) throw new Error(`no ${sub.platform} adapter is running in this process`);
      await withTimeout(poster(digest), this.postTimeoutMs, `posting the digest for ${where}`);
      await this.finish(c, { status: 'posted', at: this.clock().toISOString(), coveredUntil: builder.asOf });
      this.log.info(`digest for ${where} posted (${digest.cards.length} topic(s) with news${digest.quiet ? ', quiet day' : ''})`);
      digestsTotal.inc({ platform: sub.platform, outcome: 'posted' });
      if (c.run.kind === 'scheduled') digestLagSeconds.observe({ platform: sub.platform }, Math.max(0, this.clock().getTime() - Date.parse(c.run.slot)) / 1000);
      return 'posted';
    } catch (e) {
      const err = e instanceof Error ? e.message : String(e);
      const attempts = c.run.attempts;
      const failedAt = this.clock();
      if (attempts < this.retry.attempts) {
        const delay = Math.min(this.retry.baseDelayMs * 2 ** (attempts - 1), this.retry.maxDelayMs);
        const at = new Date(failedAt.getTime() + delay).toISOString();
        await this.finish(c, { status: 'failed', at: failedAt.toISOString(), error: err, nextAttemptAt: at });
        this.log.warn(`digest for ${where} failed (attempt ${attempts} of ${this.retry.attempts}): ${err}; retrying at ${at}`);
        digestsTotal.inc({ platform: sub.platform, outcome: 'retried' });
      } else {
        await this.finish(c, { status: 'failed', at: failedAt.toISOString(), error: err, nextAttemptAt: null });
        this.log.error(
          `digest for ${where} failed after ${attempts} attempt(s): ${err}; the next digest covers everything since ${c.since ?? 'the start'}`,
        );
        digestsTotal.inc({ platform: sub.platform, outcome: 'failed' });
      }
      return 'failed';
    }
  }

  private async finish(c: Claimed, outcome: Parameters<Store['finishDigestRun']>[2]): Promise<void> {
    const ok = await this.store.finishDigestRun(c.run.id, this.workerId, outcome);
    if (!ok) this.log.warn(`digest run ${c.run.id} was no longer claimed by this process when it ended (${outcome.status})`);
  }

  /** Where "what's new" starts for a subscription now: its last successful post, else its creation. */
  async sinceFor(sub: Subscription): Promise<string | null> {
    const posted = await this.store.listDigestRuns({ subscriptionId: sub.id!, status: 'posted' });
    const covered = posted.map((r) => r.coveredUntil).filter((x): x is string => Boolean(x)).sort();
    return covered[covered.length - 1] ?? sub.lastPostedAt ?? sub.createdAt ?? null;
  }

  /** The digest a subscription would get now, without claiming or recording anything. */
  async preview(sub: Subscription): Promise<Digest> {
    const now = this.clock();
    return new DigestBuilder(this.store, now).build({ subscription: sub, slot: now.toISOString(), since: await this.sinceFor(sub) });
  }

  /**
   * Post one digest on demand, now: claimed and recorded like a scheduled one (kind on-demand),
   * so the next scheduled digest starts after it. `poster` overrides the engine's (e.g. print).
   */
  async postNow(sub: Subscription, poster?: DigestPoster): Promise<{ digest: Digest | null; outcome: 'posted' | 'failed' | 'skipped' | 'taken' }> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const c = await this.store.claimDigestRun(sub.id!, nowIso, { by: this.workerId, now: nowIso, kind: 'on-demand' });
    if (!c.claimed) return { digest: null, outcome: 'taken' };
    const builder = new DigestBuilder(this.store, now);
    let digest: Digest | null = null;
    try {
      digest = await builder.build({ subscription: c.subscription, slot: nowIso, since: c.since });
      const post = poster ?? this.posters[sub.platform];
      if (!post) throw new Error(`no ${sub.platform} adapter is running in this process`);
      await withTimeout(post(digest), this.postTimeoutMs, `posting the digest for ${describeSub(sub)}`);
      await this.finish(c, { status: 'posted', at: this.clock().toISOString(), coveredUntil: builder.asOf });
      digestsTotal.inc({ platform: sub.platform, outcome: 'posted' });
      return { digest, outcome: 'posted' };
    } catch (e) {
      digestsTotal.inc({ platform: sub.platform, outcome: 'failed' });
      await this.finish(c, { status: 'failed', at: this.clock().toISOString(), error: (e as Error).message, nextAttemptAt: null });
      throw e;
    }
  }

  /**
   * Wake the engine on a node-cron schedule (default every minute, at second 0) and run one pass
   * now, which posts or skips what was missed while the bot was down.
   */
  start(opts: { cron?: string; catchUp?: boolean } = {}): this {
    if (this.task) return this;
    this.stopping = false;
    const expr = opts.cron ?? '* * * * *';
    this.task = cron.schedule(
      expr,
      () => {
        void this.tick().catch((e) => this.log.error('digest pass failed', e));
      },
      { name: `briefbot-digests-${this.workerId}`, noOverlap: false },
    );
    if (opts.catchUp ?? true) void this.tick().catch((e) => this.log.error('digest catch-up pass failed', e));
    this.log.info(`digests: ${this.platforms.join(', ') || 'no platform'}; waking on "${expr}", posting at most ${this.maxLateMs / HOUR} h late`);
    return this;
  }

  /**
   * Stop waking, claim nothing more, and wait for the pass in flight to finish what it claimed.
   * The caller may stop waiting (a store that does not answer): a run left claimed is expired
   * after the lease and recorded as failed, never posted twice.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    const t = this.task;
    this.task = null;
    if (t) {
      await t.stop();
      await t.destroy();
    }
    await this.running?.catch(() => {});
  }
}
