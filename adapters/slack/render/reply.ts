/**
 * Any command Reply as a Slack message. Cards go through the card renderer (card.ts); who-said
 * quotes, text and errors are rendered here. All user-controlled text is escaped and sits in
 * `verbatim` mrkdwn, so nothing in an article or a command can ping or link anyone.
 */
import type { types } from '@slack/bolt';
import type { Reply } from '../../../src/commands/index.ts';
import { moreCount, quoteCount, type WhoSaidItem, type WhoSaidResult } from '../../../src/briefing/who-said.ts';
import { renderCard } from './card.ts';
import { LIMITS, blockTextLength, type SlackMessage } from './limits.ts';
import { clip, day, esc, escClip, link, safeFallback } from './mrkdwn.ts';

type Block = types.KnownBlock;

export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: false });
const header = (text: string): types.HeaderBlock => ({ type: 'header', text: plain(text) });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (...texts: string[]): types.ContextBlock => ({ type: 'context', elements: texts.slice(0, LIMITS.contextElements).map(mrkdwn) });

export interface RenderOptions {
  /** Blocks the caller will add (e.g. "Shared by"): kept free within the 50-block limit. */
  reserveBlocks?: number;
  /** Leave out the "Share in channel" button (the message is already in the channel). */
  withoutShare?: boolean;
}

export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage {
  switch (reply.type) {
    case 'card':
      return renderCard(reply.card, { maxBlocks: LIMITS.blocks - (opts.reserveBlocks ?? 0), links: reply.links, withoutShare: opts.withoutShare });
    case 'quotes':
      return renderQuotes(reply.result, opts.reserveBlocks);
    case 'text':
      return renderText(reply.title, reply.lines, opts.reserveBlocks);
    case 'error':
      return renderError(reply.message);
  }
}

/** A plain sentence, ephemeral: never a stack trace. */
export function renderError(message: string): SlackMessage {
  return { text: safeFallback(message), blocks: [section(`:warning: ${escClip(message, LIMITS.sectionText - 12)}`)] };
}

/** A title and lines, packed into as few sections as fit; what does not fit is counted. */
export function renderText(title: string | undefined, lines: string[], reserveBlocks = 0): SlackMessage {
  const blocks: Block[] = title ? [header(title)] : [];
  const maxBlocks = LIMITS.blocks - reserveBlocks - 1;
  let budget = LIMITS.totalText - blockTextLength(blocks) - 200;
  let cur = '';
  let shown = 0;
  for (const raw of lines) {
    const line = escClip(raw, 1000);
    if (line.length + 1 > budget) break;
    if (cur && cur.length + 1 + line.length > LIMITS.sectionText) {
      if (blocks.length >= maxBlocks - 1) break;
      blocks.push(section(cur));
      cur = '';
    }
    cur = cur ? `${cur}\n${line}` : line;
    budget -= line.length + 1;
    shown++;
  }
  if (cur) blocks.push(section(cur));
  if (shown < lines.length) blocks.push(context(`…and ${lines.length - shown} more.`));
  if (!blocks.length) blocks.push(section('Nothing to show.'));
  const fallback = [title, lines[0]].filter(Boolean).join(': ') || 'briefbot';
  return { text: safeFallback(fallback), blocks };
}

/** "*Dmitry Peskov*, Kremlin spokesman — said in Moscow on 2025-04-22 (via Interfax)" */
function speakerLine(q: WhoSaidItem): string {
  const who = q.speaker ? `*${escClip(q.speaker, 200)}*` : '_Speaker unknown_';
  const role = q.role ? `, ${escClip(q.role, 200)}` : '';
  const how = [q.cue, q.venue ? `in ${q.venue}` : null, q.saidOn ? `on ${day(q.saidOn)}` : null].filter(Boolean).join(' ');
  const via = q.via ? ` (${/^according/i.test(q.via) ? '' : 'via '}${q.via})` : '';
  const tail = how || via ? ` — ${escClip(`${how}${via}`.trim(), 400)}` : '';
  return `${who}${role}${tail}`;
}

/** The words, verbatim: direct and partial quotes in quotation marks, reported speech marked and never quoted. */
function wordsLine(q: WhoSaidItem, max: number): string {
  const words = q.text.replace(/\s*\n\s*/g, ' ');
  const shown = words.length > max ? `${clip(words, max)}` : words;
  const body = q.kind === 'reported' ? `(reported) ${esc(shown)}` : `“${esc(shown)}”`;
  return `> ${body}${shown !== words ? ' _(shortened: the full quote is in the source)_' : ''}`;
}

function sourceLine(q: WhoSaidItem): string {
  const s = q.source;
  const label = [s.outlet, s.headline].filter(Boolean).join(' — ') || 'source';
  const when = day(s.published);
  return `Source: ${link(s.url, clip(label, 200))}${when ? ` · ${esc(when)}` : ''}`;
}

/** Who-said answer: each quote word for word, with speaker, role, date and source link. */
export function renderQuotes(r: WhoSaidResult, reserveBlocks = 0): SlackMessage {
  const blocks: Block[] = [header(r.interpretation ?? `Who said: ${r.query}`)];
  if (!r.items.length) {
    blocks.push(section(escClip(r.note ?? `No quote matches "${r.query}".`, LIMITS.sectionText)));
    return { text: safeFallback(r.note ?? `No quote matches "${r.query}".`), blocks };
  }
  blocks.push(context(escClip(`${quoteCount(r)}${r.note ? ` — ${r.note}` : ''}`, 2000)));
  const maxBlocks = LIMITS.blocks - reserveBlocks - 1;
  let shown = 0;
  for (const q of r.items) {
    const item: Block[] = [section(`${speakerLine(q)}\n${wordsLine(q, 2200)}`), context(sourceLine(q))];
    if (blocks.length + item.length + 1 > maxBlocks || blockTextLength([...blocks, ...item]) > LIMITS.totalText - 300) break;
    blocks.push(...item);
    shown++;
  }
  const more = r.more + (r.items.length - shown);
  if (more > 0) blocks.push(context(`${moreCount(more, r.atLeast)}: narrow it with topic:… or since:…`));
  const first = r.items[0];
  const fallback = `${first.speaker ?? 'Speaker unknown'}: ${first.kind === 'reported' ? `(reported) ${first.text}` : `“${first.text}”`}`;
  return { text: safeFallback(fallback), blocks };
}
