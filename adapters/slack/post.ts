/**
 * Posting to channels with chat.postMessage: paced to about one message per second per channel,
 * a 429 waits for Retry-After and retries, transient failures back off and retry, and whatever
 * still fails is logged and thrown (the digest engine records it; nothing is lost silently).
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';
import type { Digest } from '../../src/schedule/digest.ts';
import type { CardLinks } from '../../src/briefing/render/index.ts';
import type { BriefingCard } from '../../src/briefing/card.ts';
import { digestMessages, type SlackMessage } from './render/index.ts';

export interface PostOptions {
  /** Tries per message (first try included). */
  attempts?: number;
  /** Least time between two messages to one channel. */
  minGapMs?: number;
  /** First backoff for transient failures; doubles each time. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the post fails (and the engine retries later). */
  maxRetryAfterSec?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Web links for a digest card (PUBLIC_URL set); none: cards as they always were. */
  links?: (card: BriefingCard) => CardLinks | undefined;
}

/** What a post may add to the message: a thread to answer in. */
export interface PostExtra {
  thread_ts?: string;
}

const TRANSIENT = new Set(['ratelimited', 'service_unavailable', 'internal_error', 'fatal_error', 'request_timeout', 'team_added_to_org']);

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A failure to post, with a plain reason (never a token). */
export class SlackPostError extends Error {}

function describe(e: unknown): { reason: string; retryAfterSec?: number; transient: boolean } {
  const err = e as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (err?.code) {
    case 'slack_webapi_rate_limited_error':
      return { reason: `rate limited (Retry-After ${err.retryAfter}s)`, retryAfterSec: err.retryAfter ?? 1, transient: true };
    case 'slack_webapi_http_error':
      return { reason: `HTTP ${err.statusCode}`, transient: (err.statusCode ?? 500) >= 500 };
    case 'slack_webapi_request_error':
      return { reason: `request failed (${err.message ?? 'network error'})`, transient: true };
    case 'slack_webapi_platform_error': {
      const code = err.data?.error ?? 'unknown_error';
      return { reason: code, transient: TRANSIENT.has(code) };
    }
    default:
      return { reason: e instanceof Error ? e.message : String(e), transient: false };
  }
}

export function createPoster(client: webApi.WebClient, log: Logger, opts: PostOptions = {}) {
  const attempts = opts.attempts ?? 4;
  const minGapMs = opts.minGapMs ?? 1100;
  const backoffMs = opts.backoffMs ?? 1000;
  const maxRetryAfterSec = opts.maxRetryAfterSec ?? 120;
  const sleep = opts.sleep ?? sleepReal;
  /** Per channel: the tail of its queue and when it last got a message. */
  const lanes = new Map<string, { tail: Promise<unknown>; last: number }>();
  /** Digest key -> messages of it already posted (a retried digest resumes instead of repeating). */
  const progress = new Map<string, number>();

  async function sendNow(channel: string, msg: SlackMessage, lane: { last: number }, extra: PostExtra): Promise<string | undefined> {
    let lastReason = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const wait = lane.last + minGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        lane.last = Date.now();
        const r = await client.chat.postMessage({ channel, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false, ...extra });
        return r.ts;
      } catch (e) {
        const d = describe(e);
        lastReason = d.reason;
        if (!d.transient) {
          log.error(`slack: chat.postMessage to ${channel} refused: ${d.reason}`);
          throw new SlackPostError(`Slack refused the message to ${channel}: ${d.reason}`);
        }
        if (d.retryAfterSec !== undefined && d.retryAfterSec > maxRetryAfterSec) {
          log.error(`slack: chat.postMessage to ${channel}: Retry-After ${d.retryAfterSec}s is too long to wait`);
          break;
        }
        if (attempt === attempts) break;
        const delay = d.retryAfterSec !== undefined ? d.retryAfterSec * 1000 : backoffMs * 2 ** (attempt - 1);
        log.warn(`slack: chat.postMessage to ${channel} failed (${d.reason}); retry ${attempt}/${attempts - 1} in ${Math.round(delay / 100) / 10}s`);
        await sleep(delay);
        lane.last = Date.now() - minGapMs; // the wait already spaced us out
      }
    }
    log.error(`slack: chat.postMessage to ${channel} failed after ${attempts} attempt(s): ${lastReason}`);
    throw new SlackPostError(`Could not post to ${channel} after ${attempts} attempt(s): ${lastReason}`);
  }

  /** Post one message, queued behind earlier ones to the same channel. */
  function postMessage(channel: string, msg: SlackMessage, extra: PostExtra = {}): Promise<string | undefined> {
    const lane = lanes.get(channel) ?? { tail: Promise.resolve(), last: 0 };
    lanes.set(channel, lane);
    const run = lane.tail.then(() => sendNow(channel, msg, lane, extra));
    lane.tail = run.catch(() => undefined);
    return run;
  }

  /** Post a digest: one message when it fits, else one per card; then the quiet topics. */
  async function postDigest(digest: Digest): Promise<void> {
    const messages = digestMessages(digest, opts.links);
    if (!messages.length) return;
    const channel = digest.subscription.channel;
    const key = `${digest.subscription.platform}|${digest.subscription.workspace}|${channel}|${digest.subscription.id ?? digest.subscription.topics.join(',')}|${digest.slot}`;
    let done = progress.get(key) ?? 0;
    for (let i = done; i < messages.length; i++) {
      await postMessage(channel, messages[i]);
      progress.set(key, ++done);
    }
    progress.delete(key);
    if (progress.size > 1000) progress.clear();
    log.info(`slack: digest for ${channel} (${digest.slot}) posted in ${messages.length} message(s)`);
  }

  return { postMessage, postDigest };
}
