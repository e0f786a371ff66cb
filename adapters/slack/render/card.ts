/**
 * A briefing card as Slack Block Kit. Inside Slack's hard limits (LIMITS): at most 50 blocks,
 * section text 3000, header 150, context elements 10, and a total block text well under Slack's
 * (undocumented) ~13,000-character msg_blocks_too_long. A longer card is trimmed by importance,
 * with a "More" button and a `/brief TOPIC page:N` pointer. User text is escaped (& < >) and
 * @here/@channel/@everyone made inert.
 */
import type { types } from '@slack/bolt';
import type { BriefingCard } from '../../../src/briefing/card.ts';
import {
  cardSections,
  cutAtWord,
  cutEscaped,
  emptyNote,
  formatTime,
  headerTitle,
  isEmpty,
  morePointer,
  subtitle,
  trimSections,
  type CardLinks,
  type Section,
  type Style,
} from '../../../src/briefing/render/index.ts';
import { LIMITS, blockTextLength, type SlackMessage } from './limits.ts';
import { escapeSlack, inertSlackPlain, slackUrl } from './mrkdwn.ts';

type Block = types.KnownBlock;

export interface SlackCardOptions {
  /** Override the block budget (tests, or when a caller adds its own blocks). */
  maxBlocks?: number;
  /** Override the total text budget. */
  totalTextBudget?: number;
  /** Link the title and each citation to the web pages (PUBLIC_URL set); without, the card is unchanged. */
  links?: CardLinks;
  /** Leave out the "Share in channel" button (the message is already in the channel). */
  withoutShare?: boolean;
}

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });

const style: Style = {
  esc: (raw) => cutEscaped(raw, LIMITS.labelHardCap, LIMITS.labelHardCap, escapeSlack),
  cut: (raw) => cutEscaped(raw, LIMITS.lineChars, LIMITS.lineHardCap, escapeSlack),
  bold: (s) => `*${s}*`,
  link: (url, label) => {
    const u = url ? slackUrl(url) : null;
    const l = cutEscaped(label, 150, 400, escapeSlack);
    return u ? `<${u}|${l}>` : l;
  },
  bullet: '• ',
};

/** Section blocks for one card section: lines packed into as few blocks as fit 3000 characters each. */
function sectionBlocks(s: Section, since: string | null): Block[] {
  const title = `*${s.id === 'changes' && since ? `${s.title} since ${formatTime(since)}` : s.title}*`;
  const blocks: Block[] = [];
  let cur = title;
  for (const line of s.lines) {
    const l = line.length > LIMITS.sectionText - 20 ? cutAtWord(line, LIMITS.sectionText - 20) : line;
    if (cur.length + 1 + l.length > LIMITS.sectionText) {
      blocks.push(section(cur));
      cur = l;
    } else cur = `${cur}\n${l}`;
  }
  blocks.push(section(cur));
  return blocks;
}

function assemble(card: BriefingCard, sections: Section[], dropped: number, opts: SlackCardOptions): Block[] {
  // A header cannot hold a link: with web pages, the title is a bold link in a section instead.
  const u = opts.links ? slackUrl(opts.links.card) : null;
  const title: Block = u
    ? section(`*<${u}|${cutEscaped(headerTitle(card), LIMITS.headerText, 400, escapeSlack)}>*`)
    : { type: 'header', text: { type: 'plain_text', text: cutAtWord(inertSlackPlain(headerTitle(card)), LIMITS.headerText), emoji: true } };
  const blocks: Block[] = [title, { type: 'context', elements: [mrkdwn(escapeSlack(subtitle(card)))] }];
  if (isEmpty(card)) blocks.push(section(escapeSlack(emptyNote(card))));
  for (const s of sections) {
    if (s.id === 'sources') {
      blocks.push({ type: 'divider' });
      // sources as a context block: at most 10 elements, one per source line
      const elements: types.MrkdwnElement[] = [mrkdwn('*Sources*')];
      for (const l of s.lines) {
        if (elements.length === LIMITS.contextElements) break;
        elements.push(mrkdwn(l));
      }
      blocks.push({ type: 'context', elements });
      const rest = s.lines.slice(LIMITS.contextElements - 1);
      if (rest.length) blocks.push(...sectionBlocks({ ...s, title: 'More sources', lines: rest }, null));
    } else blocks.push(...sectionBlocks(s, card.since));
  }
  const more = morePointer(card, dropped);
  if (more) blocks.push({ type: 'context', elements: [mrkdwn(escapeSlack(more.replace(/^more: /, 'More: ')))] });
  const buttons: types.Button[] = [];
  if (!opts.withoutShare) {
    buttons.push({ type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: 'share_card', value: `${card.topic}|${card.page}`, style: 'primary' });
  }
  if (card.page < card.pages) {
    buttons.push({ type: 'button', text: { type: 'plain_text', text: 'More' }, action_id: 'card_page', value: `${card.topic}|${card.page + 1}` });
  }
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });
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

export function renderCard(card: BriefingCard, opts: SlackCardOptions = {}): SlackMessage {
  const maxBlocks = Math.min(opts.maxBlocks ?? LIMITS.blocks, LIMITS.blocks);
  const budget = Math.min(opts.totalTextBudget ?? LIMITS.totalText, LIMITS.totalText);
  const all = cardSections(card, style, opts.links);
  // a generous first cut of the long tail of sources, then line-by-line by importance
  let pre = 0;
  for (const s of all) if (s.id === 'sources' && s.lines.length > 30) (pre += s.lines.length - 30), (s.lines = s.lines.slice(0, 30));
  const fits = (secs: Section[]) => {
    const blocks = assemble(card, secs, 1, opts);
    return blocks.length <= maxBlocks && blockTextLength(blocks) <= budget;
  };
  const { sections, dropped } = trimSections(all, fits);
  const blocks = assemble(card, sections, dropped + pre, opts);
  // The notification: a (shortened) title, the page, then the page's first line.
  const title = cutAtWord(card.title, 80);
  const text = cutEscaped(`${card.pages > 1 ? `${title} (${card.page}/${card.pages})` : title}: ${fallbackLead(card)}`, LIMITS.notificationText, LIMITS.notificationText, escapeSlack);
  return { text, blocks };
}
