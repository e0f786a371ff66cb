/**
 * briefbot's Prometheus metrics: one registry for the process, platform-neutral. The core records
 * into it (answer cache, digests, ingest, source polls, store queries); adapters record requests
 * through src/request.ts. Recording is always on and cheap; the registry is only served (GET
 * /metrics, adapters/metrics-route.ts) and process metrics only collected when METRICS=true.
 *
 * Labels are bounded: platform, command name (from the command registry, or "unknown"), outcome,
 * store engine and method, source kind. Never a topic, user, channel or query text.
 */
import client from 'prom-client';

export const registry = new client.Registry();
const registers = [registry];

export type RequestOutcome = 'answered' | 'refused' | 'error' | 'timed_out';

export const requestsTotal = new client.Counter({
  name: 'briefbot_requests_total',
  help: 'Chat requests (commands, buttons, mentions, autocomplete) by platform, command and outcome: answered, refused (a clear error for the user: bad arguments, not allowed, unknown), error (failed on our side), timed_out.',
  labelNames: ['platform', 'command', 'outcome'] as const,
  registers,
});

export const ackSeconds = new client.Histogram({
  name: 'briefbot_request_ack_seconds',
  help: 'Time from receiving a request to acknowledging it to the platform (Slack ack, Discord first interaction response).',
  labelNames: ['platform'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
  registers,
});

export const answerSeconds = new client.Histogram({
  name: 'briefbot_request_duration_seconds',
  help: 'Time from receiving a request to its final answer being delivered.',
  labelNames: ['platform', 'command'] as const,
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
  registers,
});

export const answerCacheTotal = new client.Counter({
  name: 'briefbot_answer_cache_total',
  help: 'Answer cache lookups (cards, who-said answers) by result: hit or miss.',
  labelNames: ['cache', 'result'] as const,
  registers,
});

export const digestsTotal = new client.Counter({
  name: 'briefbot_digests_total',
  help: 'Digest runs by platform and outcome: posted, skipped (quiet day, too late), retried (a failed attempt with a retry scheduled), failed (for good).',
  labelNames: ['platform', 'outcome'] as const,
  registers,
});

export const digestLagSeconds = new client.Histogram({
  name: 'briefbot_digest_lag_seconds',
  help: 'How long after its scheduled time a scheduled digest was posted.',
  labelNames: ['platform'] as const,
  buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 24 * 3600],
  registers,
});

export const ingestTotal = new client.Counter({
  name: 'briefbot_ingest_articles_total',
  help: 'Articles offered for ingest by outcome: inserted, unchanged (already stored), duplicate (near-duplicate of a stored one), failed.',
  labelNames: ['outcome'] as const,
  registers,
});

export const sourcePollsTotal = new client.Counter({
  name: 'briefbot_source_polls_total',
  help: 'Polls of sources (feeds, pages, folders) by kind and outcome: ok, unchanged, failed.',
  labelNames: ['kind', 'outcome'] as const,
  registers,
});

export const storeQuerySeconds = new client.Histogram({
  name: 'briefbot_store_query_seconds',
  help: 'Store calls by engine and method, as seen by the callers.',
  labelNames: ['engine', 'op'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers,
});

export const storeErrorsTotal = new client.Counter({
  name: 'briefbot_store_errors_total',
  help: 'Store calls that failed, by engine and method.',
  labelNames: ['engine', 'op'] as const,
  registers,
});

let processMetrics = false;
/** Process metrics (CPU, memory, handles, GC) and the event loop's delay, once per process. */
export function collectProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
}

export const metricsContentType = registry.contentType;

/** The whole registry in the Prometheus text format. */
export function metricsText(): Promise<string> {
  return registry.metrics();
}
