import type { Article } from '../articles/article.ts';
import type { Facts } from '../facts/schema.ts';

/**
 * Parsed articles by id. A stored article and its facts never change once written (re-ingesting is
 * a no-op), so a process may keep them parsed; topic links are read fresh. Least recently used out.
 */
export class ArticleCache {
  private map = new Map<string, { article: Article; facts: Facts }>();
  constructor(private capacity = 2000) {}

  get(id: string): { article: Article; facts: Facts } | undefined {
    const v = this.map.get(id);
    if (v) {
      this.map.delete(id);
      this.map.set(id, v);
    }
    return v;
  }

  set(id: string, v: { article: Article; facts: Facts }): void {
    this.map.set(id, v);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}
