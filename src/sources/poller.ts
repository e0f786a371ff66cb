import { describeError } from '../articles/index.ts';
import { ingestArticle } from '../app/ingest.ts';
import { keepStories } from '../app/stories.ts';
import { offThread } from '../app/off-thread.ts';
import type { Topic } from '../briefing/topic.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { backoffSeconds, type Source, type SourcePollUpdate } from './source.ts';
import type { Fetcher } from './safe-fetch.ts';
import { pollUrl, type PollOutcome } from './poll-url.ts';
import { pollFolder } from './poll-folder.ts';
import { ingestTotal, sourcePollsTotal } from '../metrics.ts';

export interface SourcePollerOptions {
  store: Store;
  /** How URLs are fetched: `makeFetcher(...)` (the safety rules) in the bot; anything in tests. */
  fetch: Fetcher;
  clock?: () => Date;
  /** The topics new articles are assigned to (default: the store's). */
  topics?: () => Promise<Topic[]>;
  log?: Logger;
  /** How often to look for due sources, in ms (default 30 s). */
  tickMs?: number;
  /** A claimed source is not handed to another process for this long, in seconds (default 10 min). */
  leaseSeconds?: number;
  /** Sources polled at once (default 4). */
  concurrency?: number;
}

/** What one poll of one source did. */
export interface PollReport {
  source: Source;
  ok: boolean;
  unchanged: boolean;
  inserted: number;
  /** Articles already stored (same id) or near-duplicates of stored ones. */
  known: number;
  itemErrors: string[];
  error?: string;
}

const MAX_ERROR_CHARS = 500;

function summariseItemErrors(errors: string[]): string | null {
  if (!errors.length) return null;
  const s = `${errors.length} item(s) skipped: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`;
  return s.slice(0, MAX_ERROR_CHARS);
}

/**
 * Keeps sources fresh: every tick it claims the sources that are due, polls them (a few at a
 * time), ingests what is new and records the outcome. One bad source never stops the others: its
 * error is recorded and it is retried later with exponential backoff.
 */
export class SourcePoller {
  private readonly store: Store;
  private readonly fetch: Fetcher;
  private readonly clock: () => Date;
  private readonly topics: () => Promise<Topic[]>;
  private readonly log?: Logger;
  private readonly tickMs: number;
  private readonly leaseSeconds: number;
  private readonly concurrency: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(opts: SourcePollerOptions) {
    this.store = opts.store;
    this.fetch = opts.fetch;
    this.clock = opts.clock ?? (() => new Date());
    this.topics = opts.topics ?? (() => this.store.listTopics());
    this.log = opts.log;
    this.tickMs = opts.tickMs ?? 30_000;
    this.leaseSeconds = opts.leaseSeconds ?? 600;
    this.concurrency = Math.max(1, opts.concurrency ?? 4);
  }

  /** One pass: claim every due source and poll it. */
  async pollDue(): Promise<PollReport[]> {
    const now = this.clock();
    const lease = new Date(now.getTime() + this.leaseSeconds * 1000).toISOString();
    const due = await this.store.claimDueSources(now.toISOString(), lease, 64);
    return this.pollMany(due);
  }

  /** Poll these sources now, due or not (the CLI's `sources poll`). */
  async pollMany(sources: Source[]): Promise<PollReport[]> {
    if (!sources.length) return [];
    const topics = await this.topics();
    const reports: PollReport[] = new Array(sources.length);
    let next = 0;
    const worker = async () => {
      while (next < sources.length && !this.abort.signal.aborted) {
        const i = next++;
        reports[i] = await this.pollSource(sources[i], topics);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, sources.length) }, worker));
    return reports.filter(Boolean);
  }

  /** Poll one source, ingest what it yields and record the outcome. Never throws. */
  async pollSource(source: Source, topics?: Topic[]): Promise<PollReport> {
    const started = this.clock();
    const at = started.toISOString();
    const report: PollReport = { source, ok: false, unchanged: false, inserted: 0, known: 0, itemErrors: [] };
    let outcome: PollOutcome;
    try {
      // Reading files and pages and extracting facts run on the store's worker threads when it has them.
      const work = offThread(this.store);
      outcome =
        source.kind === 'folder'
          ? await pollFolder(source, work && ((f) => work.read(f)))
          : await pollUrl(source, this.fetch, this.abort.signal, work && ((b, ct, u) => work.fetched(b, ct, u)));
    } catch (e) {
      if (this.abort.signal.aborted) {
        // Shutting down: not the source's fault. Hand it back, due now, with its record unchanged.
        await this.record(source, { lastFetchAt: source.lastFetchAt ?? at, nextDueAt: at, lastError: source.lastError, errorCount: source.errorCount, articlesTaken: 0 });
        report.error = 'stopped';
        return report;
      }
      const errorCount = source.errorCount + 1;
      sourcePollsTotal.inc({ kind: source.kind, outcome: 'failed' });
      report.error = describeError(e).slice(0, MAX_ERROR_CHARS);
      const retryIn = backoffSeconds(source.everySeconds, errorCount);
      this.log?.warn(`source ${source.id} (${source.location}) failed: ${report.error}; retrying in ${retryIn}s`);
      await this.record(source, {
        lastFetchAt: at,
        nextDueAt: new Date(started.getTime() + retryIn * 1000).toISOString(),
        lastError: report.error,
        errorCount,
        articlesTaken: 0,
      });
      return report;
    }
    report.ok = true;
    report.unchanged = outcome.unchanged;
    sourcePollsTotal.inc({ kind: source.kind, outcome: outcome.unchanged ? 'unchanged' : 'ok' });
    report.itemErrors = [...outcome.itemErrors];
    if (outcome.itemErrors.length) ingestTotal.inc({ outcome: 'failed' }, outcome.itemErrors.length);
    const allTopics = topics ?? (await this.topics());
    // Fetches run side by side, ingestion one source at a time: two feeds carrying the same story
    // must not both pass the duplicate check before either is stored.
    await this.serially(async () => {
      const touched = new Set<string>();
      for (const article of outcome.articles) {
        try {
          const work = offThread(this.store);
          const r = work ? await work.ingest(article, allTopics, started) : await ingestArticle(this.store, article, allTopics, { now: started });
          if (r.inserted) report.inserted++;
          else report.known++;
          for (const t of r.topics) touched.add(t);
        } catch (e) {
          ingestTotal.inc({ outcome: 'failed' });
          report.itemErrors.push(`"${article.headline.slice(0, 80)}": ${describeError(e)}`);
        }
      }
      // the cards' cross-article work for the topics that grew, now rather than on their next /brief
      const grown = allTopics.filter((t) => touched.has(t.id));
      if (grown.length) {
        try {
          const work = offThread(this.store);
          await (work ? work.keepStories(grown) : keepStories(this.store, grown));
        } catch (e) {
          // the articles are stored; the next card reads its story from them
          this.log?.warn(`source ${source.id}: keeping the stories of ${grown.map((t) => t.id).join(', ')} failed: ${describeError(e)}`);
        }
      }
    });
    const update: SourcePollUpdate = {
      lastFetchAt: at,
      lastSuccessAt: at,
      nextDueAt: new Date(started.getTime() + source.everySeconds * 1000).toISOString(),
      lastError: summariseItemErrors(report.itemErrors),
      errorCount: 0,
      articlesTaken: report.inserted,
    };
    if (outcome.format) update.format = outcome.format;
    if (outcome.etag !== undefined) update.etag = outcome.etag;
    if (outcome.lastModified !== undefined) update.lastModified = outcome.lastModified;
    if (outcome.state !== undefined) update.state = outcome.state;
    await this.record(source, update);
    if (report.inserted) this.log?.info(`source ${source.id} (${source.location}): ${report.inserted} new article(s)`);
    return report;
  }

  private ingestQueue: Promise<unknown> = Promise.resolve();

  private serially(fn: () => Promise<void>): Promise<void> {
    const run = this.ingestQueue.then(fn, fn);
    this.ingestQueue = run.catch(() => {});
    return run;
  }

  private async record(source: Source, update: SourcePollUpdate): Promise<void> {
    try {
      await this.store.recordSourcePoll(source.id, update);
    } catch (e) {
      // The lease runs out and the source is polled again; nothing is lost but a little work.
      this.log?.error(`recording the poll of source ${source.id} failed`, e);
    }
  }

  /** Poll due sources now and then every `tickMs` until `stop()`. */
  start(): void {
    if (this.timer || this.stopped) return;
    const tick = () => {
      this.running = this.pollDue()
        .catch((e) => this.log?.error('polling sources failed', e))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, this.tickMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stop ticking, abort fetches in flight and wait for the current pass to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }
}
