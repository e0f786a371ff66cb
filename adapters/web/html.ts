/**
 * HTML building blocks for the web pages: escaping (every piece of stored text is untrusted), safe
 * external links, the page shell, and the response headers (strict Content-Security-Policy: no
 * script at all, styles only from this server's stylesheet).
 */
import type { ServerResponse } from 'node:http';
import { safeUrl } from '../../src/briefing/render/index.ts';

/** Escape text for HTML element content and quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** An external URL fit for href: http(s) only (never javascript:, data:, …), re-serialised; else null. The check every surface shares. */
export const safeHttpUrl = safeUrl;

/** An external link: escaped, no referrer (page URLs carry signatures), never followed by crawlers. */
export function externalLink(url: string | null | undefined, label: string): string {
  const u = safeHttpUrl(url);
  return u ? `<a href="${esc(u)}" rel="noopener noreferrer nofollow" class="ext">${esc(label)}</a>` : esc(label);
}

export const CSS_PATH = '/web/briefbot.css';
export const ICON_PATH = '/web/icon.svg';

/**
 * Pages sit two levels deep (/cards/<topic>, /articles/<id>): links between them and to the
 * stylesheet are relative, so the pages also work behind a proxy that serves them under a prefix.
 */
export const UP = '..';

export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export function layout(opts: { title: string; body: string; wide?: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${esc(opts.title)} · briefbot</title>
<link rel="stylesheet" href="${UP}${CSS_PATH}">
<link rel="icon" href="${UP}${ICON_PATH}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<main id="main"${opts.wide ? ' class="wide"' : ''}>
${opts.body}
</main>
<footer class="foot"><p>briefbot · every line cites a sentence of a stored article</p></footer>
</body>
</html>
`;
}

/** Send a page. HEAD gets the headers only. Pages are private: never cached by shared caches. */
export function sendHtml(res: ServerResponse, status: number, html: string, head = false): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, { ...securityHeaders('text/html; charset=utf-8'), 'cache-control': 'private, no-store', 'content-length': String(body.length) });
  res.end(head ? undefined : body);
}

/** A short page for a refusal or an error: a plain sentence, never a stack trace or a secret. */
export function messagePage(title: string, message: string): string {
  return layout({ title, body: `<h1>${esc(title)}</h1>\n<p class="lead">${esc(message)}</p>` });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Apr 2025" for an ISO date or date-time, in UTC (the input itself when it does not parse). */
export function humanDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
