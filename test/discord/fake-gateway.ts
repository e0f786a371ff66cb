/**
 * A local stand-in for Discord's gateway, for sharding tests with the network closed.
 *
 * One node:http server on 127.0.0.1 answers both:
 * - the REST routes discord.js calls at login, under `/api/v10` (point DISCORD_API_URL at `url`):
 *   `GET /gateway/bot` (the websocket URL, the recommended shard count, the session start limit),
 *   `GET /users/@me`, `GET /applications/@me`; anything else is answered 404 and kept in `unknown`
 *   so a test can show what discord.js asked for;
 * - the gateway websocket (a `ws` WebSocketServer on the same port, `wsUrl`): HELLO (op 10) on
 *   connect; IDENTIFY (op 2) is recorded (shard, intents, compress, the query the client connected
 *   with) and answered with READY (op 0, t READY: session_id, resume_gateway_url, user, no guilds,
 *   application, shard); heartbeats (op 1) get HEARTBEAT_ACK (op 11); RESUME (op 6) gets RESUMED.
 * Frames are plain JSON text. discord.js asks for `compress=zlib-stream` only when zlib-sync is
 * installed (it is not here); the query is recorded so a test can assert it, and text frames are
 * parsed by the client either way.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

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
}

export interface FakeGatewayOptions {
  /** The recommended shard count answered by GET /gateway/bot (default 1). */
  shards?: number;
  /** The heartbeat interval sent in HELLO (default 1000 ms, so tests see heartbeats). */
  heartbeatIntervalMs?: number;
  /** The bot user in READY and GET /users/@me. */
  user?: { id: string; username: string };
  applicationId?: string;
}

export class FakeGateway {
  readonly rest: { method: string; path: string; auth: string | undefined; at: number }[] = [];
  readonly unknown: string[] = [];
  readonly connections: GatewayConnection[] = [];
  /** REST base for DISCORD_API_URL (`http://127.0.0.1:PORT/api`). */
  url = '';
  /** The gateway URL answered by GET /gateway/bot (`ws://127.0.0.1:PORT`). */
  wsUrl = '';
  shards: number;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly heartbeatIntervalMs: number;
  private readonly user: { id: string; username: string };
  private readonly applicationId: string;

  constructor(opts: FakeGatewayOptions = {}) {
    this.shards = opts.shards ?? 1;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 1000;
    this.user = opts.user ?? { id: '222222222222222222', username: 'briefbot' };
    this.applicationId = opts.applicationId ?? this.user.id;
    this.server = createServer((req, res) => this.onRest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  get identifies(): Identify[] {
    return this.connections.flatMap((c) => (c.identify ? [c.identify] : []));
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    const port = (this.server.address() as AddressInfo).port;
    this.url = `http://127.0.0.1:${port}/api`;
    this.wsUrl = `ws://127.0.0.1:${port}`;
    return this;
  }

  /** Poll until `pred` holds (or throw, naming what was seen). */
  async waitFor(what: string, pred: () => boolean, ms = 15_000): Promise<void> {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`fake gateway: timed out waiting for ${what}; ${this.describe()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  describe(): string {
    const conns = this.connections.map((c) => `[:${c.remotePort} ${c.identify ? `shard ${JSON.stringify(c.identify.shard)}` : 'no identify'} hb ${c.heartbeats}${c.closed ? ` closed ${c.closed.code}` : ''}]`);
    return `REST: ${this.rest.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}; unknown: ${this.unknown.join(', ') || 'none'}; connections: ${conns.join(' ') || 'none'}`;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private userObject() {
    return { id: this.user.id, username: this.user.username, discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0, verified: true, mfa_enabled: false };
  }

  private onRest(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0];
    this.rest.push({ method: req.method ?? '', path, auth: req.headers.authorization, at: Date.now() });
    req.resume();
    const json = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!/^Bot \S+/.test(req.headers.authorization ?? '')) return json(401, { message: '401: Unauthorized', code: 0 });
    const route = `${req.method} ${path}`;
    switch (route) {
      case 'GET /api/v10/gateway/bot':
        return json(200, { url: this.wsUrl, shards: this.shards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 } });
      case 'GET /api/v10/gateway':
        return json(200, { url: this.wsUrl });
      case 'GET /api/v10/users/@me':
        return json(200, this.userObject());
      case 'GET /api/v10/applications/@me':
      case `GET /api/v10/oauth2/applications/@me`:
        return json(200, { id: this.applicationId, name: this.user.username, flags: 0, bot_public: true, bot_require_code_grant: false, description: '', icon: null, verify_key: '0'.repeat(64) });
      default:
        this.unknown.push(route);
        return json(404, { message: 'Unknown route (fake gateway)', code: 0 });
    }
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const conn: GatewayConnection = {
      query: (req.url ?? '').split('?')[1] ?? '',
      remotePort: req.socket.remotePort ?? 0,
      identify: null,
      heartbeats: 0,
      closed: null,
      socket,
    };
    this.connections.push(conn);
    let seq = 0;
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
          if (conn.identify) {
            socket.close(4005, 'Already authenticated');
            return;
          }
          const d = p.d ?? {};
          const shard: [number, number] = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
          conn.identify = { shard, intents: Number(d.intents), token: String(d.token), compress: d.compress, query: conn.query, remotePort: conn.remotePort, at: Date.now() };
          if (shard[0] < 0 || shard[0] >= shard[1]) {
            socket.close(4010, 'Invalid shard');
            return;
          }
          send({
            op: 0,
            t: 'READY',
            s: ++seq,
            d: {
              v: 10,
              user: this.userObject(),
              guilds: [],
              session_id: randomBytes(16).toString('hex'),
              resume_gateway_url: this.wsUrl,
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
          return;
        }
        case 6:
          send({ op: 0, t: 'RESUMED', s: ++seq, d: {} });
          return;
        default:
          return; // presence updates, voice state, request guild members: nothing to do here
      }
    });
    send({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }
}
