import { z } from 'zod';
import { argsFromText } from './parse-args.ts';
import { UserError, type Command, type CommandContext, type Reply } from './command.ts';
import { findCommand, commands } from './registry.ts';
import { noteCommand, noteOutcome } from '../request.ts';

/** Log sink for unexpected failures (adapters pass their logger; never shown to the user). */
export type ErrorSink = (err: unknown, where: string) => void;

function firstIssue(e: z.ZodError): string {
  const i = e.issues[0];
  if (!i) return 'That did not make sense.';
  if (i.code === 'too_big' && i.path[0]) return `${String(i.path[0])} is too long.`;
  return i.message;
}

/** Run a command with already-named arguments (Discord options, CLI flags). Never throws. */
export async function runCommand(ctx: CommandContext, cmd: Command, raw: Record<string, unknown>, onError?: ErrorSink): Promise<Reply> {
  noteCommand(cmd.name);
  const reply = await runCommandInner(ctx, cmd, raw, onError);
  // For the request's metrics (src/request.ts): a refusal is an error reply the user caused; failures note 'error' below.
  noteOutcome(reply.type === 'error' ? 'refused' : 'answered');
  return reply;
}

async function runCommandInner(ctx: CommandContext, cmd: Command, raw: Record<string, unknown>, onError?: ErrorSink): Promise<Reply> {
  try {
    if (cmd.manage && !ctx.caller.canManage) {
      return { type: 'error', message: `Only channel managers can use /${cmd.name}.` };
    }
    const { _extra, ...rest } = raw as Record<string, unknown> & { _extra?: string };
    if (_extra) return { type: 'error', message: `I did not understand "${String(_extra).slice(0, 60)}". Usage: ${cmd.usage}` };
    const parsed = cmd.schema.safeParse(rest);
    if (!parsed.success) return { type: 'error', message: `${firstIssue(parsed.error)} Usage: ${cmd.usage}` };
    return await cmd.handler(ctx, parsed.data);
  } catch (e) {
    if (e instanceof UserError) return { type: 'error', message: e.message };
    noteOutcome('error');
    onError?.(e, `/${cmd.name}`);
    return { type: 'error', message: `Sorry, /${cmd.name} failed on my side. The error was logged; please try again.` };
  }
}

/** Run one chat line such as `/brief ukraine-talks since:24h`. Never throws. */
export async function runChatLine(ctx: CommandContext, line: string, onError?: ErrorSink): Promise<Reply> {
  const m = /^\s*\/?([\w-]+)\s*([\s\S]*)$/.exec(line);
  const cmd = m ? findCommand(m[1]) : undefined;
  if (!m || !cmd) {
    const name = (m?.[1] ?? line.trim()).slice(0, 40);
    noteOutcome('refused');
    return { type: 'error', message: `Unknown command "${name}". Commands: ${commands.map((c) => '/' + c.name).join(', ')}.` };
  }
  return runCommand(ctx, cmd, argsFromText(m[2], cmd.options), onError);
}

/**
 * A message that mentions the bot (Slack app_mention, a Discord mention or direct message):
 * `@briefbot brief ukraine-talks` runs that command; anything else is a who-said question
 * (`@briefbot what did Vance say about territory?`), which answers what it can do when it
 * does not understand. Never throws.
 */
export async function runMention(ctx: CommandContext, text: string, onError?: ErrorSink): Promise<Reply> {
  const clean = text
    .replace(/<@!?&?[A-Z0-9]+(\|[^>]*)?>/gi, ' ')
    .replace(/^\s*@?briefbot\b[:,]?/i, ' ')
    .trim();
  const first = /^\/?([\w-]+)/.exec(clean)?.[1];
  if (first && findCommand(first)) {
    return runChatLine(ctx, clean, onError);
  }
  const whoSaid = findCommand('who-said')!;
  return runCommand(ctx, whoSaid, { query: clean.slice(0, 300) || undefined }, onError);
}
