import type { z } from 'zod';
import { argsFromText } from './parse-args.ts';
import { UserError, type Command, type CommandContext, type Reply } from './command.ts';
import { findCommand, commands } from './registry.ts';
import { isStoreUnavailable, StoreUnavailableError } from '../store/unavailable.ts';
import { cleanArgs, cleanText } from './clean-text.ts';
import { noteCommand, noteOutcome } from '../request.ts';

/** Log sink for unexpected failures (adapters pass their logger; never shown to the user). */
export type ErrorSink = (err: unknown, where: string) => void;

function firstIssue(e: z.ZodError): string {
  const i = e.issues[0];
  if (!i) return 'That did not make sense.';
  if (i.code === 'too_big' && i.path[0]) return `${String(i.path[0])} is too long.`;
  return i.message;
}

/** The plain apology when the store does not answer (down, partitioned, overloaded). */
export function storeUnavailableReply(name: string): Reply {
  return { type: 'error', message: `Sorry, my article store is not answering right now, so /${name} has no answer. Please try again in a minute.` };
}

/** How long a Slack or Discord request may take before the apology goes out instead; the console and CLI wait. */
function deadlineMs(ctx: CommandContext): number {
  if (ctx.deadlineMs !== undefined) return ctx.deadlineMs;
  if (ctx.caller.platform !== 'slack' && ctx.caller.platform !== 'discord') return 0;
  return (ctx.config?.REPLY_DEADLINE_SECONDS ?? 0) * 1000;
}

/**
 * Run a command with already-named arguments (Discord options, CLI flags). Never throws, and on a
 * chat platform always answers within the reply deadline: past it, the user gets the plain
 * "store is not answering" apology and the work is abandoned.
 */
export async function runCommand(ctx: CommandContext, cmd: Command, input: Record<string, unknown>, onError?: ErrorSink): Promise<Reply> {
  // Nothing typed reaches a reply, a channel post or a log with control or direction characters in it.
  const raw = cleanArgs(input);
  noteCommand(cmd.name);
  const ms = deadlineMs(ctx);
  if (!ms) return noted(await runUnbounded(ctx, cmd, raw, onError));
  let abandoned = false;
  // Once the apology is out, a late failure of the abandoned work is not logged a second time.
  const work = runUnbounded(ctx, cmd, raw, (e, at) => abandoned || onError?.(e, at));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Reply>((resolve) => {
    timer = setTimeout(() => {
      abandoned = true;
      noteOutcome('timed_out');
      onError?.(bare(`no answer within ${ms} ms (REPLY_DEADLINE_SECONDS): the apology was sent and the request abandoned`), `/${cmd.name}`);
      resolve(storeUnavailableReply(cmd.name));
    }, ms);
  });
  try {
    return noted(await Promise.race([work, late]));
  } finally {
    clearTimeout(timer);
  }
}

/** For the request's metrics (src/request.ts): a refusal is an error reply the user caused; failures and time-outs are noted where they happen (the worse outcome wins). */
function noted(reply: Reply): Reply {
  noteOutcome(reply.type === 'error' ? 'refused' : 'answered');
  return reply;
}

/** A store outage is one log line per request, without a stack trace. */
function bare(message: string): StoreUnavailableError {
  const e = new StoreUnavailableError(message);
  e.stack = `${e.name}: ${e.message}`;
  return e;
}

async function runUnbounded(ctx: CommandContext, cmd: Command, raw: Record<string, unknown>, onError?: ErrorSink): Promise<Reply> {
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
    if (isStoreUnavailable(e)) {
      onError?.(bare(`the store did not answer: ${(e as Error).message}`), `/${cmd.name}`);
      return storeUnavailableReply(cmd.name);
    }
    onError?.(e, `/${cmd.name}`);
    return { type: 'error', message: `Sorry, /${cmd.name} failed on my side. The error was logged; please try again.` };
  }
}

/** Run one chat line such as `/brief ukraine-talks since:24h`. Never throws. */
export async function runChatLine(ctx: CommandContext, typed: string, onError?: ErrorSink): Promise<Reply> {
  const line = cleanText(typed);
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
  const clean = cleanText(text)
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
