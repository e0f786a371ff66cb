export { startDiscord, INTERACTIONS_PATH, type DiscordOptions } from './start.ts';
export { registerCommands } from './register.ts';
export { discordCli, DISCORD_HELP } from './cli.ts';
export { commandsJson } from './commands-json.ts';
