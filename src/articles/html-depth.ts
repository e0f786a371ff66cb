import { parseDocument } from 'htmlparser2';

/**
 * How deep an HTML document may nest. Real pages stay under a hundred levels; htmlparser2 slows
 * down quadratically with depth (100,000 nested divs take many seconds of blocked event loop) and
 * the readers walk the tree recursively (about 10,000 levels overflow the stack).
 */
export const MAX_HTML_DEPTH = 1000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen', 'image']);
/** Closed implicitly by the parser (a new <p> closes the open one, and so on): they never nest deep. */
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'rb', 'rt', 'rp', 'rtc', 'caption', 'colgroup']);
/** Raw text: tags inside are not parsed. */
const RAW = new Set(['script', 'style', 'title', 'textarea']);
// `[^<>]` so that each attempt stops at the next "<": linear on any input.
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*?(\/?)>/y;

/** Does `html` open more than `max` elements inside each other? One linear pass, no tree built. */
export function htmlNestsDeeperThan(html: string, max = MAX_HTML_DEPTH): boolean {
  const stack: string[] = [];
  let foreign = 0; // inside <svg> or <math>, where <x/> closes itself
  let lower: string | undefined;
  let at = html.indexOf('<');
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) return false;
      at = html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let next = TAG.lastIndex;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const i = stack.lastIndexOf(name);
      if (i >= 0) {
        for (let k = i; k < stack.length; k++) if (stack[k] === 'svg' || stack[k] === 'math') foreign--;
        stack.length = i;
      }
    } else if (RAW.has(name)) {
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name}`, next);
      next = end < 0 ? html.length : end;
    } else if (!VOID.has(name) && !IMPLIED.has(name) && !(m[3] && foreign > 0)) {
      stack.push(name);
      if (name === 'svg' || name === 'math') foreign++;
      if (stack.length > max) return true;
    }
    at = html.indexOf('<', next);
  }
  return false;
}

/** htmlparser2's parseDocument, refusing documents nested deeper than MAX_HTML_DEPTH with a clear error. */
export function parseHtmlDocument(html: string): ReturnType<typeof parseDocument> {
  if (htmlNestsDeeperThan(html)) throw new Error(`HTML is nested more than ${MAX_HTML_DEPTH} levels deep`);
  return parseDocument(html);
}
