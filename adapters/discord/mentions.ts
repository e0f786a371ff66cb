/**
 * Gateway mode: messages that mention the bot in a server, and direct messages, go to the shared
 * `runMention` (a command name first runs that command; anything else is a who-said question) and
 * are answered as a reply with the usual embeds. Nobody is ever pinged; bots are never answered.
 */
import { ChannelType, type Message, type MessageReplyOptions } from 'discord.js';
import { runMention, type CommandContext, type Reply } from '../../src/commands/index.ts';
import { canManage, type DispatchDeps } from './dispatch.ts';
import { renderReply, type MessageBody } from './render/index.ts';
import { runRequest } from '../../src/request.ts';

const SORRY = 'Sorry, that failed on my side. The error was logged; please try again.';

/** Whether the bot should answer this message: a DM, or a server message that mentions the bot by name. */
export function isForBot(m: Pick<Message, 'author' | 'webhookId' | 'guildId' | 'content' | 'channel'>, botId: string | undefined): boolean {
  if (!botId || m.author.bot || m.author.system || m.webhookId || m.author.id === botId) return false;
  // Outside a server: a direct message (the channel may be partial: only its id is known).
  if (m.guildId === null) return m.channel?.type === undefined || m.channel.type === ChannelType.DM;
  // An explicit <@bot> in the text: not @everyone, a role, or a reply that only pings the bot.
  return new RegExp(`<@!?${botId}>`).test(m.content);
}

/** The question as typed: every mention taken out. */
export function mentionText(content: string): string {
  return content
    .replace(/<@[!&]?\d+>/g, ' ')
    .replace(/<#\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A reply message: the rendered body, never ephemeral (not possible outside interactions), no pings. */
export function replyOptions(msg: MessageBody): MessageReplyOptions {
  const { allowed_mentions: _a, flags: _f, ...rest } = msg;
  return { ...rest, allowedMentions: { parse: [], repliedUser: false } };
}

function context(deps: DispatchDeps, m: Message): CommandContext {
  let permissions: bigint | null = null;
  try {
    permissions = m.inGuild() ? (m.member?.permissionsIn(m.channelId).bitfield ?? null) : null;
  } catch {
    permissions = null; // channel or roles not cached: treated as a member who cannot manage
  }
  const who = { guildId: m.guildId, channelId: m.channelId, userId: m.author.id, permissions };
  return {
    store: deps.store,
    config: deps.config,
    now: deps.now ?? (() => new Date()),
    caller: { platform: 'discord', workspace: m.guildId ?? '', channel: m.channelId, user: m.author.id, canManage: canManage(who) },
  };
}

/** Handle one `messageCreate`; never throws. */
export async function handleGatewayMessage(deps: DispatchDeps, m: Message): Promise<void> {
  if (!isForBot(m, m.client.user?.id)) return;
  return runRequest('discord', () => answerMention(deps, m), { log: deps.log });
}

async function answerMention(deps: DispatchDeps, m: Message): Promise<void> {
  let reply: Reply;
  try {
    reply = await runMention(context(deps, m), mentionText(m.content).slice(0, 400), (e, at) => deps.log.error(`discord mention ${at} failed`, e));
  } catch (e) {
    deps.log.error('discord mention failed', e);
    reply = { type: 'error', message: SORRY };
  }
  try {
    await m.reply(replyOptions(renderReply(reply)));
  } catch (e) {
    deps.log.error('discord: replying to a mention failed', e);
  }
}
