/**
 * briefbot's Prometheus metrics: one registry for the process, platform-neutral. The core records
 * into it (answer cache, digests, ingest, source polls, store queries); adapters record requests
 * through src/request.ts. Everything is off until `enableMetrics()` (METRICS=true, called by
 * startBot): until then recording is a no-op and prom-client is not even loaded, so the CLI and a
 * bot without METRICS pay nothing. GET /metrics is served by adapters/metrics-route.ts.
 *
 * Labels are bounded: platform, command name (from the command registry, or "unknown"), outcome,
 * store engine and method, source kind, cache name. Never a topic, user, channel or query text.
 */
import { createRequire } from 'node:module';
import type PromClient from 'prom-client';

type Prom = typeof PromClient;
type Labels = Record<string, string>;
export interface Counter {
  inc(labels: Labels, value?: number): void;
}
export interface Histogram {
  observe(labels: Labels, value: number): void;
}
interface Def {
  name: string;
  help: string;
  labelNames: readonly string[];
  buckets?: number[];
}

let prom: Prom | null = null;
let registry: PromClient.Registry | null = null;
const makers: ((p: Prom, r: PromClient.Registry) => void)[] = [];

/** What a worker thread recorded and has not sent yet: [metric name, labels, value] (an inc or an observation). */
export type Recorded = [string, Labels, number][];
let recorded: Recorded | null = null;
const byName = new Map<string, (labels: Labels, value: number) => void>();

function counter(def: Def): Counter {
  let real: PromClient.Counter | null = null;
  makers.push((p, r) => (real = new p.Counter({ ...def, registers: [r] })));
  const inc = (labels: Labels, value = 1) => (real ? real.inc(labels, value) : recorded?.push([def.name, labels, value]));
  byName.set(def.name, inc);
  return { inc };
}

function histogram(def: Def): Histogram {
  let real: PromClient.Histogram | null = null;
  makers.push((p, r) => (real = new p.Histogram({ ...def, registers: [r] })));
  const observe = (labels: Labels, value: number) => (real ? real.observe(labels, value) : recorded?.push([def.name, labels, value]));
  byName.set(def.name, observe);
  return { observe };
}

/**
 * In a worker thread (src/app/work) of a process with METRICS=true: keep what is recorded (store
 * calls, ingest counts) for the main thread, whose registry /metrics serves. `takeRecorded()`
 * hands it over with each task's answer; the main thread applies it with `replayRecorded()`.
 */
export function recordForMainThread(): void {
  recorded ??= [];
}

/** What was recorded since the last call (empty when not recording), and forget it. */
export function takeRecorded(): Recorded {
  if (!recorded?.length) return [];
  const out = recorded;
  recorded = [];
  return out;
}

/** Apply what a worker thread recorded to this thread's metrics (a no-op before `enableMetrics()`). */
export function replayRecorded(list: Recorded | undefined): void {
  if (!prom || !list) return;
  for (const [name, labels, value] of list) byName.get(name)?.(labels, value);
}

/** Start recording (once per process): load prom-client, create every metric, collect process metrics and the event loop's delay. */
export function enableMetrics(): void {
  if (prom) return;
  prom = createRequire(import.meta.url)('prom-client') as Prom;
  registry = new prom.Registry();
  for (const make of makers) make(prom, registry);
  prom.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
}

export function metricsEnabled(): boolean {
  return prom !== null;
}

/** The Content-Type of the text format. */
export function metricsContentType(): string {
  return registry?.contentType ?? 'text/plain; version=0.0.4; charset=utf-8';
}

/** The whole registry in the Prometheus text format ('' before `enableMetrics()`). */
export async function metricsText(): Promise<string> {
  return registry ? registry.metrics() : '';
}

export type RequestOutcome = 'answered' | 'refused' | 'error' | 'timed_out';

export const requestsTotal = counter({
  name: 'briefbot_requests_total',
  help: 'Chat requests (commands, buttons, mentions, autocomplete) by platform, command and outcome: answered, refused (a clear error for the user: bad arguments, not allowed, unknown), error (failed on our side), timed_out.',
  labelNames: ['platform', 'command', 'outcome'],
});

export const ackSeconds = histogram({
  name: 'briefbot_request_ack_seconds',
  help: 'Time from receiving a request to acknowledging it to the platform (Slack ack, Discord first interaction response).',
  labelNames: ['platform'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
});

export const answerSeconds = histogram({
  name: 'briefbot_request_duration_seconds',
  help: 'Time from receiving a request to its final answer being delivered.',
  labelNames: ['platform', 'command'],
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
});

export const answerCacheTotal = counter({
  name: 'briefbot_answer_cache_total',
  help: 'Answer cache lookups (cards, who-said answers) by result: hit or miss.',
  labelNames: ['cache', 'result'],
});

export const digestsTotal = counter({
  name: 'briefbot_digests_total',
  help: 'Digest runs by platform and outcome: posted, skipped (quiet day, too late), retried (a failed attempt with a retry scheduled), failed (for good).',
  labelNames: ['platform', 'outcome'],
});

export const digestLagSeconds = histogram({
  name: 'briefbot_digest_lag_seconds',
  help: 'How long after its scheduled time a scheduled digest was posted.',
  labelNames: ['platform'],
  buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 24 * 3600],
});

export const ingestTotal = counter({
  name: 'briefbot_ingest_articles_total',
  help: 'Articles offered for ingest by outcome: inserted, unchanged (already stored), duplicate (near-duplicate of a stored one), failed.',
  labelNames: ['outcome'],
});

export const sourcePollsTotal = counter({
  name: 'briefbot_source_polls_total',
  help: 'Polls of sources (feeds, pages, folders) by kind and outcome: ok, unchanged, failed.',
  labelNames: ['kind', 'outcome'],
});

export const storeQuerySeconds = histogram({
  name: 'briefbot_store_query_seconds',
  help: 'Store calls by engine and method, as seen by the callers.',
  labelNames: ['engine', 'op'],
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const storeErrorsTotal = counter({
  name: 'briefbot_store_errors_total',
  help: 'Store calls that failed, by engine and method.',
  labelNames: ['engine', 'op'],
});
