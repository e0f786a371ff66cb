export { buildCard, PAGE_SIZE, MAX_CITES_PER_ITEM, type BuildCardInput } from './build-card.ts';
export { MAX_CARD_ARTICLES, MAX_STORY_ARTICLES, LEAD_SENTENCES, STORY_STEP, articleWindow, storyWindowSize, type WindowArticle } from './window.ts';
export { SENTENCE_DUP_THRESHOLD } from './sentences.ts';
export { QUOTE_DUP_THRESHOLD } from './quotes.ts';
export { clusterBySimilarity, type ClusterInput } from './cluster.ts';
export { contentTokens, jaccard, normKey } from './text.ts';
export { Developments, DEVELOPMENT_SIMILARITY, prepareStory, topicLex } from './developments.ts';
export { dateMentions, eventDate, contradictsDate } from './event-date.ts';
export { MAX_PAGES, MAX_QUOTES_PER_ARTICLE, isNewsSince } from './build-card.ts';
