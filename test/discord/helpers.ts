/**
 * Test doubles for Discord: a local REST server that records every call (and can answer 429 or
 * 500), Ed25519 signing exactly as Discord signs interactions, and a small in-memory store.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store, StoredArticle } from '../../src/store/store.ts';
import { openStore } from '../../src/app/open-store.ts';
import type { Topic } from '../../src/briefing/topic.ts';
import { ConfigSchema, type Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';

export interface RestCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  at: number;
}

type Scripted = { status: number; body?: unknown; headers?: Record<string, string> };

/** A stand-in for discord.com/api: records calls, answers 200 with a plausible object unless scripted otherwise. */
export class FakeDiscord {
  calls: RestCall[] = [];
  private server: Server;
  private script: { match: (c: RestCall) => boolean; reply: Scripted; times: number }[] = [];
  url = '';

  constructor() {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        /* keep text */
      }
      const call: RestCall = { method: req.method ?? '', path: decodeURIComponent((req.url ?? '').split('?')[0]), headers: req.headers, body, at: Date.now() };
      this.calls.push(call);
      const s = this.script.find((x) => x.times > 0 && x.match(call));
      if (s) {
        s.times--;
        res.writeHead(s.reply.status, { 'content-type': 'application/json', ...(s.reply.headers ?? {}) }).end(JSON.stringify(s.reply.body ?? {}));
        return;
      }
      if (req.method === 'DELETE' || /\/callback$/.test(call.path)) {
        res.writeHead(204).end();
        return;
      }
      if (/\/commands$/.test(call.path) && req.method === 'PUT') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify((body as any[]).map((c, i) => ({ ...c, id: String(1e17 + i), application_id: '1' }))));
        return;
      }
      if (call.path.endsWith('/applications/@me')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '222222222222222222', name: 'briefbot' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fakeMessage((body as any) ?? {})));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
    return this;
  }

  /** Answer the next `times` matching calls with this. */
  when(match: (c: RestCall) => boolean, reply: Scripted, times = 1): void {
    this.script.push({ match, reply, times });
  }

  /** Forget recorded calls and scripted answers. */
  reset(): void {
    this.calls = [];
    this.script = [];
  }

  /** Wait until a call matching `pred` is recorded. */
  async waitFor(pred: (c: RestCall) => boolean, ms = 5000): Promise<RestCall> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const c = this.calls.find(pred);
      if (c) return c;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no REST call matched; calls: ${this.calls.map((c) => `${c.method} ${c.path}`).join(', ')}`);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

export function fakeMessage(body: any) {
  return {
    id: '333333333333333333',
    channel_id: '444444444444444444',
    type: 0,
    content: body.content ?? '',
    author: { id: '222222222222222222', username: 'briefbot', discriminator: '0', avatar: null, global_name: null, bot: true },
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
  };
}

/** An Ed25519 key pair: the public key as Discord shows it (64 hex), and a signer. */
/** POST an interaction body to an endpoint; the answer as status, raw text and JSON (when it is JSON). */
export async function postInteraction(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; raw: string; json: any }> {
  const res = await fetch(url, { method: 'POST', body, headers });
  const raw = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(raw);
  } catch {
    /* text */
  }
  return { status: res.status, raw, json };
}

export function discordKeys(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { publicKeyHex: der.subarray(der.length - 32).toString('hex'), privateKey };
}

/** Headers exactly as Discord sends them: Ed25519 over timestamp + raw body. */
export function signed(privateKey: KeyObject, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

export const IDS = { app: '222222222222222222', guild: '555555555555555555', channel: '444444444444444444', user: '666666666666666666' };
export const MANAGE_CHANNELS = '16';

let seq = 0;
/** An interaction payload as Discord sends it to the endpoint (guild, member with permissions). */
export function interaction(type: number, data: unknown, opts: { permissions?: string; dm?: boolean } = {}) {
  seq++;
  const user = { id: IDS.user, username: 'reader', discriminator: '0', avatar: null, global_name: 'Reader' };
  return {
    id: String(700000000000000000n + BigInt(seq)),
    application_id: IDS.app,
    type,
    token: `tok-${seq}-aW50ZXJhY3Rpb24`,
    version: 1,
    locale: 'en-GB',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: opts.dm ? 1 : 0,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: opts.dm ? 1 : 0 },
    ...(data === undefined ? {} : { data }),
    ...(opts.dm
      ? { user }
      : {
          guild_id: IDS.guild,
          guild_locale: 'en-US',
          member: { user, roles: [], permissions: opts.permissions ?? '0', joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        }),
  };
}

export function command(name: string, options: { name: string; type: number; value: unknown; focused?: boolean }[] = [], opts: { permissions?: string; dm?: boolean } = {}) {
  return interaction(2, { id: '888888888888888888', name, type: 1, options }, opts);
}

export function autocomplete(name: string, options: { name: string; type: number; value: unknown; focused?: boolean }[]) {
  return interaction(4, { id: '888888888888888888', name, type: 1, options });
}

export function button(customId: string) {
  return {
    ...interaction(3, { custom_id: customId, component_type: 2 }),
    message: fakeMessage({ content: '' }),
  };
}

/** A quiet logger that keeps what it was told. */
export function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (lvl: string) => (m: string, extra?: unknown) => void lines.push(`${lvl} ${m}${extra instanceof Error ? ' ' + extra.message : extra ? ' ' + JSON.stringify(extra) : ''}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function testConfig(over: Record<string, string> = {}): Config {
  return ConfigSchema.parse({ LOG_LEVEL: 'silent', PORT: '0', ...over });
}

/**
 * A real SQLite store in a temp folder holding the given articles and topics, wrapped so that
 * `touched` counts every call (a test can prove nothing ran).
 */
export async function fixtureStore(articles: StoredArticle[], topics: Topic[]): Promise<Store & { touched: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const store = await openStore({ BRIEFBOT_DB: join(dir, 'test.db'), DATABASE_URL: undefined });
  await store.upsertTopics(topics);
  for (const a of articles) await store.putArticle(a.article, a.facts, a.topics, { storedAt: a.storedAt });
  const counter = { touched: 0, dir };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'touched') return counter.touched;
      if (prop === 'dir') return dir;
      const v = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        counter.touched++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store & { touched: number; dir: string };
}

/** Undo Discord markdown escaping, to compare rendered text with the article's words. */
export const unescapeMd = (s: string) => s.replace(/\\([^\w\s])/g, '$1').replace(/\u200b/g, '');
