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

describe('symbolic links in a folder', () => {
  it('follows links to files and folders; a loop, a link to a folder already read and a broken link are skipped and said', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const root = join(tmp, 'links');
    const real = join(root, 'real');
    const linked = join(root, 'linked');
    mkdirSync(real, { recursive: true });
    mkdirSync(join(linked, 'nested'), { recursive: true });
    writeFileSync(join(real, 'ferry.md'), '---\nheadline: Ferry timetable changes from May\npublished: 2025-04-24\n---\n\nThe ferry operator said on Thursday that sailings would run every ninety minutes.\n');
    writeFileSync(join(real, 'bridge.txt'), 'Council approves harbour bridge\n\nThe council approved the harbour bridge on Tuesday after a long debate.\n');
    symlinkSync(join(real, 'ferry.md'), join(linked, 'ferry.md'));
    symlinkSync(join(real, 'bridge.txt'), join(linked, 'bridge.txt'));
    symlinkSync(linked, join(linked, 'nested', 'up')); // back to a folder it is in
    symlinkSync(join(linked, 'self.md'), join(linked, 'self.md')); // ELOOP
    symlinkSync(join(real, 'gone.md'), join(linked, 'broken.md'));
    symlinkSync(real, join(linked, 'again')); // a folder; then its twin is one already read
    symlinkSync(real, join(linked, 'twin'));
    const { articles, errors } = await readArticles([linked]);
    // ferry and bridge through the file links, then again through the linked folder (the same articles: ingest keeps one).
    expect(articles.map((a) => a.headline).sort()).toEqual(['Council approves harbour bridge', 'Council approves harbour bridge', 'Ferry timetable changes from May', 'Ferry timetable changes from May']);
    const said = Object.fromEntries(errors.map((e) => [e.file.slice(linked.length + 1), e.message]));
    expect(said).toEqual({
      'broken.md': 'broken symbolic link (its target does not exist); skipped',
      'self.md': 'symbolic link loop (it leads back to itself); skipped',
      'nested/up': expect.stringMatching(/^symbolic link loop: it leads back to .*linked, a folder it is in; skipped$/),
      twin: expect.stringMatching(/^leads to .*real, which is read already; skipped$/),
    });

    // Ingested: each article once, and the skipped links reported.
    const { SqliteStore } = await import('../../src/store/sqlite.ts');
    const { ingestPaths } = await import('../../src/app/ingest.ts');
    const store = new SqliteStore(join(tmp, 'links.db'));
    await store.migrate();
    const r = await ingestPaths(store, [linked], []);
    expect(r.inserted).toBe(2);
    expect(r.errors).toHaveLength(4);
    expect(await store.countArticles()).toBe(2);
    await store.close();

    // A watched folder follows the links too, and says what it skipped once.
    const { pollFolder } = await import('../../src/sources/poll-folder.ts');
    const src = { id: 1, kind: 'folder', location: linked, state: null } as unknown as Parameters<typeof pollFolder>[0];
    const first = await pollFolder(src);
    expect(first.articles.map((a) => a.headline).sort()).toEqual(articles.map((a) => a.headline).sort());
    expect(first.itemErrors.sort()).toEqual(errors.map((e) => `${e.file.slice(linked.length + 1)}: ${e.message}`).sort());
    const second = await pollFolder({ ...src, state: first.state } as typeof src);
    expect(second).toMatchObject({ articles: [], itemErrors: [], unchanged: true });
  });
});
