import type { Store } from '../store/store.ts';
import { answerCacheTotal } from '../metrics.ts';

/**
 * Answers (cards, who-said results) remembered per store while the stored data does not change:
 * the key carries the store's data version — of one topic when the answer is about one topic,
 * else of the whole store — which moves with every write by any process. Entries also expire after
 * `ttlMs`. Least recently used out past `max`.
 */
export class AnswerCache<T> {
  private byStore = new WeakMap<Store, Map<string, { at: number; value: Promise<T> }>>();

  constructor(
    private max = 500,
    private ttlMs = 60_000,
    /** Names the cache in metrics (briefbot_answer_cache_total{cache}). */
    private name = 'answers',
  ) {}

  async get(store: Store, key: string, now: number, compute: () => Promise<T>, opts: { topic?: string } = {}): Promise<T> {
    let map = this.byStore.get(store);
    if (!map) this.byStore.set(store, (map = new Map()));
    const k = `${opts.topic ?? ''}\u0001${await store.dataVersion(opts.topic)}\u0000${key}`;
    const hit = map.get(k);
    if (hit && now - hit.at < this.ttlMs) {
      map.delete(k);
      map.set(k, hit);
      answerCacheTotal.inc({ cache: this.name, result: 'hit' });
      return hit.value;
    }
    answerCacheTotal.inc({ cache: this.name, result: 'miss' });
    const value = compute();
    map.set(k, { at: now, value });
    value.catch(() => map!.delete(k));
    while (map.size > this.max) map.delete(map.keys().next().value!);
    return value;
  }
}
