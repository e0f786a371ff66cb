/**
 * Slack mrkdwn for user-controlled text (article quotes, headlines, command input). Escaping `&`,
 * `<` and `>` makes `<!everyone>`, `<!channel>`, `<!here>`, `<@U…>` and `<url|label>` inert, and
 * bare `@here`, `@channel`, `@everyone` are broken with a zero-width space. Every Slack renderer
 * (cards, who-said, text, digests) escapes through here.
 */
import { safeUrl } from '../../../src/briefing/render/index.ts';
import { LIMITS } from './limits.ts';

/** Escape Slack's three control characters (`&`, `<`, `>`) and make broadcast mentions inert. */
export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/** The same escaping, under its short name. */
export const esc = escapeSlack;

/** Plain text (header, button): not parsed for markup, but broadcast mentions are still made inert. */
export function inertSlackPlain(s: string): string {
  return s.replace(/<(?=[!@#])/g, '<\u200b').replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/** Undo Slack's escaping of slash-command text (Slack sends `&amp;`, `&lt;`, `&gt;`). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A URL for `<url|label>`: http(s) only (the shared `safeUrl`), `&` written `&amp;` as Slack
 * requires (so `&lt;` in a query cannot turn into `<`), and `|`, `<`, `>` and spaces percent-encoded.
 * Null for anything else, or longer than Slack takes.
 */
export function slackUrl(url: string | null | undefined): string | null {
  const u = safeUrl(url);
  if (!u) return null;
  const out = u.replace(/&/g, '&amp;').replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
  return out.length <= LIMITS.url ? out : null;
}

/** `<url|label>` when the URL is usable, else the escaped label alone. The label is escaped here. */
export function link(url: string | null | undefined, label: string): string {
  const u = slackUrl(url);
  return u ? `<${u}|${esc(label).replace(/\|/g, '¦')}>` : esc(label);
}

/** Fallback `text` of a message (notifications, screen readers): one short escaped line. */
export function safeFallback(text: string, max: number = LIMITS.notificationText): string {
  return escClip(text.replace(/\s+/g, ' ').trim(), max);
}

/** Escape, keeping the escaped result within `max` characters (never cutting an entity in half). */
export function escClip(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const out = esc(clip(text, budget));
    if (out.length <= max || budget <= 1) return out.length <= max ? out : '…';
    budget -= out.length - max;
  }
}

/** Shorten to at most `max` characters, ending with an ellipsis, preferring a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** A date for display: the `YYYY-MM-DD` of an ISO timestamp, else the string as given. */
export function day(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}
