/**
 * A small least-recently-used map. The stores keep parsed immutable rows in it (a stored quote or
 * an article's claims never change once written), so a repeated read costs no parse.
 *
 * Two generations of at most half the capacity each: entries go into the recent one (an old
 * entry read again moves there); when it is full it becomes the old one and the previous old one
 * is dropped, so what was not used for a generation goes. Every operation is a few hash lookups:
 * dropping the oldest entry of one Map (`map.keys().next()` after many deletes) walks the deleted
 * slots at its front, and at 20,000 entries that cost 28 µs an insert (a tenth of a who-said
 * question's CPU at 100,000 articles).
 */
export class Lru<K, V> {
  private recent = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generation: number;

  constructor(capacity: number) {
    this.generation = Math.max(1, Math.ceil(capacity / 2));
  }

  get(k: K): V | undefined {
    const v = this.recent.get(k);
    if (v !== undefined) return v;
    const o = this.old.get(k);
    if (o !== undefined) {
      this.old.delete(k);
      this.put(k, o);
    }
    return o;
  }

  delete(k: K): void {
    this.recent.delete(k);
    this.old.delete(k);
  }

  set(k: K, v: V): void {
    if (this.recent.has(k)) this.recent.set(k, v);
    else {
      this.old.delete(k);
      this.put(k, v);
    }
  }

  private put(k: K, v: V): void {
    this.recent.set(k, v);
    if (this.recent.size >= this.generation) {
      this.old = this.recent;
      this.recent = new Map();
    }
  }
}
