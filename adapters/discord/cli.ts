import { parseArgs } from 'node:util';
import { redact, type Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { registerCommands } from './register.ts';
import { runShards } from './shard.ts';

export const DISCORD_HELP = `Usage: briefbot discord register [--guild ID]
       briefbot discord shards

register  Registers the slash commands (/brief, /who-said, /topics, /subscribe, /unsubscribe, ...)
          with Discord, replacing the application's previous set. With --guild they apply to that
          server at once (for testing); without it they are global (may take up to an hour to show).
          Needs DISCORD_TOKEN; DISCORD_APPLICATION_ID is read from the token's application when unset.
shards    Gateway mode across processes: discord.js's ShardingManager starts \`briefbot serve\` once
          per shard (DISCORD_SHARDS: "auto" or a number). Use DATABASE_URL so they share one store.`;

/** `briefbot discord <sub>`: the CLI hook handed in by adapters/main.ts. */
export async function discordCli(argv: string[], config: Config, log: Logger): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'shards') return runShards(config, log);
  if (sub !== 'register' || rest.includes('-h') || rest.includes('--help')) {
    const asked = sub === undefined || sub === '-h' || sub === '--help' || sub === 'register';
    (asked ? process.stdout : process.stderr).write(DISCORD_HELP + '\n');
    return asked ? 0 : 2;
  }
  let guild: string | undefined;
  try {
    guild = parseArgs({ args: rest, options: { guild: { type: 'string' } } }).values.guild;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${DISCORD_HELP}\n`);
    return 2;
  }
  if (guild !== undefined && !/^\d{17,20}$/.test(guild)) {
    process.stderr.write('--guild must be a server id (enable Developer Mode, right-click the server, Copy Server ID).\n');
    return 2;
  }
  try {
    const { registered } = await registerCommands(config, { guild });
    process.stdout.write(`Registered ${registered.length} command(s) ${guild ? `in server ${guild}` : 'globally'}: ${registered.map((c) => '/' + c.name).join(', ')}\n`);
    return 0;
  } catch (e) {
    log.error('discord register failed', e);
    process.stderr.write(redact(`Could not register the commands: ${(e as Error).message}\n`, config));
    return 1;
  }
}
