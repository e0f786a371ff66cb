/**
 * A briefing card as Discord embeds. Inside Discord's hard limits (LIMITS): at most 10 embeds and
 * 6000 characters across them, title 256, description 4096, 25 fields, field name 256, field value
 * 1024, footer 2048. A longer card is trimmed by importance, with a `/brief TOPIC page:N` pointer
 * in the footer and a button (custom_id `card_page:TOPIC:N`). User text is markdown-escaped and
 * @everyone/@here made inert.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from '@discordjs/core/http-only';
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
import { LIMITS, embedChars } from './limits.ts';
import { discordUrl, escapeDiscord, inertMentions } from './safe-text.ts';

/** A card as a message: its embeds and, when there is a next page, a row with the "More" button; it never pings. */
export interface DiscordCard {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: { parse: [] };
}

const CARD_COLOR = 0x2b6cb0;

const style: Style = {
  esc: (raw) => cutEscaped(raw, LIMITS.labelHardCap, LIMITS.labelHardCap, escapeDiscord),
  cut: (raw) => cutEscaped(raw, LIMITS.lineChars, LIMITS.lineHardCap, escapeDiscord),
  bold: (s) => `**${s}**`,
  link: (url, label) => {
    const u = discordUrl(url);
    const l = cutEscaped(label, 90, 200, escapeDiscord);
    return u ? `[${l}](${u})` : l;
  },
  bullet: '• ',
};

/** Field values for a section: lines packed into values of at most 1024 characters. */
function fieldsFor(s: Section, since: string | null): APIEmbedField[] {
  const name = s.id === 'changes' && since ? `${s.title} since ${formatTime(since)}` : s.title;
  const out: APIEmbedField[] = [];
  let cur = '';
  for (const raw of s.lines) {
    // With web links a line can outgrow a field: its citation links go, their [n] markers stay.
    const line = raw.length > LIMITS.fieldValue ? raw.replace(/\[(\\\[\d+\\\])\]\([^)\s]*\)/g, '$1') : raw;
    if (line.length > LIMITS.fieldValue) continue; // unreachable with the line caps; never cut markup
    if (cur && cur.length + 1 + line.length > LIMITS.fieldValue) {
      out.push({ name: out.length ? `${name} (cont.)` : name, value: cur });
      cur = line;
    } else cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) out.push({ name: out.length ? `${name} (cont.)` : name, value: cur });
  return out;
}

function assemble(card: BriefingCard, sections: Section[], dropped: number, links?: CardLinks): APIEmbed[] {
  const descParts: string[] = [];
  if (isEmpty(card)) descParts.push(escapeDiscord(emptyNote(card)));
  const fields: APIEmbedField[] = [];
  for (const s of sections) {
    if (s.id === 'tldr') descParts.push(`**${s.title}**\n${s.lines.join('\n')}`);
    else fields.push(...fieldsFor(s, card.since));
  }
  const more = morePointer(card, dropped);
  const footer = cutAtWord([subtitle(card), more ? more.replace(/^more: /, 'More: ') : null].filter(Boolean).join(' · '), LIMITS.footer);
  const embed: APIEmbed = {
    title: cutAtWord(inertMentions(headerTitle(card)), LIMITS.title),
    color: CARD_COLOR,
    timestamp: Number.isNaN(Date.parse(card.asOf)) ? undefined : new Date(Date.parse(card.asOf)).toISOString(),
    footer: { text: inertMentions(footer) },
  };
  const cardUrl = links ? discordUrl(links.card) : null;
  if (cardUrl) embed.url = cardUrl;
  const description = descParts.join('\n\n');
  if (description) embed.description = description;
  if (fields.length) embed.fields = fields;
  return [embed];
}

/** A count of left-out items at least as long, written out, as any real one. */
const MEASURE_DROPPED = 9999;

function fitsLimits(embeds: APIEmbed[]): boolean {
  if (embeds.length > LIMITS.embeds || embedChars(embeds) > LIMITS.total) return false;
  for (const e of embeds) {
    if ((e.description?.length ?? 0) > LIMITS.description) return false;
    if ((e.fields?.length ?? 0) > LIMITS.fields) return false;
  }
  return true;
}

/** `links`: link the title and each citation to the web pages (PUBLIC_URL set); without, the card is unchanged. */
export function renderCard(card: BriefingCard, opts: { links?: CardLinks } = {}): DiscordCard {
  const all = cardSections(card, style, opts.links);
  let pre = 0;
  for (const s of all) if (s.id === 'sources' && s.lines.length > 15) (pre += s.lines.length - 15), (s.lines = s.lines.slice(0, 15));
  // measured with the longest "N items left out" note it may carry (the count is known only after trimming)
  const { sections, dropped } = trimSections(all, (secs) => fitsLimits(assemble(card, secs, MEASURE_DROPPED, opts.links)));
  const embeds = assemble(card, sections, dropped + pre, opts.links);
  const components: DiscordCard['components'] = [];
  if (card.page < card.pages) {
    const customId = `card_page:${card.topic}:${card.page + 1}`;
    if (customId.length <= LIMITS.customId) {
      const label = `More (page ${card.page + 1} of ${card.pages})`;
      components.push({ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId }] });
    }
  }
  return { embeds, components, allowed_mentions: { parse: [] } };
}
