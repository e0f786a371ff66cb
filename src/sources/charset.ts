/**
 * Bytes -> text with the right character encoding: a byte-order mark first, then the charset of
 * the Content-Type header, then what the document says of itself (XML declaration, HTML
 * `<meta charset>` or `<meta http-equiv="Content-Type">`), then UTF-8 if the bytes are valid
 * UTF-8, else windows-1252 (what unlabelled Western pages almost always are).
 */

function decoderFor(label: string | null | undefined): InstanceType<typeof TextDecoder> | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '').toLowerCase());
  } catch {
    return null;
  }
}

/**
 * windows-1252's characters at 0x80-0x9F. Some Node 20 releases decode "windows-1252" (and so
 * "iso-8859-1", which the Encoding Standard maps to it) as plain Latin-1, leaving C1 control
 * characters where the curly quotes, dashes and euro sign should be; `decode1252` repairs that.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(d: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
  const text = d.decode(bytes);
  if (d.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function charsetFromContentType(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2] : null;
}

/** The encoding a document declares in its first bytes (read as Latin-1, which every ASCII-compatible encoding agrees with there). */
export function declaredCharset(head: string): string | null {
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1];
  return null;
}

function bom(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

/** Decode a fetched body; `encoding` reports which encoding was used. */
export function decodeBody(bytes: Uint8Array, contentType?: string): { text: string; encoding: string } {
  const b = bom(bytes);
  if (b) {
    const d = new TextDecoder(b.label);
    return { text: d.decode(bytes.subarray(b.skip)), encoding: d.encoding };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  let d = decoderFor(charsetFromContentType(contentType)) ?? decoderFor(declaredCharset(head));
  // A document that calls itself UTF-16 but has no BOM is ASCII-compatible here: the label is wrong.
  if (d?.encoding.startsWith('utf-16')) d = null;
  if (d) return { text: decodeWith(d, bytes), encoding: d.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252' };
  }
}

/** Whether fetched text is an RSS/Atom/RDF feed rather than a web page. */
export function looksLikeFeed(text: string, contentType?: string): boolean {
  const ct = (contentType ?? '').toLowerCase();
  if (/(rss|atom|rdf)\+xml/.test(ct)) return true;
  const head = text.slice(0, 65536);
  if (/<html[\s>]/i.test(head.slice(0, 4096)) || /^\s*<!doctype html/i.test(head)) return false;
  if (/<(rss|feed|rdf:RDF)[\s>]/.test(head)) return true;
  return /^\s*<\?xml/.test(head) || /\bxml\b/.test(ct);
}
