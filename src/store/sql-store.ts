import type { Db } from './db.ts';
import { schemaVersion } from './migrations.ts';
import * as articles from './resources/articles.ts';
import { storeContext, type StoreContext } from './resources/context.ts';
import * as fingerprints from './resources/fingerprints.ts';
import * as people from './resources/people.ts';
import * as quotes from './resources/quotes.ts';
import * as sources from './resources/sources.ts';
import * as stances from './resources/stances.ts';
import * as stories from './resources/stories.ts';
import * as subscriptions from './resources/subscriptions.ts';
import * as topics from './resources/topics.ts';
import { dataVersion } from './resources/versions.ts';
import type { Store } from './store.ts';

/**
 * The store on either engine: every method is written once, in the resource modules
 * (src/store/resources), over a `Db` (src/store/db.ts). An engine (sqlite.ts, postgres.ts) gives
 * the connection and its dialect, and migrates, probes and closes in its own way.
 * To add a method: declare it on `Store`, write it in its resource module, and bind it here.
 */
export abstract class SqlStore implements Store {
  abstract readonly engine: 'sqlite' | 'postgres';
  protected readonly s: StoreContext;

  constructor(db: Db, clock: () => Date = () => new Date()) {
    this.s = storeContext(db, clock);
  }

  abstract migrate(): Promise<void>;
  abstract ping(timeoutMs?: number): Promise<void>;
  abstract close(timeoutMs?: number): Promise<void>;
  schemaVersion: Store['schemaVersion'] = () => schemaVersion(this.s.db);

  // --- articles and quotes
  putArticle: Store['putArticle'] = (article, facts, topicIds, opts) => articles.putArticle(this.s, article, facts, topicIds, opts);
  hasArticle: Store['hasArticle'] = (id) => articles.hasArticle(this.s, id);
  getArticle: Store['getArticle'] = (id) => articles.getArticle(this.s, id);
  listArticles: Store['listArticles'] = (opts) => articles.listArticles(this.s, opts);
  listArticleIds: Store['listArticleIds'] = (opts) => articles.listArticleIds(this.s, opts);
  listArticleTimes: Store['listArticleTimes'] = (opts) => articles.listArticleTimes(this.s, opts);
  getArticles: Store['getArticles'] = (ids) => articles.getArticles(this.s, ids);
  countArticles: Store['countArticles'] = (topic) => articles.countArticles(this.s, topic);
  setArticleTopics: Store['setArticleTopics'] = (id, topicIds) => articles.setArticleTopics(this.s, id, topicIds);
  allArticles: Store['allArticles'] = () => articles.allArticles(this.s);
  dataVersion: Store['dataVersion'] = (topic) => dataVersion(this.s.db, topic);
  getStory: Store['getStory'] = (topic, version, format) => stories.getStory(this.s.db, topic, version, format);
  hasStory: Store['hasStory'] = (topic, version, format) => stories.hasStory(this.s.db, topic, version, format);
  putStory: Store['putStory'] = (topic, version, format, json) => stories.putStory(this.s, topic, version, format, json);
  searchQuotes: Store['searchQuotes'] = (query, opts) => quotes.searchQuotes(this.s, query, opts);
  getClaims: Store['getClaims'] = (articleId) => quotes.getClaims(this.s, articleId);
  claimsIn: Store['claimsIn'] = (articleIds, kind) => stances.claimsIn(this.s, articleIds, kind);
  positionsIn: Store['positionsIn'] = (articleIds) => stances.positionsIn(this.s, articleIds);
  getQuotes: Store['getQuotes'] = (refs) => quotes.getQuotes(this.s, refs);
  listSpeakers: Store['listSpeakers'] = () => quotes.listSpeakers(this.s);
  quotesBySpeaker: Store['quotesBySpeaker'] = (names, opts) => quotes.quotesBySpeaker(this.s, names, opts);

  // --- people
  findPeople: Store['findPeople'] = (surnames) => people.findPeople(this.s, surnames);
  quotesByPerson: Store['quotesByPerson'] = (person, opts) => people.quotesByPerson(this.s, person, opts);
  quotedTogether: Store['quotedTogether'] = (a, b) => people.quotedTogether(this.s, a, b);

  // --- topics
  upsertTopics: Store['upsertTopics'] = (list) => topics.upsertTopics(this.s, list);
  listTopics: Store['listTopics'] = () => topics.listTopics(this.s);

  // --- subscriptions and digest runs
  addSubscription: Store['addSubscription'] = (sub) => subscriptions.addSubscription(this.s, sub);
  restoreSubscription: Store['restoreSubscription'] = (sub) => subscriptions.restoreSubscription(this.s, sub);
  removeSubscription: Store['removeSubscription'] = (platform, workspace, channel, topic) => subscriptions.removeSubscription(this.s, platform, workspace, channel, topic);
  listSubscriptions: Store['listSubscriptions'] = (filter) => subscriptions.listSubscriptions(this.s, filter);
  getSubscription: Store['getSubscription'] = (id) => subscriptions.getSubscription(this.s, id);
  claimDigestRun: Store['claimDigestRun'] = (subscriptionId, slot, opts) => subscriptions.claimDigestRun(this.s, subscriptionId, slot, opts);
  finishDigestRun: Store['finishDigestRun'] = (runId, by, outcome) => subscriptions.finishDigestRun(this.s, runId, by, outcome);
  skipDigestRun: Store['skipDigestRun'] = (subscriptionId, slot, reason, now) => subscriptions.skipDigestRun(this.s, subscriptionId, slot, reason, now);
  dueDigestRetries: Store['dueDigestRetries'] = (now) => subscriptions.dueDigestRetries(this.s, now);
  expireDigestClaims: Store['expireDigestClaims'] = (claimedBefore, now) => subscriptions.expireDigestClaims(this.s, claimedBefore, now);
  listDigestRuns: Store['listDigestRuns'] = (filter) => subscriptions.listDigestRuns(this.s, filter);

  // --- sources
  addSource: Store['addSource'] = (source) => sources.addSource(this.s, source);
  listSources: Store['listSources'] = () => sources.listSources(this.s);
  getSource: Store['getSource'] = (id) => sources.getSource(this.s, id);
  removeSource: Store['removeSource'] = (id) => sources.removeSource(this.s, id);
  claimDueSources: Store['claimDueSources'] = (now, leaseUntil, limit) => sources.claimDueSources(this.s, now, leaseUntil, limit);
  recordSourcePoll: Store['recordSourcePoll'] = (id, update) => sources.recordSourcePoll(this.s, id, update);

  // --- near-duplicate fingerprints
  addArticleFingerprints: Store['addArticleFingerprints'] = (articleId, bands, storedAt) => fingerprints.addArticleFingerprints(this.s.db, articleId, bands, storedAt);
  findArticlesByFingerprint: Store['findArticlesByFingerprint'] = (bands, opts) => fingerprints.findArticlesByFingerprint(this.s.db, bands, opts);
}
