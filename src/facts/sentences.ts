/**
 * Paragraphs and sentences of a body. The splitter knows abbreviations (U.S., Mr., Gen., Jan.),
 * initials (Donald J. Trump), ellipses, and quotations: it does not split inside a quotation that
 * closes within its paragraph, so `"Two sentences. Here," she said.` stays one sentence.
 */
import type { Sentence } from './schema.ts';
import { ABBREVIATIONS, SENTENCE_STARTERS, SPEECH_CUES, TITLE_ABBREVIATIONS } from './lexicon.ts';
import type { QuoteSpan, Span } from './quote-marks.ts';

export interface Paragraph extends Span {
  /** Index among the body's prose paragraphs; subheads get -1. */
  index: number;
  blocked: boolean;
}

const MAX_SENTENCE = 3000;

/**
 * `"Why not?" Vitter demanded.`: after a quoted question or exclamation, a capitalised name and a
 * speech verb continue the sentence (the attribution), they don't start a new one.
 */
const NAME_CUE = new RegExp(
  `^\\s+(?!(?:He|She|It|They|We|I|You|This|That|These|Those|There)\\s)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?:${SPEECH_CUES.filter((c) => !c.includes(' ') && /(?:ed|s)$|^(?:said|told|wrote|asked)$/.test(c)).join('|')})\\b(?:[^.!?"“”]{0,80})[.]`,
  'u',
);

/** Each non-empty line is a paragraph; lines overlapping a subhead span are blocked (not prose). */
export function splitParagraphs(body: string, subheads: [number, number][]): Paragraph[] {
  const out: Paragraph[] = [];
  let n = 0;
  let pos = 0;
  while (pos <= body.length) {
    let nl = body.indexOf('\n', pos);
    if (nl < 0) nl = body.length;
    // Hard-wrapped text ("… to participate personally\nin caucuses and primaries.”"): a line that
    // stops mid-sentence (a word or a comma last) before a line opening in lower case goes on.
    while (nl < body.length && /[\p{L},;]$/u.test(body.slice(pos, nl).trimEnd()) && /^[ \t]*\p{Ll}/u.test(body.slice(nl + 1, nl + 40))) {
      const more = body.indexOf('\n', nl + 1);
      nl = more < 0 ? body.length : more;
    }
    let s = pos;
    let e = nl;
    while (s < e && isWs(body[s])) s++;
    while (e > s && isWs(body[e - 1])) e--;
    if (e > s) {
      const blocked = subheads.some(([a, b]) => a < e && b > s);
      out.push({ start: s, end: e, index: blocked ? -1 : n, blocked });
      if (!blocked) n++;
    }
    pos = nl + 1;
  }
  return out;
}

const isWs = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || (c > '\u2000' && /\s/.test(c));
const CLOSERS = '"”’\'»)]›';
const TERMINAL = '.!?…';

function isBoundary(body: string, i: number, j: number, lo: number): boolean {
  // body[i] is the (first) terminal mark, j is past marks and closers; body[j] is whitespace.
  let k = j;
  while (k < body.length && isWs(body[k]) && body[k] !== '\n') k++;
  const next = body[k];
  if (next === undefined || next === '\n') return true;
  if (/[a-z]/.test(next)) return false;
  if (body[i] !== '.' || body[i + 1] === '.') return true; // ! ? … or an ellipsis, followed by a capital
  // The word before the period.
  let w = i;
  while (w > lo && !isWs(body[w - 1]) && body[w - 1] !== '(' && body[w - 1] !== '"' && body[w - 1] !== '“') w--;
  const word = body.slice(w, i).toLowerCase();
  if (/^\p{Lu}$/u.test(body.slice(w, i))) return false; // an initial: J.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(body.slice(w, i))) {
    // G.K. Butterfield, U.S. (a sentence may still end on them)
    const m = /^[\p{L}']+/u.exec(body.slice(k, k + 20));
    return !!m && SENTENCE_STARTERS.has(m[0].toLowerCase());
  }
  if (ABBREVIATIONS.has(word)) {
    // "… unable to wash. ‘It has been …’": an opening quotation after a word that is also an abbreviation
    // ("Wash.", "Ill.") opens a sentence; a title ("Mr.", "Sen.") is never followed by one
    if (/["“‘']/.test(next) && !TITLE_ABBREVIATIONS.has(word) && /^["“‘']\p{Lu}/u.test(body.slice(k, k + 2))) return true;
    if (!word.includes('.') && !/^(?:jr|sr|inc|corp|co|ltd|etc|al)$/.test(word)) return false;
    const m = /^[\p{L}']+/u.exec(body.slice(k, k + 20));
    return !!m && SENTENCE_STARTERS.has(m[0].toLowerCase());
  }
  return true;
}

/** Sentences of the prose paragraphs, in order. */
export function splitSentences(body: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let qi = 0;
  const push = (s: number, e: number, paragraph: number) => {
    while (s < e && isWs(body[s])) s++;
    while (e > s && isWs(body[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: body.slice(s, e), paragraph });
  };
  for (const p of paragraphs) {
    if (p.blocked) continue;
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = body[i];
      if (!TERMINAL.includes(c)) {
        if (i - s > MAX_SENTENCE && isWs(c)) {
          push(s, i, p.index);
          s = i + 1;
        }
        continue;
      }
      let j = i + 1;
      while (j < p.end && TERMINAL.includes(body[j])) j++;
      while (j < p.end && CLOSERS.includes(body[j])) j++;
      // `… Trump said.Trump claimed that …`: a stop glued to the next sentence (a space lost in
      // scraping) ends the sentence when a lower-case word ends before it and a capitalised word
      // with a space after it opens the next one (not "U.S.Army", "e.g.The", "Amazon.Com").
      const glued = j < p.end && /[\p{Ll}]{3}$/u.test(body.slice(Math.max(p.start, i - 3), i)) && /^(?!(?:Com|Org|Net|Gov|Edu)\b)\p{Lu}\p{Ll}+[\s,]/u.test(body.slice(j, j + 30)) && !/\b(?:www|http|https)\b/.test(body.slice(Math.max(p.start, i - 40), i));
      if (j < p.end && !isWs(body[j]) && !glued) {
        i = j - 1;
        continue;
      }
      // Inside a quotation that closes later in this paragraph: not a boundary.
      while (qi < quotes.length && quotes[qi].close < i) qi++;
      let inside = false;
      for (let q = qi; q < quotes.length && quotes[q].open < i; q++) {
        if (quotes[q].style === 'double' && quotes[q].close >= j && quotes[q].open >= p.start - 0 && quotes[q].close < p.end) {
          inside = true;
          break;
        }
        if (quotes[q].style === 'double' && quotes[q].open < p.start && quotes[q].close >= j && quotes[q].close < p.end) {
          inside = true;
          break;
        }
      }
      if (inside || j >= p.end) {
        i = j - 1;
        continue;
      }
      if ((c === '?' || c === '!') && j > i + 1 && /["”’']/.test(body.slice(i + 1, j)) && NAME_CUE.test(body.slice(j, Math.min(p.end, j + 160)))) {
        i = j - 1;
        continue;
      }
      if (isBoundary(body, i, j, s)) {
        push(s, j, p.index);
        s = j;
      }
      i = j - 1;
    }
    push(s, p.end, p.index);
  }
  return out;
}
