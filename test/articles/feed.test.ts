import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/articles/feed.ts';
import { readFixture, subheadTexts } from './helpers.ts';

describe('parseFeed', () => {
  it('reads RSS items; an item without text is an error for that item only', () => {
    const r = parseFeed(readFixture('feed.rss'), 'feed.rss');
    expect(r.articles.map((a) => a.headline)).toEqual(['Rubio pulls out of London talks & envoy steps in', 'Plain description item']);
    const [a, c] = r.articles;
    expect(a.url).toBe('https://example.com/a?id=1&utm_source=rss');
    expect(a.published).toBe('2025-04-23T10:30:00+01:00');
    expect(a.author).toBe('Jane Reporter');
    expect(a.outlet).toBe('Example Wire');
    expect(a.body).toBe('Talks faltered on Wednesday & officials said so.\n\nNext steps\n\nWitkoff is to visit Moscow.');
    expect(a.standfirst).toBe('Short summary of the talks.');
    expect(subheadTexts(a)).toEqual(['Next steps']);
    expect(c.body).toBe('Tom &amp; Jerry met on Thursday.'.replace('&amp;', '&'));
    expect(c.author).toBe('Desk Editor');
    expect(c.published).toBe('2025-04-24T09:00:00Z');
    expect(r.errors).toEqual([{ item: 'An item with no text', message: 'item has no text' }]);
  });

  it('reads Atom entries: alternate link, xhtml and text content, published before updated', () => {
    const r = parseFeed(readFixture('feed.atom'), 'feed.atom');
    expect(r.errors).toEqual([]);
    const [a, b] = r.articles;
    expect(a.headline).toBe('Kremlin responds');
    expect(a.url).toBe('https://example.com/atom/1');
    expect(a.published).toBe('2025-04-23T12:00:00Z');
    expect(a.author).toBe('Ivan Writer');
    expect(a.outlet).toBe('Example Atom');
    expect(a.body).toBe('Peskov said fakes were published.\n\nTalks go on.');
    expect(a.standfirst).toBe('Summary only.');
    expect(b.headline).toBe('Text entry');
    expect(b.body).toBe('Plain text content & more.');
    expect(b.published).toBe('2025-04-25T00:00:00Z');
    expect(b.url).toBeUndefined();
  });

  it('refuses a billion-laughs feed quickly, without expanding it', () => {
    const t0 = Date.now();
    expect(() => parseFeed(readFixture('billion-laughs.xml'), 'b.xml')).toThrow('feed declares XML entities');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('is a clear error for malformed XML and for XML that is not a feed', () => {
    expect(() => parseFeed(readFixture('malformed.xml'), 'm.xml')).toThrow(/^malformed XML at line 2, column \d+: /);
    expect(() => parseFeed(readFixture('not-a-feed.xml'), 'n.xml')).toThrow('not an RSS or Atom feed');
  });

  it('leaves undeclared entities unexpanded rather than failing', () => {
    const xml = '<rss><channel><title>T</title><item><title>A</title><description>x &amp;nbsp;y &#233;</description></item></channel></rss>';
    const r = parseFeed(xml, 'x.rss');
    expect(r.articles[0].body).toBe('x y é');
  });
});
