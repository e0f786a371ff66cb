import { DomUtils } from 'htmlparser2';
import { parseHtmlDocument } from './html-depth.ts';
import { makeArticle, type Article } from './article.ts';
import { normaliseDate } from './dates.ts';
import { matchDateline } from './dateline.ts';
import { collapse, isElement, isSkipped, joinBlocks, paragraphBlocks, textOf, type HtmlElement, type HtmlNode } from './html-blocks.ts';

type Json = Record<string, unknown>;

function absoluteUrl(u: string | undefined): string | undefined {
  if (!u) return undefined;
  try {
    const url = new URL(u.trim());
    return /^https?:$/.test(url.protocol) ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** JSON-LD objects on the page, flattened out of arrays and `@graph`. */
function jsonLd(nodes: HtmlNode[]): Json[] {
  const out: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) add((v as Json)['@graph']);
    }
  };
  for (const s of DomUtils.findAll((e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''), nodes)) {
    try {
      add(JSON.parse(DomUtils.textContent(s)));
    } catch {
      /* a broken JSON-LD block is ignored */
    }
  }
  return out;
}

function names(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(names).filter(Boolean).join(', ') || undefined;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return names((v as Json).name);
  return undefined;
}

/** The element holding the story: `<article>`, else `<main>`, else the parent with the most `<p>` text. */
function mainContainer(nodes: HtmlNode[]): HtmlNode[] {
  const pText = (el: HtmlElement): number => paragraphBlocks([el]).reduce((n, b) => n + b.text.length, 0);
  for (const tag of ['article', 'main']) {
    const best = DomUtils.findAll((e) => e.name === tag && !isSkipped(e), nodes)
      .map((el) => ({ el, n: pText(el) }))
      .sort((a, b) => b.n - a.n)[0];
    if (best && best.n > 0) return [best.el];
  }
  const byParent = new Map<HtmlElement, number>();
  for (const p of DomUtils.findAll((e) => e.name === 'p', nodes)) {
    const parent = p.parent;
    if (parent && isElement(parent)) byParent.set(parent, (byParent.get(parent) ?? 0) + textOf(p).length);
  }
  const best = [...byParent].sort((a, b) => b[1] - a[1])[0];
  return best ? [best[0]] : nodes;
}

/**
 * An HTML news page: headline (og:title, first h1, title), published (article:published_time,
 * `<time datetime>`, JSON-LD), author, canonical url, outlet (og:site_name), and the story's
 * paragraphs joined with blank lines (h2-h6 become subheads). No bodyOffset: the body is not a
 * slice of the file.
 */
export function parseHtml(html: string, origin: string): Article {
  const doc = parseHtmlDocument(html);
  const nodes = doc.children;
  const metas = DomUtils.findAll((e) => e.name === 'meta', nodes);
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const m = metas.find((e) => (e.attribs.property ?? e.attribs.name ?? e.attribs.itemprop ?? '').toLowerCase() === key);
      const v = m && collapse(m.attribs.content ?? '');
      if (v) return v;
    }
    return undefined;
  };
  const ld = jsonLd(nodes);
  const ldArticle = ld.find((o) => /Article|BlogPosting|Report/i.test(String(o['@type'] ?? ''))) ?? ld.find((o) => 'datePublished' in o);

  const outlet = meta('og:site_name') ?? names((ldArticle?.publisher as Json | undefined)?.name);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', nodes);
  const title = DomUtils.findOne((e) => e.name === 'title', nodes);
  let headline = meta('og:title', 'twitter:title') ?? (h1 ? textOf(h1) : undefined) ?? names(ldArticle?.headline);
  if (!headline && title) {
    headline = collapse(DomUtils.textContent(title));
    if (outlet) headline = headline.replace(new RegExp(`\\s+[|\\-–—]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '');
  }

  const container = mainContainer(nodes);
  const time = DomUtils.findOne((e) => e.name === 'time' && !!e.attribs.datetime, container) ??
    DomUtils.findOne((e) => e.name === 'time' && !!e.attribs.datetime, nodes);
  const published = normaliseDate(
    meta('article:published_time', 'datepublished', 'pubdate', 'date') ?? time?.attribs.datetime ?? ldArticle?.datePublished,
  );
  const metaAuthor = meta('author', 'article:author');
  const author = (metaAuthor && !absoluteUrl(metaAuthor) ? metaAuthor : undefined) ?? names(ldArticle?.author);
  const canonical = DomUtils.findOne((e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs.rel ?? ''), nodes);
  const url = absoluteUrl(canonical?.attribs.href) ?? absoluteUrl(meta('og:url'));

  const blocks = paragraphBlocks(container);
  if (!blocks.some((b) => !b.heading)) throw new Error('page has no article text (no paragraphs found)');
  let dateline: string | undefined;
  const first = blocks.findIndex((b) => !b.heading);
  const d = matchDateline(blocks[first].text);
  if (d) {
    dateline = d.dateline;
    blocks[first] = { ...blocks[first], text: blocks[first].text.slice(d.length) };
  }
  const { body, subheads } = joinBlocks(blocks);
  const description = meta('og:description', 'description');
  const standfirst = description && !body.startsWith(description.replace(/(\.\.\.|…)$/, '')) ? description : undefined;

  return makeArticle({ headline: headline ?? '', standfirst, dateline, published, author, url, outlet, body, subheads, origin });
}
