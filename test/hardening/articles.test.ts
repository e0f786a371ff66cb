/**
 * Hostile article files: random bytes, a 10 MB file, 100,000 nested divs, invalid UTF-8, quotes and
 * front matter and comments that never close. The readers and the extractor give a result or a
 * clear error within a (generous) time bound, and a refused article leaves the store unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, parseFeed, parseHtml, parseMarkdown, parseText, readArticles } from '../../src/articles/index.ts';
import { extractFacts } from '../../src/facts/index.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { ingestPaths, ingestArticle } from '../../src/app/ingest.ts';
import { snapshot } from './store-snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a reader's error may not look like: an internal fault rather than a reason. */
const UNCLEAR = /undefined|null|is not a function|is not iterable|Maximum call stack|\n\s+at /;

function expectClear(message: string) {
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThan(500);
  expect(message).not.toMatch(UNCLEAR);
}

let n = 0;
function file(name: string, content: string | Uint8Array): string {
  const d = join(dir, `f${++n}`);
  mkdirSync(d);
  const p = join(d, name);
  writeFileSync(p, content);
  return p;
}

/** Read one file and extract its facts; return what happened and how long it took. */
async function readAndExtract(path: string) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await readArticles([path]);
  let sentences = 0;
  for (const a of r.articles) sentences += extractFacts(a).sentences.length;
  const c = process.cpuUsage(c0);
  return { ...r, sentences, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

const EXTENSIONS = ['.txt', '.md', '.html', '.rss', '.atom', '.xml'];

describe('readers and extractor on fuzzed input', () => {
  it('random bytes in every kind of file: a result or a clear error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...EXTENSIONS), async (bytes, ext) => {
        const r = await readAndExtract(file(`x${ext}`, bytes));
        expect(r.articles.length + r.errors.length).toBeGreaterThan(0);
        for (const e of r.errors) expectClear(e.message);
        expect(r.ms).toBeLessThan(5000);
      }),
      { numRuns: 120 },
    );
  });

  it('random text shaped like each format: parsers return an article or throw an Error; extraction never throws', () => {
    const markup = fc.array(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<article>', '<h1>', '<script>', '<!--', '-->', '<![CDATA[', ']]>', '<item>', '</item>', '<title>', '&amp;', '&#x0;', '&bogus;', '"', '“', '”', '«', '‘', '---\n', '\n\n', 'said', 'Peskov said', 'according to', '\u0000', '\ud800', '\uffff', 'e\u0301'),
      ),
      { maxLength: 80 },
    );
    const parsers = [
      (s: string) => parseText(s, 'x.txt'),
      (s: string) => parseMarkdown(s, 'x.md'),
      (s: string) => parseHtml(s, 'x.html'),
      (s: string) => {
        const r = parseFeed(`<rss><channel><item><title>t</title><description>${s}</description></item></channel></rss>`, 'x.rss');
        if (!r.articles.length) throw new Error(r.errors[0]?.message ?? 'no items');
        return r.articles[0];
      },
    ];
    fc.assert(
      fc.property(markup, fc.nat(parsers.length - 1), (parts, k) => {
        const text = `Headline\n\n${parts.join('')}`;
        let article;
        try {
          article = parsers[k](text);
        } catch (e) {
          expect(e).toBeInstanceOf(Error);
          expect(String((e as Error).message)).not.toMatch(/is not a function|Maximum call stack|Cannot read prop/);
          return;
        }
        const facts = extractFacts(article);
        for (const q of facts.quotes) expect(article.body).toContain(q.text);
      }),
      { numRuns: 300 },
    );
  });

  it('a 10 MB news file is read and extracted within the time bound; one byte more is refused unread', async () => {
    const para =
      'Dmitry Peskov, the Kremlin spokesman, said on Tuesday that "a lot of fakes are being published at the moment". The talks in Riyadh will resume next week, according to officials. “This quote never closes, he said.\n\n';
    const head = 'A very long dispatch\n\n';
    let body = para.repeat(Math.floor((MAX_ARTICLE_BYTES - head.length) / Buffer.byteLength(para)));
    body += 'x'.repeat(MAX_ARTICLE_BYTES - head.length - Buffer.byteLength(body));
    // Linear, never stuck: the 10 MB file costs about twenty times the CPU of one twentieth of it
    // (the same paragraphs), measured beside it on this machine, so the bound holds on a slow machine
    // as on a fast one. Session 14: it cost 64 times (250 s of CPU): the speaker model read every
    // earlier quote's speaker for each quote; now 15 times (52 s). `npm run bench -- --only extract`
    // measures speed.
    const part = file('part.txt', head + body.slice(0, Math.floor(body.length / 20 / para.length) * para.length));
    const small = await readAndExtract(part);
    expect(small.errors).toEqual([]);
    const big = file('big.txt', head + body);
    const r = await readAndExtract(big);
    expect(r.errors).toEqual([]);
    expect(r.articles).toHaveLength(1);
    expect(r.sentences).toBeGreaterThan(100_000);
    expect(r.sentences).toBeGreaterThan(19 * small.sentences);
    expect(r.cpuMs).toBeLessThan(30 * small.cpuMs);

    const over = file('over.txt', head + body + 'y');
    const t0 = performance.now();
    const o = await readArticles([over]);
    expect(o.articles).toEqual([]);
    expect(o.errors[0].message).toMatch(/too large .* limit is 10 MB/);
    expect(performance.now() - t0).toBeLessThan(1000);
  }, 900_000);

  it('100,000 nested divs (a page, and a feed item) are refused quickly with a clear error', async () => {
    const deep = '<div>'.repeat(100_000) + '<p>Peskov said "deep</p>' + '</div>'.repeat(100_000);
    const page = file('deep.html', `<!doctype html><html><head><title>Deep</title></head><body><article>${deep}</article></body></html>`);
    const feed = file('deep.rss', `<?xml version="1.0"?><rss><channel><title>f</title><item><title>Deep item</title><description><![CDATA[${deep}]]></description></item></channel></rss>`);
    const unclosed = file('unclosed.html', `<html><body>${'<span>'.repeat(100_000)}text`);
    for (const p of [page, feed, unclosed]) {
      const r = await readAndExtract(p);
      expect(r.articles).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].message).toMatch(/nested more than 1000 levels deep/);
      expectClear(r.errors[0].message);
      expect(r.ms).toBeLessThan(5000);
    }
    // A real page well under the limit still reads (svg icons with self-closing paths do not count).
    const fine = file(
      'fine.html',
      `<html><body><svg>${'<path d="M0"/>'.repeat(5000)}</svg><article>${'<div>'.repeat(200)}<h1>Title</h1><p>Peskov said "fine".</p>${'</div>'.repeat(200)}</article></body></html>`,
    );
    const f = await readAndExtract(fine);
    expect(f.errors).toEqual([]);
    expect(f.articles[0].body).toContain('Peskov said');
  });

  it('invalid UTF-8 is refused by name; a BOM alone or whitespace alone is "empty"', async () => {
    for (const bytes of [Buffer.from([0x48, 0x69, 0x0a, 0x0a, 0xc3, 0x28]), Buffer.from([0xff, 0xfe, 0x00, 0x41]), Buffer.from('Headline\n\nbody \xed\xa0\x80 lone surrogate', 'latin1')]) {
      const r = await readAndExtract(file('bad.txt', bytes));
      expect(r.errors.map((e) => e.message)).toEqual(['not valid UTF-8']);
    }
    const empty = await readAndExtract(file('empty.md', Buffer.from('\ufeff \n\t\n')));
    expect(empty.errors[0].message).toMatch(/empty/);
  });

  it('things that never close: quotes, front matter, comments, CDATA, tags, entities', async () => {
    const cases: [string, string][] = [
      ['quotes.txt', `Headline\n\n${'He said "this never ends and '.repeat(20_000)}`],
      ['curly.txt', `Headline\n\n${'“a '.repeat(300_000)}`],
      ['straight.txt', `Headline\n\n${'"'.repeat(500_000)}`],
      ['oneline.txt', `Headline\n\n${'word '.repeat(1_000_000)}`],
      ['frontmatter.md', `---\ntitle: "never closed\nbody: ${'x'.repeat(100_000)}`],
      ['comment.html', `<html><body><article><p>Peskov said "hi".</p><!-- ${'<div>'.repeat(50_000)}`],
      ['script.html', `<html><body><article><p>Peskov said "hi".</p><script>${'<div>'.repeat(50_000)}`],
      ['tag.html', `<html><body><article><p>Peskov said "hi".</p><a href="${'x'.repeat(1_000_000)}`],
      ['cdata.rss', `<?xml version="1.0"?><rss><channel><item><title>t</title><description><![CDATA[${'y'.repeat(100_000)}`],
      ['entity.rss', `<?xml version="1.0"?><rss><channel><item><title>&amp${'&'.repeat(100_000)}</title></item></channel></rss>`],
      ['lts.html', `<html><body>${'<'.repeat(1_000_000)}`],
    ];
    for (const [name, content] of cases) {
      const r = await readAndExtract(file(name, content));
      expect(r.articles.length + r.errors.length, name).toBeGreaterThan(0);
      for (const e of r.errors) expectClear(e.message);
      expect(r.ms, name).toBeLessThan(30_000);
    }
  }, 120_000);
});

describe('a refused article leaves the store unchanged', () => {
  let store: SqliteStore;
  const topics = [TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on Ukraine', match: { terms: ['Ukraine', 'Peskov'] } })];
  beforeAll(async () => {
    store = new SqliteStore(join(dir, 'store.db'));
    await store.migrate();
    await store.upsertTopics(topics);
    await ingestPaths(store, ['seeds'], topics);
  });
  afterAll(() => store.close());

  it('bad files in a batch: nothing of them is stored (row counts and a content hash before and after)', async () => {
    const before = snapshot(store.db);
    expect(before.counts.articles).toBeGreaterThan(0);
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a.txt'), Buffer.from([0xc3, 0x28, 0x0a]));
    writeFileSync(join(batch, 'b.html'), `<html><body><article>${'<div>'.repeat(5000)}<p>Peskov said "x".</p></article></body></html>`);
    writeFileSync(join(batch, 'c.rss'), '<rss><channel><item><title>x</title></item>');
    writeFileSync(join(batch, 'd.md'), '---\ntitle: [unclosed\n---\nbody');
    writeFileSync(join(batch, 'e.txt'), ' \n\n ');
    writeFileSync(join(batch, 'f.html'), '<html><body><nav>menu only</nav></body></html>');
    const r = await ingestPaths(store, [batch], topics);
    expect(r.inserted).toBe(0);
    expect(r.errors.length).toBe(6);
    for (const e of r.errors) expectClear(e.message);
    expect(snapshot(store.db)).toEqual(before);
  });

  it('an article the store rejects half-way (a bad quote row) is rolled back whole', async () => {
    const before = snapshot(store.db);
    const article = parseText('Peskov on the talks\n\nDmitry Peskov said "the talks on Ukraine are going well". He added "there is more to do".', 'x.txt');
    const facts = extractFacts(article);
    expect(facts.quotes.length).toBeGreaterThan(1);
    // The second quote has no text: its row fails NOT NULL after the article row went in.
    const broken = { ...facts, quotes: facts.quotes.map((q, i) => (i === 1 ? { ...q, text: null as unknown as string } : q)) };
    await expect(store.putArticle(article, broken, ['ukraine-talks'])).rejects.toThrow();
    expect(snapshot(store.db)).toEqual(before);
    expect(await store.hasArticle(article.id)).toBe(false);
    // And then the good version goes in whole.
    expect((await ingestArticle(store, article, topics)).inserted).toBe(true);
    const after = snapshot(store.db);
    expect(after.counts.articles).toBe(before.counts.articles + 1);
    expect(after.counts.quotes).toBe(before.counts.quotes + facts.quotes.length);
  });
});
