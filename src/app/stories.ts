/**
 * Stories kept in the store. The cross-article work of a topic's cards (`storyMaterial`: reading
 * the newest articles, merging their developments, ranking quotes, positions, disputes and what's
 * next) is done when articles arrive — after an ingest run, after a source's poll, and at start for
 * the topics whose story is missing or stale — and kept per topic with the topic's data version.
 * A card then reads one row and answers its request from it (`cardFromStory`), whatever the size
 * of the archive. A story missing or stale when a card is asked for (articles stored since by a
 * process that keeps no stories, a briefing file changed) is read from the articles then, as cards
 * always were, and not written: a request only reads.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { prepareStory, storyWindowSize } from '../briefing/build/index.ts';
import { storyMaterial, type StoryMaterial } from '../briefing/build/build-card.ts';
import type { Topic } from '../briefing/topic.ts';
import type { Store } from '../store/store.ts';
import { Lru } from '../store/lru.ts';

/**
 * The shape and the meaning of a kept story. Change it whenever `storyMaterial`'s output changes
 * (a field, a ranking, a filter): stories kept by an older briefbot are then read again.
 */
export const STORY_FORMAT = 'story-14';

/**
 * Read a topic's story from its newest articles (a chunk at a time, calling `pause` between chunks):
 * the window of `storyWindowSize`, whose oldest end moves STORY_STEP articles at a time, so that
 * the developments kept in memory since the last read only take the new articles.
 */
async function readFromArticles(store: Store, topic: Topic, pause: () => Promise<void>): Promise<StoryMaterial> {
  const max = storyWindowSize(await store.countArticles(topic.id));
  const articles = await store.listArticles({ topic: topic.id, limit: max });
  await prepareStory(topic, articles, pause, max);
  return storyMaterial({ topic, articles, maxStoryArticles: max });
}

/** Stories read lately, per store, by topic and data version (a card's pages, its `since` forms and its web page read one story). */
const recent = new WeakMap<Store, Lru<string, Promise<StoryMaterial>>>();
const RECENT_STORIES = 16;

/** The story kept for a topic's current data version (or this one, already read), or null (none kept, or a stale one). */
export async function readKeptStory(store: Store, topic: Topic, version?: number): Promise<StoryMaterial | null> {
  const kept = await store.getStory(topic.id, version ?? (await store.dataVersion(topic.id)), STORY_FORMAT);
  return kept === null ? null : (JSON.parse(kept) as StoryMaterial);
}

/** A topic's story: the one kept for its current data version, else read from its articles now (not kept). Never changed by its readers. */
export async function readStory(store: Store, topic: Topic, pause: () => Promise<void> = () => yieldToLoop()): Promise<StoryMaterial> {
  const version = await store.dataVersion(topic.id);
  let lru = recent.get(store);
  if (!lru) recent.set(store, (lru = new Lru(RECENT_STORIES)));
  const key = `${topic.id}\u0000${version}\u0000${JSON.stringify(topic)}`;
  let story = lru.get(key);
  if (!story) {
    story = (async () => (await readKeptStory(store, topic, version)) ?? readFromArticles(store, topic, pause))();
    lru.set(key, story);
    story.catch(() => lru.delete(key));
  }
  return story;
}

/**
 * Read and keep the story of each of these topics whose kept story is missing or stale. Returns how
 * many were read. The version is taken before the articles are read: articles stored meanwhile move
 * it on, so the story kept is stale at once and read again next time, never taken for newer than it is.
 */
export async function keepStories(store: Store, topics: readonly Topic[], opts: { pause?: () => Promise<void>; signal?: AbortSignal } = {}): Promise<number> {
  const pause = opts.pause ?? (() => yieldToLoop());
  let n = 0;
  for (const topic of topics) {
    if (opts.signal?.aborted) break;
    const version = await store.dataVersion(topic.id);
    if (await store.hasStory(topic.id, version, STORY_FORMAT)) continue;
    const story = await readFromArticles(store, topic, pause);
    await store.putStory(topic.id, version, STORY_FORMAT, JSON.stringify(story));
    n++;
  }
  return n;
}
