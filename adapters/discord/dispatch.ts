/**
 * The one interaction handler both modes share. Each mode turns its event into an `Incoming`
 * (HTTP: the raw interaction JSON; gateway: discord.js's interaction object) and hands a
 * `Responder` that knows how to answer on that transport.
 */
import { MessageFlags, PermissionFlagsBits } from '@discordjs/core/http-only';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Store } from '../../src/store/store.ts';
import { cleanText, findCommand, runCommand, type CommandContext, type Reply } from '../../src/commands/index.ts';
import { errorMessage, renderReply, type MessageBody } from './render/index.ts';
import { topicChoices, type Choice } from './autocomplete.ts';

/** Who pressed or typed, and where. `permissions` is the member's bitfield in that channel (null outside a server). */
export interface Who {
  guildId: string | null;
  channelId: string;
  userId: string;
  permissions: bigint | null;
}

export type Incoming =
  | { kind: 'command'; name: string; options: Record<string, string | number | boolean>; who: Who }
  | { kind: 'autocomplete'; name: string; focused: string; value: string; who: Who }
  | { kind: 'button'; customId: string; who: Who };

/** How to answer one interaction. The first call is the interaction response; later ones edit or follow up. */
export interface Responder {
  /** Type 4: answer now. */
  reply(msg: MessageBody): Promise<void>;
  /** Type 5: "thinking…", answer later with `edit`. */
  defer(ephemeral: boolean): Promise<void>;
  /** Edit the original response (after `defer`, `deferUpdate`). */
  edit(msg: MessageBody): Promise<void>;
  followUp(msg: MessageBody): Promise<void>;
  deleteOriginal(): Promise<void>;
  /** Type 7: replace the message the button is on. */
  update(msg: MessageBody): Promise<void>;
  /** Type 6: acknowledge a button, update the message later with `edit`. */
  deferUpdate(): Promise<void>;
  /** Type 8: autocomplete choices. */
  choices(list: Choice[]): Promise<void>;
}

export interface DispatchDeps {
  store: Store;
  config: Config;
  log: Logger;
  now?: () => Date;
  /** Answer directly if the work is done within this many ms, else defer (Discord allows 3 s). */
  deferAfterMs?: number;
}

export const DEFAULT_DEFER_AFTER_MS = 1000;
const AUTOCOMPLETE_STORE_MS = 2000;
export const PAGE_BUTTON = 'card_page';
const MANAGE = PermissionFlagsBits.ManageChannels | PermissionFlagsBits.Administrator;

/** Manage Channels (or Administrator) in this channel of a server; never in a DM. */
export function canManage(who: Who): boolean {
  return who.guildId !== null && who.permissions !== null && (who.permissions & MANAGE) !== 0n;
}

function context(deps: DispatchDeps, who: Who): CommandContext {
  return {
    store: deps.store,
    config: deps.config,
    now: deps.now ?? (() => new Date()),
    caller: { platform: 'discord', workspace: who.guildId ?? '', channel: who.channelId, user: who.userId, canManage: canManage(who) },
  };
}

/** Resolve `work` or time out: null means "still running" (always, with ms <= 0). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `card_page:<topic>:<page>` → its parts (the topic may hold no colon). */
export function parsePageButton(customId: string): { topic: string; page: number } | null {
  const m = /^card_page:([^:]{1,100}):(\d{1,3})(?::.*)?$/.exec(customId);
  return m ? { topic: m[1], page: Number(m[2]) } : null;
}

const ephemeral = (m: MessageBody): MessageBody => ({ ...m, flags: MessageFlags.Ephemeral });

export async function dispatch(deps: DispatchDeps, inc: Incoming, res: Responder): Promise<void> {
  const onError = (e: unknown, where: string) => deps.log.error(`discord ${where} failed`, e);
  const deferAfter = deps.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;

  if (inc.kind === 'autocomplete') {
    const cmd = findCommand(inc.name);
    const spec = cmd?.options.find((o) => o.name === inc.focused);
    let list: Choice[] = [];
    if (spec?.autocomplete === 'topic') {
      try {
        // Discord waits 3 s for choices: a store that does not answer in 2 s gets none offered.
        const topics = await within(deps.store.listTopics(), AUTOCOMPLETE_STORE_MS);
        if (topics) list = topicChoices(topics, inc.value);
      } catch (e) {
        onError(e, `autocomplete /${inc.name}`);
      }
    }
    return res.choices(list);
  }

  if (inc.kind === 'button') {
    const page = parsePageButton(inc.customId);
    const cmd = findCommand('brief');
    if (!page || !cmd) return res.reply(errorMessage('That button is out of date: run /brief again.'));
    const work = runCommand(context(deps, inc.who), cmd, { topic: page.topic, page: page.page }, onError);
    const early = await within(work, deferAfter);
    const reply: Reply = early ?? (await res.deferUpdate().then(() => work));
    if (reply.type === 'error') {
      const msg = errorMessage(reply.message);
      return early ? res.reply(msg) : res.followUp(msg);
    }
    return early ? res.update(renderReply(reply)) : res.edit(renderReply(reply));
  }

  const cmd = findCommand(inc.name);
  if (!cmd) return res.reply(errorMessage(`I do not know /${cleanText(inc.name).slice(0, 40)}. Try /help.`));
  // Channel settings are answered only to the person who asked.
  const private_ = Boolean(cmd.manage) || cmd.name === 'subscriptions';
  const work = runCommand(context(deps, inc.who), cmd, inc.options, onError);
  const early = await within(work, deferAfter);
  if (early) {
    const msg = renderReply(early);
    return res.reply(private_ ? ephemeral(msg) : msg);
  }
  await res.defer(private_);
  const reply = await work;
  const msg = renderReply(reply);
  if (reply.type === 'error' && !private_) {
    // The deferred answer is public; the error goes to the asker alone.
    await res.followUp(msg);
    await res.deleteOriginal().catch((e) => onError(e, `/${cmd.name} (removing the placeholder)`));
    return;
  }
  const { flags: _flags, ...edit } = msg;
  return res.edit(edit);
}
