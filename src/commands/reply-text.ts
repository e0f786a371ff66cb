import { moreCount, quoteCount, type WhoSaidItem, type WhoSaidResult } from '../briefing/who-said.ts';
import { renderText } from '../briefing/render/index.ts';
import type { Reply } from './command.ts';

/** One who-said answer line: direct words in quotation marks, reported speech marked and unquoted. */
export function formatWhoSaidItem(q: WhoSaidItem): string {
  const who = q.speaker ? `${q.speaker}${q.role ? `, ${q.role}` : ''}` : 'Speaker unknown';
  const words = q.kind === 'reported' ? `(reported) ${q.text}` : `“${q.text}”`;
  const how = [q.cue, q.venue ? `in ${q.venue}` : null, q.saidOn ? `on ${q.saidOn}` : null, q.via ? `(${/^according/i.test(q.via) ? '' : 'via '}${q.via})` : null]
    .filter(Boolean)
    .join(' ');
  const src = [q.source.outlet, q.source.headline, q.source.published, q.source.url].filter(Boolean).join(' · ');
  return `${who}${how ? ` — ${how}` : ''}:\n  ${words}\n  Source: ${src}`;
}

export function formatWhoSaid(r: WhoSaidResult): string {
  if (!r.items.length) return r.note ?? `No quote matches "${r.query}".`;
  const head = `${r.interpretation ?? `Who said: ${r.query}`} — ${quoteCount(r)}`;
  const body = r.items.map((q, i) => `${i + 1}. ${formatWhoSaidItem(q)}`).join('\n');
  const more = r.more ? `\n${moreCount(r.more, r.atLeast)}: narrow it with topic:… or since:…` : '';
  return `${head}${r.note ? `\n${r.note}` : ''}\n${body}${more}`;
}

/** A reply as terminal text (console adapter, CLI). */
export function replyToText(reply: Reply): string {
  switch (reply.type) {
    case 'card':
      return renderText(reply.card);
    case 'quotes':
      return formatWhoSaid(reply.result);
    case 'text':
      return [reply.title ? `${reply.title}:` : null, ...reply.lines.map((l) => (reply.title ? `  ${l}` : l))].filter((l) => l !== null).join('\n');
    case 'error':
      return `Error: ${reply.message}`;
  }
}
