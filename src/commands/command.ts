import { z } from 'zod';
import type { BriefingCard } from '../briefing/card.ts';
import type { CardLinks } from '../briefing/render/parts.ts';
import type { WhoSaidResult } from '../briefing/who-said.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';

/** Who is asking, from where: filled in by each adapter. */
export const CallerSchema = z.object({
  platform: z.enum(['slack', 'discord', 'console', 'cli']),
  workspace: z.string().default(''),
  channel: z.string().default('console'),
  user: z.string().default('local'),
  /** Manage Channels (Discord), workspace admin or allow-listed (Slack), always true locally. */
  canManage: z.boolean().default(false),
});
export type Caller = z.infer<typeof CallerSchema>;

export interface CommandContext {
  store: Store;
  config: Config;
  now: () => Date;
  caller: Caller;
  /** Overrides REPLY_DEADLINE_SECONDS for this request (ms; 0 = none). The CLI has none. */
  deadlineMs?: number;
}

/** What a command answers; each adapter renders it for its surface. */
export type Reply =
  /** `links`: the card's web pages, when PUBLIC_URL is set (renderers link the title and citations). */
  | { type: 'card'; card: BriefingCard; links?: CardLinks }
  | { type: 'quotes'; result: WhoSaidResult }
  | { type: 'text'; title?: string; lines: string[] }
  | { type: 'error'; message: string };

/** One option of a command: how Discord registers it and how text arguments map onto it. */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  autocomplete?: 'topic';
  /** Takes the rest of the free text (for a query). */
  rest?: boolean;
  /** Filled from free (unnamed) words in this order. */
  positional?: boolean;
}

export interface Command<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  usage: string;
  options: OptionSpec[];
  schema: S;
  /** Only channel managers / admins may run it. */
  manage?: boolean;
  handler(ctx: CommandContext, args: z.infer<S>): Promise<Reply>;
}

export function defineCommand<S extends z.ZodType>(c: Command<S>): Command<S> {
  return c;
}

/** A failure to show the user as it is: a plain sentence. */
export class UserError extends Error {}
