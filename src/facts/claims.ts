/**
 * Sourced claims and disputes: "According to the Financial Times, ..." is a reported claim with
 * its source; a response that calls it fake, or "X denied ...", is a denial linked (`responds`)
 * to the claim it answers; "the White House has confirmed" is a confirmation.
 */
import type { Claim, Quote, Sentence } from './schema.ts';
import type { ResolvedAttribution } from './quotes.ts';

const DENY_CUE = /^(denied|denies|denying|rejected|rejects|dismissed|refuted|disputed|responded|replied|countered|retorted)$/;
const DENY_WORDS = /\b(fakes?|false|untrue|not true|nonsense|baseless|fabricat\w*|lies|lie|fiction|groundless|incorrect|misleading|no truth)\b/i;
const CONFIRM_CUE = /^(confirmed|confirms|acknowledged|acknowledges)$/;

export function extractClaims(body: string, articleId: string, sentences: Sentence[], attrs: ResolvedAttribution[], quotes: Quote[]): Claim[] {
  const claims: Claim[] = [];
  const cite = (si: number) => ({ articleId, sentenceIndex: si, charStart: sentences[si].start, charEnd: sentences[si].end });
  let lastReported = -1;
  for (const a of attrs) {
    if (!a.content) continue;
    const text = body.slice(a.content.start, a.content.end);
    const source = a.who.speaker;
    const denies = DENY_CUE.test(a.lemma) && (a.lemma !== 'responded' && a.lemma !== 'replied' && a.lemma !== 'countered' ? true : DENY_WORDS.test(text));
    if (denies || (DENY_WORDS.test(text) && /^(said|says|called|calls|told)$/.test(a.lemma) && lastReported >= 0 && a.sentence - claims[lastReported].cite.sentenceIndex <= 3)) {
      const responds = lastReported >= 0 && a.sentence - claims[lastReported].cite.sentenceIndex <= 4 ? lastReported : null;
      claims.push({ text, source: a.via ?? source, kind: 'denied', responds, by: source, cite: cite(a.sentence) });
      continue;
    }
    if (CONFIRM_CUE.test(a.lemma)) {
      claims.push({ text, source, kind: 'confirmed', responds: null, by: source, cite: cite(a.sentence) });
      continue;
    }
    if ((a.according && !a.viaOnly) || (/^(reported|reports|revealed|reveals)$/.test(a.lemma) && a.who.speakerType !== 'unknown')) {
      claims.push({ text, source, kind: 'reported', responds: null, by: null, cite: cite(a.sentence) });
      lastReported = claims.length - 1;
    }
  }
  void quotes;
  return claims;
}
