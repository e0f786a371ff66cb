import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type dns from 'node:dns';
import { safeFetch, FetchError, type SafeFetchOptions } from '../../src/sources/safe-fetch.ts';
import { isPrivateAddress } from '../../src/sources/address.ts';
import { startFixtureServer, type FixtureServer } from './fixtures.ts';

let srv: FixtureServer;
beforeAll(async () => {
  srv = await startFixtureServer();
});
afterAll(() => srv.close());

const opts: SafeFetchOptions = { maxBytes: 256 * 1024, timeoutMs: 2000, maxRedirects: 5, allowPrivate: true };

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

/** A resolver that knows a few made-up names (no real DNS in tests). */
const fakeLookup = ((hostname: string, _options: dns.LookupAllOptions, cb: (err: Error | null, addrs: dns.LookupAddress[]) => void) => {
  const table: Record<string, dns.LookupAddress[]> = {
    'feeds.test': [{ address: '127.0.0.1', family: 4 }],
    'intranet.example': [{ address: '192.168.1.20', family: 4 }],
    'closed.example': [{ address: '127.0.0.1', family: 4 }],
    'mixed.example': [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ],
  };
  const hit = table[hostname];
  if (!hit) return cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  cb(null, hit);
}) as unknown as typeof dns.lookup;

/** For these tests 127.0.0.1 (the fixture server) plays a public address; every other private range stays private. */
const publicLoopback = (ip: string) => ip !== '127.0.0.1' && isPrivateAddress(ip);

describe('safeFetch', () => {
  it('fetches a feed and reports the final URL, status and headers', async () => {
    const r = await safeFetch(`${srv.base}/atom.xml`, opts);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/atom/);
    expect(Buffer.from(r.body).toString('utf8')).toContain('Storm closes coastal road');
  });

  it('follows a few redirects by hand, but not too many, and refuses loops', async () => {
    const r = await safeFetch(`${srv.base}/hop-1`, opts);
    expect(r.url).toBe(`${srv.base}/atom.xml`);
    expect((await failure(safeFetch(`${srv.base}/hop-1`, { ...opts, maxRedirects: 2 }))).code).toBe('redirects');
    const loop = await failure(safeFetch(`${srv.base}/loop-a`, { ...opts, maxRedirects: 10 }));
    expect(loop.code).toBe('redirect-loop');
    expect(loop.message).toMatch(/loop-a/);
  });

  it('only fetches http(s), also after a redirect', async () => {
    expect((await failure(safeFetch('file:///etc/passwd', opts))).code).toBe('scheme');
    expect((await failure(safeFetch('ftp://example.com/feed', opts))).code).toBe('scheme');
    expect((await failure(safeFetch(`${srv.base}/to-file`, opts))).code).toBe('scheme');
  });

  it('refuses loopback and private addresses unless allowed: literals, resolved names, every address, after redirects', async () => {
    const before = srv.requests.length;
    const loop = await failure(safeFetch(`${srv.base}/rss.xml`, { ...opts, allowPrivate: false }));
    expect(loop.code).toBe('private-address');
    expect(loop.message).toMatch(/SOURCES_ALLOW_PRIVATE/);
    expect((await failure(safeFetch(`http://[::1]:${srv.port}/rss.xml`, { ...opts, allowPrivate: false }))).code).toBe('private-address');
    // A name is resolved with the (injected) lookup and each address checked before connecting.
    expect((await failure(safeFetch(`http://feeds.test:${srv.port}/rss.xml`, { ...opts, allowPrivate: false, lookup: fakeLookup }))).code).toBe('private-address');
    expect((await failure(safeFetch(`http://mixed.example:${srv.port}/rss.xml`, { ...opts, allowPrivate: false, lookup: fakeLookup, isPrivate: publicLoopback }))).code).toBe(
      'private-address',
    );
    expect(srv.requests.length).toBe(before); // nothing reached the server
    // With loopback playing public, the first hop goes through and the redirect to a private address is refused.
    const lit = await failure(safeFetch(`${srv.base}/to-private`, { ...opts, allowPrivate: false, isPrivate: publicLoopback }));
    expect(lit.code).toBe('private-address');
    expect(lit.message).toMatch(/10\.20\.30\.40/);
    const named = await failure(safeFetch(`${srv.base}/to-intranet`, { ...opts, allowPrivate: false, isPrivate: publicLoopback, lookup: fakeLookup }));
    expect(named.code).toBe('private-address');
    // Named, but not what it resolved to: the reason is shown to chat admins in /sources.
    expect(named.message).toMatch(/intranet\.example resolves to a private address/);
    expect(named.message).not.toMatch(/192\.168/);
    // Allowed, a resolved name works.
    const ok = await safeFetch(`http://feeds.test:${srv.port}/atom.xml`, { ...opts, lookup: fakeLookup });
    expect(ok.status).toBe(200);
  });

  it('a network failure names the host the source was given, never the address it resolved to', async () => {
    const { createServer } = await import('node:net');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const e = await failure(safeFetch(`http://closed.example:${port}/rss.xml`, { ...opts, allowPrivate: false, isPrivate: publicLoopback, lookup: fakeLookup }));
    expect(e.code).toBe('network');
    expect(e.message).toBe('closed.example refused the connection');
    const { networkMessage } = await import('../../src/sources/safe-fetch.ts');
    expect(networkMessage(new Error('connect EWEIRD 10.1.2.3:443 or [fd00::1]:80, via 2606:4700::1111.'), 'news.example')).toBe('news.example: connect EWEIRD the server or the server via the server');
    expect(networkMessage(new Error("Hostname/IP does not match certificate's altnames: IP: 93.184.216.34 is not in the cert's list"), 'x.example')).not.toMatch(/93\.184/);
  });

  it('abandons a body past the size cap, streamed or declared', async () => {
    const t0 = Date.now();
    const big = await failure(safeFetch(`${srv.base}/huge.xml`, opts));
    expect(big.code).toBe('too-large');
    expect(Date.now() - t0).toBeLessThan(2000);
    const declared = await failure(safeFetch(`${srv.base}/declared-huge.xml`, opts));
    expect(declared.code).toBe('too-large');
    expect(declared.message).toMatch(/52428800 bytes/);
  });

  it('times out a slow answer', async () => {
    const t0 = Date.now();
    const slow = await failure(safeFetch(`${srv.base}/slow.xml`, { ...opts, timeoutMs: 300 }));
    expect(slow.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('reports HTTP errors and unknown hosts as failures', async () => {
    expect((await failure(safeFetch(`${srv.base}/missing`, opts))).message).toMatch(/HTTP 404/);
    expect((await failure(safeFetch('http://nowhere.invalid/feed', { ...opts, lookup: fakeLookup }))).code).toBe('network');
  });
});

describe('isPrivateAddress', () => {
  it('knows loopback, private, link-local and mapped forms from public addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('judges an IPv6 address by the IPv4 address it embeds: compatible, mapped, translated, 6to4, NAT64 (and local-use NAT64), Teredo', () => {
    const priv = [
      '::7f00:1', // [::127.0.0.1] as the URL parser writes it
      '::127.0.0.1',
      '[::127.0.0.1]',
      '::a9fe:a9fe', // 169.254.169.254, cloud metadata
      '0:0:0:0:0:ffff:7f00:1',
      '::ffff:0:7f00:1', // IPv4-translated
      '::ffff:0:10.0.0.1',
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:a00:1::1', // 6to4 of 10.0.0.1
      '2002:c0a8:101:1::1', // 6to4 of 192.168.1.1
      '2002:a9fe:a9fe::',
      '64:ff9b::127.0.0.1',
      '64:ff9b::7f00:1',
      '64:ff9b::c0a8:1',
      '64:ff9b:1::8.8.8.8', // local-use NAT64: never public
      '64:ff9b:1:abcd::1',
      '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo, client 127.0.0.1
      '2001:0:a00:1::1', // Teredo, server 10.0.0.1
    ];
    for (const a of priv) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['2002:808:808::1', '64:ff9b::808:808', '::808:808', '2001:4860:4860::8888', '2001:0:4136:e378:8000:63bf:f7f7:f7f7']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses a URL naming [::127.0.0.1], [::ffff:7f00:1], [2002:7f00:1::] or [64:ff9b::7f00:1]', async () => {
    for (const host of ['[::127.0.0.1]', '[::ffff:7f00:1]', '[2002:7f00:1::]', '[64:ff9b::7f00:1]']) {
      const e = await safeFetch(`http://${host}:${srv.port}/rss.xml`, { ...opts, allowPrivate: false }).then(() => null, (x) => x);
      expect(e?.code, host).toBe('private-address');
    }
  });
});
