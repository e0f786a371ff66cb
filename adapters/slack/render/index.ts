/** Everything Slack shows: cards, who-said answers, text, errors and digests as Block Kit, inside LIMITS. */
export { renderCard, fallbackLead, type SlackCardOptions } from './card.ts';
export { renderReply, renderQuotes, renderText, renderError, type RenderOptions } from './reply.ts';
export { digestMessages, slackDate } from './digest.ts';
export { LIMITS, blockTextLength, type SlackMessage } from './limits.ts';
export { checkMessage } from './check.ts';
export { escapeSlack, inertSlackPlain, unescapeSlack, slackUrl, link, esc, escClip, clip, safeFallback, day } from './mrkdwn.ts';
