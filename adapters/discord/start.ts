/** The Discord adapter: HTTP interactions mode or gateway mode, plus digest posting. */
import { REST } from '@discordjs/rest';
import { API } from '@discordjs/core/http-only';
import type { AdapterContext, RunningAdapter } from '../launch.ts';
import { discordSettings } from './settings.ts';
import { restOptions } from './settings.ts';
import { publicKeyFromHex } from './verify.ts';
import { interactionsRoute } from './interactions.ts';
import { createGatewayClient } from './gateway.ts';
import { createDigestPoster } from './post.ts';
import { cardLinks } from '../../src/web/links.ts';
import { DEFAULT_DEFER_AFTER_MS } from './dispatch.ts';

export const INTERACTIONS_PATH = '/discord/interactions';

export interface DiscordOptions {
  /** Answer directly when the work takes at most this long, else defer (default 1000 ms). */
  deferAfterMs?: number;
  /** Digest posting: tries and first backoff (tests shorten them). */
  postAttempts?: number;
  postBackoffMs?: number;
}

export async function startDiscord(ctx: AdapterContext, opts: DiscordOptions = {}): Promise<RunningAdapter> {
  const settings = discordSettings(ctx.config);
  const { store, config, log } = ctx;
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const q = p.catch((e) => log.error('discord background work failed', e)).finally(() => pending.delete(q));
    pending.add(q);
  };
  const deps = { store, config, log, deferAfterMs: opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS };

  // One REST client: interaction follow-ups (no auth) and, with a bot token, channel posts.
  const rest = new REST({ ...restOptions(config), retries: 2, rejectOnRateLimit: (r) => r.retryAfter > 60_000 });
  if (settings.DISCORD_TOKEN) rest.setToken(settings.DISCORD_TOKEN);

  let client: ReturnType<typeof createGatewayClient> | null = null;
  if (settings.mode === 'http') {
    ctx.http.route(
      INTERACTIONS_PATH,
      interactionsRoute({ ...deps, publicKey: publicKeyFromHex(settings.DISCORD_PUBLIC_KEY!), applicationId: settings.DISCORD_APPLICATION_ID!, api: new API(rest), track }),
    );
    log.info(`discord: HTTP interactions mode on ${INTERACTIONS_PATH}`);
  } else {
    client = createGatewayClient(deps, { shards: settings.DISCORD_SHARDS, track });
    await client.login(settings.DISCORD_TOKEN);
    log.info('discord: gateway mode');
  }

  const postDigest = settings.DISCORD_TOKEN ? createDigestPoster({ rest, log, attempts: opts.postAttempts, backoffMs: opts.postBackoffMs, links: (c) => cardLinks(config, c) }) : undefined;
  if (!postDigest) log.warn('discord: DISCORD_TOKEN is not set, so digests cannot be posted to Discord channels (HTTP interactions work without it)');

  return {
    postDigest,
    async stop() {
      await Promise.allSettled([...pending]);
      if (client) await client.destroy();
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    },
  };
}

