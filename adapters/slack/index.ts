export { startSlack, SLACK_EVENTS_PATH, type SlackOptions } from './app.ts';
export { createPoster, SlackPostError, type PostOptions } from './post.ts';
export { renderCard, renderReply, renderQuotes, renderText, renderError, digestMessages, checkMessage, blockTextLength, LIMITS, type SlackMessage } from './render/index.ts';
export { slackSettings, SlackSettingsError } from './settings.ts';
