/** The card timeline (pure): one bar per day with articles, developments marked, labelled, escaped. */
import { describe, expect, it } from 'vitest';
import { MAX_DAYS, timelineDays, timelineSvg } from '../../adapters/web/timeline.ts';
import { bodyHtml } from '../../adapters/web/article-page.ts';
import { esc, safeHttpUrl } from '../../adapters/web/html.ts';
import type { StoredArticle } from '../../src/store/store.ts';

describe('timeline', () => {
  const perDay = new Map([
    ['2025-04-20', 2],
    ['2025-04-23', 5],
    ['2025-04-21', 1],
  ]);

  it('covers every day of the period, gaps included, and draws a bar per day with articles', () => {
    expect(timelineDays({ perDay, marks: [] })).toEqual(['2025-04-20', '2025-04-21', '2025-04-22', '2025-04-23']);
    const svg = timelineSvg({ perDay, marks: [] });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('<title>23 Apr 2025: 5 articles</title>');
    expect(svg).toContain('<title>21 Apr 2025: 1 article</title>');
    expect(svg).toMatch(/role="img" aria-labelledby="timeline-title timeline-desc"/);
    expect(svg).toContain('8 articles from 20 Apr 2025 to 23 Apr 2025; busiest day 23 Apr 2025 with 5 articles.');
  });

  it('marks developments on their days (a mark outside the articles widens the period), labels escaped', () => {
    const svg = timelineSvg({ perDay, marks: [{ day: '2025-04-25', label: '<script>x</script> "talks"' }, { day: '2025-04-21', label: 'a' }, { day: '2025-04-21', label: 'b' }] });
    expect(timelineDays({ perDay, marks: [{ day: '2025-04-25', label: '' }] }).at(-1)).toBe('2025-04-25');
    expect(svg.match(/<path class="mark"/g)).toHaveLength(2);
    expect(svg).toContain('25 Apr 2025: &lt;script&gt;x&lt;/script&gt; &quot;talks&quot;');
    expect(svg).toContain('21 Apr 2025: 2 developments');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Developments marked on 21 Apr 2025, 25 Apr 2025.');
  });

  it('at most MAX_DAYS days (the newest), nothing for no data, bad dates ignored', () => {
    const long = new Map([['2024-01-01', 1], ['2025-01-01', 3], ['not-a-day', 9]]);
    const days = timelineDays({ perDay: long, marks: [] });
    expect(days).toHaveLength(MAX_DAYS);
    expect(days.at(-1)).toBe('2025-01-01');
    expect(timelineSvg({ perDay: new Map(), marks: [] })).toBe('');
  });
});

describe('escaping helpers', () => {
  it('esc escapes the five HTML specials; safeHttpUrl keeps only http(s)', () => {
    expect(esc(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('https://ex.com/a b"c')).toBe('https://ex.com/a%20b%22c');
  });

  it('article body: each sentence a span with its exact text, markup inert, lines as paragraphs, subheads as headings', () => {
    const body = 'First <b>one</b>. Second "two".\n\'Fake\' reports\nThird & last.';
    const at = (s: string) => body.indexOf(s);
    const sa: StoredArticle = {
      article: { id: 'a', headline: 'h', body, subheads: [[at("'Fake'"), at("'Fake'") + 14]] as [number, number][] },
      facts: {
        articleId: 'a',
        sentences: [
          { index: 0, start: 0, end: at(' Second'), text: 'First <b>one</b>.', paragraph: 0 },
          { index: 1, start: at('Second'), end: at('\n'), text: 'Second "two".', paragraph: 0 },
          { index: 2, start: at('Third'), end: body.length, text: 'Third & last.', paragraph: 1 },
        ],
        people: [],
        quotes: [],
        claims: [],
        events: [],
        positions: [],
      },
      topics: [],
      storedAt: '2025-01-01T00:00:00Z',
    };
    expect(bodyHtml(sa)).toBe(
      '<p><span class="s" id="s0">First &lt;b&gt;one&lt;/b&gt;.</span> <span class="s" id="s1">Second &quot;two&quot;.</span></p>\n' +
        '<h2 class="subhead">&#39;Fake&#39; reports</h2>\n' +
        '<p><span class="s" id="s2">Third &amp; last.</span></p>',
    );
  });
});
