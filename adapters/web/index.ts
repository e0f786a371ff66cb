/**
 * The web adapter: the card and the stored articles as pages on the bot's HTTP server
 * (GET /cards/<topic>, GET /articles/<id>, and the stylesheet). Knows no chat platform.
 */
import type { AdapterContext, RunningAdapter } from '../launch.ts';
import { CSS_PATH, ICON_PATH } from './html.ts';
import { WebPages } from './pages.ts';

export { WebPages } from './pages.ts';

export function startWeb(ctx: AdapterContext): RunningAdapter {
  const pages = new WebPages({ store: ctx.store, config: ctx.config, log: ctx.log });
  ctx.http.route(CSS_PATH, pages.css);
  ctx.http.route(ICON_PATH, pages.icon);
  ctx.http.routePrefix('/cards/', pages.card);
  ctx.http.routePrefix('/articles/', pages.article);
  ctx.log.info(`web: card and article pages on /cards/ and /articles/ (${ctx.config.WEB_PUBLIC ? 'open to anyone: WEB_PUBLIC=true' : 'signed links only'})`);
  return { stop: async () => {} };
}
