/**
 * A local node:http server that plays the internet for the sources tests: normal RSS and Atom
 * feeds (with ETag / Last-Modified and 304 answers), pages in legacy encodings, and the bad cases
 * (slow, oversized, redirect loop, malformed, hostile, missing).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BRIDGE_BODY = [
  'The city council voted on Tuesday to approve the long-delayed harbour bridge, ending a dispute that has divided the waterfront districts for more than a decade.',
  'Mayor Ellen Hart said the decision was "a promise kept to every commuter who has waited in traffic on the old causeway".',
  'Construction is due to start in the spring and the council expects the crossing to open to traffic by the end of 2028, according to the planning department.',
  'Opponents on the harbour residents association said they would challenge the vote in court, arguing that the environmental review had been rushed.',
].join('\n\n');

/** The same story as re-published elsewhere: new headline, a sentence reworded, a line added. */
export const BRIDGE_REPRINT_BODY = [
  'The city council voted on Tuesday to approve the long-delayed harbour bridge, ending a dispute that has divided the waterfront districts for more than a decade.',
  'Mayor Ellen Hart said the decision was "a promise kept to every commuter who has waited in traffic on the old causeway".',
  'Construction is due to start in the spring and the council expects the crossing to open to traffic by the end of 2028, according to the planning department.',
  'Opponents on the harbour residents association said they would challenge the vote in court, arguing that the environmental review had been rushed.',
  'This story was first published by the Harbour Gazette.',
].join('\n\n');

export const RAIL_BODY = [
  'A national rail strike planned for Friday was called off late on Wednesday after union leaders and the operators reached a provisional agreement on pay.',
  'Union general secretary Tom Reyes told reporters that members would vote on the offer next week and that further action had not been ruled out.',
  'The operators said services would run normally on Friday, though some early trains could be cancelled because crews had already been stood down.',
].join('\n\n');

export const STORM_BODY = [
  'Storm Freya closed the coastal road between Porthallow and Kessick on Thursday as waves topped the sea wall and gusts of more than ninety miles an hour were recorded.',
  'The highways agency said the road would stay shut until engineers had inspected the damaged section, which could take several days.',
  'Residents were advised to avoid travel, and the coastguard said two fishing boats had been escorted back to harbour during the afternoon.',
].join('\n\n');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(base: string, title: string, items: { title: string; link: string; body: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${esc(title)}</title>
<link>${base}/</link>
<description>News</description>
${items
  .map(
    (i) => `<item>
  <title>${esc(i.title)}</title>
  <link>${i.link}</link>
  <guid>${i.link}</guid>
  <pubDate>${i.date}</pubDate>
  <content:encoded><![CDATA[${i.body
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}]]></content:encoded>
</item>`,
  )
  .join('\n')}
</channel>
</rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coast Courier</title>
  <id>${base}/atom.xml</id>
  <updated>2025-04-24T09:00:00Z</updated>
  <entry>
    <title>Storm closes coastal road</title>
    <link rel="alternate" href="${base}/news/storm"/>
    <id>${base}/news/storm</id>
    <published>2025-04-24T08:30:00Z</published>
    <updated>2025-04-24T08:30:00Z</updated>
    <author><name>Mara Quint</name></author>
    <content type="html">${esc(STORM_BODY.split('\n\n').map((p) => `<p>${p}</p>`).join(''))}</content>
  </entry>
</feed>`;
}

const HOSTILE = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Lols</title>
<item><title>&lol9;</title><link>http://example.com/lol</link><description>&lol9;</description></item>
</channel></rss>`;

const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** Encode text as windows-1252 (Latin-1 plus the 0x80-0x9F punctuation). */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      if (CP1252[ch] !== undefined) return CP1252[ch];
      const c = ch.codePointAt(0)!;
      if (c > 0xff) throw new Error(`not in windows-1252: ${ch}`);
      return c;
    }),
  );
}

export const CAFE_TEXT = [
  'Caf\u00e9 owners in the old town said on Monday that the new parking rules had cut their trade by a third since March.',
  '\u201cWe are not against the scheme \u2014 we are against the way it was done,\u201d said Ren\u00e9e Dubois, who runs a bakery on the square.',
  'The council\u2019s transport committee will review the rules in June, a spokesman said, adding that footfall figures were still being collected.',
];

function page1252(): Buffer {
  return windows1252(`<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Traders say parking rules cut trade \u2014 Town Herald</title>
<meta property="og:title" content="Traders say parking rules cut trade">
<meta property="og:site_name" content="Town Herald">
<meta property="article:published_time" content="2025-04-22T10:00:00Z">
</head><body><article><h1>Traders say parking rules cut trade</h1>
${CAFE_TEXT.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`);
}

export const ZURICH_TEXT = [
  'Z\u00fcrich\u2019s city government said on Tuesday it would extend the tram line to the lakeside district by 2030.',
  'The plan, which still needs approval from voters, would add four stops and cost about 240 million francs, the transport department said.',
];

function pageLatin1(): Buffer {
  // Declared only in the Content-Type header; no <meta charset>.
  return Buffer.from(
    `<html><head><title>Tram line to reach the lake</title></head><body><article><h1>Tram line to reach the lake</h1>${ZURICH_TEXT.map((p) => `<p>${p.replace('\u2019', "'")}</p>`).join('')}</article></body></html>`,
    'latin1',
  );
}

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FixtureServer {
  base: string;
  port: number;
  requests: SeenRequest[];
  /** Requests seen for one path. */
  seen(path: string): SeenRequest[];
  close(): Promise<void>;
}

export const ETAG = '"rss-v1"';
export const LAST_MODIFIED = 'Wed, 23 Apr 2025 10:00:00 GMT';

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  let base = '';
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...extra });
      res.end(body);
    };
    switch (path) {
      case '/rss.xml':
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG, 'last-modified': LAST_MODIFIED });
          return res.end();
        }
        return send(
          200,
          'application/rss+xml; charset=utf-8',
          rss(base, 'Harbour Gazette', [
            { title: 'Council approves new harbour bridge', link: `${base}/news/bridge`, body: BRIDGE_BODY, date: 'Tue, 22 Apr 2025 18:00:00 GMT' },
            { title: 'Rail strike called off after late talks', link: `${base}/news/rail`, body: RAIL_BODY, date: 'Wed, 23 Apr 2025 22:00:00 GMT' },
          ]),
          { etag: ETAG, 'last-modified': LAST_MODIFIED },
        );
      case '/mirror.xml':
        // The same two stories reached another way: the bridge story re-published under a new URL,
        // the rail story under its own URL plus tracking parameters.
        return send(
          200,
          'text/xml',
          rss(base, 'Regional Wire', [
            { title: 'Harbour bridge gets the green light', link: `${base}/syndicated/2025/bridge-copy`, body: BRIDGE_REPRINT_BODY, date: 'Wed, 23 Apr 2025 07:00:00 GMT' },
            { title: 'Rail strike called off', link: `${base}/news/rail?utm_source=wire&amp;utm_medium=rss`, body: RAIL_BODY, date: 'Wed, 23 Apr 2025 22:30:00 GMT' },
          ]),
        );
      case '/atom.xml':
        return send(200, 'application/atom+xml', atom(base));
      case '/page-1252.html':
        return send(200, 'text/html', page1252());
      case '/page-latin1.html':
        return send(200, 'text/html; charset=ISO-8859-1', pageLatin1());
      case '/slow.xml': {
        const t = setTimeout(() => send(200, 'application/rss+xml', rss(base, 'Slow', [])), 5000);
        req.on('close', () => clearTimeout(t));
        return;
      }
      case '/huge.xml': {
        // No Content-Length: the reader must count as it streams.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title><description>');
        let sent = 0;
        const chunk = 'x'.repeat(64 * 1024);
        const pump = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('</description></channel></rss>');
        };
        res.on('error', () => {});
        return pump();
      }
      case '/declared-huge.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024) });
        return res.end();
      case '/loop-a':
        return send(302, 'text/plain', '', { location: '/loop-b' });
      case '/loop-b':
        return send(302, 'text/plain', '', { location: `${base}/loop-a` });
      case '/hop-1':
      case '/hop-2':
      case '/hop-3':
        return send(301, 'text/plain', '', { location: `/hop-${Number(path.slice(-1)) + 1}` });
      case '/hop-4':
        return send(302, 'text/plain', '', { location: '/atom.xml' });
      case '/to-private':
        return send(302, 'text/plain', '', { location: 'http://10.20.30.40/feed.xml' });
      case '/to-intranet':
        return send(302, 'text/plain', '', { location: `http://intranet.example:${(server.address() as AddressInfo).port}/rss.xml` });
      case '/to-file':
        return send(302, 'text/plain', '', { location: 'file:///etc/passwd' });
      case '/malformed.xml':
        return send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</channel></rss>');
      case '/hostile.xml':
        return send(200, 'application/rss+xml', HOSTILE);
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    requests,
    seen: (p) => requests.filter((r) => r.path === p),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
