import { REST } from '@discordjs/rest';
import { API, type RESTPutAPIApplicationCommandsResult } from '@discordjs/core/http-only';
import type { Config } from '../../src/config.ts';
import { commands } from '../../src/commands/index.ts';
import { commandsJson } from './commands-json.ts';
import { restOptions } from './settings.ts';

/**
 * Registers the shared commands with Discord (a PUT replacing the application's previous set):
 * in one server with `guild` (shows at once: for testing), else globally. Needs DISCORD_TOKEN;
 * the application id is read from the token's application when DISCORD_APPLICATION_ID is unset.
 */
export async function registerCommands(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_API_URL'>,
  opts: { guild?: string } = {},
): Promise<{ applicationId: string; registered: RESTPutAPIApplicationCommandsResult }> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: registering commands needs the bot token.');
  const rest = new REST({ ...restOptions(config), retries: 2 }).setToken(config.DISCORD_TOKEN);
  try {
    const api = new API(rest);
    const applicationId = config.DISCORD_APPLICATION_ID ?? (await api.applications.getCurrent()).id;
    const body = commandsJson(commands);
    const registered = opts.guild
      ? await api.applicationCommands.bulkOverwriteGuildCommands(applicationId, opts.guild, body)
      : await api.applicationCommands.bulkOverwriteGlobalCommands(applicationId, body);
    return { applicationId, registered };
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
