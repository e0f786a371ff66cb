/**
 * HTTP interactions mode: Discord POSTs each interaction to /discord/interactions. We verify the
 * Ed25519 signature before anything else, answer in the HTTP response (PONG, reply, defer,
 * update, choices) and send later edits and follow-ups with @discordjs/core's http-only API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { InteractionResponseType, InteractionType, MessageFlags, type API } from '@discordjs/core/http-only';
import type { DispatchDeps, Incoming, Responder, Who } from './dispatch.ts';
import { dispatchTraced } from './traced.ts';
import { errorMessage, type MessageBody } from './render/index.ts';
import { verifyInteraction } from './verify.ts';

export const MAX_BODY_BYTES = 256 * 1024;
/** Signed timestamps older (or newer) than this are refused: a captured request cannot be replayed later. */
export const MAX_SKEW_SECONDS = 5 * 60;

const OptionSchema = z.object({ name: z.string(), type: z.number(), value: z.union([z.string(), z.number(), z.boolean()]).optional(), focused: z.boolean().optional() });
const UserSchema = z.object({ id: z.string() });
const InteractionSchema = z.object({
  id: z.string(),
  type: z.number().int(),
  token: z.string().default(''),
  application_id: z.string().optional(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  member: z.object({ permissions: z.string().regex(/^\d+$/).optional(), user: UserSchema.optional() }).optional(),
  user: UserSchema.optional(),
  data: z
    .object({
      name: z.string().optional(),
      options: z.array(OptionSchema).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
    })
    .optional(),
});
type Interaction = z.infer<typeof InteractionSchema>;

export interface InteractionsDeps extends DispatchDeps {
  publicKey: KeyObject;
  applicationId: string;
  api: API;
  /** Keeps background work (edits, follow-ups) known, so stop() can wait for it. */
  track(p: Promise<unknown>): void;
  nowSeconds?: () => number;
}

function who(i: Interaction): Who {
  return {
    guildId: i.guild_id ?? null,
    channelId: i.channel_id ?? i.channel?.id ?? '',
    userId: i.member?.user?.id ?? i.user?.id ?? '',
    permissions: i.guild_id && i.member?.permissions ? BigInt(i.member.permissions) : null,
  };
}

/** The platform-neutral form of an interaction, or null for kinds we do not handle. */
export function incomingFromApi(i: Interaction): Incoming | null {
  const opts = i.data?.options ?? [];
  if (i.type === InteractionType.ApplicationCommand && i.data?.name) {
    const options: Record<string, string | number | boolean> = {};
    for (const o of opts) if (o.value !== undefined) options[o.name] = o.value;
    return { kind: 'command', name: i.data.name, options, who: who(i) };
  }
  if (i.type === InteractionType.ApplicationCommandAutocomplete && i.data?.name) {
    const f = opts.find((o) => o.focused);
    return { kind: 'autocomplete', name: i.data.name, focused: f?.name ?? '', value: String(f?.value ?? ''), who: who(i) };
  }
  if (i.type === InteractionType.MessageComponent && i.data?.custom_id) {
    return { kind: 'button', customId: i.data.custom_id, who: who(i) };
  }
  return null;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' }).end(text);
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-big' | 'aborted'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) return 'too-big';
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > max) return 'too-big';
      chunks.push(c as Buffer);
    }
  } catch {
    // The client went away mid-body (anyone can do that, unauthenticated): nothing to answer, nothing to log.
    return 'aborted';
  }
  return Buffer.concat(chunks);
}

/** The answer channel for one HTTP interaction: the first answer is the HTTP response, the rest go over REST. */
function httpResponder(deps: InteractionsDeps, i: Interaction, answer: (body: unknown) => boolean): Responder & { answered(): boolean } {
  let done = false;
  const first = (body: unknown) => {
    if (done) throw new Error('interaction already answered');
    done = true;
    answer(body);
  };
  const appId = i.application_id ?? deps.applicationId;
  const api = deps.api.interactions;
  return {
    answered: () => done,
    async reply(msg) {
      if (done) await api.followUp(appId, i.token, msg);
      else first({ type: InteractionResponseType.ChannelMessageWithSource, data: msg });
    },
    async defer(ephemeral) {
      first({ type: InteractionResponseType.DeferredChannelMessageWithSource, ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}) });
    },
    async edit(msg) {
      await api.editReply(appId, i.token, msg);
    },
    async followUp(msg) {
      await api.followUp(appId, i.token, msg);
    },
    async deleteOriginal() {
      await api.deleteReply(appId, i.token);
    },
    async update(msg) {
      first({ type: InteractionResponseType.UpdateMessage, data: msg });
    },
    async deferUpdate() {
      first({ type: InteractionResponseType.DeferredMessageUpdate });
    },
    async choices(list) {
      first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: list } });
    },
  };
}

/** The route for POST /discord/interactions. */
export function interactionsRoute(deps: InteractionsDeps) {
  const nowSeconds = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return send(res, 405, 'POST only');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'aborted') return;
    if (body === 'too-big') {
      send(res, 413, 'body too large');
      req.destroy();
      return;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !verifyInteraction(deps.publicKey, signature, timestamp, body)) {
      return send(res, 401, 'invalid request signature');
    }
    if (Math.abs(nowSeconds() - Number(timestamp)) > MAX_SKEW_SECONDS) return send(res, 401, 'stale request timestamp');

    let parsed: Interaction;
    try {
      const r = InteractionSchema.safeParse(JSON.parse(body.toString('utf8')));
      if (!r.success) return send(res, 400, 'not an interaction');
      parsed = r.data;
    } catch {
      return send(res, 400, 'malformed JSON');
    }
    if (parsed.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });

    const inc = incomingFromApi(parsed);
    if (!inc) return send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: errorMessage('briefbot does not handle that kind of interaction.') });

    let resolveFirst!: (b: unknown) => void;
    const firstBody = new Promise<unknown>((r) => (resolveFirst = r));
    const responder = httpResponder(deps, parsed, (b) => {
      resolveFirst(b);
      return true;
    });
    const where = inc.kind === 'button' ? 'button' : `/${inc.name}`;
    const work = dispatchTraced(deps, inc, responder, (e) => {
      deps.log.error(`discord interaction ${where} failed`, e);
      const sorry = errorMessage('Sorry, that failed on my side. The error was logged; please try again.');
      if (!responder.answered()) responder.reply(sorry);
      else return responder.followUp(sorry).catch((e2) => deps.log.error(`discord follow-up for ${where} failed`, e2));
    });
    deps.track(work);
    await Promise.race([firstBody, work]);
    if (!responder.answered()) responder.reply(errorMessage('Sorry, I had no answer for that.'));
    send(res, 200, await firstBody);
  };
}

export type { MessageBody };
