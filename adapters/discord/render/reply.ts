/**
 * Any command Reply as a Discord message. Cards go through the card renderer (card.ts); who-said
 * quotes, text and errors are rendered here, inside LIMITS, with every mention made inert.
 */
import { MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from '@discordjs/core/http-only';
import type { Reply } from '../../../src/commands/index.ts';
import { moreCount, quoteCount, type WhoSaidItem, type WhoSaidResult } from '../../../src/briefing/who-said.ts';
import { renderCard } from './card.ts';
import { embedChars, LIMITS } from './limits.ts';
import { clip, discordUrl, inertMentions, safe } from './safe-text.ts';

/**
 * A message as sent to Discord (interaction reply, follow-up, edit or channel message): the part
 * of discord-api-types' message bodies this bot fills, assignable to each of them.
 */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Never ping anyone: sent on every message. */
  allowed_mentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
}

const COLOUR = { card: 0x2b6cb0, quotes: 0x6b46c1, text: 0x4a5568 } as const;
const noMentions = (): { parse: [] } => ({ parse: [] });

export function errorMessage(message: string): MessageBody {
  return { content: clip(inertMentions(message), LIMITS.content), allowed_mentions: noMentions(), flags: MessageFlags.Ephemeral };
}

/** Lines into one description within the limit; what does not fit is counted, never dropped silently. */
function packLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = clip(lines[i], 1000);
    const reserve = i < lines.length - 1 ? 30 : 0;
    if (used + line.length + 1 + reserve > max) {
      out.push(`…and ${lines.length - i} more`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

function quoteEmbed(q: WhoSaidItem, maxDescription: number): APIEmbed {
  const who = q.speaker ? `${q.speaker}${q.role ? `, ${q.role}` : ''}` : 'Speaker unknown';
  const how = [q.cue, q.venue ? `in ${q.venue}` : null, q.saidOn ? `on ${q.saidOn}` : null, q.via ? (/^according/i.test(q.via) ? `(${q.via})` : `(via ${q.via})`) : null]
    .filter(Boolean)
    .join(' ');
  const tail = how ? `\n— ${safe(how)}` : '';
  const room = Math.max(200, maxDescription - tail.length - 12);
  let words = safe(q.text);
  if (words.length > room) words = clip(words, room - 40) + ' [cut: read it in full at the source]';
  // Reported speech is marked and never put in quotation marks; direct and partial quotes are.
  const said = q.kind === 'reported' ? `*Reported:* ${words}` : `“${words}”`;
  const url = discordUrl(q.source.url);
  const footer = [q.source.outlet, q.source.published].filter(Boolean).join(' · ');
  return {
    color: COLOUR.quotes,
    author: { name: clip(inertMentions(who), LIMITS.author) },
    description: said + tail,
    ...(q.source.headline ? { title: clip(inertMentions(q.source.headline), LIMITS.title) } : {}),
    ...(url ? { url } : {}),
    ...(footer ? { footer: { text: clip(inertMentions(`Source: ${footer}`), LIMITS.footer) } } : {}),
  };
}

/** A who-said answer: a heading embed, then one embed per quote, word for word, within the limits. */
export function renderQuotes(r: WhoSaidResult): APIEmbed[] {
  if (!r.items.length) {
    return [{ color: COLOUR.quotes, title: clip(inertMentions(`Who said: ${r.query}`), LIMITS.title), description: clip(safe(r.note ?? `No quote matches "${r.query}".`), LIMITS.description) }];
  }
  const headReserve = 600;
  const quotes: APIEmbed[] = [];
  let used = headReserve;
  for (const q of r.items) {
    if (quotes.length >= LIMITS.embeds - 1) break;
    const e = quoteEmbed(q, Math.min(LIMITS.description, LIMITS.total - used - 600));
    if (used + embedChars(e) > LIMITS.total) break;
    quotes.push(e);
    used += embedChars(e);
  }
  const left = r.items.length - quotes.length + r.more;
  const notes = [r.interpretation ? safe(r.interpretation) : null, r.note ? safe(r.note) : null, left ? `${moreCount(left, r.atLeast)}: narrow it with topic: or since:` : null].filter(Boolean).join('\n');
  const head: APIEmbed = {
    color: COLOUR.quotes,
    title: clip(inertMentions(`Who said: ${r.query} — ${quoteCount(r)}`), LIMITS.title),
    ...(notes ? { description: clip(notes, 300) } : {}),
  };
  return [head, ...quotes];
}

/** Any reply as a Discord message. Errors are a plain ephemeral sentence. */
export function renderReply(reply: Reply): MessageBody {
  switch (reply.type) {
    case 'card':
      return renderCard(reply.card, { links: reply.links });
    case 'quotes':
      return { embeds: renderQuotes(reply.result), components: [], allowed_mentions: noMentions() };
    case 'text':
      return {
        embeds: [
          {
            color: COLOUR.text,
            ...(reply.title ? { title: clip(inertMentions(reply.title), LIMITS.title) } : {}),
            description: packLines(reply.lines.map(safe), LIMITS.description) || '—',
          },
        ],
        components: [],
        allowed_mentions: noMentions(),
      };
    case 'error':
      return errorMessage(reply.message);
  }
}
