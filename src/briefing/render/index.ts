/**
 * Platform-neutral rendering: the card as text, Markdown and JSON, and the pieces a platform's own
 * renderer (adapters/slack/render, adapters/discord/render) builds on: the card as sections of
 * lines in a surface's style, trimming by importance, word-boundary cuts, pointers, one URL check.
 */
export { renderText } from './text.ts';
export { renderMarkdown, escapeMarkdown } from './markdown.ts';
export { renderJson } from './json.ts';
export { cardSections, type Style } from './sections.ts';
export { cutAtWord, cutEscaped, trimSections, DROP_ORDER, ELLIPSIS, type Section, type SectionId } from './trim.ts';
export {
  MAX_MARKERS,
  emptyNote,
  formatTime,
  headerTitle,
  isEmpty,
  morePointer,
  pageCommand,
  safeUrl,
  subtitle,
  type CardLinks,
} from './parts.ts';
