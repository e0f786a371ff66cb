/**
 * Slack Block Kit. Inside Slack's hard limits: at most 50 blocks, section text 3000, header 150,
 * context elements 10, and a total block text well under Slack's (undocumented) ~13,000-character
 * msg_blocks_too_long. A longer card is trimmed by importance, with a "More" button and a
 * `/brief TOPIC page:N` pointer. User text is escaped (& < >) and @here/@channel/@everyone made inert.
 */
import type { BriefingCard } from '../card.ts';
import { SLACK } from './limits.ts';
import { emptyNote, formatTime, headerTitle, isEmpty, morePointer, subtitle, type CardLinks } from './parts.ts';
import { cardSections, type Style } from './sections.ts';
import { cutAtWord, cutEscaped, trimSections, type Section } from './trim.ts';

type Text = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string };
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: Text }
  | { type: 'context'; elements: Text[] }
  | { type: 'divider' }
  | {
      type: 'actions';
      elements: { type: 'button'; text: { type: 'plain_text'; text: string }; action_id: string; value: string; style?: 'primary' | 'danger' }[];
    };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions {
  /** Override the block budget (tests, or when a caller adds its own blocks). */
  maxBlocks?: number;
  /** Override the total text budget. */
  totalTextBudget?: number;
  /** Link the title and each citation to the web pages (PUBLIC_URL set); without, the card is unchanged. */
  links?: CardLinks;
}

/** Escape Slack control characters and make broadcast mentions inert. */
export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/** Plain text (header, button): not parsed for markup, but broadcast mentions are still made inert. */
export function inertSlackPlain(s: string): string {
  return s.replace(/<(?=[!@#])/g, '<\u200b').replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/** A URL safe inside `<url|label>`: http(s) only, with `|`, `<`, `>` and spaces percent-encoded. */
function slackUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.toString().replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
  } catch {
    return null;
  }
}

const style: Style = {
  esc: (raw) => cutEscaped(raw, SLACK.labelHardCap, SLACK.labelHardCap, escapeSlack),
  cut: (raw) => cutEscaped(raw, SLACK.lineChars, SLACK.lineHardCap, escapeSlack),
  bold: (s) => `*${s}*`,
  link: (url, label) => {
    const u = url ? slackUrl(url) : null;
    const l = cutEscaped(label, 150, 400, escapeSlack);
    return u ? `<${u}|${l}>` : l;
  },
  bullet: '• ',
};

/** Section blocks for one card section: lines packed into as few blocks as fit 3000 characters each. */
function sectionBlocks(s: Section, since: string | null): SlackBlock[] {
  const title = `*${s.id === 'changes' && since ? `${s.title} since ${formatTime(since)}` : s.title}*`;
  const blocks: SlackBlock[] = [];
  let cur = title;
  for (const line of s.lines) {
    const l = line.length > SLACK.sectionText - 20 ? cutAtWord(line, SLACK.sectionText - 20) : line;
    if (cur.length + 1 + l.length > SLACK.sectionText) {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cur } });
      cur = l;
    } else cur = `${cur}\n${l}`;
  }
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cur } });
  return blocks;
}

/** All the text Slack counts in a message's blocks. */
export function slackBlocksTextLength(blocks: readonly SlackBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'header' || b.type === 'section') n += b.text.text.length;
    else if (b.type === 'context') for (const e of b.elements) n += e.text.length;
    else if (b.type === 'actions') for (const e of b.elements) n += e.text.text.length + e.value.length;
  }
  return n;
}

function assemble(card: BriefingCard, sections: Section[], dropped: number, links?: CardLinks): SlackBlock[] {
  // A header cannot hold a link: with web pages, the title is a bold link in a section instead.
  const u = links ? slackUrl(links.card) : null;
  const title: SlackBlock = u
    ? { type: 'section', text: { type: 'mrkdwn', text: `*<${u}|${cutEscaped(headerTitle(card), SLACK.headerText, 400, escapeSlack)}>*` } }
    : { type: 'header', text: { type: 'plain_text', text: cutAtWord(inertSlackPlain(headerTitle(card)), SLACK.headerText), emoji: true } };
  const blocks: SlackBlock[] = [
    title,
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(subtitle(card)) }] },
  ];
  if (isEmpty(card)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeSlack(emptyNote(card)) } });
  for (const s of sections) {
    if (s.id === 'sources') {
      blocks.push({ type: 'divider' });
      // sources as a context block: at most 10 elements, one per source line
      const elements: Text[] = [{ type: 'mrkdwn', text: '*Sources*' }];
      for (const l of s.lines) {
        if (elements.length === SLACK.contextElements) break;
        elements.push({ type: 'mrkdwn', text: l });
      }
      blocks.push({ type: 'context', elements });
      const rest = s.lines.slice(SLACK.contextElements - 1);
      if (rest.length) blocks.push(...sectionBlocks({ ...s, title: 'More sources', lines: rest }, null));
    } else blocks.push(...sectionBlocks(s, card.since));
  }
  const more = morePointer(card, dropped);
  if (more) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(more.replace(/^more: /, 'More: ')) }] });
  const buttons: Extract<SlackBlock, { type: 'actions' }>['elements'] = [
    { type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: 'share_card', value: `${card.topic}|${card.page}`, style: 'primary' },
  ];
  if (card.page < card.pages) {
    buttons.push({ type: 'button', text: { type: 'plain_text', text: 'More' }, action_id: 'card_page', value: `${card.topic}|${card.page + 1}` });
  }
  blocks.push({ type: 'actions', elements: buttons });
  return blocks;
}

/**
 * The first line of the card's own content, for the notification text: the TL;DR on page 1,
 * on later pages (which have no TL;DR) the first item shown; the empty note only when empty.
 */
export function fallbackLead(card: BriefingCard): string {
  const q = card.quotes[0];
  const d = card.disputes[0];
  const p = card.positions[0];
  return (
    card.tldr[0]?.text ??
    card.changes[0]?.text ??
    card.developments[0]?.text ??
    (q ? `${q.speaker ?? 'Speaker unknown'}: ${q.kind === 'reported' ? q.text : `“${q.text}”`}` : undefined) ??
    (p ? `${p.party}: ${p.stance}` : undefined) ??
    (d ? d.claim : undefined) ??
    card.next[0]?.text ??
    emptyNote(card)
  );
}

export function renderSlack(card: BriefingCard, opts: SlackRenderOptions = {}): SlackMessage {
  const maxBlocks = Math.min(opts.maxBlocks ?? SLACK.maxBlocks, SLACK.maxBlocks);
  const budget = Math.min(opts.totalTextBudget ?? SLACK.totalTextBudget, SLACK.totalTextBudget);
  const all = cardSections(card, style, opts.links);
  // a generous first cut of the long tail of sources, then line-by-line by importance
  let pre = 0;
  for (const s of all) if (s.id === 'sources' && s.lines.length > 30) (pre += s.lines.length - 30), (s.lines = s.lines.slice(0, 30));
  const fits = (secs: Section[]) => {
    const blocks = assemble(card, secs, 1, opts.links);
    return blocks.length <= maxBlocks && slackBlocksTextLength(blocks) <= budget;
  };
  const { sections, dropped } = trimSections(all, fits);
  const blocks = assemble(card, sections, dropped + pre, opts.links);
  // The notification: a (shortened) title, the page, then the page's first line.
  const title = cutAtWord(card.title, 80);
  const text = cutEscaped(`${card.pages > 1 ? `${title} (${card.page}/${card.pages})` : title}: ${fallbackLead(card)}`, SLACK.fallbackText, SLACK.fallbackText, escapeSlack);
  return { text, blocks };
}
