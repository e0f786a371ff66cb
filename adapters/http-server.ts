import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../src/log.ts';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Readiness: resolves when the process can serve (the store answers), rejects or resolves false when not. */
// biome-ignore lint/suspicious/noConfusingVoidType: a probe that resolves with nothing (the store's ping) means ready
export type ReadyCheck = () => Promise<boolean | void>;

/**
 * One HTTP server on PORT for every adapter that takes HTTP requests
 * (Slack at /slack/events, Discord at /discord/interactions), plus GET /healthz (liveness: the
 * process answers) and GET /readyz (readiness: 503 while the store does not answer or while
 * shutting down).
 */
export class HttpServer {
  readonly routes = new Map<string, Route>();
  /** Routes for every path under a prefix (the web pages: /cards/, /articles/). */
  readonly prefixRoutes: [prefix: string, handler: Route][] = [];
  private server: Server | null = null;
  private inFlight = 0;
  private draining = false;

  constructor(
    private log: Logger,
    private ready: ReadyCheck = async () => true,
  ) {}

  route(path: string, handler: Route): void {
    this.routes.set(path, handler);
  }

  routePrefix(prefix: string, handler: Route): void {
    this.prefixRoutes.push([prefix, handler]);
  }

  async listen(port: number, host = '0.0.0.0'): Promise<number> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      if (path === '/readyz') {
        void this.readiness().then((why) => {
          if (res.destroyed) return;
          if (why) res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '5' }).end(`not ready: ${why}`);
          else res.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
        });
        return;
      }
      const h = this.routes.get(path) ?? this.prefixRoutes.find(([p]) => path.startsWith(p))?.[1];
      if (!h) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      this.inFlight++;
      res.on('close', () => this.inFlight--);
      Promise.resolve(h(req, res)).catch((e) => {
        // A client that hung up mid-request is not a failure of ours: one debug line, no stack.
        if (req.destroyed || res.destroyed || (e as { code?: string }).code === 'ECONNRESET') {
          this.log.debug(`HTTP ${path}: the client went away (${(e as Error)?.message ?? e})`);
          return;
        }
        this.log.error(`HTTP ${path} failed`, e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      });
    });
    // A client gets 30 s to send a whole request (15 s for its headers): a trickled body cannot hold a connection.
    this.server.requestTimeout = 30_000;
    this.server.headersTimeout = 15_000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    const addr = this.server.address();
    const bound = typeof addr === 'object' && addr ? addr.port : port;
    this.log.info(`HTTP on port ${bound}: ${[...this.routes.keys(), ...this.prefixRoutes.map(([p]) => `${p}*`)].join(', ')}`);
    return bound;
  }

  /** Null when ready, else why not (never throws). */
  private async readiness(): Promise<string | null> {
    if (this.draining) return 'shutting down';
    try {
      return (await this.ready()) === false ? 'store unavailable' : null;
    } catch {
      return 'store unavailable';
    }
  }

  /** Stop taking connections; wait (bounded) for in-flight requests to finish. */
  async close(timeoutMs = 10_000): Promise<void> {
    this.draining = true;
    if (!this.server) return;
    const s = this.server;
    this.server = null;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      const deadline = Date.now() + timeoutMs;
      const tick = () => {
        if (this.inFlight <= 0 || Date.now() > deadline) {
          s.closeAllConnections();
          resolve();
        } else setTimeout(tick, 50).unref();
      };
      s.closeIdleConnections();
      tick();
    });
  }
}
