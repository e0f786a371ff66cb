/** The words' estimated counts that choose a full-text search's walk, on both engines' statistics. */
import { describe, expect, it } from 'vitest';
import { estimateCounts, fewTogether } from '../../src/store/resources/quotes.ts';

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

  it('fewTogether: all matches when the words are estimated together in few quotes, the walk newest first when in many', () => {
    const big = { rows: 2_000_000, shares: new Map([['alpha', 0.05], ['beta', 0.05], ['gamma', 0.005], ['delta', 0.005], ['@kell', 0.002]]), floor: 0.001 };
    const w = (word: string, speaker = false) => ({ word, prefix: !speaker, speaker });
    // 100,000 each, about 5,000 together: walking finds 100 within some 40,000 rows.
    expect(fewTogether(big, [w('alpha'), w('beta')], 100)).toBe(false);
    // 10,000 each, about 50 together: a walk would read every quote.
    expect(fewTogether(big, [w('gamma'), w('delta')], 100)).toBe(true);
    // A speaker's quotes (4,000) with a common word.
    expect(fewTogether(big, [w('kell', true), w('alpha')], 100)).toBe(true);
    // One word, or no statistics: nothing to decide.
    expect(fewTogether(big, [w('gamma')], 100)).toBe(false);
    expect(fewTogether({ rows: 0, shares: new Map(), floor: 0 }, [w('gamma'), w('delta')], 100)).toBe(false);
  });
});
