/** Signed links: what is signed, what a change to any part of a link does, expiry, and the settings. */
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig, redact, ConfigError } from '../../src/config.ts';
import { articlePath, canonicalPath, cardLinks, cardPath, chatLinkSigner, LINK_TTL_MS, LinkSigner, signature, verifySignedPath } from '../../src/web/links.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';

const makeCard = (o: { page?: number } = {}) => buildCard({ topic: ukraineTopic, articles: sampleArticles, now: '2025-04-26T12:00:00.000Z', page: o.page });

const SECRET = 'a-test-secret-that-is-long-enough-0123';
const NOW = Date.parse('2026-01-10T12:00:00Z');
const exp = NOW / 1000 + 3600;

function check(href: string, secret = SECRET, now = NOW) {
  const u = new URL(href, 'http://h');
  return verifySignedPath(secret, u.pathname, u.searchParams, now);
}

describe('signing', () => {
  const s = new LinkSigner('', SECRET, exp);

  it('a link it signs verifies, and carries its expiry', () => {
    expect(check(s.card('ukraine-talks'))).toEqual({ ok: true, exp });
    expect(check(s.card('ukraine-talks', { since: '2025-04-22T00:00:00.000Z', page: 2 }))).toEqual({ ok: true, exp });
    expect(check(s.article('51c10968b51673f3', 4))).toEqual({ ok: true, exp });
    expect(s.article('51c10968b51673f3', 4)).toMatch(/^\/articles\/51c10968b51673f3\?exp=\d+&sig=[A-Za-z0-9_-]{43}#s4$/);
  });

  it('the signature is the HMAC-SHA256 of path and expiry (base64url)', async () => {
    const { createHmac } = await import('node:crypto');
    const want = createHmac('sha256', SECRET).update(`/articles/abc\n${exp}`).digest('base64url');
    expect(signature(SECRET, '/articles/abc', exp)).toBe(want);
    expect(new URL(s.article('abc'), 'http://h').searchParams.get('sig')).toBe(want);
  });

  it('changing the path, a view parameter, the expiry or the signature breaks it', () => {
    const card = s.card('ukraine-talks', { page: 2 });
    expect(check(card.replace('ukraine-talks', 'other-topic'))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(card.replace('page=2', 'page=3'))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(card + '&since=2020-01-01')).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(card.replace(/exp=(\d+)/, (_m, e) => `exp=${Number(e) + 1}`))).toEqual({ ok: false, reason: 'bad-signature' });
    const sig = new URL(card, 'http://h').searchParams.get('sig')!;
    const flipped = sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11);
    expect(check(card.replace(sig, flipped))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(card.replace(sig, sig.slice(0, 20)))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check(s.article('abc').replace('/abc', '/abd'))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('another secret does not verify; a missing signature is "unsigned"', () => {
    expect(check(s.article('abc'), 'another-secret-another-secret-another')).toEqual({ ok: false, reason: 'bad-signature' });
    expect(check('/articles/abc')).toEqual({ ok: false, reason: 'unsigned' });
    expect(check('/articles/abc?exp=99999999999')).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('a rightly signed link is refused once expired', () => {
    const old = new LinkSigner('', SECRET, NOW / 1000 - 1);
    expect(check(old.article('abc'))).toEqual({ ok: false, reason: 'expired' });
    expect(check(s.article('abc'), SECRET, exp * 1000)).toEqual({ ok: false, reason: 'expired' });
    expect(check(s.article('abc'), SECRET, exp * 1000 - 1).ok).toBe(true);
  });

  it('the fragment is not signed; parameter order does not matter; topics are percent-encoded', () => {
    expect(check(s.article('abc', 3).replace('#s3', '#s9')).ok).toBe(true);
    expect(canonicalPath('/cards/x', new URLSearchParams('since=a&page=2&exp=1&sig=z'))).toBe('/cards/x?page=2&since=a');
    expect(cardPath('a b/c', { page: 1 })).toBe('/cards/a%20b%2Fc');
    expect(articlePath('x?y')).toBe('/articles/x%3Fy');
  });

  it('without a secret (WEB_PUBLIC) links are plain', () => {
    expect(new LinkSigner('https://h', undefined, 0).article('abc', 2)).toBe('https://h/articles/abc#s2');
  });
});

describe('links for chat', () => {
  const base = ConfigSchema.parse({ WEB_SECRET: SECRET, PUBLIC_URL: 'https://news.example/bot/' });

  it('none without PUBLIC_URL (chat looks as it did)', () => {
    expect(chatLinkSigner(ConfigSchema.parse({ WEB_SECRET: SECRET }))).toBeNull();
    expect(cardLinks(ConfigSchema.parse({}), makeCard())).toBeUndefined();
  });

  it('signed for 7 days under PUBLIC_URL', () => {
    const now = new Date(NOW);
    const s = chatLinkSigner(base, now)!;
    expect(s.exp).toBe((NOW + LINK_TTL_MS) / 1000);
    const links = cardLinks(base, makeCard({ page: 2 }), now)!;
    expect(links.card).toMatch(/^https:\/\/news\.example\/bot\/cards\/ukraine-talks\?page=2&exp=\d+&sig=/);
    const u = new URL(links.article('abc', 7));
    expect(u.hash).toBe('#s7');
    expect(verifySignedPath(SECRET, u.pathname.replace(/^\/bot/, ''), u.searchParams, NOW + LINK_TTL_MS - 1000).ok).toBe(true);
    expect(verifySignedPath(SECRET, u.pathname.replace(/^\/bot/, ''), u.searchParams, NOW + LINK_TTL_MS + 1000)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('settings', () => {
  it('PUBLIC_URL needs WEB_SECRET or WEB_PUBLIC=true, named without echoing values', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://x.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ PUBLIC_URL: 'https://x.example' })).toThrow(/WEB_SECRET: PUBLIC_URL is set: set WEB_SECRET/);
    expect(loadConfig({ PUBLIC_URL: 'https://x.example', WEB_PUBLIC: 'true' }).WEB_PUBLIC).toBe(true);
    expect(loadConfig({}).WEB_PUBLIC).toBe(false);
  });

  it('a short WEB_SECRET, a bad WEB_PUBLIC or a non-http PUBLIC_URL is refused by name', () => {
    let msg = '';
    try {
      loadConfig({ WEB_SECRET: 'short-secret', WEB_PUBLIC: 'maybe', PUBLIC_URL: 'ftp://x' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/WEB_SECRET: must be at least 32 characters/);
    expect(msg).toMatch(/WEB_PUBLIC: must be true or false/);
    expect(msg).toMatch(/PUBLIC_URL: must be an http\(s\) URL/);
    expect(msg).not.toContain('short-secret');
  });

  it('WEB_SECRET is redacted from logs', () => {
    expect(redact(`the secret is ${SECRET}!`, { WEB_SECRET: SECRET })).toBe('the secret is [redacted]!');
  });
});
