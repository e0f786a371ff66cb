/** Everything Discord shows: cards, who-said answers, text, errors and digests as embeds, inside LIMITS. */
export { renderCard, type DiscordCard } from './card.ts';
export { renderReply, renderQuotes, errorMessage, type MessageBody } from './reply.ts';
export { digestMessages } from './digest.ts';
export { LIMITS, embedChars, embedProblems } from './limits.ts';
export { escapeDiscord, inertMentions, safe, clip, discordUrl } from './safe-text.ts';
