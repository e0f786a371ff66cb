/**
 * Composition root for `briefbot serve`: boots the core, then starts each adapter whose settings
 * are present (Slack and Discord may run together), or the console when none is.
 */
import type { Config } from '../src/config.ts';
import type { Logger } from '../src/log.ts';
import { boot } from '../src/app/boot.ts';
import { runConsole } from './console/console.ts';

export async function serve(config: Config, log: Logger): Promise<number> {
  const { store } = await boot(config, log);
  const stops: (() => Promise<void>)[] = [];
  const wantsSlack = Boolean(config.SLACK_BOT_TOKEN);
  const wantsDiscord = Boolean(config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY);
  if (!wantsSlack && !wantsDiscord) {
    await runConsole({ store, config, log });
    await store.close();
    return 0;
  }
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log.error('stop failed', e));
    await store.close();
  };
  await new Promise<void>((resolve) => {
    const onSignal = (sig: string) => {
      log.info(`${sig}: finishing in-flight work, then exiting`);
      shutdown().finally(resolve);
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  });
  return 0;
}
