import { z } from 'zod';
import type { Article } from '../articles/article.ts';
import type { Facts } from '../facts/schema.ts';
import type { Topic } from '../briefing/topic.ts';

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
  score: number;
}

export interface IngestResult {
  id: string;
  inserted: boolean;
  topics: string[];
}

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
  close(): Promise<void>;

  /** Store an article with its facts and topics; a no-op (inserted=false) if the id is known. */
  putArticle(article: Article, facts: Facts, topics: string[], opts?: { storedAt?: string }): Promise<IngestResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Articles of a topic (or all), optionally only those first stored after `since`, newest first. */
  listArticles(opts?: { topic?: string; since?: string; limit?: number }): Promise<StoredArticle[]>;
  countArticles(topic?: string): Promise<number>;
  /** Replace an article's topic links (topics are reassigned when a briefing file changes). */
  setArticleTopics(id: string, topics: string[]): Promise<void>;
  /** Iterate every stored article (for re-assigning topics, export). */
  allArticles(): AsyncIterable<StoredArticle>;

  upsertTopics(topics: Topic[]): Promise<void>;
  listTopics(): Promise<Topic[]>;

  /** Full-text search over quotes (text and speaker). Phrase queries in double quotes. */
  searchQuotes(query: string, opts?: { topic?: string; since?: string; limit?: number }): Promise<QuoteHit[]>;

  /** Every named speaker of a stored quote, with how many quotes each has. */
  listSpeakers(): Promise<{ name: string; quotes: number }[]>;
  /** Quotes by exactly these speakers, newest first. */
  quotesBySpeaker(names: string[], opts?: { topic?: string; since?: string; limit?: number }): Promise<QuoteHit[]>;

  addSubscription(sub: SubscriptionInput): Promise<Subscription>;
  removeSubscription(platform: string, workspace: string, channel: string, topic: string): Promise<boolean>;
  listSubscriptions(filter?: { platform?: string; workspace?: string; channel?: string }): Promise<Subscription[]>;
}
