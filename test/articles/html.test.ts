import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/articles/html.ts';
import { htmlToText } from '../../src/articles/html-blocks.ts';
import { readFixture, subheadTexts } from './helpers.ts';

describe('parseHtml', () => {
  it('reads metadata and only the story paragraphs', () => {
    const a = parseHtml(readFixture('article.html'), 'a.html');
    expect(a.headline).toBe('Talks stall over territory & sanctions');
    expect(a.outlet).toBe('Example Times');
    expect(a.published).toBe('2025-04-23T08:15:00Z');
    expect(a.author).toBe('Jane Reporter');
    expect(a.url).toBe('https://example.com/world/talks-stall');
    expect(a.dateline).toBe('LONDON');
    expect(a.bodyOffset).toBeUndefined();
    expect(a.body).toBe(
      [
        'Talks on ending the war stalled on Wednesday, diplomats said.',
        'The meeting was downgraded after the US envoy “pulled out”, officials said.',
        "'Fake' reports",
        'The Kremlin said a lot of fakes were being published. It gave no details.',
      ].join('\n\n'),
    );
    expect(subheadTexts(a)).toEqual(["'Fake' reports"]);
    for (const chrome of ['Share this', 'Ministers arrive', 'Related', 'First comment', 'Copyright', 'Home']) {
      expect(a.body).not.toContain(chrome);
    }
  });

  it('falls back to the element with the most paragraph text, title and <time>', () => {
    const a = parseHtml(readFixture('no-article.html'), 'n.html');
    expect(a.headline).toBe('Welcome');
    expect(a.published).toBe('2024-12-31');
    expect(a.body).toBe('Paragraph in a div, the most paragraph text on the page, and no article element.\n\nSecond paragraph in the same div.');
  });

  it('uses JSON-LD when the meta tags are missing', () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2025-02-03T04:05:06+02:00","author":[{"name":"A"},{"name":"B"}],"publisher":{"name":"LD Outlet"}}]}</script></head><body><main><p>Text.</p></main></body></html>`;
    const a = parseHtml(html, 'ld.html');
    expect(a.headline).toBe('LD headline');
    expect(a.published).toBe('2025-02-03T04:05:06+02:00');
    expect(a.author).toBe('A, B');
    expect(a.body).toBe('Text.');
  });

  it('is a clear error for a page with no article text', () => {
    expect(() => parseHtml(readFixture('no-text.html'), 'x.html')).toThrow('page has no article text');
  });

  it('turns an HTML fragment into paragraphs with entities decoded', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three<br>Four</p>plain &eacute;')).toBe('One & two\n\nThree\n\nFour\n\nplain é');
  });
});
