/** Speech cues: said, told, according to, ruled out ... found word by word in a sentence. */
import { SPEECH_CUES, QUOTED_CUES, INVERTIBLE_CUES, PARTICIPLE_CUES, SPOKEN_PARTICIPLE_CUES, SPEECH_VERB_FORMS, LABELLING_PARTICIPLES, SUBJECT_FILLERS, PROGRESSIVE_AUXILIARIES } from './lexicon.ts';
import type { Word } from './names.ts';

const BY_FIRST = new Map<string, string[][]>();
// Participles continue an attribution ("..., admitting that ..."): every one is a cue.
for (const c of new Set([...SPEECH_CUES, ...SPOKEN_PARTICIPLE_CUES, ...LABELLING_PARTICIPLES, ...QUOTED_CUES])) {
  const parts = c.split(' ');
  const list = BY_FIRST.get(parts[0]) ?? [];
  list.push(parts);
  list.sort((a, b) => b.length - a.length);
  BY_FIRST.set(parts[0], list);
}

const SPEECH_CUE_SET = new Set(SPEECH_CUES);
/** Words right before a base or -s verb form: a pronoun subject, an auxiliary, an adverb. */
const VERB_BEFORE = /^(?:he|she|they|it|we|i|you|who|which|that|also|then|now|often|repeatedly|again|will|would|could|can|may|might|must|should|to|not|never|did|does|do|and|but|[a-z]{3,}ly)$/;

export interface CueHit {
  /** Word indexes [lo, hi] of the cue. */
  lo: number;
  hi: number;
  lemma: string;
  participle: boolean;
  /** A labelling participle ("calling") or a quoted-only cue ("thanked"): a cue only when a quotation follows closely. */
  needsQuote?: boolean;
}

/**
 * Whether the -ing form at word i is a progressive tense ("Clinton is telling customers that ...",
 * "Trump was also saying ..."): a finite cue with the subject before the auxiliary, no participle.
 */
function progressive(ws: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const w = ws[k];
    if (w.cap || w.possessive) return false;
    if (PROGRESSIVE_AUXILIARIES.has(w.lower)) return true;
    if (!SUBJECT_FILLERS.has(w.lower) && !/^[a-z]{3,}ly$/.test(w.lower)) return false;
  }
  return false;
}

/** Cues among words ws (lower-case forms only, "According" too). */
export function findCues(ws: Word[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // "Said Dorothy Poynter, who grew up with Ali, “…”": a capitalised cue only where it opens an
    // inverted sentence before a name.
    if (w.cap && w.lower !== 'according' && !(i === 0 && INVERTIBLE_CUES.has(w.lower) && ws.length > 2 && ws[1].cap)) continue;
    if (w.possessive) continue;
    const list = BY_FIRST.get(w.lower);
    if (!list) continue;
    for (const parts of list) {
      if (i + parts.length > ws.length) continue;
      let ok = true;
      for (let k = 1; k < parts.length; k++) if (ws[i + k].lower !== parts[k]) ok = false;
      if (!ok) continue;
      // "called into a radio show", "called off the talks": a phone call or a cancellation.
      if (parts.length === 1 && /^call(?:s|ed)?$/.test(w.lower) && i + 1 < ws.length && /^(?:into|in|off|up|back|out|at|from|over|around|home)$/.test(ws[i + 1].lower)) break;
      const participle = PARTICIPLE_CUES.has(w.lower) && !progressive(ws, i);
      const form = parts.join(' ');
      const quotedOnly = QUOTED_CUES.has(form) && !SPEECH_CUE_SET.has(form);
      // "after the attacks, Trump issued a statement, “…”": a base or -s form of a quoted-only cue
      // ("attacks", "thanks", "quotes") is a noun unless a subject or an auxiliary comes right before it.
      if (quotedOnly && !/(?:ed|ing)$/.test(parts[0]) && !(i > 0 && (ws[i - 1].cap ? !ws[i - 1].possessive : VERB_BEFORE.test(ws[i - 1].lower)))) continue;
      // "a report on the states", "the reported deal": after a determiner, a noun or an adjective.
      if (parts.length === 1 && i > 0 && /^(?:the|a|an|his|their|its|our|my|your|these|those)$/.test(ws[i - 1].lower) && w.start - ws[i - 1].end === 1) continue;
      // "short messages, or tweets, has been": an -s form after a comma and "or" glosses a noun.
      if (parts.length === 1 && /[^s]s$/.test(w.lower) && i > 1 && ws[i - 1].lower === 'or' && ws[i - 1].start - ws[i - 2].end > 1) continue;
      const needsQuote = (participle && parts.length === 1 && LABELLING_PARTICIPLES.has(w.lower)) || quotedOnly;
      out.push({ lo: i, hi: i + parts.length - 1, lemma: form, participle, needsQuote });
      i += parts.length - 1;
      break;
    }
  }
  return out;
}

const SPEECH_WORDS = new Set(SPEECH_VERB_FORMS.filter((f) => !f.includes(' ')));
const SPEECH_PHRASES = SPEECH_VERB_FORMS.filter((f) => f.includes(' '));
const SPEECH_STEMS = [...new Set(SPEECH_VERB_FORMS.filter((f) => !f.includes(' ') && f.length >= 4).map((f) => f.replace(/e$/, '')))];

/**
 * Whether a cue, as labeled or predicted, is a speech verb (reported speech): one of its words is a
 * form of a speech verb of the verb table, or derives from one ("statement", "denial" -> "deni").
 */
export function isSpeechCue(cue: string): boolean {
  const c = cue.toLowerCase().trim();
  if (SPEECH_PHRASES.some((p) => c.includes(p))) return true;
  return c.split(/[^a-z'’-]+/).some((w) => w && (SPEECH_WORDS.has(w) || SPEECH_STEMS.some((st) => w.startsWith(st))));
}
