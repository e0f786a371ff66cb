/**
 * The one local stand-in for Slack and Discord, used by every test and by `npm run soak`: one
 * node:http server on 127.0.0.1 that records every request and answers as the platforms do.
 *
 * - Slack Web API under `/slack/api/` (SLACK_API_URL = `slackApiUrl`): auth.test, users.info,
 *   chat.postMessage; response_urls under `/respond/<id>` (`responseUrl(id)`).
 * - Discord REST under `/discord/api/v10/` (DISCORD_API_URL = `discordApiUrl`): interaction
 *   callbacks, webhook follow-ups and edits, channel messages, command registration, and what
 *   discord.js asks at login (`GET /gateway/bot`, `/users/@me`, `/applications/@me`). Routes that
 *   need the bot token answer 401 without `Authorization: Bot …`; anything else is 404 and kept in
 *   `unknown`.
 * - The Discord gateway, a websocket on the same port (`gatewayUrl`, answered by GET /gateway/bot):
 *   HELLO on connect; IDENTIFY recorded (shard, intents, the query) and answered with READY, then a
 *   GUILD_CREATE for each of `guilds`; heartbeats acknowledged; RESUME answered. `dispatch(t, d)`
 *   sends an event (INTERACTION_CREATE, MESSAGE_CREATE, …) to every identified connection, as Discord
 *   does: the client under test handles it through its own public event path.
 *
 * It can be told to answer a request differently (`when`: a status and body, a number of times;
 * `slackPostScript`: the next chat.postMessage answers), to fail (`failing`: an error body that
 * echoes the request's Authorization header, as a careless proxy might), or to hold a response
 * (`slow`). `FakeSlack` (`startFakeSlack`) and `FakeDiscord` are the per-platform views the
 * platform tests use: the same server, paths relative to the platform's base.
 *
 * Also here: the requests the platforms send to the bot, signed as they sign them (Slack slash
 * commands, button clicks and events; Discord interactions).
 */
import { createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// ---------------------------------------------------------------- the server

export interface Seen {
  method: string;
  /** The full path, decoded, without the query (e.g. `/slack/api/chat.postMessage`, `/discord/api/v10/channels/1/messages`). */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  /** The Authorization header ('' when none). */
  auth: string;
  /** The body as sent. */
  body: string;
  /** The body parsed: JSON, or a form with its JSON fields (blocks, attachments, payload) parsed; the text otherwise. */
  data: any;
  at: number;
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Rule = (r: Seen) => boolean;

export interface Identify {
  /** [shard id, shard count] as sent in IDENTIFY. */
  shard: [number, number];
  intents: number;
  token: string;
  compress: boolean | undefined;
  /** The query string the connection was opened with (e.g. `v=10&encoding=json`). */
  query: string;
  /** The TCP port of the client end: which process's connection (several per process are possible). */
  remotePort: number;
  at: number;
}

export interface GatewayConnection {
  query: string;
  remotePort: number;
  identify: Identify | null;
  heartbeats: number;
  closed: { code: number; reason: string } | null;
  socket: WebSocket;
  seq: number;
}

export interface FakePlatformsOptions {
  /** Keep every request in `requests` (default true); false keeps only the count (long load tests). */
  record?: boolean;
  /** The recommended shard count answered by GET /gateway/bot (default 1). */
  shards?: number;
  /** The heartbeat interval sent in HELLO (default 1000 ms, so tests see heartbeats). */
  heartbeatIntervalMs?: number;
  /** The bot user in READY and GET /users/@me. */
  user?: { id: string; username: string };
  applicationId?: string;
}

export const IDS = { app: '222222222222222222', guild: '555555555555555555', channel: '444444444444444444', user: '666666666666666666' };
export const MANAGE_CHANNELS = '16';

const SLACK = '/slack/api/';
const DISCORD = '/discord/api';
const GATEWAY = '/discord/gateway';

function parseBody(raw: string, contentType: string): any {
  if (!raw) return null;
  try {
    if (contentType.includes('json')) return JSON.parse(raw);
    if (contentType.includes('x-www-form-urlencoded')) {
      const out: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
      for (const k of ['blocks', 'attachments', 'payload']) if (typeof out[k] === 'string') out[k] = JSON.parse(out[k]);
      return out;
    }
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** A message object as Discord answers for a post or an edit, echoing what was sent. */
export function fakeMessage(body: any, over: { id?: string; channelId?: string } = {}) {
  return {
    id: over.id ?? '333333333333333333',
    channel_id: over.channelId ?? IDS.channel,
    type: 0,
    content: body?.content ?? '',
    author: { id: IDS.app, username: 'briefbot', discriminator: '0', avatar: null, global_name: null, bot: true },
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
  };
}

export class FakePlatforms {
  requests: Seen[] = [];
  /** Requests seen, recorded or not. */
  count = 0;
  /** Discord REST routes the fake does not know (answered 404). */
  unknown: string[] = [];
  /** Slack users that users.info reports as workspace admins. */
  admins = new Set<string>();
  /** When set, auth.test fails with this error code (a revoked or wrong token). */
  slackAuthError: string | null = null;
  /** Answers for the next chat.postMessage calls, in order (then `ok: true`). */
  slackPostScript: Scripted[] = [];
  /** Requests matching this are answered with an error that echoes their credentials. */
  failing: Rule = () => false;
  /** Requests matching this are held this long before the answer. */
  slow: { match: Rule; ms: number } = { match: () => false, ms: 0 };
  /** Called when a request arrives (before any hold). */
  onRequest: (r: Seen) => void = () => undefined;
  /** GUILD_CREATE payloads sent after READY (READY lists them as unavailable, as Discord does). */
  guilds: Record<string, unknown>[] = [];
  readonly connections: GatewayConnection[] = [];
  shards: number;
  base = '';
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly record: boolean;
  private readonly heartbeatIntervalMs: number;
  private readonly user: { id: string; username: string };
  private readonly applicationId: string;
  private script: { match: Rule; reply: Scripted; times: number }[] = [];
  private pages = new Map<string, { type: string; body: string }>();
  private slackTs = 1_700_000_000;
  private messageIds = 0n;

  constructor(opts: FakePlatformsOptions = {}) {
    this.record = opts.record ?? true;
    this.shards = opts.shards ?? 1;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 1000;
    this.user = opts.user ?? { id: IDS.app, username: 'briefbot' };
    this.applicationId = opts.applicationId ?? this.user.id;
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    this.wss = new WebSocketServer({ server: this.server, path: GATEWAY });
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  get slackApiUrl(): string {
    return `${this.base}${SLACK}`;
  }
  /** DISCORD_API_URL: discord.js and @discordjs/rest add `/v10/…`. */
  get discordApiUrl(): string {
    return `${this.base}${DISCORD}`;
  }
  get gatewayUrl(): string {
    return `${this.base.replace(/^http/, 'ws')}${GATEWAY}`;
  }
  responseUrl(id: string): string {
    return `${this.base}/respond/${id}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Answer the next `times` requests matching `match` with this. */
  when(match: Rule, reply: Scripted, times = 1): void {
    this.script.push({ match, reply, times });
  }

  /** Serve `body` at `path` (a web page a source polls, say). */
  page(path: string, type: string, body: string): void {
    this.pages.set(path, { type, body });
  }

  /** Forget recorded requests and scripted answers. */
  reset(): void {
    this.requests = [];
    this.unknown = [];
    this.script = [];
    this.slackPostScript.length = 0;
  }

  responses(id?: string): Seen[] {
    return this.requests.filter((r) => r.path.startsWith('/respond/') && (id === undefined || r.path === `/respond/${id}`));
  }
  slackCalls(method: string): Seen[] {
    return this.requests.filter((r) => r.path === `${SLACK}${method}`);
  }
  slackPosts(): Seen[] {
    return this.slackCalls('chat.postMessage');
  }
  /** Slack Web API calls by method name (the same as `slackCalls`). */
  calls(slackMethod: string): Seen[] {
    return this.slackCalls(slackMethod);
  }
  discordCalls(): Seen[] {
    return this.requests.filter((r) => r.path.startsWith(`${DISCORD}/`));
  }
  /** Messages posted to Discord channels (digests, replies to mentions). */
  discordPosts(): Seen[] {
    return this.discordCalls().filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));
  }

  get identifies(): Identify[] {
    return this.connections.flatMap((c) => (c.identify ? [c.identify] : []));
  }

  /**
   * Send a gateway event (op 0, with the connection's next sequence number) to every identified
   * connection, or to those `to` picks (by the token it identified with, say). Returns how many got it.
   */
  dispatch(t: string, d: unknown, to: (c: GatewayConnection) => boolean = () => true): number {
    let sent = 0;
    for (const c of this.connections) {
      if (!c.identify || c.closed || c.socket.readyState !== c.socket.OPEN || !to(c)) continue;
      c.socket.send(JSON.stringify({ op: 0, t, s: ++c.seq, d }));
      sent++;
    }
    return sent;
  }

  /** Poll until `pick` gives something (or throw, naming the last requests seen). */
  async waitFor<T>(pick: () => T | undefined | false | null, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = pick();
      if (v) return v;
      if (Date.now() > end) throw new Error(`fake platforms: timed out waiting; ${this.describe()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  describe(): string {
    const conns = this.connections.map((c) => `[:${c.remotePort} ${c.identify ? `shard ${JSON.stringify(c.identify.shard)}` : 'no identify'} hb ${c.heartbeats}${c.closed ? ` closed ${c.closed.code}` : ''}]`);
    const last = this.requests.slice(-20).map((r) => `${r.method} ${r.path}`);
    return `requests: ${last.join(', ') || 'none'}; unknown: ${this.unknown.join(', ') || 'none'}; gateway connections: ${conns.join(' ') || 'none'}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const c of req) chunks.push(c as Buffer);
    } catch {
      return;
    }
    const [rawPath, query = ''] = (req.url ?? '/').split('?');
    const body = Buffer.concat(chunks).toString('utf8');
    const seen: Seen = {
      method: req.method ?? '',
      path: decodeURIComponent(rawPath),
      query,
      headers: req.headers,
      auth: String(req.headers.authorization ?? ''),
      body,
      data: parseBody(body, String(req.headers['content-type'] ?? '')),
      at: Date.now(),
    };
    this.count++;
    if (this.record) this.requests.push(seen);
    this.onRequest(seen);
    if (this.slow.match(seen)) await new Promise((r) => setTimeout(r, this.slow.ms));
    if (res.destroyed) return;
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) =>
      void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));

    if (this.failing(seen)) {
      const echo = `upstream said no to ${seen.method} ${seen.path} with "${seen.auth}" and body ${seen.body.slice(0, 200)}`;
      if (seen.path.startsWith('/discord/')) return json(401, { message: echo, code: 0 });
      if (seen.path.startsWith(SLACK)) return json(200, { ok: false, error: 'invalid_auth', detail: echo });
      return void res.writeHead(500, { 'content-type': 'text/plain' }).end(echo);
    }
    const s = this.script.find((x) => x.times > 0 && x.match(seen));
    if (s) {
      s.times--;
      return json(s.reply.status, s.reply.body ?? {}, s.reply.headers);
    }
    const page = this.pages.get(seen.path);
    if (page) return void res.writeHead(200, { 'content-type': page.type }).end(page.body);
    if (seen.path.startsWith('/respond/')) return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (seen.path.startsWith(SLACK)) return this.slack(seen, json);
    if (seen.path.startsWith(`${DISCORD}/`)) return this.discord(seen, res, json);
    json(404, { message: 'not found' });
  }

  private slack(seen: Seen, json: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
    const params: Record<string, any> = seen.data && typeof seen.data === 'object' ? seen.data : {};
    switch (seen.path.slice(SLACK.length)) {
      case 'auth.test':
        if (this.slackAuthError) return json(200, { ok: false, error: this.slackAuthError });
        return json(200, { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'briefbot', team_id: 'T0TEST', user_id: 'UBOT', bot_id: 'BBOT' });
      case 'users.info': {
        const id = String(params.user ?? '');
        return json(200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false } });
      }
      case 'chat.postMessage': {
        const s = this.slackPostScript.shift();
        if (s) return json(s.status, s.body ?? { ok: false, error: s.status === 429 ? 'ratelimited' : 'internal_error' }, s.headers);
        return json(200, { ok: true, channel: params.channel, ts: `${this.slackTs++}.000100`, message: { text: params.text } });
      }
      default:
        return json(200, { ok: false, error: 'unknown_method' });
    }
  }

  private discord(seen: Seen, res: ServerResponse, json: (status: number, data: unknown) => void): void {
    const route = seen.path.slice(DISCORD.length).replace(/^\/v\d+/, '');
    const bot = /^Bot \S+/.test(seen.auth);
    const needsBot = !/^\/(interactions|webhooks)\//.test(route);
    if (needsBot && !bot) return json(401, { message: '401: Unauthorized', code: 0 });
    const m = seen.method;
    if (m === 'GET' && route === '/gateway/bot') {
      return json(200, { url: this.gatewayUrl, shards: this.shards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 } });
    }
    if (m === 'GET' && route === '/gateway') return json(200, { url: this.gatewayUrl });
    if (m === 'GET' && route === '/users/@me') return json(200, this.userObject());
    if (m === 'GET' && (route === '/applications/@me' || route === '/oauth2/applications/@me')) {
      return json(200, { id: this.applicationId, name: this.user.username, flags: 0, bot_public: true, bot_require_code_grant: false, description: '', icon: null, verify_key: '0'.repeat(64) });
    }
    if (m === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route) && Array.isArray(seen.data)) {
      return json(
        200,
        seen.data.map((c: Record<string, unknown>, i: number) => ({ ...c, id: String(1e17 + i), application_id: this.applicationId })),
      );
    }
    if (m === 'DELETE' || (m === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(route))) return void res.writeHead(204).end();
    const channel = /^\/channels\/(\d+)\/messages$/.exec(route);
    if ((m === 'POST' && channel) || /^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(route)) {
      return json(200, fakeMessage(seen.data, { id: String(100000000000000000n + ++this.messageIds), channelId: channel?.[1] }));
    }
    this.unknown.push(`${m} ${route}`);
    json(404, { message: 'Unknown route (fake Discord)', code: 0 });
  }

  private userObject() {
    return { id: this.user.id, username: this.user.username, discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0, verified: true, mfa_enabled: false };
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const conn: GatewayConnection = { query: (req.url ?? '').split('?')[1] ?? '', remotePort: req.socket.remotePort ?? 0, identify: null, heartbeats: 0, closed: null, socket, seq: 0 };
    this.connections.push(conn);
    const send = (p: unknown) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(p));
    socket.on('close', (code, reason) => (conn.closed = { code, reason: reason.toString() }));
    socket.on('error', () => undefined);
    socket.on('message', (raw) => {
      let p: { op: number; d: any };
      try {
        p = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      switch (p.op) {
        case 1:
          conn.heartbeats++;
          send({ op: 11, d: null });
          return;
        case 2: {
          if (conn.identify) return void socket.close(4005, 'Already authenticated');
          const d = p.d ?? {};
          const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
          conn.identify = { shard, intents: Number(d.intents), token: String(d.token), compress: d.compress, query: conn.query, remotePort: conn.remotePort, at: Date.now() };
          if (shard[0] < 0 || shard[0] >= shard[1]) return void socket.close(4010, 'Invalid shard');
          send({
            op: 0,
            t: 'READY',
            s: ++conn.seq,
            d: {
              v: 10,
              user: this.userObject(),
              guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
              session_id: randomBytes(16).toString('hex'),
              resume_gateway_url: this.gatewayUrl,
              shard,
              application: { id: this.applicationId, flags: 0 },
              private_channels: [],
              relationships: [],
              presences: [],
              guild_join_requests: [],
              geo_ordered_rtc_regions: [],
              user_settings: {},
            },
          });
          for (const g of this.guilds) send({ op: 0, t: 'GUILD_CREATE', s: ++conn.seq, d: g });
          return;
        }
        case 6:
          send({ op: 0, t: 'RESUMED', s: ++conn.seq, d: {} });
          return;
        default:
          return; // presence updates, voice state, request guild members: nothing to do here
      }
    });
    send({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }
}

/** Poll `pred` until it holds (or throw with `what` and the fake's state). */
async function until(fp: FakePlatforms, what: string, pred: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`fake platforms: timed out waiting for ${what}; ${fp.describe()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ---------------------------------------------------------------- Slack's view

/** A request to Slack, its path relative to the Slack base (`/api/chat.postMessage`, `/respond/<id>`) and its body parsed. */
export interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, any>;
  at: number;
}

export interface FakeSlack {
  /** The server itself (for Discord too, or anything the view does not show). */
  platforms: FakePlatforms;
  base: string;
  apiUrl: string;
  /** Requests to Slack (Web API and response_urls), oldest first. */
  readonly requests: Recorded[];
  /** Answers for the next chat.postMessage calls, in order (then `ok: true`). */
  postScript: Scripted[];
  /** Users that users.info reports as workspace admins. */
  admins: Set<string>;
  /** When set, auth.test fails with this error code (a revoked or wrong token). */
  authError: string | null;
  responseUrl(id: string): string;
  responses(id?: string): Recorded[];
  posts(): Recorded[];
  calls(method: string): Recorded[];
  waitFor<T>(pick: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  /** Forget recorded requests. */
  clear(): void;
  close(): Promise<void>;
}

function slackRecorded(r: Seen): Recorded {
  const body = r.data && typeof r.data === 'object' ? r.data : {};
  return { method: r.method, path: r.path.startsWith('/slack/') ? r.path.slice('/slack'.length) : r.path, headers: r.headers, body, at: r.at };
}

/** The Slack view of a FakePlatforms (a new one, started, when none is given). */
export async function startFakeSlack(fp?: FakePlatforms): Promise<FakeSlack> {
  const p = fp ?? (await new FakePlatforms().start());
  const slackOnly = () => p.requests.filter((r) => r.path.startsWith(SLACK) || r.path.startsWith('/respond/')).map(slackRecorded);
  return {
    platforms: p,
    base: p.base,
    apiUrl: p.slackApiUrl,
    get requests() {
      return slackOnly();
    },
    postScript: p.slackPostScript,
    admins: p.admins,
    get authError() {
      return p.slackAuthError;
    },
    set authError(v: string | null) {
      p.slackAuthError = v;
    },
    responseUrl: (id) => p.responseUrl(id),
    responses: (id) => p.responses(id).map(slackRecorded),
    posts: () => p.slackPosts().map(slackRecorded),
    calls: (method) => p.slackCalls(method).map(slackRecorded),
    waitFor: (pick, timeoutMs) => p.waitFor(pick, timeoutMs),
    clear: () => void (p.requests = []),
    close: () => p.stop(),
  };
}

// ---------------------------------------------------------------- Discord's view

/** A Discord REST call, its path relative to the Discord base (`/api/v10/channels/…`) and its body parsed. */
export interface RestCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  auth: string;
  body: any;
  at: number;
}

function restCall(r: Seen): RestCall {
  return { method: r.method, path: r.path.slice('/discord'.length), headers: r.headers, auth: r.auth, body: r.data, at: r.at };
}

/** The Discord view of a FakePlatforms: REST calls recorded and scriptable, and the gateway. */
export class FakeDiscord {
  readonly platforms: FakePlatforms;
  /** DISCORD_API_URL. */
  url = '';

  constructor(opts: FakePlatformsOptions | FakePlatforms = {}) {
    this.platforms = opts instanceof FakePlatforms ? opts : new FakePlatforms(opts);
  }

  async start(): Promise<this> {
    if (!this.platforms.base) await this.platforms.start();
    this.url = this.platforms.discordApiUrl;
    return this;
  }

  async stop(): Promise<void> {
    await this.platforms.stop();
  }

  /** REST calls to Discord, oldest first. */
  get calls(): RestCall[] {
    return this.platforms.discordCalls().map(restCall);
  }
  /** Routes the fake does not know (each answered 404). */
  get unknown(): string[] {
    return this.platforms.unknown;
  }
  get connections(): GatewayConnection[] {
    return this.platforms.connections;
  }
  get identifies(): Identify[] {
    return this.platforms.identifies;
  }
  /** GUILD_CREATE payloads sent after READY. */
  set guilds(g: Record<string, unknown>[]) {
    this.platforms.guilds = g;
  }

  /** Answer the next `times` matching calls with this. */
  when(match: (c: RestCall) => boolean, reply: Scripted, times = 1): void {
    this.platforms.when((r) => r.path.startsWith(`${DISCORD}/`) && match(restCall(r)), reply, times);
  }

  /** Forget recorded calls and scripted answers. */
  reset(): void {
    this.platforms.reset();
  }

  /** Forget recorded requests (scripted answers stay). */
  clearCalls(): void {
    this.platforms.requests = [];
  }

  /** Send a gateway event to every identified connection (or those `to` picks). */
  dispatch(t: string, d: unknown, to?: (c: GatewayConnection) => boolean): number {
    return this.platforms.dispatch(t, d, to);
  }

  /** Wait until a call matching `pred` is recorded. */
  async waitFor(pred: (c: RestCall) => boolean, ms = 5000): Promise<RestCall> {
    return this.platforms.waitFor(() => this.calls.find(pred), ms);
  }

  /** Wait until `pred` holds (gateway state, say). */
  until(what: string, pred: () => boolean, ms = 15_000): Promise<void> {
    return until(this.platforms, what, pred, ms);
  }

  describe(): string {
    return this.platforms.describe();
  }
}

// ---------------------------------------------------------------- what Slack sends

/** Send a request to /slack/events signed exactly as Slack does (or with the given overrides). */
export async function sendToSlackEvents(
  url: string,
  secret: string,
  body: string,
  opts: { contentType?: string; timestamp?: number; signature?: string; method?: string } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = opts.signature ?? slackSignature(secret, timestamp, body);
  const t0 = Date.now();
  const res = await fetch(url, {
    method: opts.method ?? 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body: opts.method === 'GET' ? undefined : body,
  });
  return { status: res.status, text: await res.text(), ms: Date.now() - t0 };
}

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** An Events API `app_mention` callback as Slack sends it (JSON). */
export function mentionBody(text: string, o: { eventId: string; ts: string; user?: string; channel?: string; event?: Record<string, unknown> }): string {
  return JSON.stringify({
    token: 'x',
    team_id: 'T0TEST',
    api_app_id: 'A0BRIEF',
    type: 'event_callback',
    event_id: o.eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: o.user ?? 'U0MEMBER', text, ts: o.ts, channel: o.channel ?? 'C0NEWS', event_ts: o.ts, team: 'T0TEST', ...o.event },
    authorizations: [{ team_id: 'T0TEST', user_id: 'UBOT', is_bot: true }],
  });
}

/** A slash-command body as Slack sends it (form-encoded). */
export function slashBody(command: string, text: string, o: { user?: string; channel?: string; team?: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: o.team ?? 'T0TEST',
    team_domain: 'test',
    channel_id: o.channel ?? 'C0NEWS',
    channel_name: 'news',
    user_id: o.user ?? 'U0MEMBER',
    user_name: 'member',
    command,
    text,
    api_app_id: 'A0BRIEF',
    is_enterprise_install: 'false',
    response_url: o.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** A block_actions payload (button click) as Slack sends it. */
export function buttonBody(actionId: string, value: string, o: { user?: string; channel?: string; team?: string; responseUrl: string; ephemeral?: boolean }): string {
  const payload = {
    type: 'block_actions',
    user: { id: o.user ?? 'U0MEMBER', username: 'member', team_id: o.team ?? 'T0TEST' },
    api_app_id: 'A0BRIEF',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: o.channel ?? 'C0NEWS', is_ephemeral: o.ephemeral ?? true },
    trigger_id: '1.2.3',
    team: { id: o.team ?? 'T0TEST', domain: 'test' },
    channel: { id: o.channel ?? 'C0NEWS', name: 'news' },
    response_url: o.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000200' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** All text of a message's blocks, joined (for content assertions). */
export function blocksText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, k?: string) => {
    if (typeof v === 'string') {
      if (k === 'text' || k === 'value') out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [kk, x] of Object.entries(v)) walk(x, kk);
  };
  walk(blocks);
  return out.join('\n');
}

// ---------------------------------------------------------------- what Discord sends

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

/** An Ed25519 key pair: the public key as Discord shows it (64 hex), and a signer. */
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

let seq = 0;
/** An interaction payload as Discord sends it (guild, member with permissions; or a DM). */
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

/** Undo Discord markdown escaping, to compare rendered text with the article's words. */
export const unescapeMd = (s: string) => s.replace(/\\([^\w\s])/g, '$1').replace(/\u200b/g, '');
