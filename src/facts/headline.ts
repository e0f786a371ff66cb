/**
 * Attributions in a headline ("Flynn says Trump 'absolutely right' ...", "Clinton Hid Past Health
 * Problems, Former White House Doctor Says", "Pence: Gennifer Flowers Won't Be at Debate").
 *
 * Facts stay body-only (their offsets are body-relative); this reads the headline with the same
 * extractor: the headline is put before the body as its own paragraph, so that names in it resolve
 * through the body's mentions ("Flynn" -> Michael Flynn), and only the quotes that fall inside the
 * headline are kept, with headline-relative offsets. Two headline conventions are added on top:
 * title case (speech verbs capitalised like every word: "Says", "Calls" are cues, not names) and
 * the `Speaker: words` form, kept only when the speaker is a person the article names.
 */
import type { Article } from '../articles/article.ts';
import type { Person, Quote } from './schema.ts';
import { extractFacts } from './extract.ts';
import { SPEECH_CUES } from './lexicon.ts';
import { isTitleCase } from './names.ts';

const CUE_WORDS = new Set(SPEECH_CUES.filter((c) => !c.includes(' ')));
const SEP = '\n\n';


/** Speech verbs of a title-case headline in lower case (same length: offsets do not move). */
function lowerTitleCaseCues(text: string): string {
  if (!isTitleCase(text)) return text;
  return text.replace(/\p{L}+/gu, (w, i: number) => {
    const l = w.toLowerCase();
    if (!CUE_WORDS.has(l) || w === l) return w;
    // "Says" after the first word only: the headline's first word is a subject, not a verb.
    return i === 0 ? w : l;
  });
}

function personNamed(people: Person[], phrase: string): Person | null {
  const p = phrase.trim().replace(/^(?:the\s+)/i, '');
  if (!/^\p{Lu}/u.test(p) || p.split(/\s+/).length > 4) return null;
  const last = p.split(/\s+/).pop()!.toLowerCase();
  // A full name the article gives is that person, whoever shares the surname.
  const exact = people.filter((x) => x.kind === 'person' && (x.name.toLowerCase() === p.toLowerCase() || x.aliases.some((a) => a.toLowerCase() === p.toLowerCase())));
  if (exact.length === 1 && /\s/.test(p)) return exact[0];
  const hits = people.filter(
    (x) => x.kind === 'person' && (x.name.toLowerCase() === p.toLowerCase() || x.aliases.some((a) => a.toLowerCase() === p.toLowerCase()) || x.name.toLowerCase().split(/\s+/).pop() === last),
  );
  return hits.length === 1 ? hits[0] : null;
}

/**
 * Quotes and reported speech in `article.headline` (which may hold a deck line under the headline),
 * found by `extractFacts` over the headline and body together; offsets are headline-relative.
 */
export function extractHeadlineQuotes(article: Article): Quote[] {
  const headline = article.headline;
  if (!headline.trim()) return [];
  // Each headline line (headline, deck) is a paragraph of its own.
  const head = headline
    .split('\n')
    .map((line) => lowerTitleCaseCues(line))
    .join('\n');
  const shift = head.length + SEP.length;
  const body = head + SEP + article.body;
  const facts = extractFacts({ ...article, body, subheads: (article.subheads ?? []).map(([a, b]) => [a + shift, b + shift] as [number, number]) });
  const inHead = facts.quotes.filter((q) => q.end <= head.length);
  // In a title-case line every word looks like a name ("Former White House Doctor Says"): a person
  // speaker stands only when the body names them too (their surname, capitalised, in the body).
  const lines = head.split('\n');
  const titleCaseAt = (pos: number) => {
    let at = 0;
    for (const line of lines) {
      if (pos <= at + line.length) return isTitleCase(line);
      at += line.length + 1;
    }
    return false;
  };
  const namedInBody = (name: string) => {
    const last = name.split(/\s+/).pop()!;
    return new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(article.body);
  };
  const copies = new Map<Quote, Quote>(
    inHead.map((q) => {
      const c = { ...q, text: headline.slice(q.start, q.end) };
      if (c.speakerType === 'person' && c.speaker && titleCaseAt(q.start) && !namedInBody(c.speaker)) Object.assign(c, { speaker: null, speakerType: 'unknown', role: null });
      return [q, c];
    }),
  );
  const continued = new Map<Quote, Quote>();
  for (const q of inHead) {
    const c = q.continues !== null && q.continues !== undefined ? copies.get(facts.quotes[q.continues]) : undefined;
    if (c) continued.set(copies.get(q)!, c);
  }
  const out: Quote[] = [...copies.values()];
  // "Pence: Gennifer Flowers Won't Be at Debate": a person the article names, then a colon.
  let lineStart = 0;
  for (const line of headline.split('\n')) {
    const m = /^(\s*)([^:;,.!?"“”‘’']{2,40}?):\s+(?=\S)/u.exec(line);
    if (m) {
      const who = personNamed(facts.people, m[2]);
      const start = lineStart + m[0].length;
      let end = lineStart + line.trimEnd().length;
      while (end > start && /[.;\s]/.test(headline[end - 1])) end--;
      // "Bill Clinton: Hillary thinks feds require too many tests": speech reported inside the words
      // after the colon is part of them, the colon's speaker's.
      if (who && end > start) {
        for (let k = out.length - 1; k >= 0; k--) if (out[k].kind === 'reported' && out[k].start >= start && out[k].end <= end && out[k].speaker !== who.name) out.splice(k, 1);
      }
      if (who && end > start && !out.some((q) => q.start < end && q.end > start && q.kind !== 'partial')) {
        const text = headline.slice(start, end);
        const quoted = /^["“‘']/.test(text) && /["”’']$/.test(text);
        out.push({
          speaker: who.name, speakerType: 'person', role: who.role, text, kind: quoted ? 'direct' : 'reported', cue: ':', via: null, venue: null,
          saidOn: null, start, end, cite: { articleId: article.id, sentenceIndex: 0, charStart: lineStart, charEnd: lineStart + line.length }, continues: null,
        });
      }
    }
    lineStart += line.length + 1;
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const q of out) q.continues = continued.has(q) ? out.indexOf(continued.get(q)!) : null;
  return out;
}
