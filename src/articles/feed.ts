import { parseHtmlDocument } from './html-depth.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { makeArticle, type Article } from './article.ts';
import { normaliseDate } from './dates.ts';
import { describeError } from './describe-error.ts';
import { allBlocks, htmlToText, joinBlocks } from './html-blocks.ts';


export interface FeedResult {
  articles: Article[];
  errors: { item: string; message: string }[];
}

type Node = Record<string, unknown>;

/** Elements whose content is kept raw (escaped HTML, CDATA or inline XHTML) and turned to text here. */
const TEXT_ELEMENTS = ['description', 'encoded', 'content', 'summary'];

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: TEXT_ELEMENTS.map((n) => `*.${n}`),
  isArray: (name) => ['item', 'entry', 'link', 'author', 'creator'].includes(name),
});

/** The XML predefined and numeric character references (entity expansion is off in the parser). */
function xmlDecode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'amp') return '&';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const cp = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** Raw element content: CDATA sections kept literally, the rest XML-decoded. */
function unwrapRaw(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : xmlDecode(part)))
    .join('');
}

function textValue(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return textValue(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && '#text' in v) return String((v as Node)['#text']);
  return undefined;
}

/** Plain text of a simple element (title, author): decoded, tags stripped when it holds HTML. */
function plain(v: unknown): string | undefined {
  const raw = textValue(v);
  if (raw === undefined) return undefined;
  const s = unwrapRaw(raw);
  const t = /[<&]/.test(s) ? htmlToText(s).replace(/\s+/g, ' ') : s.replace(/\s+/g, ' ');
  return t.trim() || undefined;
}

/** Text of a content element (HTML escaped, CDATA, or inline XHTML) as paragraphs; h2-h6 are subheads. */
function richText(v: unknown): { body: string; subheads: [number, number][] } | undefined {
  const raw = textValue(v);
  if (raw === undefined) return undefined;
  const type = v && typeof v === 'object' && !Array.isArray(v) ? String((v as Node)['@_type'] ?? '') : '';
  const html = type === 'xhtml' ? raw : unwrapRaw(raw);
  const r = type === 'text' ? { body: html.trim(), subheads: [] } : joinBlocks(allBlocks(parseHtmlDocument(html).children));
  return r.body ? r : undefined;
}

function linkOf(item: Node): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  const hrefs = links.map((l) =>
    typeof l === 'string' ? { href: l, rel: '' } : { href: String((l as Node)['@_href'] ?? textValue(l) ?? ''), rel: String((l as Node)['@_rel'] ?? '') },
  );
  const pick = hrefs.find((l) => l.href && (!l.rel || l.rel === 'alternate')) ?? hrefs.find((l) => l.href);
  let href = pick ? xmlDecode(pick.href.trim()) : undefined;
  if (!href) {
    const guid = item.guid ?? item.id;
    const g = textValue(guid);
    if (g && /^https?:\/\//.test(g.trim())) href = xmlDecode(g.trim());
  }
  if (!href) return undefined;
  try {
    return new URL(href).toString();
  } catch {
    return undefined;
  }
}

function authorOf(item: Node): string | undefined {
  const names = [...((item.author as unknown[]) ?? []), ...((item.creator as unknown[]) ?? [])]
    .map((a) => (a && typeof a === 'object' && 'name' in a ? plain((a as Node).name) : plain(a)))
    .filter((a): a is string => !!a)
    // RSS <author> is "email (Name)": keep the name.
    .map((a) => /^\S+@\S+\s+\((.+)\)$/.exec(a)?.[1] ?? a);
  return names.length ? [...new Set(names)].join(', ') : undefined;
}

/** Refuse what the parser must never see: DOCTYPE entity declarations ("billion laughs"). */
function checkSafe(xml: string): void {
  if (/<!ENTITY/i.test(xml)) throw new Error('feed declares XML entities (<!ENTITY>); such feeds are refused');
  const v = XMLValidator.validate(xml);
  if (v !== true) throw new Error(`malformed XML at line ${v.err.line}, column ${v.err.col}: ${v.err.msg}`);
}

/**
 * An RSS 2.0 (or 1.0) or Atom feed: one Article per item. An item that cannot be read (no title,
 * no text) is reported in `errors` and the rest still come through. Malformed XML, entity
 * declarations and non-feeds are errors for the whole feed.
 */
export function parseFeed(xml: string, origin: string): FeedResult {
  checkSafe(xml);
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  let items: Node[];
  let outlet: string | undefined;
  if (rss || rdf) {
    items = ((rss ? channel?.item : rdf?.item) as Node[] | undefined) ?? [];
    outlet = plain(channel?.title);
  } else if (atom) {
    items = (atom.entry as Node[] | undefined) ?? [];
    outlet = plain(atom.title);
  } else {
    throw new Error('not an RSS or Atom feed (no <rss> or <feed> root element)');
  }

  const result: FeedResult = { articles: [], errors: [] };
  items.forEach((item, n) => {
    const headline = plain(item.title);
    const url = linkOf(item);
    const label = headline ?? url ?? `item ${n + 1}`;
    try {
      const full = richText(item.encoded) ?? richText(item.content);
      const summary = richText(item.description) ?? richText(item.summary);
      const text = full ?? summary;
      if (!text) throw new Error('item has no text');
      const standfirst =
        full && summary && summary.body.length <= 300 && !full.body.startsWith(summary.body) ? summary.body : undefined;
      const published = normaliseDate(plain(item.pubDate) ?? plain(item.published) ?? plain(item.date) ?? plain(item.updated));
      result.articles.push(
        makeArticle({ headline: headline ?? '', url, outlet, author: authorOf(item), published, standfirst, body: text.body, subheads: text.subheads, origin }),
      );
    } catch (e) {
      result.errors.push({ item: label, message: describeError(e) });
    }
  });
  return result;
}
