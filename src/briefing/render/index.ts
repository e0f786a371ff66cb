export { renderText } from './text.ts';
export { renderMarkdown, escapeMarkdown } from './markdown.ts';
export { renderJson } from './json.ts';
export { renderSlack, escapeSlack, slackBlocksTextLength, type SlackBlock, type SlackMessage, type SlackRenderOptions } from './slack.ts';
export {
  renderDiscord,
  escapeDiscord,
  discordEmbedsLength,
  type DiscordEmbed,
  type DiscordMessage,
  type DiscordActionRow,
  type DiscordButton,
} from './discord.ts';
export { SLACK, DISCORD, MAX_MARKERS } from './limits.ts';
export { cutAtWord, DROP_ORDER, type SectionId } from './trim.ts';
export { morePointer, pageCommand, type CardLinks } from './parts.ts';
