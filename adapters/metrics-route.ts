/**
 * GET /metrics (METRICS=true): the Prometheus text format of src/metrics.ts's registry, on the
 * bot's HTTP server (PORT), or on a server of its own when METRICS_PORT is set (keep it off the
 * public proxy).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { enableMetrics, metricsContentType, metricsText } from '../src/metrics.ts';
import { HttpServer } from './http-server.ts';
import type { AdapterContext, RunningAdapter } from './launch.ts';

export const METRICS_PATH = '/metrics';

export function metricsRoute() {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('GET only');
    const body = await metricsText();
    res.writeHead(200, { 'content-type': metricsContentType(), 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Mount /metrics; `port` is METRICS_PORT's server's port, or null when it is served on PORT. */
export async function startMetrics(ctx: AdapterContext): Promise<RunningAdapter & { port: number | null }> {
  enableMetrics();
  if (ctx.config.METRICS_PORT === undefined) {
    ctx.http.route(METRICS_PATH, metricsRoute());
    return { port: null, stop: async () => undefined };
  }
  const own = new HttpServer(ctx.log);
  own.route(METRICS_PATH, metricsRoute());
  const port = await own.listen(ctx.config.METRICS_PORT);
  return { port, stop: () => own.close(2000) };
}
