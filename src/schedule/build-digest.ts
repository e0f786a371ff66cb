/**
 * Subscription + "since" -> Digest. The card of each subscribed topic is the "what's new since
 * the last successful post" card (`buildCard` with `since`), built from the articles first stored
 * after it (exactly once) that are also news (published after it, or up to DIGEST_NEWS_GRACE_DAYS
 * before: a year-old article backfilled today is not news); topics with nothing new go to a
 * one-line index.
 *
 * `assembleDigest` is pure. `DigestBuilder` loads what a batch of digests needs once per topic and
 * shares cards between subscriptions that see the same set of new articles, so building the
 * digests of thousands of channels costs about one card per topic.
 */
import { buildCard } from '../briefing/build/index.ts';
import { cardFromStory, type StoryMaterial } from '../briefing/build/build-card.ts';
import { readStory } from '../app/stories.ts';
import type { BriefingCard } from '../briefing/card.ts';
import type { Topic } from '../briefing/topic.ts';
import type { Store, StoredArticle, Subscription } from '../store/store.ts';
import type { Digest } from './digest.ts';

/** A digest card is built from at most this many of a topic's newest new articles (as /brief). */
export const DIGEST_CARD_WINDOW = 200;
/**
 * A digest counts an article as news when it was published after the last digest, or up to this
 * many days before it and stored after it (late arrivals); an archive backfilled today is not news.
 */
export const DIGEST_NEWS_GRACE_DAYS = 2;
/** Articles of one topic loaded at once for a batch; past this, the builder asks the store per "since". */
export const DIGEST_LOAD_CAP = 5000;

export interface DigestRequest {
  subscription: Subscription;
  /** The slot (ISO); on-demand digests use the time they were asked for. */
  slot: string;
  /** Articles first stored after this, and published after it (or DIGEST_NEWS_GRACE_DAYS before), are new (null: everything). */
  since: string | null;
}

export function cardHasNews(card: BriefingCard): boolean {
  return Boolean(
    card.changes.length || card.tldr.length || card.developments.length || card.quotes.length || card.positions.length || card.disputes.length || card.next.length,
  );
}

export interface AssembleInput extends DigestRequest {
  /** ISO time the digest is built at; articles stored after it wait for the next digest. */
  now: string;
  topics: ReadonlyMap<string, Topic>;
  /** The topic's articles first stored after `since` (and not after `now`), newest first. */
  articlesFor: (topic: string, since: string | null) => StoredArticle[];
  /** Card memo: the same key means the same articles, so the same card. */
  cardKey?: (topic: string, since: string | null) => string;
  cards?: Map<string, BriefingCard>;
  /**
   * Topics' stories (src/app/stories.ts): a digest card is answered from its topic's story when the
   * story holds every new article — an item is new when every article reporting it is new (one
   * first reported before the last digest is not news again) — else built from the new articles.
   */
  stories?: ReadonlyMap<string, StoryMaterial>;
  /** The ids of the topic's new articles (as `articlesFor` would give them), when known without the articles. */
  newIds?: (topic: string, since: string | null) => string[];
}

/** Whether a story holds every one of these articles. */
function holds(story: StoryMaterial, ids: readonly string[]): boolean {
  const held = new Set(story.articles.map((a) => a.id));
  return ids.every((id) => held.has(id));
}

/** Build one digest (pure). */
export function assembleDigest(input: AssembleInput): Digest {
  const { subscription, slot, since, now } = input;
  const cards: BriefingCard[] = [];
  const quietTopics: { topic: string; title: string }[] = [];
  for (const id of subscription.topics) {
    const topic = input.topics.get(id);
    if (!topic) {
      quietTopics.push({ topic: id, title: id });
      continue;
    }
    const key = input.cardKey?.(id, since);
    let card = key !== undefined ? input.cards?.get(key) : undefined;
    if (!card) {
      const ids = input.newIds?.(id, since) ?? input.articlesFor(id, since).map((a) => a.article.id);
      const story = input.stories?.get(id);
      if (story && ids.length && holds(story, ids)) card = cardFromStory(story, { now, since, sinceGraceDays: DIGEST_NEWS_GRACE_DAYS, stored: { after: since, until: now } });
      else {
        const articles = ids.length ? input.articlesFor(id, since) : [];
        card = articles.length
          ? buildCard({ topic, articles: articles.slice(0, DIGEST_CARD_WINDOW), now, since, sinceGraceDays: DIGEST_NEWS_GRACE_DAYS })
          : buildCard({ topic, articles: [], now, since });
      }
      if (key !== undefined) input.cards?.set(key, card);
    }
    if (cardHasNews(card)) cards.push(card.since === since ? card : { ...card, since });
    else quietTopics.push({ topic: id, title: topic.title });
  }
  return { subscription, slot, since, cards, quietTopics, quiet: cards.length === 0 };
}

interface Loaded {
  /** Ids and storage times, newest first, stored after `from` and not after the build time. */
  heads: { id: string; storedAt: string }[];
  from: string;
  truncated: boolean;
}

/**
 * Builds a batch of digests at one instant. Per topic it reads, once, the ids of the articles
 * stored since the batch's oldest "since" (from the indexes) and the topic's story (as kept at
 * ingest); a digest card is answered from the story when it holds the new articles, else built from
 * them (read then).
 */
export class DigestBuilder {
  private topics: Map<string, Topic> | null = null;
  private loaded = new Map<string, Loaded>();
  private direct = new Map<string, { id: string; storedAt: string }[]>();
  private full = new Map<string, StoredArticle[]>();
  private cards = new Map<string, BriefingCard>();
  private stories = new Map<string, StoryMaterial>();
  readonly asOf: string;

  constructor(
    private store: Store,
    now: Date,
  ) {
    this.asOf = now.toISOString();
  }

  /** Load topics and, per topic, the ids of every article stored after the oldest "since" of the batch. */
  async prepare(reqs: readonly DigestRequest[]): Promise<void> {
    if (!this.topics) this.topics = new Map((await this.store.listTopics()).map((t) => [t.id, t]));
    const oldest = new Map<string, string>();
    for (const r of reqs) {
      for (const t of r.subscription.topics) {
        const s = r.since ?? '';
        const cur = oldest.get(t);
        if (cur === undefined || s < cur) oldest.set(t, s);
      }
    }
    for (const [topic, from] of oldest) {
      const have = this.loaded.get(topic);
      if (have && have.from <= from) continue;
      const got = await this.store.listArticleTimes({ topic, since: from || undefined, limit: DIGEST_LOAD_CAP });
      this.loaded.set(topic, { heads: got.filter((a) => a.storedAt <= this.asOf), from, truncated: got.length >= DIGEST_LOAD_CAP });
    }
  }

  async build(req: DigestRequest): Promise<Digest> {
    await this.prepare([req]);
    for (const t of req.subscription.topics) {
      const l = this.loaded.get(t);
      const k = `${t}|${req.since ?? ''}`;
      if (l?.truncated && !this.direct.has(k)) {
        const got = await this.store.listArticleTimes({ topic: t, since: req.since ?? undefined, limit: DIGEST_CARD_WINDOW });
        this.direct.set(k, got.filter((x) => x.storedAt <= this.asOf));
      }
      const ids = this.newIds(t, req.since);
      if (!ids.length) continue;
      // the topic's story, as kept at ingest (read from the articles when stale); the new articles themselves only when it does not hold them
      const topic = this.topics!.get(t);
      if (topic && !this.stories.has(t)) this.stories.set(t, await readStory(this.store, topic));
      const story = this.stories.get(t);
      if ((!story || !holds(story, ids)) && !this.full.has(k)) this.full.set(k, await this.store.getArticles(ids.slice(0, DIGEST_CARD_WINDOW)));
    }
    return assembleDigest({
      ...req,
      now: this.asOf,
      topics: this.topics!,
      articlesFor: (t, since) => this.full.get(`${t}|${since ?? ''}`) ?? [],
      newIds: (t, since) => this.newIds(t, since),
      cardKey: (t, since) => this.cardKey(t, since),
      cards: this.cards,
      stories: this.stories,
    });
  }

  /** How many topic cards this builder has built (digests share a card when they see the same new articles). */
  get cardsBuilt(): number {
    return this.cards.size;
  }

  private heads(topic: string, since: string | null): { id: string; storedAt: string }[] {
    const l = this.loaded.get(topic);
    if (!l) return [];
    if (l.truncated) return this.direct.get(`${topic}|${since ?? ''}`) ?? [];
    const s = since ?? '';
    return s ? l.heads.filter((a) => a.storedAt > s) : l.heads;
  }

  private newIds(topic: string, since: string | null): string[] {
    return this.heads(topic, since).map((a) => a.id);
  }

  /** Sets of new articles are nested by "since", so their size identifies them. */
  private cardKey(topic: string, since: string | null): string {
    const l = this.loaded.get(topic);
    if (!l) return `${topic}|none`;
    if (l.truncated) return `${topic}|since:${since ?? ''}`;
    return `${topic}|${this.heads(topic, since).length}`;
  }
}
