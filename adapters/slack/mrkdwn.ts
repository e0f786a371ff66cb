/**
 * Slack mrkdwn helpers for user-controlled text (article quotes, headlines, command input).
 * Escaping `&`, `<` and `>` makes `<!everyone>`, `<!channel>`, `<!here>`, `<@U…>` and `<url|label>`
 * inert; text objects built here also carry `verbatim: true` so Slack does not auto-link or
 * auto-mention anything in them.
 */

import { escapeSlack } from '../../src/briefing/render/index.ts';

/**
 * Escape Slack's three control characters (`&`, `<`, `>`) and break bare `@here`, `@channel`,
 * `@everyone`: the same escaping the card renderer uses.
 */
export function esc(text: string): string {
  return escapeSlack(text);
}

/** Undo Slack's escaping of slash-command text (Slack sends `&amp;`, `&lt;`, `&gt;`). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Fallback `text` of a message (notifications, screen readers): one short escaped line.
 */
export function safeFallback(text: string, max = 300): string {
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

/** An http(s) URL made safe for `<url|label>`; null for anything else. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url.trim()) || url.length > 2000) return null;
  return url
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '%3C')
    .replace(/>/g, '%3E')
    .replace(/\|/g, '%7C');
}

/** `<url|label>` when the URL is usable, else the escaped label alone. */
export function link(url: string | null | undefined, label: string): string {
  const u = safeUrl(url);
  return u ? `<${u}|${esc(label).replace(/\|/g, '¦')}>` : esc(label);
}

/** A date for display: the `YYYY-MM-DD` of an ISO timestamp, else the string as given. */
export function day(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}
