/**
 * A local stand-in for Slack in tests: the Web API (auth.test, users.info, chat.postMessage)
 * under /api/, and response_url endpoints under /respond/. Records every request; can be told
 * to answer chat.postMessage with a 429 (Retry-After) or an error.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, any>;
  at: number;
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeSlack {
  base: string;
  apiUrl: string;
  requests: Recorded[];
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
  close(): Promise<void>;
}

function parseBody(raw: string, contentType = ''): Record<string, any> {
  if (!raw) return {};
  if (contentType.includes('json')) return JSON.parse(raw);
  const out: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  for (const k of ['blocks', 'attachments']) if (typeof out[k] === 'string') out[k] = JSON.parse(out[k]);
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const requests: Recorded[] = [];
  const postScript: Scripted[] = [];
  const admins = new Set<string>();
  let ts = 1_700_000_000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0];
      const body = parseBody(Buffer.concat(chunks).toString('utf8'), String(req.headers['content-type'] ?? ''));
      requests.push({ method: req.method ?? '', path, headers: req.headers, body, at: Date.now() });
      const json = (status: number, data: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
      if (path.startsWith('/respond/')) return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      switch (path) {
        case '/api/auth.test':
          if (fake.authError) return json(200, { ok: false, error: fake.authError });
          return json(200, { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'briefbot', team_id: 'T0TEST', user_id: 'UBOT', bot_id: 'BBOT' });
        case '/api/users.info': {
          const id = String(body.user ?? '');
          return json(200, { ok: true, user: { id, name: id.toLowerCase(), is_admin: admins.has(id), is_owner: false, is_primary_owner: false } });
        }
        case '/api/chat.postMessage': {
          const s = postScript.shift();
          if (s) return json(s.status, s.body ?? { ok: false, error: s.status === 429 ? 'ratelimited' : 'internal_error' }, s.headers);
          return json(200, { ok: true, channel: body.channel, ts: `${ts++}.000100`, message: { text: body.text } });
        }
        default:
          return json(200, { ok: false, error: 'unknown_method' });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeSlack = {
    authError: null,
    base,
    apiUrl: `${base}/api/`,
    requests,
    postScript,
    admins,
    responseUrl: (id) => `${base}/respond/${id}`,
    responses: (id) => requests.filter((r) => r.path.startsWith('/respond/') && (id === undefined || r.path === `/respond/${id}`)),
    posts: () => requests.filter((r) => r.path === '/api/chat.postMessage'),
    calls: (method) => requests.filter((r) => r.path === `/api/${method}`),
    async waitFor(pick, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = pick();
        if (v) return v;
        if (Date.now() > end) throw new Error('timed out waiting for the fake Slack');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
  return fake;
}

/** Send a request to /slack/events signed exactly as Slack does (or with the given overrides). */
export async function sendToSlackEvents(
  url: string,
  secret: string,
  body: string,
  opts: { contentType?: string; timestamp?: number; signature?: string; method?: string } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = opts.signature ?? `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
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
