/**
 * `briefbot brief --format slack|discord`: a card exactly as each platform's adapter would send it
 * (Block Kit, Discord message body), as JSON. Handed to the CLI by adapters/main.ts, so the core
 * keeps only its platform-neutral formats (text, markdown, json).
 */
import type { BriefingCard } from '../src/briefing/card.ts';
import { renderCard as slackCard } from './slack/render/index.ts';
import { renderCard as discordCard } from './discord/render/index.ts';

export const cardFormats: Record<string, (card: BriefingCard) => string> = {
  slack: (card) => JSON.stringify(slackCard(card), null, 2),
  discord: (card) => JSON.stringify(discordCard(card), null, 2),
};
