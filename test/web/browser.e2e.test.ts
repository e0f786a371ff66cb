/**
 * The web pages in a real browser: Debian's Chromium, headless, driven by playwright-core (never a
 * downloaded browser), against the running bot (startBot, real SQLite store with the seeds, the
 * who-said fixtures and a hostile article ingested). No skip: without /usr/bin/chromium this
 * fails (`.ci/run` installs it).
 * Screenshots of the card and an article page go to test-artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LinkSigner } from '../../src/web/links.ts';
import { SECRET, startWebBot, type WebBot } from './helpers.ts';

// In-page code runs in the browser; this project's TypeScript has no DOM lib, so name what it uses.
declare const document: any, window: any;
declare function getComputedStyle(e: unknown, pseudo?: string): any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts';

let w: WebBot;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (this test does not skip)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  w = await startWebBot();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
});

async function phone(): Promise<{ page: Page; events: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, javaScriptEnabled: true });
  const page = await ctx.newPage();
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => events.push(`console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
  return { page, events };
}

/** Poll the page until `fn` holds (a fragment scroll may be smooth) or time is up. */
async function until(page: Page, fn: string, ms = 3000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await page.evaluate(fn)) return true;
    await page.waitForTimeout(50);
  }
  return Boolean(await page.evaluate(fn));
}

describe('in Chromium', { timeout: 60_000 }, () => {
  it('open the card, follow a citation: the cited sentence is highlighted, in view, and is the stored text', async () => {
    const { page, events } = await phone();
    const r = await page.goto(w.signer.card('ukraine-talks'));
    expect(r?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toContain('Talks on ending the war in Ukraine');
    // the stylesheet loaded under the CSP (no violation): the page uses its font stack and the SVG is labelled
    expect(await page.evaluate(() => getComputedStyle(document.body).overflowWrap)).toBe('anywhere');
    expect(await page.locator('svg.timeline').getAttribute('role')).toBe('img');
    expect(await page.evaluate(() => document.getElementById('timeline-desc')?.textContent ?? '')).toMatch(/\d+ articles? from /);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/card.png`, fullPage: true });

    // the citation whose sentence is furthest down its article (so it must be scrolled to)
    const hrefs = (await page.locator('a.cite').evaluateAll((as) => as.map((a: any) => a.href))) as string[];
    expect(hrefs.length).toBeGreaterThan(5);
    const target = hrefs.reduce((best, h) => (Number(new URL(h).hash.slice(2)) > Number(new URL(best).hash.slice(2)) ? h : best));
    const index = Number(new URL(target).hash.slice(2));
    expect(index).toBeGreaterThan(5);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/articles/')), page.locator(`a.cite[href$="#s${index}"]`).first().click()]);

    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    const stored = (await w.bot.store.getArticle(id))!;
    const el = page.locator(':target');
    expect(await el.getAttribute('id')).toBe(`s${index}`);
    expect(await el.textContent()).toBe(stored.facts.sentences[index].text);
    expect(
      await until(
        page,
        `(() => { const r = document.querySelector(':target').getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`,
      ),
    ).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // highlighted by CSS :target (no script), other sentences not
    expect(await el.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 241, 168)');
    expect(await page.locator('.s').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: `${ARTIFACTS}/article.png` });
    // the extracted facts are beside the text
    expect(await page.locator('aside.facts h2').innerText()).toBe('Extracted from this article');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(events).toEqual([]);
    await page.context().close();
  });

  it('keyboard: Tab reaches the skip link and links show a focus outline', async () => {
    const { page } = await phone();
    await page.goto(w.signer.card('ukraine-talks'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused: { tag: string; outline: string; width: string } = await page.evaluate(() => {
      const a = document.activeElement;
      const s = getComputedStyle(a);
      return { tag: a.tagName, outline: s.outlineStyle, width: s.outlineWidth };
    });
    expect(focused.tag).toBe('A');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
    await page.context().close();
  });

  it('a tampered, an unsigned or an expired link gets 403', async () => {
    const { page } = await phone();
    const good = w.signer.card('ukraine-talks');
    const sig = new URL(good).searchParams.get('sig')!;
    const tampered = good.replace(sig, (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1));
    expect((await page.goto(tampered))?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Link not valid');
    expect((await page.goto(`${w.base}/cards/ukraine-talks`))?.status()).toBe(403);
    const expired = new LinkSigner(w.base, SECRET, Math.floor(Date.now() / 1000) - 1).article(w.hostileId, 0);
    expect((await page.goto(expired))?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Link expired');
    expect(await page.content()).not.toContain(SECRET);
    await page.context().close();
  });

  it('a hostile article renders inert: no script ran, no javascript: link, no horizontal overflow', async () => {
    const { page, events } = await phone();
    expect((await page.goto(w.signer.article(w.hostileId, 1)))?.status()).toBe(200);
    // hover and click everything clickable that came from the article
    for (const a of await page.locator('main a').all()) await a.hover().catch(() => undefined);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed, style').length)).toBe(0);
    const hrefs: string[] = await page.locator('a[href]').evaluateAll((as) => as.map((a: any) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await page.locator('h1').innerText()).toContain('<script>window.__pwned=7</script>');
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(events).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/hostile-article.png`, fullPage: true });
    await page.context().close();
  });

  it('prints: the print stylesheet hides navigation and spells out external links', async () => {
    const { page } = await phone();
    const sa = (await w.bot.store.listArticles({ topic: 'ukraine-talks' })).find((s) => s.article.url)!;
    await page.goto(w.signer.article(sa.article.id));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('footer.foot').isVisible()).toBe(false);
    const after = await page.locator('a.ext').first().evaluate((e) => getComputedStyle(e, '::after').content);
    expect(after).toContain(sa.article.url!);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.context().close();
  });
});
