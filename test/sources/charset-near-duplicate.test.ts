import { describe, expect, it } from 'vitest';
import { decodeBody, looksLikeFeed } from '../../src/sources/charset.ts';
import { fingerprint, isNearDuplicate, jaccard, shingles } from '../../src/sources/near-duplicate.ts';
import { parseEvery, formatEvery, backoffSeconds } from '../../src/sources/source.ts';
import { BRIDGE_BODY, BRIDGE_REPRINT_BODY, RAIL_BODY, windows1252 } from './fixtures.ts';

describe('decodeBody', () => {
  const text = '“Café” — naïve ‘résumé’ €5';
  it('uses the Content-Type charset first', () => {
    expect(decodeBody(windows1252(text), 'text/html; charset=windows-1252').text).toBe(text);
    expect(decodeBody(Buffer.from('Zürich', 'latin1'), 'text/plain; charset="ISO-8859-1"').text).toBe('Zürich');
  });
  it('then the XML declaration or <meta charset>', () => {
    const xml = windows1252(`<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>${text}</title></channel></rss>`);
    expect(decodeBody(xml, 'application/rss+xml').text).toContain(text);
    const html = windows1252(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>${text}</p></body></html>`);
    expect(decodeBody(html, 'text/html').text).toContain(text);
    const meta = windows1252(`<!doctype html><meta charset=windows-1252><p>${text}</p>`);
    expect(decodeBody(meta).encoding).toBe('windows-1252');
  });
  it('honours a byte-order mark, and falls back to UTF-8, then windows-1252', () => {
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'text/html; charset=windows-1252').text).toBe(text);
    expect(decodeBody(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(decodeBody(windows1252(text)).encoding).toBe('windows-1252');
    expect(decodeBody(windows1252(text)).text).toBe(text);
  });
  it('ignores an unknown charset label', () => {
    expect(decodeBody(Buffer.from(text), 'text/html; charset=klingon').text).toBe(text);
  });
  it('tells feeds from pages', () => {
    expect(looksLikeFeed('<rss version="2.0">', 'text/html')).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<!DOCTYPE html><html><body><p>RSS <feed> tips</p>', 'text/html')).toBe(false);
    expect(looksLikeFeed('<html><head></head></html>', 'application/xml')).toBe(false);
  });
});

describe('near-duplicate', () => {
  it('calls a re-published story (new headline, a line added) a duplicate, and a different story not', () => {
    expect(jaccard(shingles(BRIDGE_BODY), shingles(BRIDGE_REPRINT_BODY))).toBeGreaterThan(0.8);
    expect(isNearDuplicate(BRIDGE_BODY, BRIDGE_REPRINT_BODY)).toBe(true);
    expect(isNearDuplicate(BRIDGE_BODY, RAIL_BODY)).toBe(false);
    // Formatting differences (case, quotes, spacing) do not matter.
    expect(isNearDuplicate(BRIDGE_BODY, BRIDGE_BODY.toUpperCase().replace(/"/g, '“').replace(/ /g, '  '))).toBe(true);
  });
  it('shares an LSH band with a near-duplicate (the cheap index) and almost never with another story', () => {
    const a = fingerprint(BRIDGE_BODY)!;
    const b = fingerprint(BRIDGE_REPRINT_BODY)!;
    const c = fingerprint(RAIL_BODY)!;
    expect(a.bands).toHaveLength(16);
    expect(a.bands.filter((k) => b.bands.includes(k)).length).toBeGreaterThan(0);
    expect(a.bands.filter((k) => c.bands.includes(k)).length).toBe(0);
  });
  it('never judges bodies too short to compare', () => {
    expect(fingerprint('Short brief: council approves bridge.')).toBeNull();
    expect(isNearDuplicate('Council approves bridge.', 'Council approves bridge.')).toBe(false);
  });
  it('is fast enough to run on every ingest', () => {
    const long = Array.from({ length: 200 }, (_, i) => `${RAIL_BODY} Paragraph ${i}.`).join('\n');
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) fingerprint(long);
    expect((performance.now() - t0) / 5).toBeLessThan(200);
  });
});

describe('intervals', () => {
  it('parses and prints poll intervals, and backs off exponentially with a cap', () => {
    expect(parseEvery('15m')).toBe(900);
    expect(parseEvery('1h30m')).toBe(5400);
    expect(parseEvery('1d')).toBe(86400);
    expect(parseEvery('soon')).toBeNull();
    expect(parseEvery('0m')).toBeNull();
    expect(formatEvery(5400)).toBe('1h30m');
    expect(backoffSeconds(900, 0)).toBe(900);
    expect(backoffSeconds(900, 1)).toBe(1800);
    expect(backoffSeconds(900, 2)).toBe(3600);
    expect(backoffSeconds(900, 10)).toBe(6 * 3600);
    expect(backoffSeconds(86400, 3)).toBe(86400);
  });
});
