import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/articles/markdown.ts';
import { parseText } from '../../src/articles/text.ts';
import { readFixture, seedPath, sliceOf, subheadTexts } from './helpers.ts';

describe('parseText', () => {
  it('reads the Xinhua layout: standfirst, LONDON/PARIS dateline, subhead, trailing credit', () => {
    // Rebuild the sample article's plain-text form from the seed (same bytes as the original file).
    const seed = parseMarkdown(readFileSync(seedPath, 'utf8'), 'seed');
    const raw = `${seed.headline}\n${seed.standfirst}\n\n\nLONDON/PARIS — ${seed.body}\nAgencies via Xinhua`;
    const a = parseText(raw, 'sample.txt');
    expect(a.headline).toBe('London talks on Ukraine crisis downgraded as Rubio pulls out');
    expect(a.standfirst).toBe('Kremlin: Parties in peace discussions need to narrow down their differences');
    expect(a.dateline).toBe('LONDON/PARIS');
    expect(a.credit).toBe('Agencies via Xinhua');
    expect(a.body.startsWith('Talks among US, Ukrainian')).toBe(true);
    expect(a.body.endsWith('he added.')).toBe(true);
    expect(a.body).toBe(seed.body);
    expect(sliceOf(raw, a)).toBe(a.body);
    expect(a.bodyOffset).toBe(raw.indexOf('Talks among'));
    expect(subheadTexts(a)).toEqual(["'Fake' reports"]);
    expect(a.body).not.toContain('Agencies via Xinhua');
    expect(a.origin).toBe('sample.txt');
  });

  it('reads a Reuters dateline, a shouted subhead and a (Reporting by ...) credit', () => {
    const raw = readFixture('reuters-dateline.txt');
    const a = parseText(raw, 'r.txt');
    expect(a.headline).toBe('Court weighs power plant rules in key test');
    expect(a.standfirst).toBe('Judges signal doubts over the reach of federal climate rules');
    expect(a.dateline).toBe('NEW YORK/WASHINGTON');
    expect(a.body.startsWith('A federal appeals court')).toBe(true);
    expect(a.credit).toBe('Reporting by Jane Doe; Editing by John Roe');
    expect(a.body.endsWith('A ruling is expected later this year.')).toBe(true);
    expect(subheadTexts(a)).toEqual(['GARLAND STEPS ASIDE.']);
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('reads a wire dateline with its day: "PARIS, Aug 31 (Reuters) - ", "NEW YORK, Dec. 8 (UPI) — "', () => {
    for (const [lead, place] of [['PARIS, Aug 31 (Reuters) - ', 'PARIS'], ['NEW YORK, Dec. 8 (UPI) — ', 'NEW YORK'], ['LONDON, May 3, 2024 (AP) — ', 'LONDON']]) {
      const raw = `Le Pen backs the candidate\n\n${lead}Marine Le Pen voiced support for the candidate on Wednesday, saying her rival would bring war.\n`;
      const a = parseText(raw, 'wire.txt');
      expect(a.dateline).toBe(place);
      expect(a.body.startsWith('Marine Le Pen voiced')).toBe(true);
      expect(sliceOf(raw, a)).toBe(a.body);
    }
    // A name and a day are no dateline.
    expect(parseText('Headline here\n\nTrump, May 3 - a rally in Ohio drew thousands of people.\n', 'x.txt').dateline).toBeUndefined();
  });

  it('reads PolNeAR-style files: headline, blank line, body; no standfirst, no false subheads or credit', () => {
    const raw = readFixture('polnear-style.txt');
    const a = parseText(raw, 'p.txt');
    expect(a.headline).toBe('Pat Caddell: Democrat Voters Worried About Clinton’s Health.');
    expect(a.standfirst).toBeUndefined();
    expect(a.dateline).toBeUndefined();
    expect(a.credit).toBeUndefined();
    expect(a.subheads).toEqual([]);
    expect(a.bodyOffset).toBe(raw.indexOf('In offering'));
    expect(sliceOf(raw, a)).toBe(a.body);
    expect(a.body.endsWith('9:00 a.m. Eastern.')).toBe(true);
  });

  it('keeps offsets exact with CRLF line ends and a ― dateline', () => {
    const raw = readFixture('crlf-dateline.txt');
    const a = parseText(raw, 'c.txt');
    expect(a.headline).toBe('Storm hits coast');
    expect(a.dateline).toBe('WASHINGTON');
    expect(a.body).toBe('A storm hit the coast on Monday, officials said.\r\nMore rain is expected.');
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('does not take hard-wrapped lines for subheads or a credit', () => {
    const raw = 'Wrapped story\n\nThe minister said on Monday that the\ntalks would go on. She added that\nno date had been set for the next round\nof talks in Geneva\n';
    const a = parseText(raw, 'w.txt');
    expect(a.subheads).toEqual([]);
    expect(a.credit).toBeUndefined();
    expect(a.body.endsWith('of talks in Geneva')).toBe(true);
  });

  it('counts offsets after a BOM as string indices of the text as read', () => {
    const raw = '\uFEFFHeadline\n\nBody text here.';
    const a = parseText(raw, 'b.txt');
    expect(a.headline).toBe('Headline');
    expect(sliceOf(raw, a)).toBe('Body text here.');
  });

  it('reads a .txt with front matter as markdown', () => {
    const a = parseText(readFixture('front-matter.txt'), 'f.txt');
    expect(a.headline).toBe('A text file with front matter');
    expect(a.published).toBe('2025-01-02');
    expect(a.body).toBe('The body of a text file with front matter is read as markdown.');
  });

  it('is a clear error for an empty text or one with a headline only', () => {
    expect(() => parseText(readFixture('empty.txt'), 'e.txt')).toThrow('file is empty');
    expect(() => parseText('Just a headline\n', 'h.txt')).toThrow('article body is empty');
  });

  it('reads a one-paragraph file: the body is the whole text, the headline its first sentence', () => {
    const raw = 'The council voted on Tuesday to close the old ferry pier. "It was unsafe," the mayor said after the vote.\n';
    const a = parseText(raw, 'one.txt');
    expect(a.headline).toBe('The council voted on Tuesday to close the old ferry pier.');
    expect(a.body).toBe(raw.trim());
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('reads a file that starts with a blank line and holds one paragraph', () => {
    const raw = '\n\nFarmers in the valley said on Friday that the drought had cut their harvest by half this year.\n';
    const a = parseText(raw, 'blank.txt');
    expect(a.bodyOffset).toBe(2);
    expect(a.body).toBe(raw.trim());
    expect(a.headline).toBe(a.body);
  });

  it('gives a file with no headline line (its first line is a long paragraph) a headline from its first sentence', () => {
    const p1 = 'The regional water board approved a plan on Monday to raise rates by 12 percent over three years, a move its chairwoman said was needed to repair pipes that date from the 1950s. Opponents said the increase would hurt poorer households.';
    const raw = `${p1}\n\nA final vote is due in June.\n`;
    const a = parseText(raw, 'nohead.txt');
    expect(a.headline).toBe('The regional water board approved a plan on Monday to raise rates by 12 percent over three years, a move its chairwoman said was needed to repair…');
    expect(a.body.startsWith('The regional water board')).toBe(true);
    expect(a.body.endsWith('due in June.')).toBe(true);
    expect(sliceOf(raw, a)).toBe(a.body);
    // A short headline line before the body is still the headline.
    const b = parseText(`Water rates to rise\n\n${p1}\n`, 'h.txt');
    expect(b.headline).toBe('Water rates to rise');
    expect(b.body).toBe(p1);
  });

  it('gives the same id to the same article read twice', () => {
    const raw = readFixture('reuters-dateline.txt');
    expect(parseText(raw, 'a').id).toBe(parseText(raw, 'b').id);
  });
});
