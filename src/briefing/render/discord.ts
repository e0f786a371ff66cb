/**
 * Discord embeds. Inside Discord's hard limits: at most 10 embeds and 6000 characters across them,
 * title 256, description 4096, 25 fields, field name 256, field value 1024, footer 2048. A longer
 * card is trimmed by importance, with a `/brief TOPIC page:N` pointer in the footer and a button
 * (custom_id `card_page:TOPIC:N`). User text is markdown-escaped and @everyone/@here made inert.
 */
import type { BriefingCard } from '../card.ts';
import { DISCORD } from './limits.ts';
import { emptyNote, formatTime, headerTitle, isEmpty, morePointer, subtitle, type CardLinks } from './parts.ts';
import { cardSections, type Style } from './sections.ts';
import { cutAtWord, cutEscaped, trimSections, type Section } from './trim.ts';

/** The subset of discord-api-types' APIEmbed this renderer fills. */
export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}
export interface DiscordButton {
  type: 2;
  style: 1 | 2;
  label: string;
  custom_id: string;
}
export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}
export interface DiscordMessage {
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  /** Never ping anyone from a card. */
  allowed_mentions: { parse: [] };
}

const ZWSP = '\u200b';
const CARD_COLOR = 0x2b6cb0;

/** Escape Discord markdown and make @everyone/@here and <@…>/<#…> mentions inert. */
export function escapeDiscord(s: string): string {
  return s
    .replace(/[\\*_~`|[\]]/g, (c) => `\\${c}`)
    .replace(/^([#>-])/gm, '\\$1')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#:a!/])/g, `<${ZWSP}`);
}

/** Titles and footers: no markdown escaping, but mentions made inert. */
function inertDiscord(s: string): string {
  return s.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(?=[@#:a!/])/g, `<${ZWSP}`);
}

function discordUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.toString().replace(/[()\s<>[\]]/g, (c) => encodeURIComponent(c));
  } catch {
    return null;
  }
}

const style: Style = {
  esc: (raw) => cutEscaped(raw, DISCORD.labelHardCap, DISCORD.labelHardCap, escapeDiscord),
  cut: (raw) => cutEscaped(raw, DISCORD.lineChars, DISCORD.lineHardCap, escapeDiscord),
  bold: (s) => `**${s}**`,
  link: (url, label) => {
    const u = url ? discordUrl(url) : null;
    const l = cutEscaped(label, 90, 200, escapeDiscord);
    return u ? `[${l}](${u})` : l;
  },
  bullet: '• ',
};

/** Field values for a section: lines packed into values of at most 1024 characters. */
function fieldsFor(s: Section, since: string | null): { name: string; value: string }[] {
  const name = s.id === 'changes' && since ? `${s.title} since ${formatTime(since)}` : s.title;
  const out: { name: string; value: string }[] = [];
  let cur = '';
  for (const raw of s.lines) {
    // With web links a line can outgrow a field: its citation links go, their [n] markers stay.
    const line = raw.length > DISCORD.fieldValue ? raw.replace(/\[(\\\[\d+\\\])\]\([^)\s]*\)/g, '$1') : raw;
    if (line.length > DISCORD.fieldValue) continue; // unreachable with the line caps; never cut markup
    if (cur && cur.length + 1 + line.length > DISCORD.fieldValue) {
      out.push({ name: out.length ? `${name} (cont.)` : name, value: cur });
      cur = line;
    } else cur = cur ? `${cur}\n${line}` : line;
  }
  if (cur) out.push({ name: out.length ? `${name} (cont.)` : name, value: cur });
  return out;
}

/** Characters Discord counts across a message's embeds. */
export function discordEmbedsLength(embeds: readonly DiscordEmbed[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

function assemble(card: BriefingCard, sections: Section[], dropped: number, links?: CardLinks): DiscordEmbed[] {
  const descParts: string[] = [];
  if (isEmpty(card)) descParts.push(escapeDiscord(emptyNote(card)));
  const fields: { name: string; value: string }[] = [];
  for (const s of sections) {
    if (s.id === 'tldr') descParts.push(`**${s.title}**\n${s.lines.join('\n')}`);
    else fields.push(...fieldsFor(s, card.since));
  }
  const more = morePointer(card, dropped);
  const footer = cutAtWord([subtitle(card), more ? more.replace(/^more: /, 'More: ') : null].filter(Boolean).join(' · '), DISCORD.footer);
  const embed: DiscordEmbed = {
    title: cutAtWord(inertDiscord(headerTitle(card)), DISCORD.title),
    color: CARD_COLOR,
    timestamp: Number.isNaN(Date.parse(card.asOf)) ? undefined : new Date(Date.parse(card.asOf)).toISOString(),
    footer: { text: inertDiscord(footer) },
  };
  const cardUrl = links ? discordUrl(links.card) : null;
  if (cardUrl) embed.url = cardUrl;
  const description = descParts.join('\n\n');
  if (description) embed.description = description;
  if (fields.length) embed.fields = fields;
  return [embed];
}

function fitsLimits(embeds: DiscordEmbed[]): boolean {
  if (embeds.length > DISCORD.maxEmbeds || discordEmbedsLength(embeds) > DISCORD.totalChars) return false;
  for (const e of embeds) {
    if ((e.description?.length ?? 0) > DISCORD.description) return false;
    if ((e.fields?.length ?? 0) > DISCORD.maxFields) return false;
  }
  return true;
}

/** `links`: link the title and each citation to the web pages (PUBLIC_URL set); without, the card is unchanged. */
export function renderDiscord(card: BriefingCard, opts: { links?: CardLinks } = {}): DiscordMessage {
  const all = cardSections(card, style, opts.links);
  let pre = 0;
  for (const s of all) if (s.id === 'sources' && s.lines.length > 15) (pre += s.lines.length - 15), (s.lines = s.lines.slice(0, 15));
  const { sections, dropped } = trimSections(all, (secs) => fitsLimits(assemble(card, secs, 1, opts.links)));
  const embeds = assemble(card, sections, dropped + pre, opts.links);
  const components: DiscordActionRow[] = [];
  if (card.page < card.pages) {
    const customId = `card_page:${card.topic}:${card.page + 1}`;
    if (customId.length <= DISCORD.customId) {
      components.push({ type: 1, components: [{ type: 2, style: 2, label: `More (page ${card.page + 1} of ${card.pages})`, custom_id: customId }] });
    }
  }
  return { embeds, components, allowed_mentions: { parse: [] } };
}
