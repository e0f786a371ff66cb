import type { Command } from './command.ts';
import { brief } from './all/brief.ts';
import { whoSaid } from './all/who-said.ts';
import { topics } from './all/topics.ts';
import { subscribe, unsubscribe, subscriptions } from './all/subscribe.ts';
import { help } from './all/help.ts';
import { sources } from './all/sources.ts';

/** Every chat command, in the order /help lists them. Adapters register exactly these. */
export const commands: Command[] = [brief, whoSaid, topics, subscribe, unsubscribe, subscriptions, sources, help] as Command[];

export function findCommand(name: string): Command | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === n || c.name.replace('-', '') === n);
}
