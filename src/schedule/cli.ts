/** `briefbot digest --channel ID [--now]`: one channel's digest on demand. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore } from '../app/open-store.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { boot } from '../app/boot.ts';
import type { Store, Subscription } from '../store/store.ts';
import { DigestEngine, describeSub, type DigestPosters } from './engine.ts';
import { renderDigestText } from './digest-text.ts';
import type { Digest } from './digest.ts';

export const DIGEST_SUMMARY = 'Print a channel\'s digest, or post it now (--now)';

export const DIGEST_HELP = `Usage: briefbot digest --channel ID [--now] [--platform slack|discord|console] [--workspace ID] [--format text|json] [--db PATH]

Without --now: prints the digest the channel would get now (what is new since its last successful
digest, per subscribed topic, then a line for the quiet topics). Nothing is recorded.

With --now: posts it now, through the platform adapter when this process has one, and records it
like a scheduled digest, so the next scheduled one covers only what is new after it. Digests of
console subscriptions are printed (that is how the console receives them). For a Slack or Discord
channel with no adapter in this process it is printed instead, and nothing is recorded.

Scheduled digests are posted by the running bot (briefbot serve) at each subscription's time, in its
time zone; see /subscribe.`;

export interface DigestCliDeps {
  /** Posters of platform adapters started for this command (wired by the composition root). */
  posters?: (config: Config, log: Logger) => Promise<{ posters: DigestPosters; stop(): Promise<void> }>;
  out?: (s: string) => void;
  err?: (s: string) => void;
  /** An open store (tests); otherwise the settings' store is booted and closed. */
  store?: Store;
  clock?: () => Date;
}

function pick(subs: Subscription[], channel: string): Subscription | string {
  if (!subs.length) return `No digest subscription for channel ${channel}. Subscribe in that channel with /subscribe <topic>.`;
  if (subs.length > 1) return `Channel ${channel} matches several subscriptions (${subs.map(describeSub).join(', ')}): add --platform or --workspace.`;
  return subs[0];
}

export async function runDigestCli(argv: string[], config: Config, log: Logger, deps: DigestCliDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'));
  const err = deps.err ?? ((s: string) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'));
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        channel: { type: 'string' },
        now: { type: 'boolean' },
        platform: { type: 'string' },
        workspace: { type: 'string' },
        format: { type: 'string' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    err(`${(e as Error).message}\n${DIGEST_HELP}`);
    return 2;
  }
  if (values.help) {
    out(DIGEST_HELP);
    return 0;
  }
  if (!values.channel) {
    err(`--channel is required.\n${DIGEST_HELP}`);
    return 2;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    err('--format must be text or json.');
    return 2;
  }
  if (values.db) config = { ...config, BRIEFBOT_DB: values.db, DATABASE_URL: undefined };
  // A preview is read-only: no seeds ingested, no topics synced, no store created.
  if (!deps.store && !values.now && !config.DATABASE_URL && !existsSync(config.BRIEFBOT_DB)) {
    err(`Nothing is stored yet (${config.BRIEFBOT_DB} does not exist), so there is no subscription to preview.`);
    return 1;
  }
  const store = deps.store ?? (values.now ? (await boot(config, log)).store : await openStore(config));
  const render = (d: Digest) => (format === 'json' ? JSON.stringify(d, null, 2) : renderDigestText(d));
  let adapters: { posters: DigestPosters; stop(): Promise<void> } | null = null;
  try {
    const chosen = pick(await store.listSubscriptions({ channel: values.channel, platform: values.platform, workspace: values.workspace }), values.channel);
    if (typeof chosen === 'string') {
      err(chosen);
      return 1;
    }
    const sub = chosen;
    if (values.now && sub.platform !== 'console' && deps.posters) adapters = await deps.posters(config, log);
    const posters: DigestPosters = { ...adapters?.posters, console: async (d) => out(render(d)) };
    const engine = new DigestEngine({ store, posters, log, clock: deps.clock, maxLateHours: config.DIGEST_MAX_LATE_HOURS });
    if (!values.now) {
      out(render(await engine.preview(sub)));
      if (format === 'text') out('(preview: nothing was posted or recorded; --now posts it)');
      return 0;
    }
    if (!posters[sub.platform]) {
      out(render(await engine.preview(sub)));
      err(`Printed, not posted: no ${sub.platform} adapter runs in this process, so nothing was recorded. The running bot posts ${describeSub(sub)} at ${sub.time} (${sub.timezone}).`);
      return 0;
    }
    const r = await engine.postNow(sub);
    if (r.outcome === 'taken') {
      err(`Another process claimed a digest for ${describeSub(sub)} at this very moment; nothing was posted twice.`);
      return 1;
    }
    if (sub.platform !== 'console') out(`Posted the digest to ${describeSub(sub)} (${r.digest?.cards.length ?? 0} topic(s) with news).`);
    return 0;
  } catch (e) {
    err(`Digest failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await adapters?.stop().catch(() => {});
    if (!deps.store) await store.close();
  }
}
