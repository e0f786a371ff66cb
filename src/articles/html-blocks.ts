import { DomUtils, type parseDocument } from 'htmlparser2';
import { parseHtmlDocument } from './html-depth.ts';

type Doc = ReturnType<typeof parseDocument>;
export type HtmlNode = Doc['children'][number];
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** A paragraph of page text; `heading` marks an in-body subhead (h2-h6). */
export interface TextBlock {
  text: string;
  heading: boolean;
}

/** Element nodes (tags, scripts, styles), as a type guard. */
export function isElement(n: HtmlNode | null | undefined): n is HtmlElement {
  return !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
}

const SKIP_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'form', 'figcaption', 'figure', 'noscript',
  'template', 'svg', 'button', 'iframe', 'select', 'textarea', 'object', 'canvas', 'head',
]);
const SKIP_NAME =
  /(^|[-_])(nav|navbar|navigation|menu|share|sharing|social|related|comments?|footer|cookies?|consent|newsletter|promo|subscribe|breadcrumbs?|sidebar|advert|ads?)([-_]|$)/i;
const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'dialog']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'table',
  'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'body', 'address',
]);
const HEADING = /^h[2-6]$/;

/** Chrome, not content: navigation, sharing, comments, cookie banners, captions, scripts. */
export function isSkipped(el: HtmlElement): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  if (a.role && SKIP_ROLES.has(a.role.toLowerCase())) return true;
  const names = `${a.class ?? ''} ${a.id ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((n) => SKIP_NAME.test(n));
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of a node without its skipped descendants; `<br>` counts as a space. */
export function textOf(node: HtmlNode): string {
  let out = '';
  const walk = (n: HtmlNode): void => {
    if (n.type === 'text') out += (n as { data: string }).data;
    else if (isElement(n)) {
      if (isSkipped(n)) return;
      if (n.name === 'br') out += ' ';
      else for (const c of n.children) walk(c);
      if (BLOCK_TAGS.has(n.name)) out += ' ';
    }
  };
  walk(node);
  return collapse(out);
}

/** The paragraphs (`<p>`, `<h2-6>`, bare `<blockquote>`) under `nodes`, skipping chrome. */
export function paragraphBlocks(nodes: HtmlNode[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (n: HtmlNode): void => {
    if (!isElement(n) || isSkipped(n)) return;
    const isPara = n.name === 'p' || (n.name === 'blockquote' && !DomUtils.findOne((e) => e.name === 'p', n.children));
    if (isPara || HEADING.test(n.name)) {
      const text = textOf(n);
      if (text) blocks.push({ text, heading: HEADING.test(n.name) });
      return;
    }
    for (const c of n.children) walk(c);
  };
  for (const n of nodes) walk(n);
  return blocks;
}

/** All the text under `nodes`, split into blocks at block elements and `<br>`. */
export function allBlocks(nodes: HtmlNode[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let cur = '';
  let heading = false;
  const flush = (): void => {
    const text = collapse(cur);
    if (text) blocks.push({ text, heading });
    cur = '';
    heading = false;
  };
  const walk = (n: HtmlNode): void => {
    if (n.type === 'text') cur += (n as { data: string }).data;
    else if (n.type === 'cdata') for (const c of (n as { children: HtmlNode[] }).children) walk(c);
    else if (isElement(n)) {
      if (isSkipped(n)) return;
      if (n.name === 'br') {
        flush();
        return;
      }
      const block = BLOCK_TAGS.has(n.name);
      if (block) flush();
      if (HEADING.test(n.name)) heading = true;
      for (const c of n.children) walk(c);
      if (block) flush();
    }
  };
  for (const n of nodes) walk(n);
  flush();
  return blocks;
}

/** Blocks joined with blank lines; headings become body-relative subhead spans. */
export function joinBlocks(blocks: TextBlock[]): { body: string; subheads: [number, number][] } {
  let body = '';
  const subheads: [number, number][] = [];
  for (const b of blocks) {
    if (body) body += '\n\n';
    if (b.heading) subheads.push([body.length, body.length + b.text.length]);
    body += b.text;
  }
  return { body, subheads };
}

/** An HTML fragment (a feed item's content) as plain text paragraphs, entities decoded. */
export function htmlToText(html: string): string {
  return joinBlocks(allBlocks(parseHtmlDocument(html).children)).body;
}
