/**
 * A digest as Slack messages: its cards (without the share button) packed into as few messages as
 * fit the limits, then a line for the quiet topics; or one "nothing new" line on a quiet day.
 */
import type { types } from '@slack/bolt';
import type { BriefingCard } from '../../../src/briefing/card.ts';
import type { CardLinks } from '../../../src/briefing/render/index.ts';
import type { Digest } from '../../../src/schedule/digest.ts';
import { renderCard } from './card.ts';
import { LIMITS, blockTextLength, type SlackMessage } from './limits.ts';
import { esc, safeFallback } from './mrkdwn.ts';

/** The messages a digest is posted as (empty on a quiet day set to "skip"). */
export function digestMessages(digest: Digest, links?: (card: BriefingCard) => CardLinks | undefined): SlackMessage[] {
  const quietLine = digest.quietTopics.length ? `Nothing new: ${digest.quietTopics.map((t) => `${esc(t.title)} (\`${esc(t.topic)}\`)`).join(', ')}` : null;
  if (digest.quiet || !digest.cards.length) {
    if (digest.subscription.quietDay === 'skip') return [];
    const names = digest.quietTopics.length ? digest.quietTopics.map((t) => t.title) : digest.subscription.topics;
    const since = digest.since ? `since ${slackDate(digest.since)}` : 'yet';
    const line = `Nothing new ${since} on ${esc(names.join(', '))}.`;
    return [{ text: safeFallback(`Nothing new on ${names.join(', ')}`), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line } }] }];
  }
  const cards = digest.cards.map((c) => renderCard(c, { links: links?.(c), withoutShare: true }));
  const index: types.KnownBlock[] = quietLine
    ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: quietLine.length > 2900 ? quietLine.slice(0, quietLine.lastIndexOf(', ', 2880)) + ', …' : quietLine }] }]
    : [];
  const fits = (blocks: SlackMessage['blocks']) => blocks.length <= LIMITS.blocks && blockTextLength(blocks) <= LIMITS.totalText;
  // Cards packed greedily: all in one message when they fit, else as few messages as fit.
  const out: Array<{ titles: string[]; blocks: SlackMessage['blocks'] }> = [];
  digest.cards.forEach((c, i) => {
    const last = out[out.length - 1];
    if (last && fits([...last.blocks, { type: 'divider' }, ...cards[i].blocks])) {
      last.blocks.push({ type: 'divider' }, ...cards[i].blocks);
      last.titles.push(c.title);
    } else out.push({ titles: [c.title], blocks: [...cards[i].blocks] });
  });
  const last = out[out.length - 1];
  if (index.length && fits([...last.blocks, ...index])) last.blocks.push(...index);
  else if (index.length) out.push({ titles: [`Nothing new: ${digest.quietTopics.map((t) => t.title).join(', ')}`], blocks: index });
  return out.map((m) => ({ text: safeFallback(m.titles.length > 1 ? `Digest: ${m.titles.join('; ')}` : m.titles[0]), blocks: m.blocks }));
}

/** A Slack date token (shown in each reader's time zone) with a UTC fallback. */
export function slackDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return esc(iso);
  const utc = new Date(t).toISOString();
  return `<!date^${Math.floor(t / 1000)}^{date_short_pretty} at {time}|${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC>`;
}
