/**
 * One chat request (a Slack command, button or mention, a Discord interaction or message, a console
 * line) from the moment it arrives to its final answer. `runRequest` gives it an id kept in
 * AsyncLocalStorage, so every log line written while it runs carries the same request id,
 * platform and command (src/log.ts), and records its metrics when it ends: the outcome, the time
 * to acknowledge and the time to the final answer.
 *
 * The outcome is the worst one noted while the request ran: the command runner notes answered,
 * refused or error; an error logged during the request makes it an error; a timeout noted with
 * `noteOutcome('timed_out')` wins over everything.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { ackSeconds, answerSeconds, requestsTotal, type RequestOutcome } from './metrics.ts';

export type RequestPlatform = 'slack' | 'discord' | 'console';
export type { RequestOutcome };

export interface RequestState {
  readonly id: string;
  readonly platform: RequestPlatform;
  /** Command name (from the registry), or a kind such as "autocomplete"; "unknown" until known. */
  command: string;
  outcome: RequestOutcome | null;
  readonly startedAt: number;
  ackedAt: number | null;
}

/** What runRequest logs with at the end (a structural subset of src/log.ts's Logger). */
interface DoneLog {
  info(msg: string, extra?: unknown): void;
  debug(msg: string, extra?: unknown): void;
}

const store = new AsyncLocalStorage<RequestState>();
const rank: Record<RequestOutcome, number> = { answered: 0, refused: 1, error: 2, timed_out: 3 };

export function currentRequest(): RequestState | undefined {
  return store.getStore();
}

export function newRequestId(): string {
  return randomBytes(6).toString('hex');
}

/** The command this request runs (a registry name: a bounded label). */
export function noteCommand(name: string): void {
  const r = store.getStore();
  if (r) r.command = name;
}

/** Note how the request went; the worst outcome noted wins. */
export function noteOutcome(outcome: RequestOutcome): void {
  const r = store.getStore();
  if (r && (r.outcome === null || rank[outcome] > rank[r.outcome])) r.outcome = outcome;
}

/** The platform has been answered for the first time (Slack ack, Discord's first response). */
export function markAcknowledged(): void {
  const r = store.getStore();
  if (!r || r.ackedAt !== null) return;
  r.ackedAt = performance.now();
  ackSeconds.observe({ platform: r.platform }, (r.ackedAt - r.startedAt) / 1000);
}

/**
 * Run `fn` as one request. Metrics are recorded and one line logged ("request done") when it
 * settles; a throw counts as an error and is passed on.
 */
export async function runRequest<T>(platform: RequestPlatform, fn: () => Promise<T>, opts: { log?: DoneLog; command?: string } = {}): Promise<T> {
  const state: RequestState = { id: newRequestId(), platform, command: opts.command ?? 'unknown', outcome: null, startedAt: performance.now(), ackedAt: null };
  return store.run(state, async () => {
    let threw = false;
    try {
      return await fn();
    } catch (e) {
      threw = true;
      throw e;
    } finally {
      if (threw) noteOutcome('error');
      const outcome = state.outcome ?? 'answered';
      const seconds = (performance.now() - state.startedAt) / 1000;
      requestsTotal.inc({ platform, command: state.command, outcome });
      answerSeconds.observe({ platform, command: state.command }, seconds);
      const fields = { outcome, duration_ms: Math.round(seconds * 1000), ...(state.ackedAt !== null ? { ack_ms: Math.round(state.ackedAt - state.startedAt) } : {}) };
      // The console's answers are on the terminal already: its request lines are debug only.
      if (platform === 'console') opts.log?.debug('request done', fields);
      else opts.log?.info('request done', fields);
    }
  });
}
