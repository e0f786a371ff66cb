import type { Article } from '../articles/article.ts';
import type { Claim, Facts } from '../facts/schema.ts';
import type { PersonForm } from '../facts/person-forms.ts';
import type { Db } from './db.ts';
import { schemaVersion } from './migrations.ts';
import * as articles from './resources/articles.ts';
import { storeContext, type StoreContext } from './resources/context.ts';
import * as fingerprints from './resources/fingerprints.ts';
import * as people from './resources/people.ts';
import * as quotes from './resources/quotes.ts';
import * as sources from './resources/sources.ts';
import * as subscriptions from './resources/subscriptions.ts';
import * as topics from './resources/topics.ts';
import { dataVersion } from './resources/versions.ts';
import type { NewSource, Source, SourcePollUpdate } from './source.ts';
import type {
  DigestClaim,
  DigestOutcome,
  DigestRun,
  DigestRunStatus,
  IngestResult,
  QuoteHit,
  Store,
  StoredArticle,
  StoredQuote,
  Subscription,
  SubscriptionInput,
} from './store.ts';
import type { Topic } from './topic.ts';

type QuoteOpts = { topic?: string; since?: string; limit?: number };

/**
 * The store on either engine: every method is written once, in the resource modules
 * (src/store/resources), over a `Db` (src/store/db.ts). An engine (sqlite.ts, postgres.ts) gives
 * the connection and its dialect, and migrates, probes and closes in its own way.
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

  schemaVersion(): Promise<number> {
    return schemaVersion(this.s.db);
  }

  // --- articles and quotes
  putArticle(article: Article, facts: Facts, topicIds: string[], opts?: { storedAt?: string; fingerprints?: { bands: string[]; at: string } }): Promise<IngestResult> {
    return articles.putArticle(this.s, article, facts, topicIds, opts);
  }
  hasArticle(id: string): Promise<boolean> {
    return articles.hasArticle(this.s, id);
  }
  getArticle(id: string): Promise<StoredArticle | null> {
    return articles.getArticle(this.s, id);
  }
  listArticles(opts?: { topic?: string; since?: string; limit?: number }): Promise<StoredArticle[]> {
    return articles.listArticles(this.s, opts);
  }
  countArticles(topic?: string): Promise<number> {
    return articles.countArticles(this.s, topic);
  }
  setArticleTopics(id: string, topicIds: string[]): Promise<void> {
    return articles.setArticleTopics(this.s, id, topicIds);
  }
  allArticles(): AsyncIterable<StoredArticle> {
    return articles.allArticles(this.s);
  }
  dataVersion(topic?: string): Promise<number> {
    return dataVersion(this.s.db, topic);
  }
  searchQuotes(query: string, opts?: QuoteOpts): Promise<QuoteHit[]> {
    return quotes.searchQuotes(this.s, query, opts);
  }
  getClaims(articleId: string): Promise<Claim[]> {
    return quotes.getClaims(this.s, articleId);
  }
  getQuotes(refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]> {
    return quotes.getQuotes(this.s, refs);
  }
  listSpeakers(): Promise<{ name: string; quotes: number }[]> {
    return quotes.listSpeakers(this.s);
  }
  quotesBySpeaker(names: string[], opts?: QuoteOpts): Promise<QuoteHit[]> {
    return quotes.quotesBySpeaker(this.s, names, opts);
  }

  // --- people
  findPeople(surnames: string[]): Promise<PersonForm[]> {
    return people.findPeople(this.s, surnames);
  }
  quotesByPerson(person: string, opts?: QuoteOpts): Promise<QuoteHit[]> {
    return people.quotesByPerson(this.s, person, opts);
  }

  // --- topics
  upsertTopics(list: Topic[]): Promise<void> {
    return topics.upsertTopics(this.s, list);
  }
  listTopics(): Promise<Topic[]> {
    return topics.listTopics(this.s);
  }

  // --- subscriptions and digest runs
  addSubscription(sub: SubscriptionInput): Promise<Subscription> {
    return subscriptions.addSubscription(this.s, sub);
  }
  restoreSubscription(sub: Subscription): Promise<Subscription> {
    return subscriptions.restoreSubscription(this.s, sub);
  }
  removeSubscription(platform: string, workspace: string, channel: string, topic: string): Promise<boolean> {
    return subscriptions.removeSubscription(this.s, platform, workspace, channel, topic);
  }
  listSubscriptions(filter?: { platform?: string; workspace?: string; channel?: string }): Promise<Subscription[]> {
    return subscriptions.listSubscriptions(this.s, filter);
  }
  getSubscription(id: number): Promise<Subscription | null> {
    return subscriptions.getSubscription(this.s, id);
  }
  claimDigestRun(subscriptionId: number, slot: string, opts: { by: string; now: string; kind?: DigestRun['kind'] }): Promise<DigestClaim> {
    return subscriptions.claimDigestRun(this.s, subscriptionId, slot, opts);
  }
  finishDigestRun(runId: number, by: string, outcome: DigestOutcome): Promise<boolean> {
    return subscriptions.finishDigestRun(this.s, runId, by, outcome);
  }
  skipDigestRun(subscriptionId: number, slot: string, reason: string, now: string): Promise<boolean> {
    return subscriptions.skipDigestRun(this.s, subscriptionId, slot, reason, now);
  }
  dueDigestRetries(now: string): Promise<DigestRun[]> {
    return subscriptions.dueDigestRetries(this.s, now);
  }
  expireDigestClaims(claimedBefore: string, now: string): Promise<DigestRun[]> {
    return subscriptions.expireDigestClaims(this.s, claimedBefore, now);
  }
  listDigestRuns(filter?: { subscriptionId?: number; status?: DigestRunStatus; since?: string }): Promise<DigestRun[]> {
    return subscriptions.listDigestRuns(this.s, filter);
  }

  // --- sources
  addSource(source: NewSource): Promise<{ source: Source; created: boolean }> {
    return sources.addSource(this.s, source);
  }
  listSources(): Promise<Source[]> {
    return sources.listSources(this.s);
  }
  getSource(id: number): Promise<Source | null> {
    return sources.getSource(this.s, id);
  }
  removeSource(id: number): Promise<boolean> {
    return sources.removeSource(this.s, id);
  }
  claimDueSources(now: string, leaseUntil: string, limit?: number): Promise<Source[]> {
    return sources.claimDueSources(this.s, now, leaseUntil, limit);
  }
  recordSourcePoll(id: number, update: SourcePollUpdate): Promise<void> {
    return sources.recordSourcePoll(this.s, id, update);
  }

  // --- near-duplicate fingerprints
  addArticleFingerprints(articleId: string, bands: string[], storedAt: string): Promise<void> {
    return fingerprints.addArticleFingerprints(this.s.db, articleId, bands, storedAt);
  }
  findArticlesByFingerprint(bands: string[], opts?: { since?: string; limit?: number }): Promise<string[]> {
    return fingerprints.findArticlesByFingerprint(this.s.db, bands, opts);
  }
}
