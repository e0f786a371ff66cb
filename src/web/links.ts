/**
 * Links to the web pages (adapters/web): the card of a topic and a stored article at a cited
 * sentence, signed so that only people given a link can open it. Platform-neutral: the chat
 * renderers take a `CardLinks` built here; the web adapter verifies with `verifySignedPath`.
 *
 * A signature is the HMAC-SHA256 (key WEB_SECRET) of `<canonical path>\n<expiry>`, where the
 * canonical path is the path plus its query parameters other than `exp` and `sig`, sorted; it
 * travels as `?exp=<unix seconds>&sig=<base64url>`. The fragment (`#s12`, the cited sentence) is
 * never sent to the server and is not signed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import type { BriefingCard } from '../briefing/card.ts';
import type { CardLinks } from '../briefing/render/parts.ts';

export type { CardLinks };

/** Links in chat are valid this long. */
export const LINK_TTL_MS = 7 * 24 * 3600_000;


/** `<pathname>?<params without exp/sig, sorted>`: what is signed. */
export function canonicalPath(pathname: string, params: URLSearchParams | Record<string, string>): string {
  const entries = (params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params)).filter(([k]) => k !== 'exp' && k !== 'sig');
  entries.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const q = new URLSearchParams(entries).toString();
  return q ? `${pathname}?${q}` : pathname;
}

export function signature(secret: string, canonical: string, exp: number): string {
  return createHmac('sha256', secret).update(`${canonical}\n${exp}`).digest('base64url');
}

/** The query string (`exp=…&sig=…`) that makes `canonical` openable until `exp` (unix seconds). */
export function signQuery(secret: string, canonical: string, exp: number): string {
  return `exp=${exp}&sig=${signature(secret, canonical, exp)}`;
}

export type Verdict = { ok: true; exp: number } | { ok: false; reason: 'unsigned' | 'expired' | 'bad-signature' };

/**
 * Check a request's signature: `pathname` as received (still percent-encoded) and its query.
 * Constant-time comparison; an expired link is refused even with a right signature.
 */
export function verifySignedPath(secret: string, pathname: string, params: URLSearchParams, nowMs: number): Verdict {
  const expRaw = params.get('exp');
  const sig = params.get('sig');
  if (!expRaw || !sig) return { ok: false, reason: 'unsigned' };
  if (!/^\d{1,12}$/.test(expRaw) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return { ok: false, reason: 'bad-signature' };
  const exp = Number(expRaw);
  const want = Buffer.from(signature(secret, canonicalPath(pathname, params), exp));
  const got = Buffer.from(sig);
  if (got.length !== want.length || !timingSafeEqual(got, want)) return { ok: false, reason: 'bad-signature' };
  if (exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, exp };
}

/** Paths of the pages (percent-encoded), with their view parameters. */
export function cardPath(topic: string, opts: { since?: string | null; page?: number } = {}): string {
  const params: Record<string, string> = {};
  if (opts.since) params.since = opts.since;
  if (opts.page && opts.page > 1) params.page = String(opts.page);
  return canonicalPath(`/cards/${encodeURIComponent(topic)}`, params);
}

export function articlePath(articleId: string): string {
  return `/articles/${encodeURIComponent(articleId)}`;
}

/** `#s12`: the element id of a sentence on an article page. */
export function sentenceAnchor(sentenceIndex: number): string {
  return `s${sentenceIndex}`;
}

/**
 * Builds links that open until `exp`: signed when a secret is given, plain when pages are public.
 * `base` is '' for links inside the web pages, PUBLIC_URL for links in chat.
 */
export class LinkSigner {
  constructor(
    private base: string,
    private secret: string | undefined,
    readonly exp: number,
  ) {}

  /** Signed paths already computed (a card cites the same article many times). */
  private signed = new Map<string, string>();

  /** A canonical path (from cardPath/articlePath) as a link, with a fragment. */
  href(canonical: string, fragment?: string): string {
    let path = this.signed.get(canonical);
    if (path === undefined) {
      path = this.secret ? `${canonical}${canonical.includes('?') ? '&' : '?'}${signQuery(this.secret, canonical, this.exp)}` : canonical;
      if (this.signed.size < 10_000) this.signed.set(canonical, path);
    }
    return `${this.base}${path}${fragment ? `#${fragment}` : ''}`;
  }

  card(topic: string, opts: { since?: string | null; page?: number } = {}): string {
    return this.href(cardPath(topic, opts));
  }

  article(articleId: string, sentenceIndex?: number): string {
    return this.href(articlePath(articleId), sentenceIndex === undefined ? undefined : sentenceAnchor(sentenceIndex));
  }
}

/**
 * Links for chat (valid LINK_TTL_MS from `now`), or null when PUBLIC_URL is not set — then chat
 * looks as it does without web pages.
 */
export function chatLinkSigner(config: Pick<Config, 'PUBLIC_URL' | 'WEB_SECRET' | 'WEB_PUBLIC'>, now: Date = new Date()): LinkSigner | null {
  if (!config.PUBLIC_URL) return null;
  if (!config.WEB_SECRET && !config.WEB_PUBLIC) return null;
  const exp = Math.floor((now.getTime() + LINK_TTL_MS) / 1000);
  return new LinkSigner(config.PUBLIC_URL.replace(/\/+$/, ''), config.WEB_SECRET, exp);
}

/** The links of one card (title and citations) for a chat renderer, or undefined without PUBLIC_URL. */
export function cardLinks(config: Pick<Config, 'PUBLIC_URL' | 'WEB_SECRET' | 'WEB_PUBLIC'>, card: BriefingCard, now: Date = new Date()): CardLinks | undefined {
  const s = chatLinkSigner(config, now);
  if (!s) return undefined;
  return { card: s.card(card.topic, { since: card.since, page: card.page }), article: (id, i) => s.article(id, i) };
}
