/**
 * One local HTTP server standing in for Slack (Web API under /slack/api/, response_urls under
 * /respond/) and Discord (REST under /discord/v10/). It records every request, and can be told to
 * fail (answering with an error body that echoes the request's Authorization header, as a careless
 * proxy might: whatever logs that body would leak the token) or to hold a response for a while.
 * Used by the hardening tests and by `npm run soak`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeMessage } from '../discord/helpers.ts';

export interface Seen {
  method: string;
  path: string;
  auth: string;
  body: string;
  at: number;
}

type Rule = (r: Seen) => boolean;

export class FakePlatforms {
  requests: Seen[] = [];
  /** Slack users that users.info reports as workspace admins. */
  admins = new Set<string>();
  /** Requests matching this are answered with an error that echoes their credentials. */
  failing: Rule = () => false;
  /** Requests matching this are held this long before the answer. */
  slow: { match: Rule; ms: number } = { match: () => false, ms: 0 };
  /** Called when a request arrives (before any hold). */
  onRequest: (r: Seen) => void = () => undefined;
  base = '';
  private server: Server;
  private ts = 1_700_000_000;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
  }

  get slackApiUrl() {
    return `${this.base}/slack/api/`;
  }
  get discordApiUrl() {
    return `${this.base}/discord`;
  }
  responseUrl(id: string) {
    return `${this.base}/respond/${id}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  responses(id?: string): Seen[] {
    return this.requests.filter((r) => r.path.startsWith('/respond/') && (id === undefined || r.path === `/respond/${id}`));
  }
  slackPosts(): Seen[] {
    return this.requests.filter((r) => r.path === '/slack/api/chat.postMessage');
  }
  discordPosts(): Seen[] {
    return this.requests.filter((r) => r.method === 'POST' && /^\/discord\/v\d+\/channels\/\d+\/messages$/.test(r.path));
  }
  calls(slackMethod: string): Seen[] {
    return this.requests.filter((r) => r.path === `/slack/api/${slackMethod}`);
  }

  async waitFor<T>(pick: () => T | undefined | false | null, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = pick();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting; requests: ${this.requests.map((r) => `${r.method} ${r.path}`).slice(-20).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const seen: Seen = {
      method: req.method ?? '',
      path: decodeURIComponent((req.url ?? '/').split('?')[0]),
      auth: String(req.headers.authorization ?? ''),
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    this.requests.push(seen);
    this.onRequest(seen);
    if (this.slow.match(seen)) await new Promise((r) => setTimeout(r, this.slow.ms));
    if (res.destroyed) return;
    const json = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    if (this.failing(seen)) {
      const echo = `upstream said no to ${seen.method} ${seen.path} with "${seen.auth}" and body ${seen.body.slice(0, 200)}`;
      if (seen.path.startsWith('/discord/')) return json(401, { message: echo, code: 0 });
      if (seen.path.startsWith('/slack/api/')) return json(200, { ok: false, error: 'invalid_auth', detail: echo });
      return res.writeHead(500, { 'content-type': 'text/plain' }).end(echo);
    }
    if (seen.path.startsWith('/respond/')) return res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (seen.path.startsWith('/slack/api/')) {
      const method = seen.path.slice('/slack/api/'.length);
      const params: Record<string, string> = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(seen.body || '{}') : Object.fromEntries(new URLSearchParams(seen.body));
      switch (method) {
        case 'auth.test':
          return json(200, { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'briefbot', team_id: 'T0TEST', user_id: 'UBOT', bot_id: 'BBOT' });
        case 'users.info': {
          const id = String(params.user ?? '');
          return json(200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false } });
        }
        case 'chat.postMessage':
          return json(200, { ok: true, channel: params.channel, ts: `${this.ts++}.000100`, message: { text: params.text } });
        default:
          return json(200, { ok: true });
      }
    }
    if (seen.path.startsWith('/discord/')) {
      if (seen.method === 'DELETE') return res.writeHead(204).end();
      const m = /\/channels\/(\d+)\/messages$/.exec(seen.path);
      return json(200, { ...fakeMessage({}), id: String(100000000000000000n + BigInt(this.requests.length)), channel_id: m?.[1] ?? '444444444444444444' });
    }
    json(404, { message: 'not found' });
  }
}
