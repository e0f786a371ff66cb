/**
 * The web pages over real HTTP from the running bot (startBot, real SQLite store with the seeds
 * and fixtures ingested): who may see them, what they show, escaping of hostile articles,
 * headers. The browser checks are in browser.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkSigner } from '../../src/web/links.ts';
import { SECRET, startWebBot, type WebBot } from './helpers.ts';

let w: WebBot;

beforeAll(async () => {
  w = await startWebBot();
}, 60_000);
afterAll(async () => w?.close());

async function get(url: string, init?: RequestInit) {
  const r = await fetch(url, init);
  return { status: r.status, headers: r.headers, text: await r.text() };
}

/** Every attribute value named `name` in a page. */
function attrs(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&'));
}

describe('who may see the pages', () => {
  it('a signed card link opens; unsigned, tampered and expired links get 403 with a plain sentence', async () => {
    const url = w.signer.card('ukraine-talks');
    expect((await get(url)).status).toBe(200);
    const unsigned = await get(`${w.base}/cards/ukraine-talks`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.text).toContain('only from a link the bot gave');
    const sig = new URL(url).searchParams.get('sig')!;
    expect((await get(url.replace(sig, sig.split('').reverse().join('')))).status).toBe(403);
    expect((await get(url.replace('ukraine-talks', 'other-topic'))).status).toBe(403);
    const expired = await get(new LinkSigner(w.base, SECRET, Math.floor(Date.now() / 1000) - 60).card('ukraine-talks'));
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('This link has expired');
    const wrongKey = await get(new LinkSigner(w.base, 'x'.repeat(40), Math.floor(Date.now() / 1000) + 60).card('ukraine-talks'));
    expect(wrongKey.status).toBe(403);
  });

  it('articles too: each link opens only its own article', async () => {
    const a = w.signer.article(w.hostileId);
    expect((await get(a)).status).toBe(200);
    expect((await get(`${w.base}/articles/${w.hostileId}`)).status).toBe(403);
    const other = (await w.bot.store.listArticles({ limit: 1 }))[0].article.id;
    expect(other).not.toBe(w.hostileId);
    expect((await get(a.replace(w.hostileId, other))).status).toBe(403);
  });

  it('POST is 405; an unknown article or topic (signed) is 404 without listing topics', async () => {
    expect((await get(w.signer.card('ukraine-talks'), { method: 'POST' })).status).toBe(405);
    expect((await get(w.signer.article('0000000000000000'))).status).toBe(404);
    const unknown = await get(w.signer.card('secret-merger-plans'));
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toContain('ukraine-talks');
    expect((await get(w.signer.card('ukraine-talks') + '&page=x')).status).toBe(403);
  });

  it('no secret, token or stack trace in any page or refusal', async () => {
    const pages = [
      await get(w.signer.card('ukraine-talks')),
      await get(w.signer.article(w.hostileId)),
      await get(`${w.base}/cards/ukraine-talks?exp=1&sig=${'A'.repeat(43)}`),
      await get(w.signer.card('nope')),
      await get(w.signer.card('ukraine-talks', { since: 'not-a-time' })),
    ];
    for (const p of pages) {
      expect(p.text).not.toContain(SECRET);
      expect(p.text).not.toMatch(/\bat .*\.ts:\d+|Error:|stack/i);
    }
    expect(pages[4].status).toBe(400);
    expect(pages[4].text).toContain('is not a time I understand');
  });

  it('with WEB_PUBLIC=true pages open without a signature', async () => {
    const open = await startWebBot({ WEB_PUBLIC: 'true', WEB_SECRET: '', PUBLIC_URL: '' });
    try {
      const r = await get(`${open.base}/cards/ukraine-talks`);
      expect(r.status).toBe(200);
      // links on the page are plain (nothing to sign with)
      expect(attrs(r.text, 'href').filter((h) => h.includes('/articles/')).every((h) => !h.includes('sig='))).toBe(true);
    } finally {
      await open.close();
    }
  }, 60_000);
});

describe('what the pages show', () => {
  it('the card: every non-empty section, a timeline, each citation a signed link to a stored sentence', async () => {
    const { text: html, headers } = await get(w.signer.card('ukraine-talks'));
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cache-control')).toContain('no-store');
    expect(html).toContain('<h1>Talks on ending the war in Ukraine');
    for (const h of ['TL;DR', 'Who said what', 'Sources']) expect(html).toContain(`>${h}</h2>`);
    expect(html).toMatch(/<svg class="timeline"[^>]*role="img"[^>]*aria-labelledby="timeline-title timeline-desc"/);
    const cites = attrs(html, 'href').filter((h) => /^\.\.\/articles\/[0-9a-f]+\?exp=\d+&sig=[\w-]{43}#s\d+$/.test(h));
    expect(cites.length).toBeGreaterThan(5);
    for (const href of cites.slice(0, 12)) {
      const u = new URL(href, `${w.base}/cards/`);
      const page = await get(u.href);
      expect(page.status).toBe(200);
      const id = decodeURIComponent(u.pathname.split('/')[2]);
      const i = Number(u.hash.slice(2));
      const sa = (await w.bot.store.getArticle(id))!;
      const span = new RegExp(`<span class="s" id="s${i}">([^<]*)</span>`).exec(page.text);
      expect(span, `sentence ${i} of ${id}`).not.toBeNull();
      expect(span![1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(sa.facts.sentences[i].text);
    }
  });

  it('the article: as ingested (headline, outlet, date, original URL) with its extracted facts beside it', async () => {
    const sa = (await w.bot.store.listArticles({ topic: 'ukraine-talks' })).find((s) => s.article.url)!;
    const { text } = await get(w.signer.article(sa.article.id));
    expect(text).toContain(`<h1 id="headline">${sa.article.headline.replace(/'/g, '&#39;')}</h1>`);
    expect(text).toContain(sa.article.outlet!);
    expect(text).toContain(`<time datetime="${sa.article.published}">`);
    expect(text).toContain(`href="${new URL(sa.article.url!).href}" rel="noopener noreferrer nofollow"`);
    expect(text).toContain('Extracted from this article');
    const named = sa.facts.quotes.find((q) => q.speaker);
    if (named) expect(text).toContain(named.speaker!);
    expect([...text.matchAll(/<span class="s" id="s\d+">/g)].length).toBe(sa.facts.sentences.length);
  });

  it('a hostile article is escaped: no tag, handler or javascript: URL of its own reaches the page', async () => {
    const { text } = await get(w.signer.article(w.hostileId));
    expect(text).not.toMatch(/<(script|img|style|b|iframe|object)\b/i);
    const tags = [...text.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    expect(tags.filter((t) => /\son\w+\s*=/i.test(t))).toEqual([]);
    expect(attrs(text, 'href').some((h) => /^\s*javascript:/i.test(h))).toBe(false);
    expect(attrs(text, 'src')).toEqual([]);
    expect(text).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(text).toContain('Original: javascript:window.__pwned=6'); // shown as text, not a link
    expect(text).toContain('&lt;b onmouseover=&quot;window.__pwned=8&quot;&gt;Evil Outlet&lt;/b&gt;');
  });

  it('the stylesheet is served to anyone, as CSS', async () => {
    const r = await get(`${w.base}/web/briefbot.css`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/css');
    expect(r.text).toContain('.s:target');
    expect(r.text).toContain('@media print');
  });
});
