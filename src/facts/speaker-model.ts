/**
 * The speaker of a quote, learned: the rules find quote spans and cues and propose a speaker; a
 * small logistic model, trained on the PolNeAR train split (`npm run train`, bench/train.ts), picks
 * the speaker among the candidates around the quote (the rules' choice, the people and
 * organisations named in the quote's sentence and the three before it, the speakers of the quotes
 * before) from features such as distance, subject position, gender agreement with a pronoun and
 * salience. When the best candidate's probability is below the model's threshold (tuned on train so
 * that a wrong named speaker stays rare), the speaker is unknown: a wrong speaker is worse than none.
 * Pure and deterministic: the weights are data (speaker-model.json).
 */
import type { Quote, Sentence } from './schema.ts';
import type { Word } from './names.ts';
import type { Registry } from './people.ts';
import type { QuoteMeta, SpeakerHow } from './quotes.ts';
import { insideSpan, type QuoteSpan } from './quote-marks.ts';
import { DESCRIPTION_OPENERS, GROUP_OPENERS, HONORIFICS, PREPOSITIONS, SPEECH_CUES } from './lexicon.ts';
import { genderOfFirst } from './names.ts';
import { lowerBound } from '../sorted.ts';

export interface SpeakerModel {
  features: string[];
  weights: number[];
  threshold: number;
}

export interface ModelInput {
  body: string;
  sentences: Sentence[];
  sw: Word[][];
  reg: Registry;
  doubles: QuoteSpan[];
  quotes: Quote[];
  meta: Map<Quote, QuoteMeta>;
}

export interface Candidate {
  speaker: string;
  speakerType: Quote['speakerType'];
  role: string | null;
  entity: number | null;
  x: number[];
}

export const FEATURES = [
  'bias',
  'rule:subject', 'rule:according', 'rule:pronoun', 'rule:parent', 'rule:continued', 'rule:context', 'rule:not-entity',
  'rule:unknown',
  'same-sentence', 'distance:1', 'distance:2', 'distance:3+', 'after-quote-in-sentence',
  'sentence-subject', 'previous-clause-subject', 'nearest-before', 'adjacent-to-quote',
  'only-object', 'only-possessive',
  'pronoun:agrees', 'it-they:org', 'organisation',
  'salience', 'most-mentioned', 'previous-quote-speaker', 'quoted-nearby', 'quotes-so-far',
  'persons-in-window', 'kind:reported', 'kind:partial',
  'name:one-word', 'name:no-mention', 'name:known-given-name', 'name:has-role',
  'desc:long', 'desc:odd-start', 'desc:unnamed',
  'colon-lead', 'previous-quote-adjacent',
  'subject-names-candidate',
  'content-pronoun:agrees', 'content-pronoun:disagrees',
  'subject-honorific:agrees', 'subject-honorific:disagrees',
  'paragraph-opener',
  'previous-speech-subject',
] as const;

const CUE_WORDS = new Set(SPEECH_CUES.filter((f) => !f.includes(' ')));

const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<(typeof FEATURES)[number], number>;

const ruleFeature: Record<SpeakerHow, (typeof FEATURES)[number] | null> = {
  subject: 'rule:subject', according: 'rule:according', pronoun: 'rule:pronoun', parent: 'rule:parent', split: 'rule:continued', continuation: 'rule:continued',
  leadin: 'rule:context', prevsent: 'rule:context', colon: 'rule:context', none: null, unattributed: null, uncued: null, transcript: null,
};

interface MentionInfo {
  sentence: number;
  start: number;
  subject: boolean;
  object: boolean;
  possessive: boolean;
  /** Inside a relative clause that is still open ("Berg, who had trailed Ortiz all year,"). */
  relative: boolean;
}

/** Candidates and their features for every quote the rules gave a meta for, in quote order. */
export function speakerCandidates(input: ModelInput): { quote: Quote; meta: QuoteMeta; cands: Candidate[] }[] {
  const { body, sentences, sw, reg, doubles, quotes, meta } = input;
  // Mentions outside quotations, with their position in the sentence.
  const bySentence: { entity: number; m: MentionInfo }[][] = sentences.map(() => []);
  const total = new Map<number, number[]>();
  const persons0 = reg.entities.filter((e) => e.kind === 'person').map((e) => e.id);
  for (const mn of reg.mentions) {
    if (insideSpan(doubles, mn.start)) continue;
    const ws = sw[mn.sentence];
    // First word at or after the mention (binary search: sentences can be long).
    let lo = 0;
    let hi = ws.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid].start < mn.start) lo = mid + 1;
      else hi = mid;
    }
    const wi = lo < ws.length ? lo : -1;
    const prev = wi > 0 ? ws[wi - 1] : null;
    const object = !!prev && PREPOSITIONS.has(prev.lower);
    let last = Math.max(0, wi);
    while (last < ws.length && ws[last].end < mn.end && last - wi < 8) last++;
    if (last === ws.length) last = -1;
    const possessive = last >= 0 && ws[last].possessive;
    const first = bySentence[mn.sentence].length === 0;
    const subject = first && !object && !possessive && wi >= 0 && wi <= 6;
    const relative = /\b(?:who|whom|whose|which)\b[^,;:]*$/i.test(body.slice(sentences[mn.sentence].start, mn.start));
    bySentence[mn.sentence].push({ entity: mn.entity, m: { sentence: mn.sentence, start: mn.start, subject, object, possessive, relative } });
    const t = total.get(mn.entity) ?? [];
    t.push(mn.start);
    total.set(mn.entity, t);
  }
  /** Mentions of entity e before pos (positions are in text order: binary search). */
  const countBefore = (e: number, pos: number) => {
    const t = total.get(e);
    return t ? lowerBound(t, pos) : 0;
  };
  const ordered = quotes.filter((q) => meta.has(q)).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { quote: Quote; meta: QuoteMeta; cands: Candidate[] }[] = [];
  const quoted = new Map<number, number>();
  const history: { entity: number; paragraph: number; end: number }[] = [];
  for (const q of ordered) {
    const m = meta.get(q)!;
    const s0 = m.sentence;
    let s1 = s0;
    while (s1 + 1 < sentences.length && sentences[s1 + 1].start < q.end) s1++;
    const para = sentences[s0].paragraph;
    const from = Math.max(0, s0 - 3);
    const cand = new Map<number, { dist: number; same: boolean; after: boolean; subject: boolean; prevSubject: boolean; nearest: boolean; adjacent: boolean; colon: boolean; object: boolean; possessive: boolean; inWindow: number; sameRel: boolean }>();
    const get = (e: number) => {
      let c = cand.get(e);
      if (!c) {
        c = { dist: 9, same: false, after: false, subject: false, prevSubject: false, nearest: false, adjacent: false, colon: false, object: true, possessive: true, inWindow: 0, sameRel: true };
        cand.set(e, c);
      }
      return c;
    };
    let nearestPos = -1;
    let nearestEntity = -1;
    let prevSubjectDone = false;
    for (let si = s1; si >= from; si--) {
      const list = bySentence[si];
      for (const { entity, m: mi } of list) {
        if (mi.start >= q.start && mi.start < q.end) continue;
        const c = get(entity);
        c.inWindow++;
        const d = si >= s0 ? 0 : s0 - si;
        c.dist = Math.min(c.dist, d);
        if (si >= s0 && mi.start >= q.end) c.after = true;
        if (si >= s0) {
          c.same = true;
          if (!mi.relative) c.sameRel = false;
        }
        if (mi.subject) c.subject = true;
        if (!mi.object) c.object = false;
        if (!mi.possessive) c.possessive = false;
        if (mi.start < q.start && mi.start > nearestPos && reg.entities[entity].kind === 'person') {
          nearestPos = mi.start;
          nearestEntity = entity;
        }
        if (Math.abs(mi.start - q.start) < 40 || (mi.start >= q.end && mi.start - q.end < 25)) c.adjacent = true;
        // "Mark Mahaney, an analyst at RBC, agreed: ''...": the quotation a colon after the name opens.
        // Not when the name is a possessive or someone else is named before the colon ("Jones read
        // Mary Smith's message:").
        // Nor a name inside a relative clause ("Berg, who had trailed Ortiz all year, went on:").
        if (mi.start < q.start && q.start - mi.start < 160 && !mi.possessive && !/\b(?:who|whom|whose|which)\b[^,;:]*$/i.test(body.slice(sentences[mi.sentence].start, mi.start))) {
          const between = body.slice(mi.start, q.start);
          const rest = between.replace(/^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/u, '');
          if (/:\s*["“”'‘]{0,2}\s*$/.test(between) && !/[.!?]["”]?\s/.test(between) && !/['’]s\b|\s\p{Lu}/u.test(rest)) c.colon = true;
        }
      }
      if (si < s0 && !prevSubjectDone) {
        const subj = list.find((x) => x.m.subject && reg.entities[x.entity].kind === 'person');
        if (subj) {
          get(subj.entity).prevSubject = true;
          prevSubjectDone = true;
        }
      }
    }
    if (nearestEntity >= 0) get(nearestEntity).nearest = true;
    const prevQuote = history.length ? history[history.length - 1] : null;
    if (prevQuote) get(prevQuote.entity);
    // The speakers quoted in this paragraph and the one before (history is in text order: read back).
    const nearbyQuoted = new Set<number>();
    for (let h = history.length - 1; h >= 0 && history[h].paragraph >= para - 1; h--) nearbyQuoted.add(history[h].entity);
    if (m.entity !== null) get(m.entity);
    // Salience: the most-mentioned person so far.
    let topE = -1;
    let topN = 0;
    for (const e of persons0) {
      const n = countBefore(e, q.end);
      if (n > topN) {
        topN = n;
        topE = e;
      }
    }
    const persons = [...cand.keys()].filter((e) => reg.entities[e].kind === 'person').length;
    // The person named first in the quote's paragraph, outside quotations.
    let opener = -1;
    for (let si = s0; si >= 0 && sentences[si].paragraph === para && opener < 0; si--) if (si === 0 || sentences[si - 1].paragraph !== para) opener = si;
    // The subject of the sentence before the quote's (same or previous paragraph) when that sentence
    // holds a speech verb outside quotations ("Hannity pressed.", "Stone went on to say:").
    let speechSubject = -1;
    if (s0 > 0 && sentences[s0 - 1].paragraph >= para - 1 && sw[s0 - 1].some((w) => CUE_WORDS.has(w.lower) && !insideSpan(doubles, w.start))) {
      speechSubject = bySentence[s0 - 1].find((x) => x.m.subject && reg.entities[x.entity].kind === 'person')?.entity ?? -1;
    }
    const paraFirst = opener >= 0 ? bySentence.slice(opener, s0 + 1).flat().find((x) => reg.entities[x.entity].kind === 'person' && x.m.start < q.start)?.entity ?? -1 : -1;
    // The surname the cue's subject gives ("Clinton said" when two Clintons are named), and the
    // gender of the first pronoun of reported words ("Clinton says she ...").
    const subjText = m.subject ? body.slice(m.subject.start, m.subject.end) : '';
    const surname = /(\p{Lu}[\p{L}'’-]+)(?:['’]s)?\s*$/u.exec(subjText)?.[1]?.toLowerCase() ?? null;
    // The honorific before it ("Mrs. Clinton", "Mr. Bush") tells which of two people sharing it.
    const honorific = /(?:^|\s)((?:mr|mrs|ms)\.?)\s+\p{Lu}[\p{L}'’-]+(?:['’]s)?\s*$/iu.exec(subjText)?.[1]?.toLowerCase() ?? null;
    const honGender = honorific ? (HONORIFICS[honorific] ?? null) : null;
    // A surname the rules could not settle (two people share it, or the one named is outside the
    // window): everyone the article names so is a candidate.
    if (surname && q.speaker === null && m.subject) for (const e of reg.candidates(surname, null, m.subject.start)) if (e.kind === 'person') get(e.id);
    const cp = q.kind === 'reported' ? /\b(he|she|his|her|him)\b/i.exec(q.text.slice(0, 80))?.[1].toLowerCase() : undefined;
    const contentGender = cp ? (/^(?:he|his|him)$/.test(cp) ? 'male' : 'female') : null;
    const ruleUnknown = m.entity === null && !(q.speaker && m.how !== 'none');
    const pron = m.pronoun;
    const base = (x: number[]) => {
      x[F.bias] = 1;
      if (ruleUnknown) x[F['rule:unknown']] = 1;
      x[F['persons-in-window']] = Math.log1p(persons);
      if (q.kind === 'reported') x[F['kind:reported']] = 1;
      if (q.kind === 'partial') x[F['kind:partial']] = 1;
    };
    const cands: Candidate[] = [];
    for (const [e, c] of cand) {
      const ent = reg.entities[e];
      // "Berg, who had trailed Ortiz all year, went even further: “…”": a name named in the colon's
      // sentence only inside a relative clause is no candidate for the lead-in's words.
      if (m.how === 'colon' && c.same && c.sameRel && c.dist === 0 && e !== m.entity) continue;
      // "…, he said": never a woman, nor an organisation (and "she" never a man).
      const person = ent.kind === 'person';
      if ((pron === 'he' || pron === 'she') && (!person || (ent.gender && ent.gender !== (pron === 'he' ? 'male' : 'female')))) continue;
      const x = new Array<number>(FEATURES.length).fill(0);
      base(x);
      if (m.entity === e) {
        const rf = ruleFeature[m.how];
        if (rf) x[F[rf]] = 1;
      }
      if (c.same) x[F['same-sentence']] = 1;
      else if (c.dist === 1) x[F['distance:1']] = 1;
      else if (c.dist === 2) x[F['distance:2']] = 1;
      else x[F['distance:3+']] = 1;
      if (c.after) x[F['after-quote-in-sentence']] = 1;
      if (c.subject) x[F['sentence-subject']] = 1;
      if (c.prevSubject) x[F['previous-clause-subject']] = 1;
      if (c.nearest) x[F['nearest-before']] = 1;
      if (c.adjacent) x[F['adjacent-to-quote']] = 1;
      if (c.colon) x[F['colon-lead']] = 1;
      if (prevQuote && prevQuote.entity === e && q.start - prevQuote.end < 300 && prevQuote.paragraph >= para - 1) x[F['previous-quote-adjacent']] = 1;
      if (c.inWindow && c.object) x[F['only-object']] = 1;
      if (c.inWindow && c.possessive) x[F['only-possessive']] = 1;
      if (pron === 'he' || pron === 'she') {
        if (ent.gender) x[F['pronoun:agrees']] = 1;
      } else if ((pron === 'it' || pron === 'they') && !person) x[F['it-they:org']] = 1;
      if (!person) x[F.organisation] = 1;
      x[F.salience] = Math.log1p(countBefore(e, q.end));
      if (e === topE) x[F['most-mentioned']] = 1;
      const pq = prevQuote?.entity === e;
      if (pq) x[F['previous-quote-speaker']] = 1;
      if (nearbyQuoted.has(e)) x[F['quoted-nearby']] = 1;
      x[F['quotes-so-far']] = Math.log1p(quoted.get(e) ?? 0);
      if (person) {
        const parts = ent.name.split(/\s+/);
        if (parts.length === 1) x[F['name:one-word']] = 1;
        if (parts.length > 1 && genderOfFirst(parts[0])) x[F['name:known-given-name']] = 1;
        if (ent.role) x[F['name:has-role']] = 1;
      }
      if (!total.has(e)) x[F['name:no-mention']] = 1;
      if (surname && person && ent.name.toLowerCase().split(/[\s-]+/).includes(surname)) {
        x[F['subject-names-candidate']] = 1;
      }
      if (e === paraFirst) x[F['paragraph-opener']] = 1;
      if (e === speechSubject) x[F['previous-speech-subject']] = 1;
      if (contentGender && person && ent.gender) x[F[ent.gender === contentGender ? 'content-pronoun:agrees' : 'content-pronoun:disagrees']] = 1;
      if (honGender && person && ent.gender && x[F['subject-names-candidate']]) x[F[ent.gender === honGender ? 'subject-honorific:agrees' : 'subject-honorific:disagrees']] = 1;
      cands.push({ speaker: ent.name, speakerType: person ? 'person' : 'organisation', role: person ? ent.role : null, entity: e, x });
    }
    // A speaker the registry does not hold (an unnamed source, an organisation named once).
    if (q.speaker && m.entity === null && m.how !== 'none') {
      const x = new Array<number>(FEATURES.length).fill(0);
      base(x);
      const rf = ruleFeature[m.how];
      if (rf) x[F[rf]] = 1;
      x[F['rule:not-entity']] = 1;
      const sw0 = q.speaker.split(/\s+/);
      if (sw0.length > 4) x[F['desc:long']] = 1;
      if (PREPOSITIONS.has(sw0[0].toLowerCase()) || /^(?:said|says|like|as|they|he|she|it|we|i)$/i.test(sw0[0])) x[F['desc:odd-start']] = 1;
      if (q.speakerType === 'unnamed') x[F['desc:unnamed']] = 1;
      cands.push({ speaker: q.speaker, speakerType: q.speakerType, role: q.role, entity: null, x });
    }
    cands.sort((a, b) => (a.entity ?? -1) - (b.entity ?? -1));
    out.push({ quote: q, meta: m, cands });
    if (m.entity !== null) {
      history.push({ entity: m.entity, paragraph: sentences[s1].paragraph, end: q.end });
      quoted.set(m.entity, (quoted.get(m.entity) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * Whether the model chooses this quote's speaker. The rules keep what they do well: a speaker the
 * text names at the cue ("X said", "according to X", a participle of X's clause, the second half of
 * X's split quote), a pronoun with one compatible antecedent, a quotation that goes on from its
 * speaker's. The model decides where they gave up: every quote the rules left unknown (rival
 * antecedents, no cue of its own, a surname two people share), and abstains when unsure. Not
 * where the cue's subject is a description that names nobody: the text says who speaks, unnamed.
 */
export function modelDecides(q: Quote, m: QuoteMeta, body: string): boolean {
  if (m.how === 'unattributed' || m.how === 'transcript' || m.follows) return false;
  if (q.speaker !== null) return false;
  // The cue's subject is a description that names nobody ("Those who know Mr. Hale say", "A
  // spokesman for the mayor said", "Several people said"): someone described speaks, not one of the
  // people named around it.
  if (m.how === 'subject' && m.subject && !m.pronoun && describesNobody(body.slice(m.subject.start, m.subject.end))) return false;
  // `The poster read: "Vote now."`: a colon's sentence that names nobody before the quotation (a
  // description opens it and no capitalised word follows) says something unnamed speaks.
  if (m.how === 'colon' && colonLeadNamesNobody(body, q)) return false;
  return true;
}

/** Whether the words before a quotation, back to its sentence's start, open with a description and hold no other capitalised word. */
function colonLeadNamesNobody(body: string, q: Quote): boolean {
  const from = Math.max(q.cite.charStart, body.lastIndexOf('\n', q.start) + 1);
  const lead = body.slice(from, q.start).replace(/[\s"“”'‘’:]+$/, '').trim().split(/\s+/).filter(Boolean);
  if (lead.length < 2 || !DESCRIPTION_OPENERS.has(lead[0].toLowerCase())) return false;
  return lead.slice(1).every((w) => !/^\p{Lu}/u.test(w));
}

/**
 * Whether a subject phrase is a description, not a name: it does not end on a capitalised word, or
 * the capitalised words at its end follow a preposition ("a spokesman for Mayor Tom Hill").
 */
export function describesNobody(phrase: string): boolean {
  const ws = phrase.replace(/['’]s$/, '').trim().split(/\s+/).filter(Boolean);
  if (!ws.length) return false;
  let i = ws.length;
  // A capitalised word opening the phrase may only open the sentence ("Those", "The").
  const opener = (w: string) => DESCRIPTION_OPENERS.has(w.toLowerCase()) || GROUP_OPENERS.has(w.toLowerCase());
  while (i > 0 && /^\p{Lu}/u.test(ws[i - 1]) && !(i === 1 && opener(ws[0]))) i--;
  if (i === ws.length) return true;
  if (i < 2) return false;
  // "a spokesman for Mayor Tom Hill": a lower-case head, then the preposition; not "Supervisor of
  // Elections Ann Hill", whose title runs on to the name. A head opening the sentence is capitalised
  // ("Letters to Mr. Obama", "Aides to Ann Hill"): past any preposition but "of", a description.
  const prep = ws[i - 1].toLowerCase();
  return PREPOSITIONS.has(prep) && (!/^\p{Lu}/u.test(ws[i - 2]) || (i === 2 && prep !== 'of'));
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(model: SpeakerModel, x: number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return sigmoid(z);
}

/** The model's pick for one quote: the best candidate and its probability (null: none). */
export function pick(model: SpeakerModel, cands: Candidate[]): { cand: Candidate; p: number } | null {
  let best: { cand: Candidate; p: number } | null = null;
  for (const c of cands) {
    const p = score(model, c.x);
    if (!best || p > best.p) best = { cand: c, p };
  }
  return best;
}

/** Give every quote with a meta the model's speaker, or unknown below the threshold. Mutates the quotes. */
export function applySpeakerModel(input: ModelInput, model: SpeakerModel): void {
  if (model.features.join() !== FEATURES.join()) throw new Error('speaker model: feature list does not match the code (run npm run train)');
  for (const { quote: q, meta: m, cands } of speakerCandidates(input)) {
    // `"A," Lowe is quoted as saying. "B"`: the second quotation has the first one's speaker, as
    // decided (the model's pick or unknown).
    if (m.follows && q.speaker === null) {
      q.speaker = m.follows.speaker;
      q.speakerType = m.follows.speakerType;
      q.role = m.follows.role;
      continue;
    }
    if (!modelDecides(q, m, input.body)) continue;
    // "Dorn said" beside a father and a son (Ray Dorn, Ray Dorn Jr.): the model does not choose either.
    const subject = m.subject ? /(\p{Lu}[\p{L}'’-]+)(?:['’]s)?\s*$/u.exec(input.body.slice(m.subject.start, m.subject.end))?.[1] : undefined;
    if (subject && input.reg.twins(subject) && !/\s/.test(input.body.slice(m.subject!.start, m.subject!.end).replace(/^(?:the\s+)?(?:Mr|Mrs|Ms|Dr)\.?\s+/i, '').trim())) continue;
    const b = pick(model, cands);
    if (b && b.p >= model.threshold) {
      q.speaker = b.cand.speaker;
      q.speakerType = b.cand.speakerType;
      q.role = b.cand.role;
    } else {
      q.speaker = null;
      q.speakerType = 'unknown';
      q.role = null;
    }
  }
  // The second half of a split quote has its first half's speaker.
  for (const q of input.quotes) {
    const c = q.continues;
    if (c === null || c === undefined) continue;
    const root = input.quotes[c];
    if (!root) continue;
    q.speaker = root.speaker;
    q.speakerType = root.speakerType;
    q.role = root.role;
  }
}
