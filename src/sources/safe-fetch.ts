import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isPrivateAddress } from './address.ts';

export type FetchErrorCode = 'scheme' | 'private-address' | 'timeout' | 'too-large' | 'redirects' | 'redirect-loop' | 'http' | 'network';

/** A fetch refused or failed; `code` says why, the message says it in a sentence. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface SafeFetchOptions {
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  /** Whole request, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Name resolution (default dns.lookup); every address it returns is checked. */
  lookup?: typeof dns.lookup;
  /** Which addresses count as private (default `isPrivateAddress`); tests narrow it. */
  isPrivate?: (address: string) => boolean;
}

export interface FetchedResponse {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** What the poller calls to fetch a URL; injectable for tests. */
export type Fetcher = (url: string, init: { headers?: Record<string, string>; signal?: AbortSignal }) => Promise<FetchedResponse>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'briefbot/0.1 (+news briefing bot; polite polling)';

/** Refuse anything but http(s) URLs. */
export function checkUrl(raw: string | URL): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError('scheme', `not a URL: ${String(raw).slice(0, 200)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError('scheme', `only http and https URLs are fetched, not ${u.protocol.replace(':', '')}`);
  if (u.username || u.password) throw new FetchError('scheme', 'URLs with credentials are not fetched');
  return u;
}

/**
 * A lookup that resolves every address of the host and refuses the connection when any of them
 * is private. It is the lookup the socket connects with, so the address checked is the address
 * used (no second resolution a rebinding DNS server could answer differently).
 */
export function guardedLookup(allowPrivate: boolean, base: typeof dns.lookup = dns.lookup, isPrivate: (address: string) => boolean = isPrivateAddress): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const list = addresses as dns.LookupAddress[];
      if (!list.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }));
      if (!allowPrivate) {
        const bad = list.find((a) => isPrivate(a.address));
        // Which address it resolved to is not said: the error is shown in chat, and it would map the network.
        if (bad) return callback(new FetchError('private-address', `${hostname} resolves to a private address; set SOURCES_ALLOW_PRIVATE=true to allow it`));
      }
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

function hostOf(u: URL): string {
  return u.hostname.replace(/^\[|\]$/g, '');
}

function flatHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function request(u: URL, headers: Record<string, string>, signal: AbortSignal, lookup: LookupFunction): Promise<{ req: http.ClientRequest; res: http.IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, { method: 'GET', headers, signal, lookup, agent: false }, (res) => resolve({ req, res }));
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = (res.headers['content-encoding'] ?? '').toLowerCase().trim();
  const noop = () => {};
  if (enc === 'gzip' || enc === 'x-gzip') return pipeline(res, zlib.createGunzip(), noop);
  if (enc === 'deflate') return pipeline(res, zlib.createInflate(), noop);
  if (enc === 'br') return pipeline(res, zlib.createBrotliDecompress(), noop);
  return res;
}

async function readCapped(req: http.ClientRequest, res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.destroy();
    throw new FetchError('too-large', `the answer is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of decoded(res)) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      req.destroy();
      throw new FetchError('too-large', `the answer passed the ${maxBytes}-byte limit; stopped reading`);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * GET a URL with the safety rules for fetched content: only http(s); every address checked
 * (also after each redirect); redirects followed by hand, at most `maxRedirects`, loops refused;
 * one time-out for the whole exchange; the body streamed and abandoned past `maxBytes`.
 * Answers other than 2xx/304 are errors.
 */
export async function safeFetch(url: string, opts: SafeFetchOptions): Promise<FetchedResponse> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  const isPrivate = opts.isPrivate ?? isPrivateAddress;
  const lookup = guardedLookup(opts.allowPrivate, opts.lookup, isPrivate);
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
    ...opts.headers,
  };
  const seen = new Set<string>();
  let current = checkUrl(url);
  try {
    for (let hop = 0; ; hop++) {
      if (seen.has(current.href)) throw new FetchError('redirect-loop', `redirect loop: ${current.href} was already visited`);
      seen.add(current.href);
      const host = hostOf(current);
      if (isIP(host) && !opts.allowPrivate && isPrivate(host)) {
        throw new FetchError('private-address', `${host} is a private address; set SOURCES_ALLOW_PRIVATE=true to allow it`);
      }
      const { req, res } = await request(current, headers, signal, lookup);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        req.destroy();
        if (hop >= opts.maxRedirects) throw new FetchError('redirects', `more than ${opts.maxRedirects} redirects`);
        current = checkUrl(new URL(res.headers.location, current));
        continue;
      }
      if (status === 304) {
        res.resume();
        return { url: current.href, status, headers: flatHeaders(res.headers), body: new Uint8Array() };
      }
      if (status < 200 || status > 299) {
        res.resume();
        req.destroy();
        throw new FetchError('http', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} from ${current.href}`);
      }
      const body = await readCapped(req, res, opts.maxBytes);
      return { url: current.href, status, headers: flatHeaders(res.headers), body };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (timeout.aborted) throw new FetchError('timeout', `no complete answer within ${opts.timeoutMs} ms`);
    // Errors raised in the lookup arrive wrapped or as they are, depending on the code path.
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof FetchError) throw cause;
    throw new FetchError('network', networkMessage(e, hostOf(current)));
  }
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'refused the connection',
  ECONNRESET: 'dropped the connection',
  ETIMEDOUT: 'did not answer (connection timed out)',
  EHOSTUNREACH: 'is unreachable',
  ENETUNREACH: 'is unreachable (no route)',
  ENOTFOUND: 'has no address (name not found)',
  EAI_AGAIN: 'could not be looked up (DNS did not answer)',
  EPROTO: 'broke the TLS handshake',
};
/** A word of an error message that is an IP address (with a port, in brackets, followed by punctuation). */
function isAddressWord(w: string): boolean {
  const bare = w.replace(/^[[(]+|[\]),.;]+$/g, '');
  return isIP(bare) !== 0 || isIP(bare.replace(/\]?:\d+$/, '').replace(/^\[/, '')) !== 0;
}

/**
 * A network failure said by the host name the source was given, never by the address it
 * resolved to (the reason is shown to chat admins in /sources; addresses would map the network).
 */
export function networkMessage(e: unknown, host: string): string {
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  if (code && NETWORK_WORDS[code]) return `${host} ${NETWORK_WORDS[code]}`;
  const msg = ((e as Error)?.message || String(e))
    .split(/(\s+)/)
    .map((w) => (isAddressWord(w) && !w.includes(host) ? 'the server' : w))
    .join('');
  return `${host}: ${msg}`;
}

/** A Fetcher with fixed safety options. */
export function makeFetcher(opts: Omit<SafeFetchOptions, 'headers'>): Fetcher {
  return (url, init) => safeFetch(url, { ...opts, headers: init.headers, signal: init.signal ?? opts.signal });
}
