/**
 * Digest posters without the rest of an adapter, for `briefbot digest --channel ID --now`:
 * the same posting code (rate limits, retries) the running bot uses, nothing listening.
 */
import { REST } from '@discordjs/rest';
import { webApi } from '@slack/bolt';
import type { Config } from '../src/config.ts';
import type { Logger } from '../src/log.ts';
import type { DigestPosters } from '../src/schedule/engine.ts';
import { createPoster } from './slack/post.ts';
import { createDigestPoster } from './discord/post.ts';
import { restOptions } from './discord/settings.ts';
import { cardLinks } from '../src/web/links.ts';

export async function digestPosters(config: Config, log: Logger): Promise<{ posters: DigestPosters; stop(): Promise<void> }> {
  const posters: DigestPosters = {};
  if (config.SLACK_BOT_TOKEN) {
    const slackApiUrl = config.SLACK_API_URL ? config.SLACK_API_URL.replace(/\/?$/, '/') : undefined;
    const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, { slackApiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    posters.slack = createPoster(client, log, { links: (c) => cardLinks(config, c) }).postDigest;
  }
  if (config.DISCORD_TOKEN) {
    const rest = new REST({ ...restOptions(config), retries: 2 }).setToken(config.DISCORD_TOKEN);
    posters.discord = createDigestPoster({ rest, log, links: (c) => cardLinks(config, c) });
  }
  return { posters, stop: async () => {} };
}
