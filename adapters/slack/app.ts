/**
 * The Slack adapter: a Bolt app in Socket Mode (SLACK_APP_TOKEN) or HTTP mode (SLACK_SIGNING_SECRET,
 * its request listener mounted on the shared server at /slack/events).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { AdapterContext, RunningAdapter } from '../launch.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerHandlers } from './handlers.ts';
import { managerCheck } from './permissions.ts';
import { cardLinks } from '../../src/web/links.ts';
import { createPoster, type PostOptions } from './post.ts';
import { slackSettings, SlackSettingsError } from './settings.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Bolt's own default body limit, made explicit so that a larger declared length is refused before reading. */
export const SLACK_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface SlackOptions {
  /** Posting behaviour (tests shorten the waits). */
  post?: PostOptions;
}

export async function startSlack(ctx: AdapterContext, opts: SlackOptions = {}): Promise<RunningAdapter> {
  const settings = slackSettings(ctx.config);
  const logger = boltLogger(ctx.log);
  const clientOptions = { slackApiUrl: settings.apiUrl, timeout: 15_000, retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5000 } };

  let receiver: Receiver;
  let http: HTTPReceiver | null = null;
  if (settings.mode === 'socket') {
    receiver = new SocketModeReceiver({ appToken: settings.appToken, logger, installerOptions: { clientOptions } });
  } else {
    http = new HTTPReceiver({ signingSecret: settings.signingSecret, endpoints: SLACK_EVENTS_PATH, logger, bodyLimit: SLACK_MAX_BODY_BYTES });
    receiver = http;
  }
  const app = new App({ token: settings.botToken, receiver, logger, clientOptions, deferInitialization: true });
  try {
    await app.init(); // auth.test: a wrong token fails here, at start, not on the first command
  } catch (e) {
    const code = (e as { data?: { error?: string }; code?: string }).data?.error ?? (e as { code?: string }).code ?? 'unreachable';
    throw new SlackSettingsError(`Slack adapter cannot start: Slack did not accept SLACK_BOT_TOKEN (${code}).`);
  }

  // Posting has its own client: no hidden retries, 429s come back to us to honour Retry-After.
  const postClient = new webApi.WebClient(settings.botToken, { ...clientOptions, logger, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  const poster = createPoster(postClient, ctx.log, { ...opts.post, links: (c) => cardLinks(ctx.config, c) });
  const pending = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    p.finally(() => pending.delete(p)).catch(() => undefined);
    return p;
  };
  registerHandlers(app, {
    store: ctx.store,
    config: ctx.config,
    log: ctx.log,
    canManage: managerCheck(app.client, settings.admins, ctx.log),
    postMessage: poster.postMessage,
    track,
  });
  app.error(async (e) => ctx.log.error('slack: unhandled error in a listener', e));

  if (http) {
    const listener = http.requestListener;
    ctx.http.route(SLACK_EVENTS_PATH, (req: IncomingMessage, res: ServerResponse) => {
      if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('POST only');
      // Bolt reads a body until it passes the limit, so a request declaring 1 GB and sending nothing would be held open.
      if (Number(req.headers['content-length'] ?? 0) > SLACK_MAX_BODY_BYTES) return void res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('body too large');
      // Bolt refuses a timestamp over 5 minutes old but not one over 5 minutes ahead; Slack's check goes both ways.
      const ts = Number(req.headers['x-slack-request-timestamp']);
      if (ts - Date.now() / 1000 > 5 * 60) return void res.writeHead(401, { 'content-type': 'text/plain' }).end('request timestamp is in the future');
      // Bolt matches the form content type exactly; accept a charset parameter too.
      const ct = req.headers['content-type'];
      if (ct) req.headers['content-type'] = ct.split(';')[0].trim().toLowerCase();
      try {
        listener(req, res);
      } catch (e) {
        ctx.log.error('slack: request failed', e);
        if (!res.headersSent) res.writeHead(500).end();
      }
    });
  } else {
    await app.start();
  }
  ctx.log.info(`slack: ${settings.mode === 'socket' ? 'Socket Mode' : `HTTP mode at ${SLACK_EVENTS_PATH}`}`);

  return {
    postDigest: poster.postDigest,
    async stop() {
      if (settings.mode === 'socket') await app.stop().catch((e) => ctx.log.warn('slack: stopping Socket Mode failed', e));
      const deadline = new Promise((r) => setTimeout(r, 10_000).unref());
      await Promise.race([Promise.allSettled([...pending]), deadline]);
    },
  };
}
