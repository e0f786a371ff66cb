import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleReadError, readArticleFile, readArticles } from '../../src/articles/index.ts';
import { fixture, seedPath } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefbot-articles-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function readError(path: string): Promise<ArticleReadError> {
  try {
    await readArticleFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleReadError);
    return e as ArticleReadError;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('readArticleFile', () => {
  it('dispatches on the extension', async () => {
    expect((await readArticleFile(fixture('reuters-dateline.txt')))[0].dateline).toBe('NEW YORK/WASHINGTON');
    const [seed] = await readArticleFile(seedPath);
    expect(seed.dateline).toBe('LONDON/PARIS');
    expect(seed.origin).toBe(seedPath);
    expect((await readArticleFile(fixture('article.html')))[0].outlet).toBe('Example Times');
    expect((await readArticleFile(fixture('feed.rss'))).length).toBe(2);
    expect((await readArticleFile(fixture('feed.atom'))).length).toBe(2);
  });

  it('sniffs feeds and pages without a known extension', async () => {
    const feed = join(tmp, 'feed-noext');
    writeFileSync(feed, '<?xml version="1.0"?>\n<rss><channel><title>T</title><item><title>A</title><description>Text.</description></item></channel></rss>');
    expect((await readArticleFile(feed))[0].headline).toBe('A');
    const page = join(tmp, 'page.php');
    writeFileSync(page, '<!DOCTYPE html><html><head><title>P</title></head><body><p>Para.</p></body></html>');
    expect((await readArticleFile(page))[0].body).toBe('Para.');
    const other = join(tmp, 'notes.pdf');
    writeFileSync(other, 'Headline\n\nBody.');
    expect((await readError(other)).reason).toBe('unsupported file type ".pdf": expected .txt, .md, .html or an RSS/Atom feed');
  });

  it('names the file and the problem, without a stack', async () => {
    const cases: [string, string][] = [
      ['empty.txt', 'file is empty'],
      ['invalid-utf8.txt', 'not valid UTF-8'],
      ['no-text.html', 'page has no article text (no paragraphs found)'],
      ['billion-laughs.xml', 'feed declares XML entities (<!ENTITY>); such feeds are refused'],
    ];
    for (const [name, reason] of cases) {
      const e = await readError(fixture(name));
      expect(e.file).toBe(fixture(name));
      expect(e.reason).toBe(reason);
      expect(e.message).toBe(`${fixture(name)}: ${reason}`);
    }
    expect((await readError(fixture('bad-yaml.md'))).message).toMatch(/bad-yaml\.md: front matter is not valid YAML: /);
    expect((await readError(fixture('malformed.xml'))).message).toMatch(/malformed\.xml: malformed XML at line 2/);
    expect((await readError(join(tmp, 'missing.txt'))).reason).toBe('file not found');
  });

  it('turns a zod error into one readable sentence naming the file', async () => {
    const f = join(tmp, 'bad-url.md');
    writeFileSync(f, '---\nheadline: H\nurl: not a url\n---\nBody.\n');
    const e = await readError(f);
    expect(e.message).toBe(`${f}: url is not a valid URL: "not a url"`);
    expect(e.message).not.toContain('\n');
    const h = join(tmp, 'long-outlet.md');
    writeFileSync(h, '---\nheadline: H\noutlet: [1, 2]\nstandfirst: {a: 1}\n---\nBody.\n');
    expect((await readError(h)).reason).toBe('front matter "standfirst" must be text');
    const g = join(tmp, 'no-headline.md');
    writeFileSync(g, '---\noutlet: X\n---\nBody.\n');
    expect((await readError(g)).reason).toBe('article has no headline');
  });

  it('refuses a file over 10 MB unread', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect((await readError(big)).reason).toMatch(/^file is too large \(10\.0 MB; the limit is 10 MB\)$/);
  });
});

describe('readArticles', () => {
  it('walks folders sorted and recursively, skipping dotfiles, README.md and unknown extensions; bad files do not stop the batch', async () => {
    const dir = fixture('batch');
    const r = await readArticles([dir, fixture('invalid-utf8.txt')]);
    expect(r.articles.map((a) => a.origin)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'nested', 'c.md'),
      join(dir, 'nested', 'd.rss'),
      join(dir, 'nested', 'd.rss'),
    ]);
    expect(r.articles[0].headline).toBe('Court weighs power plant rules in key test');
    expect(r.errors).toEqual([
      { file: join(dir, 'b-empty.txt'), message: 'file is empty' },
      { file: join(dir, 'nested', 'd.rss'), message: 'item "An item with no text": item has no text' },
      { file: fixture('invalid-utf8.txt'), message: 'not valid UTF-8' },
    ]);
  });

  it('reads the shipped seeds folder without errors', async () => {
    const r = await readArticles([join(seedPath, '..')]);
    expect(r.errors).toEqual([]);
    expect(r.articles.some((a) => a.headline.startsWith('London talks on Ukraine'))).toBe(true);
  });
});
