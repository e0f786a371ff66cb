export { startSlack, SLACK_EVENTS_PATH, type SlackOptions } from './app.ts';
export { createPoster, digestMessages, SlackPostError, type PostOptions } from './post.ts';
export { renderReply, renderQuotes, renderText, renderError } from './render-reply.ts';
export { checkMessage, blockTextLength, LIMITS, type SlackMessage } from './limits.ts';
export { slackSettings, SlackSettingsError } from './settings.ts';
