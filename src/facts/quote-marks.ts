/**
 * Quotation marks in every style: "..." “...” ‘...’ «...» „...“ '...', with care for apostrophes
 * (Rubio's, don't, '90s, voters'). One linear pass per paragraph; a quote a paragraph opens and
 * does not close continues only when the next paragraph reopens it (the newsroom convention).
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark (exclusive end of the inner text). */
  close: number;
  /** Inner text bounds: body.slice(start, end) is the quoted words. */
  start: number;
  end: number;
  /** Index just past the closing mark (marks can be two characters: ''...''). */
  closeEnd: number;
  style: 'double' | 'single';
  /** Number of paragraphs the quote runs over (> 1 for a multi-paragraph quote). */
  paragraphs: number;
}

export interface Span {
  start: number;
  end: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '〝', '〞', '＂']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‛', '‹', '›']);
const OPEN_PUNCT = '([{—–-/,:;';
const CLOSE_PUNCT = '.,;:!?)]}—–-…';

export const isQuoteChar = (c: string | undefined): boolean => c !== undefined && (DOUBLE.has(c) || SINGLE.has(c));
export const isDoubleQuote = (c: string | undefined): boolean => c !== undefined && DOUBLE.has(c);
/** The invisible format marks pasted text carries (zero-width spaces, bidi embeddings, BOM): read as space. */
const INVISIBLE_CLASS = '[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]';
export const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');
const ONE_INVISIBLE = new RegExp(`^${INVISIBLE_CLASS}$`);
const isWs = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || ONE_INVISIBLE.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** 'open' | 'close' | null for the mark at i, from what flanks it. */
function classify(text: string, i: number, lo: number, hi: number, len = 1): 'open' | 'close' | 'both' | null {
  const p = i > lo ? text[i - 1] : undefined;
  const n = i + len < hi ? text[i + len] : undefined;
  const left = !isWs(n) && (isWs(p) || OPEN_PUNCT.includes(p!) || isQuoteChar(p));
  const right = !isWs(p) && (isWs(n) || CLOSE_PUNCT.includes(n!) || isQuoteChar(n));
  if (left && right) return 'both';
  if (left) return 'open';
  if (right) return 'close';
  return null;
}

const APOSTROPHE_PREFIX = /^['’‘](?:\d0s|\d\ds|\d0|em|til|cause|n|tis|twas|bout|round|s)\b/i;

/**
 * Find top-level quotations in `text` (the body), paragraph by paragraph. `paragraphs` are the
 * [start, end) spans of the paragraphs in order; `blocked` paragraphs (subheads) are skipped and
 * break multi-paragraph continuation.
 */
export function findQuoteSpans(text: string, paragraphs: (Span & { blocked?: boolean })[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: { open: number; paragraphs: number; len: number } | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi];
    if (para.blocked) {
      carry = null;
      continue;
    }
    const { start: lo, end: hi } = para;
    // Double quotes: a stack; top level spans are emitted when the stack empties.
    const stack: number[] = [];
    let bottomLen = 1;
    let bottom = -1;
    let paras = 1;
    let i = lo;
    while (i < hi && isWs(text[i])) i++;
    if (carry && i < hi && (isDoubleQuote(text[i]) || text.startsWith("''", i)) && classify(text, i, lo, hi) !== 'close') {
      // The paragraph reopens the quote the previous paragraph left open.
      bottom = carry.open;
      bottomLen = carry.len;
      paras = carry.paragraphs + 1;
      stack.push(bottom);
      i += text.startsWith("''", i) ? 2 : 1;
    }
    carry = null;
    let single = -1;
    for (; i < hi; i++) {
      const c = text[i];
      const two = c === "'" && text[i + 1] === "'";
      if (DOUBLE.has(c) || two) {
        const len = two ? 2 : 1;
        let k = classify(text, i, lo, hi, len);
        if (c === '“' || c === '„' || c === '«' || c === '〝') k = k === 'close' ? 'close' : k === null ? null : 'open';
        else if (c === '”' || c === '»' || c === '〞') k = k === 'open' ? 'open' : k === null ? null : 'close';
        if (k === 'both') k = stack.length ? 'close' : 'open';
        // `like, 'Oh, this is important,' " Hale said`: a straight mark set off by a space after an
        // inner quotation's closing single mark closes the open quotation.
        if (k === null && c === '"' && stack.length && i - 2 >= lo && /['’‘]/.test(text[i - 2]) && isWs(text[i - 1])) k = 'close';
        // `…to see somebody like that,”Clinton said`: a closing mark with the space after it lost
        // (punctuation before it, a letter after it) still closes the open quotation.
        if (k !== 'close' && (c === '"' || c === '”') && stack.length && i > lo && /[,.!?]/.test(text[i - 1]) && isAlnum(text[i + len])) k = 'close';
        // A quotation flattened onto one line from several paragraphs: a new sentence that opens
        // the mark again while only the outer quotation is open goes on with it (`roads. "The ...`).
        if (k === 'open' && stack.length === 1 && (c === '"' || c === '“') && /[.!?]["”’]?\s+$/.test(text.slice(Math.max(lo, i - 4), i)) && isAlnum(text[i + 1])) {
          paras++;
          i += len - 1;
          continue;
        }
        if (k === 'open') {
          if (!stack.length) {
            bottom = i;
            bottomLen = len;
            single = -1;
          }
          stack.push(i);
        } else if (k === 'close' && stack.length) {
          stack.pop();
          if (!stack.length) {
            out.push({ open: bottom, close: i, start: bottom + bottomLen, end: i, closeEnd: i + len, style: 'double', paragraphs: paras });
            paras = 1;
          }
        }
        i += len - 1;
      } else if (SINGLE.has(c) && !stack.length) {
        const p = i > lo ? text[i - 1] : undefined;
        const n = i + 1 < hi ? text[i + 1] : undefined;
        if (isAlnum(p) && isAlnum(n)) continue; // don't, Rubio's, O'Neill
        const k = classify(text, i, lo, hi);
        if ((k === 'open' || k === 'both') && c !== '’' && single < 0 && isAlnum(n) && !APOSTROPHE_PREFIX.test(text.slice(i, i + 6))) {
          single = i;
        } else if ((k === 'close' || k === 'both') && single >= 0 && c !== '‘') {
          // "voters' views": a plural possessive closes nothing when a letter follows the space.
          if (p === 's' && isWs(n) && isAlnum(text[i + 2]) && text[i + 2] === text[i + 2].toLowerCase() && !/[.,!?]/.test(p)) {
            const inner = text.slice(single + 1, i);
            if (!inner.includes(' ')) continue;
          }
          out.push({ open: single, close: i, start: single + 1, end: i, closeEnd: i + 1, style: 'single', paragraphs: 1 });
          single = -1;
        }
      }
    }
    if (stack.length) {
      // Unclosed at paragraph end: continue only if the next paragraph reopens.
      let q = pi + 1;
      while (q < paragraphs.length && paragraphs[q].end <= paragraphs[q].start) q++;
      const next = paragraphs[q];
      if (next && !next.blocked) {
        let j = next.start;
        while (j < next.end && isWs(text[j])) j++;
        if (isDoubleQuote(text[j]) || text.startsWith("''", j)) carry = { open: bottom, paragraphs: paras, len: bottomLen };
      }
    }
  }
  out.sort((a, b) => a.open - b.open);
  return out;
}

/** Whether pos lies strictly inside one of `spans` (sorted by open, non-overlapping at top level). */
export function insideSpan(spans: QuoteSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].open < pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = best; i >= 0 && i >= best - 3; i--) if (spans[i].open < pos && pos < spans[i].close) return true;
  return false;
}
