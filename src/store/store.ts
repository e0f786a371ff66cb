import { z } from 'zod';
import type { Article } from '../articles/article.ts';
import type { Claim, Facts, Position, Quote } from '../facts/schema.ts';
import type { PersonForm } from '../facts/person-forms.ts';
import type { Topic } from './topic.ts';
import type { NewSource, Source, SourcePollUpdate } from './source.ts';

/** An article as stored, with its facts and when it was first stored. */
export interface StoredArticle {
  article: Article;
  facts: Facts;
  topics: string[];
  /** ISO timestamp of first storage. */
  storedAt: string;
}

export const SubscriptionSchema = z.object({
  id: z.number().int().optional(),
  platform: z.enum(['slack', 'discord', 'console']),
  workspace: z.string().default(''),
  channel: z.string().min(1),
  topics: z.array(z.string()).min(1),
  /** Local HH:MM. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('07:30'),
  timezone: z.string().default('UTC'),
  quietDay: z.enum(['post', 'skip']).default('post'),
  createdAt: z.string().optional(),
  /** Last successful post: the scheduled slot it covered and when it was posted. */
  lastPostedSlot: z.string().nullable().default(null),
  lastPostedAt: z.string().nullable().default(null),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;
export type SubscriptionInput = z.input<typeof SubscriptionSchema>;

export interface QuoteHit {
  articleId: string;
  quoteIndex: number;
  /** The quote's row number when the search knows it (SQLite: the full-text row is the quote's row), read by it. */
  row?: number;
}

/** A denial or confirmation of an article (`index` into its claims), with the claim it answers. */
export interface ArticleClaim {
  articleId: string;
  index: number;
  claim: Claim;
  target: Claim | null;
}

/** A position of an article (`index` into its positions). */
export interface ArticlePosition {
  articleId: string;
  index: number;
  position: Position;
}

/** What an answer needs of an article to cite it. */
export type ArticleHead = Pick<Article, 'id' | 'headline' | 'outlet' | 'url' | 'published'>;

export interface StoredQuote {
  articleId: string;
  quoteIndex: number;
  quote: Quote;
  head: ArticleHead;
}

export interface IngestResult {
  id: string;
  inserted: boolean;
  topics: string[];
}

/** One scheduled (or on-demand) digest of one subscription: the exactly-once bookkeeping. */
export type DigestRunStatus = 'claimed' | 'posted' | 'failed' | 'skipped';
export interface DigestRun {
  id: number;
  subscriptionId: number;
  /** The scheduled slot (ISO, UTC); on-demand digests use the time they were asked for. */
  slot: string;
  kind: 'scheduled' | 'on-demand';
  status: DigestRunStatus;
  attempts: number;
  claimedBy: string | null;
  claimedAt: string | null;
  postedAt: string | null;
  /** Facts first stored up to this time are in the posted digest (the next one starts here). */
  coveredUntil: string | null;
  /** A failed run is retried at this time; null once it has failed for good. */
  nextAttemptAt: string | null;
  /** Why it failed or was skipped. */
  error: string | null;
}

export type DigestClaim =
  | { claimed: true; run: DigestRun; subscription: Subscription; /** Start of "what's new": last successful post, else the subscription's creation. */ since: string | null }
  | { claimed: false; run: DigestRun | null; reason: 'exists' | 'gone' };

export type DigestOutcome =
  | { status: 'posted'; at: string; coveredUntil: string }
  | { status: 'failed'; at: string; error: string; nextAttemptAt: string | null }
  | { status: 'skipped'; at: string; reason: string };

/**
 * The store. Every implementation (SQLite, PostgreSQL) passes the same test suite.
 * Writes are transactional: an article, its facts and its topic links go in together or not at all.
 */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** Apply pending versioned migrations. Safe to call from several processes at once. */
  migrate(): Promise<void>;
  /** The highest migration version applied. */
  schemaVersion(): Promise<number>;
  /** A cheap probe that the store answers, within `timeoutMs` (else it throws StoreUnavailableError): /readyz. */
  ping(timeoutMs?: number): Promise<void>;
  /** Release connections; never waits on an unresponsive server for longer than `timeoutMs`. */
  close(timeoutMs?: number): Promise<void>;

  /** Store an article with its facts and topics; a no-op (inserted=false) if the id is known. */
  /** Atomic: the article, its facts, quotes, topics and (when given) near-duplicate band keys, or nothing. */
  putArticle(article: Article, facts: Facts, topics: string[], opts?: { storedAt?: string; fingerprints?: { bands: string[]; at: string } }): Promise<IngestResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Articles of a topic (or all), optionally only those first stored after `since`, newest first. */
  listArticles(opts?: { topic?: string; since?: string; limit?: number }): Promise<StoredArticle[]>;
  /** The ids and storage times `listArticles` would return, in its order, without reading the articles. */
  listArticleTimes(opts?: { topic?: string; since?: string; limit?: number }): Promise<{ id: string; storedAt: string }[]>;
  /** The ids `listArticles` would return, in its order, without reading the articles. */
  listArticleIds(opts?: { topic?: string; since?: string; limit?: number }): Promise<string[]>;
  /** These articles (those stored), in the order asked. */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  countArticles(topic?: string): Promise<number>;
  /** Replace an article's topic links (topics are reassigned when a briefing file changes). */
  setArticleTopics(id: string, topics: string[]): Promise<void>;
  /** Iterate every stored article (for re-assigning topics, export). */
  allArticles(): AsyncIterable<StoredArticle>;

  upsertTopics(topics: Topic[]): Promise<void>;
  listTopics(): Promise<Topic[]>;

  /**
   * Full-text search over quotes (text and speaker): the newest `limit` matches (default 50, at
   * most 1,000), newest first. Phrase queries in double quotes; free words match as prefixes.
   * `speaker`: only quotes whose speaker's name holds that surname (its last word, if several).
   */
  searchQuotes(query: string, opts?: { topic?: string; since?: string; limit?: number; speaker?: string }): Promise<QuoteHit[]>;

  /** An article's claims (denials and confirmations answer them), without loading the whole article. */
  getClaims(articleId: string): Promise<Claim[]>;
  /**
   * Denials (`kind` denied) or confirmations in these articles, each with the claim it answers, in the order of the ids
   * (migration 10); with no kind, all of those and any other claim that answers one.
   */
  claimsIn(articleIds: string[], kind?: 'denied' | 'confirmed'): Promise<ArticleClaim[]>;
  /** The positions of these articles, in the order of the ids (migration 10). */
  positionsIn(articleIds: string[]): Promise<ArticlePosition[]>;
  /** Quotes with their article's head, without loading whole articles (who-said answers). */
  getQuotes(refs: { articleId: string; quoteIndex: number }[]): Promise<StoredQuote[]>;
  /**
   * A number that changes whenever articles, topics or topic links change (for answer caches);
   * with a topic, one that changes only when that topic's definition or articles change.
   */
  dataVersion(topic?: string): Promise<number>;
  /**
   * A topic's story as read for its cards (JSON the briefing writes and reads back) at this data
   * version of the topic and in this format; null when the one kept (if any) is of another version
   * or format. Writing one bumps no data version (it is derived from the stored articles).
   */
  getStory(topic: string, version: number, format: string): Promise<string | null>;
  /** Whether the story kept for a topic is the one `getStory` would return for this version and format (without reading it). */
  hasStory(topic: string, version: number, format: string): Promise<boolean>;
  putStory(topic: string, version: number, format: string, json: string): Promise<void>;
  /** Every named speaker of a stored quote, with how many quotes each has. */
  listSpeakers(): Promise<{ name: string; quotes: number }[]>;
  /** Forms of people and organisations (migration 6) whose surname (folded last word, or an organisation's key) is one of these. */
  findPeople(surnames: string[]): Promise<PersonForm[]>;
  /**
   * Quotes by one person (identity key, or several keys of one person: "joseph biden jr" and
   * "joseph biden"), as their own articles make clear (src/facts/person-forms.ts quoteIdentities), newest first.
   */
  quotesByPerson(person: string | string[], opts?: { topic?: string; since?: string; limit?: number }): Promise<QuoteHit[]>;
  /** Whether one article has quotes by both identity keys (a father and a son quoted apart: src/briefing/people.ts twinPairs). */
  quotedTogether(a: string, b: string): Promise<boolean>;
  /** Quotes by exactly these speakers, newest first. */
  quotesBySpeaker(names: string[], opts?: { topic?: string; since?: string; limit?: number }): Promise<QuoteHit[]>;

  addSubscription(sub: SubscriptionInput): Promise<Subscription>;
  /** Put back an exported subscription as it was (times and last post included); used by import. */
  restoreSubscription(sub: Subscription): Promise<Subscription>;
  removeSubscription(platform: string, workspace: string, channel: string, topic: string): Promise<boolean>;
  listSubscriptions(filter?: { platform?: string; workspace?: string; channel?: string }): Promise<Subscription[]>;

  // --- digests (exactly-once bookkeeping; src/schedule)
  getSubscription(id: number): Promise<Subscription | null>;
  /**
   * Claim a digest run for (subscription, slot), atomically: a new run is inserted as claimed
   * (UNIQUE(subscription_id, slot) lets exactly one process win), or a failed run whose retry is
   * due (and that no newer run has superseded) is re-claimed by exactly one process. Claiming a
   * slot ends the pending retries of older slots. Returns where "what's new" starts.
   */
  claimDigestRun(subscriptionId: number, slot: string, opts: { by: string; now: string; kind?: DigestRun['kind'] }): Promise<DigestClaim>;
  /**
   * Record how a claimed run ended. A post is recorded on the run and as the subscription's last
   * successful post in one transaction. False when the claim was lost (expired and taken over).
   */
  finishDigestRun(runId: number, by: string, outcome: DigestOutcome): Promise<boolean>;
  /** Record a slot as skipped unless it already has a run; true when recorded. */
  skipDigestRun(subscriptionId: number, slot: string, reason: string, now: string): Promise<boolean>;
  /** Failed runs whose retry is due at `now` and that no newer run has superseded, oldest first. */
  dueDigestRetries(now: string): Promise<DigestRun[]>;
  /** Runs claimed before `claimedBefore` and never finished (their process died): recorded as failed for good. */
  expireDigestClaims(claimedBefore: string, now: string): Promise<DigestRun[]>;
  listDigestRuns(filter?: { subscriptionId?: number; status?: DigestRunStatus; since?: string }): Promise<DigestRun[]>;

  // --- sources (migration 3) ---
  /** Add a source, due at once; adding a known location again only updates its interval (created=false). */
  addSource(source: NewSource): Promise<{ source: Source; created: boolean }>;
  listSources(): Promise<Source[]>;
  getSource(id: number): Promise<Source | null>;
  removeSource(id: number): Promise<boolean>;
  /**
   * Take the sources due at `now` (oldest first) and lease them until `leaseUntil`, so that of
   * several bot processes sharing the store only one polls a given source.
   */
  claimDueSources(now: string, leaseUntil: string, limit?: number): Promise<Source[]>;
  /** Record a poll: state, next due time, error; `articlesTaken` is added to the total. */
  recordSourcePoll(id: number, update: SourcePollUpdate): Promise<void>;
  /** Near-duplicate index: an article's LSH band keys. */
  addArticleFingerprints(articleId: string, bands: string[], storedAt: string): Promise<void>;
  /** Articles sharing any of these band keys (stored after `since`), most keys shared first. */
  findArticlesByFingerprint(bands: string[], opts?: { since?: string; limit?: number }): Promise<string[]>;
}
