/**
 * Gateway mode: the usual discord.js client. Each `interactionCreate` goes to the same `dispatch`
 * as HTTP mode, answered through discord.js's interaction methods; each `messageCreate` that
 * mentions the bot (in a server) or is a direct message goes to `runMention` (mentions.ts).
 * Intents: Guilds, GuildMessages and DirectMessages, none of them privileged: Discord sends the
 * content of messages that mention the bot and of DMs without the Message Content intent.
 * The DM channel arrives partial.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type ClientOptions,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import { MessageFlags } from '@discordjs/core/http-only';
import type { DispatchDeps, Incoming, Responder } from './dispatch.ts';
import { dispatchTraced } from './traced.ts';
import { errorMessage, type MessageBody } from './render/index.ts';
import { restOptions } from './settings.ts';
import { handleGatewayMessage } from './mentions.ts';

/** The platform-neutral form of a discord.js interaction, or null for kinds we do not handle. */
export function incomingFromDiscordJs(i: Interaction): Incoming | null {
  const who = { guildId: i.guildId, channelId: i.channelId ?? '', userId: i.user.id, permissions: i.inGuild() ? (i.memberPermissions?.bitfield ?? null) : null };
  if (i.isChatInputCommand()) {
    const options: Record<string, string | number | boolean> = {};
    for (const o of i.options.data) if (o.value !== undefined && o.value !== null) options[o.name] = o.value;
    return { kind: 'command', name: i.commandName, options, who };
  }
  if (i.isAutocomplete()) {
    const f = i.options.getFocused(true);
    return { kind: 'autocomplete', name: i.commandName, focused: f.name, value: String(f.value ?? ''), who };
  }
  if (i.isButton()) return { kind: 'button', customId: i.customId, who };
  return null;
}

/** discord.js takes camelCase allowedMentions; everything else is the API's JSON. */
function js(msg: MessageBody): InteractionReplyOptions {
  const { allowed_mentions, ...rest } = msg;
  return { ...rest, allowedMentions: allowed_mentions };
}

/** An edit or update: the same, without flags (a message cannot become ephemeral after it is sent). */
function jsEdit(msg: MessageBody): InteractionEditReplyOptions & InteractionUpdateOptions {
  const { allowed_mentions, flags: _flags, ...rest } = msg;
  return { ...rest, allowedMentions: allowed_mentions };
}

/** The answer channel for one discord.js interaction: its own reply, edit, update and respond methods. */
export function discordJsResponder(i: Interaction): Responder {
  const repliable = () => {
    if (!i.isRepliable()) throw new Error('this interaction cannot be replied to');
    return i;
  };
  const component = () => {
    if (!i.isMessageComponent()) throw new Error('this interaction has no message to update');
    return i;
  };
  const autocomplete = () => {
    if (!i.isAutocomplete()) throw new Error('this interaction takes no choices');
    return i;
  };
  return {
    reply: async (msg) => void (await repliable().reply(js(msg))),
    defer: async (ephemeral) => void (await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    edit: async (msg) => void (await repliable().editReply(jsEdit(msg))),
    followUp: async (msg) => void (await repliable().followUp(js(msg))),
    deleteOriginal: async () => void (await repliable().deleteReply()),
    update: async (msg) => void (await component().update(jsEdit(msg))),
    deferUpdate: async () => void (await component().deferUpdate()),
    choices: async (list) => void (await autocomplete().respond(list)),
  };
}

export async function handleGatewayInteraction(deps: DispatchDeps, i: Interaction): Promise<void> {
  const inc = incomingFromDiscordJs(i);
  if (!inc) return;
  const res = discordJsResponder(i);
  const where = inc.kind === 'button' ? 'button' : `/${inc.name}`;
  await dispatchTraced(deps, inc, res, async (e) => {
    deps.log.error(`discord interaction ${where} failed`, e);
    if (i.isRepliable() && !i.replied && !i.deferred) await res.reply(errorMessage('Sorry, that failed on my side. The error was logged; please try again.')).catch(() => undefined);
  });
}

export interface GatewayOptions {
  /** DISCORD_SHARDS: "auto" or a shard count, run inside this process (a ShardingManager child sets its own). */
  shards?: string;
  track(p: Promise<unknown>): void;
}

export function createGatewayClient(deps: DispatchDeps, opts: GatewayOptions): Client {
  const sharding: Partial<ClientOptions> =
    opts.shards && !('SHARDS' in process.env) ? (opts.shards === 'auto' ? { shards: 'auto' } : { shardCount: Number(opts.shards) }) : {};
  // In a ShardingManager child (shard.ts) the IPC channel must not keep the process alive once
  // `serve` has shut down, or the manager's SIGTERM never ends in an exit.
  if (process.env.SHARDING_MANAGER) process.channel?.unref();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: restOptions(deps.config),
    allowedMentions: { parse: [] },
    ...sharding,
  });
  client.on(Events.InteractionCreate, (i) => opts.track(handleGatewayInteraction(deps, i)));
  client.on(Events.MessageCreate, (m) => opts.track(handleGatewayMessage(deps, m)));
  client.once(Events.ClientReady, (c) => deps.log.info(`discord: logged in as ${c.user.tag} in ${c.guilds.cache.size} server(s)`));
  client.on(Events.Error, (e) => deps.log.error('discord client error', e));
  client.on(Events.ShardError, (e, id) => deps.log.warn(`discord shard ${id} error`, e));
  return client;
}
