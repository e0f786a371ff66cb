import { escapeDiscord } from '../../src/briefing/render/index.ts';

/**
 * Text from articles shown on Discord: mentions made inert and markdown escaped, so a quote
 * reads exactly as written (escaped characters render as themselves).
 */
const ZWSP = '\u200b';

/** `@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>` can no longer ping or link. */
export function inertMentions(s: string): string {
  return s.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#/:]|a?:)/g, `<${ZWSP}$1`);
}

/** Escape Discord markdown and make mentions inert: the card renderer's own escaping, so both read alike. */
export const safe: (s: string) => string = escapeDiscord;

/** Cut to `n` characters at most, ending with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(0, n - 1)).trimEnd() + '…';
}

/** A URL safe to put in a link (http(s) only, no spaces or angle brackets). */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
