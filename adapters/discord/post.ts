/**
 * Digests to Discord channels over @discordjs/rest. Its queue keeps within the rate limits and
 * waits out a 429's retry_after; a post that still fails is retried with backoff, then thrown so
 * the digest engine records it (and logged here): never lost silently.
 */
import { DiscordAPIError, RateLimitError, type REST } from '@discordjs/rest';
import { Routes } from '@discordjs/core/http-only';
import type { Logger } from '../../src/log.ts';
import type { Digest, DigestPoster } from '../../src/schedule/digest.ts';
import type { BriefingCard } from '../../src/briefing/card.ts';
import type { CardLinks } from '../../src/briefing/render/index.ts';
import { digestMessages, type MessageBody } from './render/index.ts';

export interface PosterOptions {
  rest: REST;
  log: Logger;
  /** Tries per message before giving up (default 3). */
  attempts?: number;
  /** First wait between tries, doubled each time (default 2000 ms). */
  backoffMs?: number;
  /** Longest one try may take, rate-limit waits included (default 60 s). */
  tryTimeoutMs?: number;
  /** Web links for a digest card (PUBLIC_URL set); none: cards as they always were. */
  links?: (card: BriefingCard) => CardLinks | undefined;
}

export class DigestPostError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(e: unknown): string {
  if (e instanceof DiscordAPIError) return `Discord answered ${e.status} (${e.code}): ${e.message}`;
  if (e instanceof RateLimitError) return `rate limited for ${Math.round(e.retryAfter)} ms`;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export function createDigestPoster(opts: PosterOptions): DigestPoster {
  const attempts = opts.attempts ?? 3;
  const backoff = opts.backoffMs ?? 2000;
  const tryTimeout = opts.tryTimeoutMs ?? 60_000;
  /** Messages already sent per digest, so a retried digest does not repeat its first cards. */
  const sent = new Map<string, number>();

  async function postOne(channel: string, body: MessageBody, what: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await opts.rest.post(Routes.channelMessages(channel), { body, signal: AbortSignal.timeout(tryTimeout) });
        return;
      } catch (e) {
        // A 4xx other than 429 (no access, unknown channel, bad body) will not get better by retrying.
        const permanent = e instanceof DiscordAPIError && e.status >= 400 && e.status < 500 && e.status !== 429;
        const why = describe(e);
        if (permanent || attempt >= attempts) {
          opts.log.error(`discord digest ${what} to channel ${channel} failed after ${attempt} attempt(s): ${why}`);
          throw new DigestPostError(`Posting the digest to Discord channel ${channel} failed after ${attempt} attempt(s): ${why}`, { cause: e });
        }
        const wait = e instanceof RateLimitError ? e.retryAfter : backoff * 2 ** (attempt - 1);
        opts.log.warn(`discord digest ${what} to channel ${channel} failed (attempt ${attempt} of ${attempts}): ${why}; retrying in ${wait} ms`);
        await sleep(wait);
      }
    }
  }

  return async (digest: Digest) => {
    const channel = digest.subscription.channel;
    if (!/^\d{17,20}$/.test(channel)) throw new DigestPostError(`"${channel.slice(0, 40)}" is not a Discord channel id.`);
    const key = `${digest.subscription.id ?? ''}|${channel}|${digest.slot}`;
    const messages = digestMessages(digest, opts.links);
    for (let i = sent.get(key) ?? 0; i < messages.length; i++) {
      await postOne(channel, messages[i], `message ${i + 1} of ${messages.length}`);
      sent.set(key, i + 1);
    }
    sent.delete(key);
    if (sent.size > 1000) sent.clear();
  };
}
