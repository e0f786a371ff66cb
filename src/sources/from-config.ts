import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { makeFetcher, type Fetcher } from './safe-fetch.ts';
import { SourcePoller, type SourcePollerOptions } from './poller.ts';

type SourceSettings = Pick<Config, 'SOURCES_ALLOW_PRIVATE' | 'SOURCES_MAX_BYTES' | 'SOURCES_TIMEOUT_SECONDS' | 'SOURCES_MAX_REDIRECTS'>;

/** The fetcher the settings ask for: size cap, time-out, redirect bound, private addresses. */
export function fetcherFromConfig(config: SourceSettings): Fetcher {
  return makeFetcher({
    maxBytes: config.SOURCES_MAX_BYTES,
    timeoutMs: Math.round(config.SOURCES_TIMEOUT_SECONDS * 1000),
    maxRedirects: config.SOURCES_MAX_REDIRECTS,
    allowPrivate: config.SOURCES_ALLOW_PRIVATE,
  });
}

/** The poller the bot runs (adapters/launch.ts) and `briefbot sources poll` uses. */
export function pollerFromConfig(store: Store, config: SourceSettings, log?: Logger, opts: Partial<SourcePollerOptions> = {}): SourcePoller {
  return new SourcePoller({ store, fetch: fetcherFromConfig(config), log, ...opts });
}
