/**
 * Slack events onto the shared commands: slash commands, the card buttons, and @-mentions.
 * Every handler acks at once, never throws, and always answers (a plain ephemeral sentence
 * when something fails); unexpected errors go to the redacting logger.
 */
import type { AllMiddlewareArgs, App, RespondFn, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Store } from '../../src/store/store.ts';
import { argsFromText, cleanText, findCommand, commands, runCommand, runMention, type CommandContext, type Reply } from '../../src/commands/index.ts';
import { renderError, renderReply, unescapeSlack, type RenderOptions, type SlackMessage } from './render/index.ts';
import { markAcknowledged, runRequest } from '../../src/request.ts';

export interface HandlerDeps {
  store: Store;
  config: Config;
  log: Logger;
  canManage(user: string): Promise<boolean>;
  /** Post in a channel (paced, retried): for replies to @-mentions. */
  postMessage(channel: string, msg: SlackMessage, extra?: { thread_ts?: string }): Promise<unknown>;
  /** Keep track of work still running after the ack (awaited on stop). */
  track<T>(p: Promise<T>): Promise<T>;
}

const SORRY = 'Sorry, something went wrong on my side. The error was logged; please try again.';

interface Where {
  team: string;
  channel: string;
  user: string;
}

/** Run one command by name with its text; never throws. */
export async function runSlackCommand(deps: HandlerDeps, name: string, text: string, where: Where): Promise<Reply> {
  const cmd = findCommand(name);
  if (!cmd) return { type: 'error', message: `I do not know /${cleanText(name).replace(/^\//, '').slice(0, 40)}. Commands: ${commands.map((c) => '/' + c.name).join(', ')}.` };
  const canManage = cmd.manage ? await deps.canManage(where.user) : false;
  const ctx: CommandContext = {
    store: deps.store,
    config: deps.config,
    now: () => new Date(),
    caller: { platform: 'slack', workspace: where.team, channel: where.channel, user: where.user, canManage },
  };
  return runCommand(ctx, cmd, argsFromText(unescapeSlack(text), cmd.options), (e, at) => deps.log.error(`slack: ${at} failed`, e));
}

/** Render and send through response_url; on a rendering failure send the plain apology instead. */
async function answer(deps: HandlerDeps, respond: RespondFn, reply: Reply, extra: { replace_original?: boolean } & RenderOptions = {}) {
  const { reserveBlocks, withoutShare, replace_original } = extra;
  let msg: SlackMessage;
  try {
    msg = renderReply(reply, { reserveBlocks, withoutShare });
  } catch (e) {
    deps.log.error('slack: rendering a reply failed', e);
    msg = renderError(SORRY);
  }
  await respond({ response_type: 'ephemeral', ...(replace_original === undefined ? {} : { replace_original }), text: msg.text, blocks: msg.blocks });
}

/** `topic|page` from a card button. */
export function parseCardRef(value: string | undefined): { topic: string; page: number } | null {
  const m = /^([^|]{1,200})\|(\d{1,3})$/.exec(value ?? '');
  return m ? { topic: m[1], page: Number(m[2]) } : null;
}

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/**
 * Each listener runs as one request (src/request.ts): one request id in all its log lines, and its
 * metrics (outcome, time to ack, time to the answer) when the answer has gone out. `ack` marks it acknowledged.
 */
function traced<A>(log: Logger, fn: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return (args: A) => {
    const a = args as A & { ack?: (...x: unknown[]) => Promise<void> };
    const ack = a.ack;
    const withAck = ack ? ({ ...a, ack: async (...x: unknown[]) => (await ack(...x), markAcknowledged()) } as A) : args;
    return runRequest('slack', () => fn(withAck), { log });
  };
}

export function registerHandlers(app: App, deps: HandlerDeps): void {
  // Every slash command of the manifest (and any other sent to this app) lands here.
  app.command(/^\/[\w-]+$/, traced<SlackCommandMiddlewareArgs & AllMiddlewareArgs>(deps.log, async ({ command, ack, respond }) => {
    try {
      await ack();
    } catch (e) {
      deps.log.error('slack: ack failed', e);
      return;
    }
    await deps.track(
      (async () => {
        try {
          const reply = await runSlackCommand(deps, command.command, command.text ?? '', { team: command.team_id, channel: command.channel_id, user: command.user_id });
          await answer(deps, respond, reply);
        } catch (e) {
          deps.log.error(`slack: ${command.command} failed`, e);
          await respond({ response_type: 'ephemeral', text: SORRY }).catch((e2) => deps.log.error('slack: could not send the apology', e2));
        }
      })(),
    );
  }));

  // "Share in channel": the same card, posted for everyone, without the share button.
  app.action('share_card', traced<SlackActionMiddlewareArgs & AllMiddlewareArgs>(deps.log, async ({ ack, body, action, respond }) => {
    await ack();
    await deps.track(
      (async () => {
        try {
          const ref = parseCardRef((action as { value?: string }).value);
          if (!ref) return void (await answer(deps, respond, { type: 'error', message: 'That card can no longer be shared: run /brief again.' }, { replace_original: false }));
          const where = whereOf(body);
          const reply = await runSlackCommand(deps, 'brief', `${ref.topic} page:${ref.page}`, where);
          if (reply.type !== 'card') return void (await answer(deps, respond, reply, { replace_original: false }));
          const msg = renderReply(reply, { withoutShare: true, reserveBlocks: 1 });
          if (USER_ID.test(where.user)) msg.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${where.user}>` }] });
          await respond({ response_type: 'in_channel', replace_original: false, text: msg.text, blocks: msg.blocks });
        } catch (e) {
          deps.log.error('slack: share_card failed', e);
          await respond({ response_type: 'ephemeral', replace_original: false, text: SORRY }).catch(() => undefined);
        }
      })(),
    );
  }));

  // "More": the next page; in place when the card is the user's own ephemeral copy.
  app.action('card_page', traced<SlackActionMiddlewareArgs & AllMiddlewareArgs>(deps.log, async ({ ack, body, action, respond }) => {
    await ack();
    await deps.track(
      (async () => {
        try {
          const ref = parseCardRef((action as { value?: string }).value);
          if (!ref) return void (await answer(deps, respond, { type: 'error', message: 'That page is gone: run /brief again.' }, { replace_original: false }));
          const ephemeral = Boolean((body as { container?: { is_ephemeral?: boolean } }).container?.is_ephemeral);
          const reply = await runSlackCommand(deps, 'brief', `${ref.topic} page:${ref.page}`, whereOf(body));
          await answer(deps, respond, reply, { replace_original: ephemeral });
        } catch (e) {
          deps.log.error('slack: card_page failed', e);
          await respond({ response_type: 'ephemeral', replace_original: false, text: SORRY }).catch(() => undefined);
        }
      })(),
    );
  }));

  // "@briefbot brief ukraine-talks" runs that command; "@briefbot who said “fakes”?" (anything
  // else) is a who-said question. The answer goes in the thread under the mention.
  app.event('app_mention', traced<SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs>(deps.log, async ({ event, context }) => {
    await deps.track(
      (async () => {
        const e = event as { text?: string; channel: string; user?: string; ts: string; thread_ts?: string; team?: string; bot_id?: string };
        const thread_ts = e.thread_ts ?? e.ts;
        // Never answer a bot (our own posts included): two bots could mention each other forever.
        if (e.bot_id || (context.botUserId && e.user === context.botUserId)) return;
        try {
          const reply = await runSlackMention(deps, e.text ?? '', { team: e.team ?? context.teamId ?? '', channel: e.channel, user: e.user ?? '' });
          const msg = renderReply(reply, { withoutShare: true });
          await deps.postMessage(e.channel, msg, { thread_ts });
        } catch (err) {
          deps.log.error('slack: app_mention failed', err);
          await deps.postMessage(e.channel, renderError(SORRY), { thread_ts }).catch(() => undefined);
        }
      })(),
    );
  }));
}

/**
 * The text of a mention as the user typed it: mentions of people and channels out, links to their
 * label, Slack's &amp; &lt; &gt; undone. Then a command or a who-said question (`runMention`).
 */
export async function runSlackMention(deps: HandlerDeps, text: string, where: Where): Promise<Reply> {
  const plain = unescapeSlack(
    text
      .replace(/<[@#!][^>]*>/g, ' ')
      .replace(/<((?:https?|mailto):[^|>]*)\|([^>]*)>/g, '$2')
      .replace(/<((?:https?|mailto):[^>]*)>/g, '$1'),
  );
  const first = /^\s*\/?([\w-]+)/.exec(plain)?.[1];
  const cmd = first ? findCommand(first) : undefined;
  const canManage = cmd?.manage ? await deps.canManage(where.user) : false;
  const ctx: CommandContext = {
    store: deps.store,
    config: deps.config,
    now: () => new Date(),
    caller: { platform: 'slack', workspace: where.team, channel: where.channel, user: where.user, canManage },
  };
  return runMention(ctx, plain, (e, at) => deps.log.error(`slack: mention ${at} failed`, e));
}

function whereOf(body: unknown): Where {
  const b = body as { team?: { id?: string } | null; user?: { id?: string; team_id?: string }; channel?: { id?: string }; container?: { channel_id?: string } };
  return { team: b.team?.id ?? b.user?.team_id ?? '', channel: b.channel?.id ?? b.container?.channel_id ?? '', user: b.user?.id ?? '' };
}
