/** The words' estimated counts that choose a full-text search's walk, on both engines' statistics. */
import { describe, expect, it } from 'vitest';
import { estimateCounts } from '../../src/store/resources/quotes.ts';

describe('estimateCounts', () => {
  const stats = { rows: 100_000, shares: new Map([['report', 0.2], ['reported', 0.05], ['fakes', 0.01]]), floor: 0.01 };
  it('a listed word by its share, a prefix by the words it begins, an unlisted word at half the floor, each capped', () => {
    const got = estimateCounts(
      stats,
      [
        { word: 'report', prefix: false },
        { word: 'report', prefix: true },
        { word: 'fakes', prefix: false },
        { word: 'peskov', prefix: false, speaker: true },
      ],
      4000,
    );
    expect(got).toEqual([4000, 4000, 1000, 500]);
    expect(estimateCounts(stats, [{ word: 'repo', prefix: true }], 1e9)).toEqual([25_000]);
    // No statistics (an empty or never analysed store): every word rare.
    expect(estimateCounts({ rows: 0, shares: new Map(), floor: 0 }, [{ word: 'report', prefix: true }], 4000)).toEqual([0]);
  });
});
