/** Everything a card shows must be text of a stored article: helpers that guarantee it. */
import type { Citation, Facts, Sentence } from '../../facts/schema.ts';
import type { WindowArticle } from './window.ts';

/** The sentence a citation points at, if it is verbatim in the body. */
export function citedSentence(wa: WindowArticle, cite: Citation): Sentence | null {
  const s = sentenceAt(wa.sa.facts, cite.sentenceIndex);
  if (!s) return null;
  return isVerbatim(wa, s.text, s.start) ? s : null;
}

export function sentenceAt(facts: Facts, index: number): Sentence | undefined {
  const s = facts.sentences[index];
  return s && s.index === index ? s : facts.sentences.find((x) => x.index === index);
}

/** True when `text` occurs in the article body (checked at `at` first, then anywhere). */
export function isVerbatim(wa: WindowArticle, text: string, at?: number): boolean {
  if (!text.trim()) return false;
  const body = wa.sa.article.body;
  if (at !== undefined && body.startsWith(text, at)) return true;
  return body.includes(text);
}

/** `text` when it is verbatim in the body, else the cited sentence's text, else null. */
export function verbatimOrSentence(wa: WindowArticle, text: string, cite: Citation): { text: string; cite: Citation } | null {
  if (isVerbatim(wa, text, cite.charStart)) return { text: text.trim(), cite };
  return wholeSentence(wa, cite);
}

/** The cited sentence's text with a citation of that whole sentence, if it is verbatim; else null. */
export function wholeSentence(wa: WindowArticle, cite: Citation): { text: string; cite: Citation } | null {
  const s = citedSentence(wa, cite);
  return s ? { text: s.text.trim(), cite: { ...cite, charStart: s.start, charEnd: s.end } } : null;
}

/** A citation for a whole sentence. */
export function sentenceCite(wa: WindowArticle, s: Sentence): Citation {
  return { articleId: wa.id, sentenceIndex: s.index, charStart: s.start, charEnd: s.end };
}
