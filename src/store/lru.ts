/**
 * A small least-recently-used map. The stores keep parsed immutable rows in it (a stored quote or
 * an article's claims never change once written), so a repeated read costs no parse.
 */
export class Lru<K, V> {
  private map = new Map<K, V>();
  constructor(private capacity: number) {}

  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }

  delete(k: K): void {
    this.map.delete(k);
  }

  set(k: K, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}
