/**
 * Positions: where a party stands, when the text says so: a party's reported speech with a stance
 * (no / not / until / must / would / ruled out ...), and "..., which Europe opposes".
 */
import type { Position, Sentence } from './schema.ts';
import type { ResolvedAttribution } from './quotes.ts';
import type { Registry } from './people.ts';
import { COUNTRIES } from './lexicon.ts';

const STANCE_CUE = /^(ruled out|rules out|rejected|rejects|insisted|insists|demanded|demands|opposes|opposed|called for|calls for|urged|urges|vowed|pledged|warned|said|says|told|stressed|argued)$/;
const STANCE_WORDS = /\b(no|not|never|must|should|until|unless|would|will|won't|cannot|can't|oppose[sd]?|reject\w*|refuse[sd]?|demand\w*|insist\w*|ready to|prepared to|willing to|freeze|ceasefire|sanctions)\b/i;
const WHICH_RE = /(?:including|such as|:)\s+([^,—–;]{8,200}?)\s*[—–,]\s*which\s+((?:the\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+(?:\w+ly\s+)?(opposes|opposed|supports|supported|rejects|rejected|backs|backed|favou?rs|wants|demands)\b/g;

export function extractPositions(body: string, articleId: string, sentences: Sentence[], attrs: ResolvedAttribution[], reg: Registry): Position[] {
  const out: Position[] = [];
  const cite = (si: number) => ({ articleId, sentenceIndex: si, charStart: sentences[si].start, charEnd: sentences[si].end });
  for (const a of attrs) {
    if (a.via || !a.content || !a.who.speaker || a.who.speakerType === 'unnamed' || a.who.speakerType === 'unknown' || a.according) continue;
    if (!STANCE_CUE.test(a.lemma)) continue;
    const text = body.slice(a.content.start, a.content.end);
    if (!STANCE_WORDS.test(text) && !/ruled out|rejected|opposes|demanded/.test(a.lemma)) continue;
    let party = a.who.speaker;
    if (a.who.entity !== null) {
      const e = reg.entities[a.who.entity];
      const state = e.affiliation && (COUNTRIES[e.affiliation.toLowerCase()] || /^(US|UK|EU)$/.test(e.affiliation));
      if (e.kind === 'person' && e.affiliation && ((state && /president|minister|secretary|envoy|chancellor|premier/i.test(e.role ?? '')) || /spokes/i.test(e.role ?? ''))) party = e.affiliation;
    }
    const stance = /^(ruled out|rules out|rejected|rejects|opposes|opposed|called for|calls for|demanded|demands|urged|urges)$/.test(a.lemma) ? `${a.lemma} ${text}` : text;
    out.push({ party, stance, by: a.who.speaker, cite: cite(a.sentence) } as Position);
  }
  for (const s of sentences) {
    WHICH_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WHICH_RE.exec(s.text))) {
      const party = m[2].replace(/^the\s+/i, '');
      out.push({ party: COUNTRIES[party.toLowerCase()] ?? party, stance: `${m[3]} ${m[1].trim()}`, by: null, cite: cite(s.index) } as Position);
    }
  }
  return out;
}
