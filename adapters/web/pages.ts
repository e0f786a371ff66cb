/**
 * Request handling for the web pages: who may see them (a valid signature, or WEB_PUBLIC=true),
 * GET/HEAD only, the card (through the same /brief command and answer cache as chat) with its
 * timeline, and stored articles. Errors are plain sentences; the error itself goes to the log.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Store } from '../../src/store/store.ts';
import type { BriefingCard } from '../../src/briefing/card.ts';
import { brief } from '../../src/commands/all/brief.ts';
import { runCommand } from '../../src/commands/run.ts';
import { AnswerCache } from '../../src/commands/answer-cache.ts';
import { isNewsSince } from '../../src/briefing/build/build-card.ts';
import { resolveTopic } from '../../src/commands/resolve-topic.ts';
import { readStory } from '../../src/app/stories.ts';
import { cardPath, LinkSigner, verifySignedPath } from '../../src/web/links.ts';
import { articlePage } from './article-page.ts';
import { cardPage, type PageLinks } from './card-page.ts';
import { messagePage, securityHeaders, sendHtml, UP } from './html.ts';
import { timelineSvg } from './timeline.ts';

export interface WebDeps {
  store: Store;
  config: Config;
  log: Logger;
  now?: () => Date;
}

const CSS = readFileSync(new URL('./briefbot.css', import.meta.url));
const ICON = readFileSync(new URL('./icon.svg', import.meta.url));

/** A card's timeline (SVG), while the topic's articles do not change (for the day, as the card). */
const timelines = new AnswerCache<string>(1000, 24 * 3600_000);

type Access = { ok: true; links: LinkSigner } | { ok: false; status: number; title: string; message: string };

function splitUrl(req: IncomingMessage): { path: string; params: URLSearchParams } {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  return { path: q < 0 ? raw : raw.slice(0, q), params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

export class WebPages {
  private now: () => Date;

  constructor(private deps: WebDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** May this request see its page? Links on the page are signed until the same expiry. */
  private access(path: string, params: URLSearchParams): Access {
    const { WEB_PUBLIC, WEB_SECRET } = this.deps.config;
    if (WEB_PUBLIC) return { ok: true, links: new LinkSigner(UP, undefined, 0) };
    const refused = { ok: false as const, status: 403, title: 'Link not valid' };
    if (!WEB_SECRET) return { ...refused, message: 'These pages open only from a signed link, and this bot signs none.' };
    const v = verifySignedPath(WEB_SECRET, path, params, this.now().getTime());
    if (v.ok) return { ok: true, links: new LinkSigner(UP, WEB_SECRET, v.exp) };
    if (v.reason === 'expired') return { ...refused, title: 'Link expired', message: 'This link has expired. Links from chat are valid for 7 days: ask the bot for the card again.' };
    return { ...refused, message: 'This page opens only from a link the bot gave, and this link is not one (it may have been cut or changed).' };
  }

  /** Common part of every page: method, access, then the page; never a stack trace. */
  private async serve(req: IncomingMessage, res: ServerResponse, render: (rest: string, params: URLSearchParams, links: LinkSigner) => Promise<{ status: number; html: string }>, prefix: string) {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { ...securityHeaders('text/plain; charset=utf-8'), allow: 'GET, HEAD' }).end('method not allowed');
      return;
    }
    const { path, params } = splitUrl(req);
    const access = this.access(path, params);
    if (!access.ok) return sendHtml(res, access.status, messagePage(access.title, access.message), head);
    let rest: string;
    try {
      rest = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return sendHtml(res, 400, messagePage('Bad address', 'This address is not well formed.'), head);
    }
    try {
      const { status, html } = await render(rest, params, access.links);
      sendHtml(res, status, html, head);
    } catch (e) {
      this.deps.log.error(`web page ${prefix} failed`, e);
      if (!res.headersSent) sendHtml(res, 500, messagePage('Something went wrong', 'This page could not be shown. The error was logged; please try again.'), head);
    }
  }

  /** The stylesheet and the icon: static, the same for everyone, no signature needed. */
  private static file(type: string, body: Buffer) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...securityHeaders('text/plain; charset=utf-8'), allow: 'GET, HEAD' }).end('method not allowed');
        return;
      }
      res.writeHead(200, { ...securityHeaders(type), 'cache-control': 'public, max-age=3600', 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
  }

  readonly css = WebPages.file('text/css; charset=utf-8', CSS);
  readonly icon = WebPages.file('image/svg+xml', ICON);

  readonly card = (req: IncomingMessage, res: ServerResponse) =>
    this.serve(
      req,
      res,
      async (topic, params, links) => {
        const page = params.get('page');
        const since = params.get('since');
        if (!topic || topic.includes('/') || (page !== null && !/^\d{1,2}$/.test(page))) {
          return { status: 404, html: messagePage('Not found', 'There is no such page.') };
        }
        const now = this.now();
        const reply = await runCommand(
          { store: this.deps.store, config: this.deps.config, now: () => now, caller: { platform: 'cli', workspace: '', channel: 'web', user: 'web', canManage: false } },
          brief,
          { topic, ...(since ? { since } : {}), ...(page ? { page: Number(page) } : {}) },
          (e, where) => this.deps.log.error(`web ${where} failed`, e),
        );
        if (reply.type !== 'card') {
          const msg = reply.type === 'error' ? reply.message : '';
          if (/^Unknown topic/.test(msg)) return { status: 404, html: messagePage('Not found', 'There is no briefing topic by that name.') };
          if (/failed on my side/.test(msg)) return { status: 500, html: messagePage('Something went wrong', 'This card could not be built. The error was logged; please try again.') };
          return { status: 400, html: messagePage('Cannot show this card', msg || 'This card cannot be shown.') };
        }
        const card = reply.card;
        return { status: 200, html: cardPage(card, pageLinks(links), await this.timeline(card, now)) };
      },
      '/cards/',
    );

  readonly article = (req: IncomingMessage, res: ServerResponse) =>
    this.serve(
      req,
      res,
      async (id) => {
        const sa = id && id.length <= 200 && !id.includes('/') ? await this.deps.store.getArticle(id) : null;
        if (!sa) return { status: 404, html: messagePage('Not found', 'There is no stored article with this address.') };
        return { status: 200, html: articlePage(sa) };
      },
      '/articles/',
    );

  /**
   * Articles per day among those the card is built from (the story's, news since the card's
   * `since`), with the card's developments marked; remembered like the card itself (per topic
   * version, since, page and day).
   */
  private timeline(card: BriefingCard, now: Date): Promise<string> {
    return timelines.get(
      this.deps.store,
      JSON.stringify([card.topic, card.since, card.page, now.toISOString().slice(0, 10)]),
      now.getTime(),
      async () => {
        const story = await readStory(this.deps.store, await resolveTopic(this.deps.store, card.topic));
        const perDay = new Map<string, number>();
        for (const a of story.articles) {
          if (!isNewsSince(a, card.since)) continue;
          const d = (a.published ?? a.storedAt).slice(0, 10);
          perDay.set(d, (perDay.get(d) ?? 0) + 1);
        }
        const marks = card.developments.filter((d) => d.when).map((d) => ({ day: d.when!.slice(0, 10), label: d.text.length > 90 ? `${d.text.slice(0, 88)}…` : d.text }));
        return timelineSvg({ perDay, marks });
      },
      { topic: card.topic },
    );
  }
}

function pageLinks(s: LinkSigner): PageLinks {
  return { card: (topic, opts) => s.href(cardPath(topic, opts)), article: (id, i) => s.article(id, i) };
}

