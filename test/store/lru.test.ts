import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/store/lru.ts';

describe('Lru', () => {
  it('keeps what is read again and drops what is not, never holding more than its capacity', () => {
    const lru = new Lru<number, string>(10);
    for (let i = 0; i < 10; i++) lru.set(i, `v${i}`);
    // At least half its capacity of the latest entries is held.
    for (let i = 5; i < 10; i++) expect(lru.get(i)).toBe(`v${i}`);
    lru.set(0, 'v0');
    lru.set(1, 'v1');
    // 0 and 1 are read while the next entries arrive; 2..9 are not.
    for (let i = 10; i < 30; i++) {
      expect(lru.get(0)).toBe('v0');
      expect(lru.get(1)).toBe('v1');
      lru.set(i, `v${i}`);
    }
    expect(lru.get(0)).toBe('v0');
    for (let i = 2; i < 10; i++) expect(lru.get(i)).toBeUndefined();
    const held = Array.from({ length: 30 }, (_, i) => i).filter((i) => lru.get(i) !== undefined);
    expect(held.length).toBeLessThanOrEqual(10);
    expect(held).toContain(29);
  });

  it('replaces and deletes a value', () => {
    const lru = new Lru<string, number>(4);
    lru.set('a', 1);
    lru.set('a', 2);
    expect(lru.get('a')).toBe(2);
    for (const k of ['b', 'c', 'd']) lru.set(k, 0);
    lru.set('a', 3);
    expect(lru.get('a')).toBe(3);
    lru.delete('a');
    expect(lru.get('a')).toBeUndefined();
  });
});
