/**
 * Text from articles shown on Discord: markdown escaped and mentions made inert, so a quote reads
 * exactly as written (escaped characters render as themselves) and nothing can ping or link.
 * Every Discord renderer (cards, who-said, text, digests) escapes through here.
 */
import { safeUrl } from '../../../src/briefing/render/index.ts';

const ZWSP = '\u200b';

/** `@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`, `<a:…>`, `<t:…>` can no longer ping or link. */
export function inertMentions(s: string): string {
  return s.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#:a!/])/g, `<${ZWSP}`);
}

/** Escape Discord markdown and make mentions inert. */
export function escapeDiscord(s: string): string {
  return inertMentions(s.replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`).replace(/^([#>-])/gm, '\\$1'));
}

/** The same escaping, under its short name. */
export const safe: (s: string) => string = escapeDiscord;

/** Cut to `n` characters at most, ending with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, Math.max(0, n - 1)).trimEnd() + '…';
}

/**
 * A URL for an embed's `url` or a masked link `[label](url)`: http(s) only (the shared `safeUrl`),
 * with the characters that would end a masked link percent-encoded. Null for anything else.
 */
export function discordUrl(url: string | null | undefined): string | null {
  return safeUrl(url)?.replace(/[()\s<>[\]]/g, (c) => encodeURIComponent(c)) ?? null;
}
