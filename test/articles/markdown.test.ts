import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/articles/markdown.ts';
import { readFixture, seedPath, sliceOf, subheadTexts } from './helpers.ts';

describe('parseMarkdown', () => {
  it('reads the shipped seed: front matter fields, body from "Talks among", the subhead', () => {
    const raw = readFileSync(seedPath, 'utf8');
    const a = parseMarkdown(raw, 'seeds/ukraine-talks-2025-04-23.md');
    expect(a.headline).toBe('London talks on Ukraine crisis downgraded as Rubio pulls out');
    expect(a.standfirst).toBe('Kremlin: Parties in peace discussions need to narrow down their differences');
    expect(a.dateline).toBe('LONDON/PARIS');
    expect(a.published).toBe('2025-04-23');
    expect(a.credit).toBe('Agencies via Xinhua');
    expect(a.outlet).toBe('Xinhua');
    expect(a.body.startsWith('Talks among US, Ukrainian and European officials')).toBe(true);
    expect(a.body.endsWith('However, Putin remained open to talks with all parties, he added.')).toBe(true);
    expect(a.body).toContain('told reporters,"We\'ve issued');
    expect(subheadTexts(a)).toEqual(["'Fake' reports"]);
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('reads headings as subheads, strips a repeated dateline, normalises fields', () => {
    const raw = readFixture('with-heading.md');
    const a = parseMarkdown(raw, 'm.md');
    expect(a.headline).toBe('Ministers meet in Brussels');
    expect(a.dateline).toBe('BRUSSELS');
    expect(a.body.startsWith('European ministers met')).toBe(true);
    expect(a.published).toBe('2025-03-04T09:30:00+01:00');
    expect(a.author).toBe('Ann Smith, Bob Jones');
    expect(a.url).toBe('https://example.com/news/ministers-meet?utm_source=rss');
    expect(a.outlet).toBe('Example News');
    expect(subheadTexts(a)).toEqual(['## What comes next']);
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('takes the headline from a leading # heading when there is no front matter', () => {
    const raw = readFixture('no-front-matter.md');
    const a = parseMarkdown(raw, 'n.md');
    expect(a.headline).toBe('Budget passes after all-night session');
    expect(a.body.startsWith('The budget passed')).toBe(true);
    expect(sliceOf(raw, a)).toBe(a.body);
  });

  it('normalises a YAML date object to YYYY-MM-DD', () => {
    // `published: 2025-04-23` under the YAML 1.1 schema would be a Date; both forms give the day.
    const a = parseMarkdown('---\nheadline: H\npublished: 2025-04-23\n---\nBody.\n', 'd.md');
    expect(a.published).toBe('2025-04-23');
  });

  it('is a clear error for bad YAML, an unclosed fence, a bad date and a missing headline', () => {
    expect(() => parseMarkdown(readFixture('bad-yaml.md'), 'b.md')).toThrow(/^front matter is not valid YAML: /);
    expect(() => parseMarkdown(readFixture('unclosed-front-matter.md'), 'u.md')).toThrow('front matter is not closed');
    expect(() => parseMarkdown(readFixture('bad-date.md'), 'd.md')).toThrow('published is not a date: "sometime soon"');
    expect(() => parseMarkdown('---\noutlet: X\n---\nBody only.\n', 'h.md')).toThrow('article has no headline');
  });
});
