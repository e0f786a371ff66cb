/**
 * foldName runs its transliterations over the whole folded text at once; they are defined word by
 * word, so folding a text must equal folding each of its words alone. Checked on every sentence of
 * the seed articles and on names that exercise each rule.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName, foldText } from '../../src/facts/fold.ts';

const seeds = join(import.meta.dirname, '../../seeds');
const texts = readdirSync(seeds).flatMap((f) => readFileSync(join(seeds, f), 'utf8').split(/(?<=[.!?”"])\s+/));
const names = ['Zelenskyy', 'Zelenskiy', 'Zelensky’s', 'Dostoevskii Tchaikovskij', 'Khodorkovsky', 'Philipp  Schmidt', 'Tsvetkov  Potts', 'Ёлка ñandú', 'İstanbul', 'aaa bbb', '  a\tb\nc  ', '', '--'];

describe('foldName', () => {
  it('folds a text as it folds each of its words', () => {
    for (const t of [...texts, ...names]) {
      const byWord = foldText(t)
        .split(/\s+/)
        .map((w) => foldName(w))
        .join(' ');
      expect(foldName(t), t).toBe(byWord);
    }
  });

  it('unifies transliterations and doubled letters, at a word end only for -sky', () => {
    expect(foldName('Zelenskyy')).toBe(foldName('Zelenskiy'));
    expect(foldName('Zelensky’s office')).toBe('zelensky ofice');
    expect(foldName('Khodorkovskii Philipp')).toBe('hodorkovsky filip');
    expect(foldName('skiing')).toBe('sking');
    expect(foldName('Tsvetkov')).toBe('cvetkov');
  });
});
