/**
 * Quotes with their speakers: direct quotes (every mark style, split, glued, multi-paragraph),
 * partial quotes inside reported speech (kept with the innermost attribution's speaker), and
 * reported speech. Pronouns resolve to the most recent compatible speaker only when no other
 * compatible person came between; otherwise the speaker is unknown.
 */
import type { Quote, Sentence } from './schema.ts';
import type { Attribution } from './attributions.ts';
import { findAttributions } from './attributions.ts';
import { findCues } from './cues.ts';
import { genderOfFirst, isNameWord, isTitleCase, pastRoleWords, type Word } from './names.ts';
import { nameRuns, type Registry } from './people.ts';
import { INVISIBLE, insideSpan, type QuoteSpan, type Span } from './quote-marks.ts';
import { classifySpeaker, describedSource, personSpeaker, pronounFits, UNKNOWN, type Speaker } from './speakers.ts';
import { resolveDate } from './dates.ts';
import { ADDRESSEE_CUES, CHAIN_ADVERBS, DEMONYMS, NOT_NAME_WORDS, RELATION_HEADS, SENTENCE_STARTERS, TO_OBJECT_CUES, COUNTRIES, FLOOR_TAKING_VERBS, MONTHS, NAMING_CUE_FORMS, OUTLETS, PREPOSITIONS, RESPONSE_VERBS, ROLE_HEADS, ROLE_MODIFIERS, SPEAKING_ORGS, SET_OFF_CONNECTIVES, SPEECH_VERB_FORMS, UNNAMED_HEADS, WEEKDAYS } from './lexicon.ts';

export interface ResolvedAttribution extends Attribution {
  who: Speaker;
  via: string | null;
  saidOn: string | null;
  venue: string | null;
  /** Not emitted as a quote (a trailing "according to X" that only names the channel). */
  viaOnly: boolean;
  /** How the rules found the speaker (a feature of the speaker model). */
  how: SpeakerHow;
  /** The pronoun the speaker phrase was ("he", "she", "it", "they"), if it was one. */
  pronoun: string | null;
}

/** How the rules chose a quote's speaker. */
export type SpeakerHow = 'subject' | 'pronoun' | 'according' | 'parent' | 'unattributed' | 'uncued' | 'split' | 'continuation' | 'leadin' | 'colon' | 'prevsent' | 'none' | 'transcript';

/** What the rules knew when they chose a quote's speaker: the speaker model's input. */
export interface QuoteMeta {
  how: SpeakerHow;
  /** Sentence of the quote's opening. */
  sentence: number;
  /** The speaker phrase (for a cue), the cue's start, and the pronoun when the phrase was one. */
  subject: Span | null;
  cueStart: number | null;
  pronoun: string | null;
  /** The entity the rules chose (null: unknown, or a speaker the registry does not hold). */
  entity: number | null;
  /**
   * The quotation this one goes on from when the rules could not name that one's speaker
   * (`"A," Lowe is quoted as saying. "B"`): it takes that one's speaker, whoever decides it.
   */
  follows?: Quote;
}

export interface QuoteResult {
  quotes: Quote[];
  attributions: ResolvedAttribution[];
  meta: Map<Quote, QuoteMeta>;
}

interface Ctx {
  body: string;
  articleId: string;
  published?: string;
  sentences: Sentence[];
  sw: Word[][];
  quotes: QuoteSpan[];
  reg: Registry;
}

const within = (pos: number, s: Span | null) => !!s && s.start <= pos && pos < s.end;
const VENUE_RE = /\b(?:in|at|to)\s+((?:[A-Z][\p{L}'’.-]+)(?:\s+[A-Z][\p{L}'’.-]+){0,3}(?:,\s+[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+)?)?)/gu;

function venueOf(body: string, spans: Span[]): string | null {
  let best: string | null = null;
  for (const s of spans) {
    const t = body.slice(s.start, s.end);
    VENUE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VENUE_RE.exec(t))) {
      const v = m[1].replace(/[.,]+$/, '');
      const l = v.toLowerCase();
      const first = l.split(/[\s,]/)[0];
      if (OUTLETS[l] || (SPEAKING_ORGS[l] && !COUNTRIES[l] && !/^(moscow|washington|kyiv|kiev|beijing|brussels)$/.test(l)) || WEEKDAYS.includes(first) || first in MONTHS || /^(the|a|an)$/.test(first)) continue;
      best = v;
    }
  }
  return best;
}

function wordsIn(sw: Word[], s: Span): Word[] {
  return sw.filter((w) => w.start >= s.start && w.end <= s.end + 2 && w.start < s.end);
}

const NOT_A_SPEAKER = /^(?:[RDI]-\p{Lu}[\p{L}.]*\.?$|(?:of|for|to|in|at|from|with|by|on|into|about|like|as|than|said|says|say|told|they|he|she|it|we|i|you|this|that|these|those|there|which|who|what|when|while|if)\b)/iu;

const RELATIVE_SUBJECT = /^(?:who|(?:many|some|most|all|several|few|none|each|both|one|two|three|four|five|dozens|hundreds|thousands) of (?:whom|them|those))$/i;

/** Forms of the speech verbs (say, tell, add ...): their subject is a speaker whoever it is. */
const SPEECH_CUE_WORDS = new Set(SPEECH_VERB_FORMS.filter((f) => !f.includes(' ')));
/** A noun phrase that may be a speaker: a determiner, a capital or a quantity first, at most ten words, no clause inside. */
const NOUN_PHRASE = /^(?:the|a|an|this|that|these|those|some|many|most|several|others|other|another|both|all|each|one|two|three|four|five|\d[\d,.%]*|\p{Lu}[\p{L}.'’-]*)(?:[\s,]+(?!(?:who|which|that|when|if|because|and|but|or|is|are|was|were|has|have|had|will|would|said|says)\b)[\p{L}\d.'’%-]+){0,9}$/u;

/** A bare plural noun phrase of up to three lower-case words ("forecasters", "health care experts"). */
const BARE_PLURAL = /^(?:\p{Ll}[\p{L}-]*\s+){0,2}(?!(?:this|his|its|was|has|is|as|us|thus|perhaps|always|yes|less|unless|across|whereas|besides|sometimes|news)$)\p{Ll}[\p{L}-]{2,}s$/u;

/** A speech noun and its addressee before a colon: `... a blunt message to Trump: "..."`. */
const SPEECH_NOUN_TO_COLON = /\b(?:message|statement|warning|plea|pitch|reply|answer|response|advice|promise|pledge|demand)\s+(?:to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}:\s*$/u;

/** Speech verbs that give a colon's quotation to their clause's subject. */
const COLON_SPEECH_VERBS = new Set(SPEECH_VERB_FORMS.filter((f) => !f.includes(' ') && !/ing$/.test(f)));

/** A participle closing the sentence after a quotation (`: “…,” referencing the crowd.`): the colon clause's subject goes on. */
const PARTICIPLE_TAIL = /^,\s*\p{Ll}{3,}ing\b[^"“”:;]*$/u;

/** Whether a verb that names or labels what it quotes ("called", "dubbed", "described as") is the cue of this lemma. */
const namingCue = (lemma: string) => NAMING_CUE_FORMS.has(lemma) || NAMING_CUE_FORMS.has(lemma.split(' ')[0]);

/** A name of one to four capitalised words, as a colon's lead gives it ("Michael P. McDonald", "Stone"). */
const COLON_NAME = String.raw`((?:\p{Lu}[\p{Ll}.'’-]*\.?\s+){0,3}\p{Lu}[\p{Ll}'’-]+)`;
/** The name alone before the colon, after a dash or opening the sentence, perhaps with its age and home (a vox pop). */
const NAME_ALONE_COLON = new RegExp(String.raw`(?:^|\s[-–—]\s*)${COLON_NAME}(?:\s*,\s*\d{1,3}(?:\s*,\s*[^,;:"“”]{1,40})?)?\s*:\s*$`, 'u');
/** A presenter's colon: "Here’s Clinton in December 1992:", "More from Jones:". */
const PRESENTED_COLON = new RegExp(String.raw`^\s*(?:(?:And|But|So)\s+)?(?:Here['’]s|Here\s+is|Here\s+was|More\s+from)\s+${COLON_NAME}(?:\s+(?:in|on|at|last|this|earlier|later)\b[^:;"“”]{0,40})?\s*:\s*$`, 'u');
/** A capitalised verb before the name, opening the sentence: "Stated Stone:" (inverted). */
const INVERTED_COLON = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+)\s+${COLON_NAME}\s*:\s*$`, 'u');

/** A speech noun right before a colon: `... campaign message: "..."`. */
const SPEECH_NOUN_COLON = /\b(?:message|messages|statement|warning|words|slogan|plea|pitch|argument|response|reply|answer|tweet|post|remarks?|comment|verdict|advice|promise|pledge|vow|mantra|refrain|line|retort|question|demand)\s*:\s*$/i;

/** A name's possessive, a speech noun and "was" before a colon: `Clinton's response was: "..."`. */
const POSSESSED_SPEECH_COLON = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s?\s+(?:(?:first|initial|only|final|latest|short|terse|blunt|simple)\s+)?(?:response|reply|answer|message|statement|verdict|advice|retort|reaction|explanation|comment|assessment|argument|pitch|plea|warning|tweet)\s+(?:was|is|had been|has been)\s*:\s*$/u;

/** A speech noun and a comma right before a quotation: `... issued a statement, "..."`. */
const SPEECH_NOUN_COMMA = /\b(?:statement|message|tweet|post|remarks|comment|reply|response|answer)\s*,\s*$/i;

/** Right after a quotation, a named one's message or writing that carries it: `"…," Roe's message read`. */
const CARRIED_BY_POSSESSED = /^\s*[,.]?\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)['’]s?\s+(?:message|statement|letter|note|email|e-mail|tweet|post|text|memo|diary|notes)\b/u;

/** Someone named (or an object pronoun) and a verb of saying right before reported words' quotation: `Roe telling him: "…"`, `heard her say "…"`. */
const NESTED_SAYER = /(?:^|[\s,])((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*|him|her|them)\s+(?:as\s+)?(?:saying|say|telling|tell|declaring|declare|asking|ask|shouting|yelling|writing|write)\b(?:\s+(?:him|her|them|me|us|reporters))?\s*[:,]?\s*["“]?$/u;

/**
 * A clause after an attribution in which someone else takes the floor: "…, and her husband cut in.",
 * "…, before an aide interrupted:", "…, when Roe shot back." (a subject of its own, then such a verb).
 */
const FLOOR_TAKEN = new RegExp(String.raw`\b(?:and|before|when|until|but|then|as)\s+(?:(?:his|her|their|its|the|a|an|another|one)\s+)?(?!(?:then|later|quickly|also|again|finally|abruptly)\b)[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}?\s+(?:quickly\s+|then\s+|abruptly\s+)?(?:${[...FLOOR_TAKING_VERBS].join('|')})\b[^"“”]{0,60}$`, 'iu');

/**
 * A sentence that opens with the pronoun (a link of a pronoun chain), perhaps after a short adverbial
 * and its comma ("Later, she turned …", "On Friday, he said").
 */
const opensWith = (pronoun: string) => new RegExp(String.raw`^\W*(?:(?:${[...CHAIN_ADVERBS].join('|')}|(?:on|by|at|in)\s+\w+(?:\s+\w+)?)\s*,?\s+)?${pronoun}\b`, 'i');
/**
 * What follows a cue that says no words were given: "did not respond to a request for comment",
 * "declined to reply to questions about …" (what was not answered), "responded within hours" (when),
 * "ruled against them" (for whom).
 */
function notWords(cue: string, text: string, before: string): boolean {
  // "ruled against them", "ruled in favor of …": for whom, not what
  if (/^rul(?:ed|ing)$/i.test(cue) && /^\s*(?:against|in|for|on|out|by|with|to)\b/i.test(text)) return true;
  if (!TO_OBJECT_CUES.has(cue.toLowerCase())) return false;
  // "Clinton responded within hours": when, not what
  if (/^\s*(?:within|shortly|quickly|immediately|swiftly|promptly|later)\b[^"“”]*$/i.test(text)) return true;
  return /^\s*to\s/i.test(text) && NOT_ANSWERED.test(before);
}
const NOT_ANSWERED = /\b(?:not|n[’']t|never|declined\s+to|refused\s+to|failed\s+to)\s+(?:(?:immediately|directly|publicly|yet)\s+)?$/i;

/** The signature of an embedded post: "— Donald J. Trump (@realDonaldTrump) June 29, 2016". */
const EMBED_SIGNATURE = /[—–-]\s*([^\n—–()<>]{2,60}?)\s+\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})/g;

/** A connective set off by commas ("Hale, however, disagreed."): no word of its clause. */
const SET_OFF = new RegExp(String.raw`,\s*(?:${[...SET_OFF_CONNECTIVES].join('|')}),\s*`, 'gi');
const OPENS_WITH: Record<'he' | 'she', RegExp> = { he: opensWith('he'), she: opensWith('she') };
/**
 * A main clause whose subject is a definite role description and no name ("In a conversation
 * about his film, the actor discussed …", "the senator was asked"): it speaks of someone named
 * before, as a pronoun opening it would.
 */
const DESCRIBED_SUBJECT = new RegExp(String.raw`(?:^\W*[Tt]|,\s+t)he\s+(?:[a-z-]+\s+){0,2}(?:${[...ROLE_HEADS].filter((h) => /^[a-z-]+$/.test(h)).join('|')})\s+(?:was|is|has|had|[a-z]+ed|[a-z]+[^s\W]s)\b`, 'u');

/** A vox pop's name: two to four capitalised words, an honorific allowed, no article ("The Post"). */
const VOX_NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*,\s*[^,;:"“”\n]{1,40}){0,3}`;
/** "“…” — Maria Lopez, 19, Phoenix": a dash, then the name and its details, ending the paragraph. */
const VOX_AFTER = new RegExp(String.raw`^\s*[.,]?\s*(?:[—–]|-{1,2})\s*${VOX_NAME}\s*\.?\s*$`, 'u');
/** "“…” — Sanders.": a dash and one surname, of someone the article has named. */
const VOX_AFTER_KNOWN = /^\s*[.,]?\s*(?:[—–]|-{1,2})\s*(\p{Lu}[\p{L}'’-]+)\s*\.?\s*$/u;
/** "Ana Torres, 33, Miami: “…”": the name and its details, then a colon, opening the paragraph. */
const VOX_BEFORE = new RegExp(String.raw`^\s*${VOX_NAME}\s*:\s*$`, 'u');
/** A line holding only "Jose Garcia, 52" (a name and its details) before the quotation's paragraph. */
const VOX_LINE = new RegExp(String.raw`^\s*${VOX_NAME}\s*[.:]?\s*$`, 'u');

/** Someone named (or a pronoun), then "of" or "for" and a verb of saying, before reported words: `accused Roe of calling him "…"`. */
const SAID_BY_OBJECT = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*|him|her|them)\s+(?:of|for)\s+(?:saying|calling|describing|labell?ing|dubbing|branding|referring to|using the words?|writing|tweeting)\b[^"“”]{0,40}$/u;

/** A speech noun with its possessor right before a quotation: `Clinton's assertion of a “...”`. */
const POSSESSED_SPEECH = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:own\s+|latest\s+|earlier\s+|repeated\s+)?(?:assertion|assertions|claim|claims|statement|words|description|promise|pledge|remark|remarks|comment|comments|characterization|vow|warning|argument|insistence|contention|suggestion|declaration|boast|accusation|slogan|mantra|refrain|tweet|message|phrase)\s+(?:of\s+|that\s+)?(?:(?:a|an|the|his|her|their)\s+)?["“‘']*$/u;

export function extractQuotes(ctx: Ctx): QuoteResult {
  const { body, sentences, sw, reg } = ctx;
  const quotes: Quote[] = [];
  const attrsOut: ResolvedAttribution[] = [];
  const events: { pos: number; entity: number; sentence: number; speaker: Speaker }[] = [];
  /** The last named group that spoke ("Phil Berger and Tim Moore said …"), for a "they" right after. */
  let lastGroup: { pos: number; end: number; sentence: number; speaker: Speaker } | null = null;
  const contents: Span[] = [];
  const lastUnnamed = new Map<string, string>();
  const doubles = ctx.quotes;
  const meta = new Map<Quote, QuoteMeta>();
  /** The entity a speaker stands for (a continued quote carries the name only). */
  const entityOf = (who: Speaker | null): number | null => {
    if (!who?.speaker) return null;
    if (who.entity !== null) return who.entity;
    const e = reg.entities.find((x) => x.name === who.speaker);
    return e ? e.id : null;
  };
  /** Marks a person as quoted word for word (for a surname a father and a son share: see Registry.twinsOf). */
  const spoke = (who: Speaker | null) => {
    const e = entityOf(who);
    if (e !== null && reg.entities[e].kind === 'person') reg.entities[e].spoke = true;
  };
  const metaOf = (how: SpeakerHow, sentence: number, a: ResolvedAttribution | null, who: Speaker | null): QuoteMeta => ({
    how, sentence, subject: a?.subject ?? null, cueStart: a ? a.cueStart : null, pronoun: a?.pronoun ?? null, entity: entityOf(who),
  });
  /** Whether the words before a name are only its titles ("", "Warriors coach ", "Italian Prime Minister "). */
  const opensWithTitle = (lead: string): boolean => {
    // "The opposition leader, Per Lund, …", "The party's leader, Mary Lowe, …": a role in apposition
    const appos = /^\s*(?:the|his|her|their|its|our)\s+(?:[\p{L}'’.-]+\s+){0,4}([\p{L}-]+),\s*$/iu.exec(lead);
    if (appos) return ROLE_HEADS.has(appos[1].toLowerCase());
    const ws = lead.trim().split(/\s+/).filter(Boolean);
    if (ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w) || ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()))) return true;
    // "Her neighbour, retired teacher Tom Price, …": a relation, then a role before the name
    const bare = ws.map((w) => w.toLowerCase().replace(/[,.]$/, ''));
    const head = (w: string) => ROLE_HEADS.has(w) || RELATION_HEADS.has(w);
    return ws.length <= 6 && /^(?:his|her|their|the|a)$/.test(bare[0]) && head(bare[bare.length - 1]) && bare.slice(1).every((w) => head(w) || ROLE_MODIFIERS.has(w));
  };
  const bySentence = sentences.map(() => [] as ResolvedAttribution[]);
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const cite = (si: number) => ({ articleId: ctx.articleId, sentenceIndex: si, charStart: sentences[si].start, charEnd: sentences[si].end });
  const insideQuote = (pos: number) => insideSpan(doubles, pos);
  const firstOfPara = new Map<number, number>();
  const endOfPara = new Map<number, number>();
  for (const s of sentences) {
    if (!firstOfPara.has(s.paragraph)) firstOfPara.set(s.paragraph, s.start);
    endOfPara.set(s.paragraph, s.end);
  }
  const mentionFrom = (pos: number) => reg.mentionFrom(pos);
  /** The mentions starting in [from, to), in text order. */
  const mentionsIn = (from: number, to: number) => reg.mentions.slice(mentionFrom(from), mentionFrom(to));
  /** Whether a mention opens its sentence (quotation marks aside). */
  const opensSentence = (m: { sentence: number; start: number }) => /^[\s"“”']*$/.test(body.slice(sentences[m.sentence].start, m.start));

  /**
   * The person a name written around a quotation names ("Roe's message read", "Roe telling him:",
   * "accused Roe of calling him"), as its speaker; a pronoun or a name the registry does not hold is
   * no one, and unattributed: the model does not pick among the people around for words the text
   * gives to someone unnamed.
   */
  const namedOrNobody = (name: string): { who: Speaker; how: SpeakerHow } => {
    const o = /^\p{Lu}/u.test(name) ? reg.person(name) : null;
    return o ? { who: personSpeaker(o), how: 'subject' } : { who: { ...UNKNOWN }, how: 'unattributed' };
  };

  /** A heading: a paragraph of one short title-case sentence ("John Leguizamo On How History Makes Latinos Feel Invisible"). */
  const isHeading = (k: number) => sentences[k].paragraph !== sentences[k - 1]?.paragraph && sentences[k].paragraph !== sentences[k + 1]?.paragraph && sw[k].length <= 16 && isTitleCase(sentences[k].text);
  /**
   * A vox pop's speaker, named beside a quotation with no verb of saying: "“…” — Maria Lopez, 19,
   * Phoenix", "Ana Torres, 33, Miami: “…”", or a line holding only "Jose Garcia, 52" before a
   * paragraph that is only the quotation. The name is a person the article names, or a full name
   * with a known given name or an age beside it; null otherwise.
   */
  const voxPopSpeaker = (q: QuoteSpan, para: number): Speaker | null => {
    const pStart = firstOfPara.get(para) ?? 0;
    const pEnd = endOfPara.get(para) ?? body.length;
    const before = body.slice(pStart, q.open);
    const after = body.slice(q.closeEnd, pEnd);
    const byDash = (line: string) => {
      const one = VOX_AFTER_KNOWN.exec(line);
      return one && reg.person(one[1])?.kind === 'person' ? one : VOX_AFTER.exec(line);
    };
    let m = byDash(after);
    if (!m && /^[\s.,!?]*$/.test(after)) {
      // A fact-check's claim: the quotation its own paragraph, "- Bernie Sanders." the next one.
      if (/^\s*$/.test(before) && firstOfPara.has(para + 1)) m = byDash(body.slice(firstOfPara.get(para + 1)!, endOfPara.get(para + 1)!));
      m ??= VOX_BEFORE.exec(before);
      if (!m && /^\s*$/.test(before) && para > 0 && firstOfPara.has(para - 1)) {
        const prev = body.slice(firstOfPara.get(para - 1)!, endOfPara.get(para - 1)!);
        m = VOX_LINE.exec(prev);
      }
    }
    if (!m) return null;
    // "- Bernie Sanders.": the full stop ends the line, not an initial.
    const name = m[1].replace(/(?<!(?:^|\s)\p{Lu})\.$/u, '');
    const known = reg.person(name);
    if (known) return known.kind === 'person' ? personSpeaker(known) : null;
    const first = name.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '').split(/\s+/)[0].toLowerCase();
    const aged = /,\s*\d{1,3}\b/.test(m[0]);
    if (!aged && genderOfFirst(first) === null) return null;
    return personSpeaker(reg.addPerson({ name, role: null, affiliation: null, possessor: null, gender: null }, sentenceOf(q.open)));
  };

  const resolvePronoun = (pronoun: string, pos: number, si: number, exclude: Span | null): Speaker => {
    const para = sentences[si].paragraph;
    const winStart = firstOfPara.get(para - 1) ?? firstOfPara.get(para) ?? 0;
    const recent = contents.slice(-24);
    const excluded = (p: number) => within(p, exclude) || recent.some((c) => within(p, c)) || insideQuote(p);
    if (pronoun === 'he' || pronoun === 'she') {
      // "Sanders appeared to dismiss the issue in October, when he told Clinton …": after a comma, in
      // a sentence that opens with a person who fits, the one person who fits named in it before the
      // pronoun: the main clause's subject, whoever spoke last.
      const s0 = sentences[si];
      if (/,/.test(body.slice(s0.start, pos)) && !insideQuote(s0.start + 1)) {
        let opener: number | null = null;
        let alone = true;
        for (const m of mentionsIn(s0.start, pos)) {
          if (excluded(m.start)) continue;
          const e = reg.entities[m.entity];
          if (opener === null) {
            if (e.kind !== 'person' || !pronounFits(pronoun, e) || !opensSentence(m)) break;
            opener = e.id;
          } else if (e.kind === 'person' && e.id !== opener && pronounFits(pronoun, e)) alone = false;
        }
        if (opener !== null && alone) return personSpeaker(reg.entities[opener]);
      }
      let S: (typeof events)[number] | null = null;
      for (let i = events.length - 1; i >= 0; i--) {
        const ev = events[i];
        if (ev.pos < winStart) break;
        if (ev.pos >= pos) continue;
        if (reg.entities[ev.entity].kind !== 'person') continue;
        S = ev;
        break;
      }
      // No salient subject: the people of the sentence before, or, when that sentence (and those
      // before it, within the window) opens with the same pronoun ("Maria Ortiz moved to Texas. She
      // runs a restaurant. “…,” she said."), of the sentence that pronoun chain goes back to.
      let k = Math.max(0, si - 1);
      const opensWith = OPENS_WITH[pronoun];
      const namesNobody = (k: number) => {
        const mi = mentionFrom(sentences[k].start);
        return mi >= reg.mentions.length || reg.mentions[mi].start >= sentences[k].end || reg.entities[reg.mentions[mi].entity].kind !== 'person';
      };
      while (!S && k > 0 && k < si && sentences[k - 1].start >= winStart && (opensWith.test(sentences[k].text) || (DESCRIBED_SUBJECT.test(sentences[k].text) && namesNobody(k))) && !insideQuote(sentences[k].start + 2)) k--;
      const from = S ? S.pos : sentences[k].start - 1;
      const rivals = new Set<number>();
      for (const m of mentionsIn(from + 1, pos)) {
        if (excluded(m.start)) continue;
        const e = reg.entities[m.entity];
        if (e.kind === 'person' && (!S || e.id !== S.entity) && pronounFits(pronoun, e)) rivals.add(e.id);
      }
      // Capitalised names the registry does not know ("Trump met Biden") are rivals too.
      let unknownRival = false;
      for (let k = sentenceOf(from); k <= si && !unknownRival; k++) {
        // In a title-case line (a list item's heading) every word is capitalised, no name by itself.
        if (k < si && isHeading(k)) continue;
        const ws = sw[k];
        for (const r of nameRuns(body, ws)) {
          const w0 = ws[r.lo];
          if (w0.start <= from || w0.start >= pos || excluded(w0.start)) continue;
          const text = body.slice(w0.start, ws[r.hi].end);
          const e = reg.person(text) ?? reg.person(ws[r.hi].text);
          if (e) continue;
          // Part of a name the registry knows as no person ("the United States"): no rival.
          const mi = mentionFrom(w0.start + 1) - 1;
          if (mi >= 0 && reg.mentions[mi].end > w0.start && reg.entities[reg.mentions[mi].entity].kind !== 'person') continue;
          const low = text.toLowerCase();
          // (nor a country, an organisation, an outlet or a people: "the Colombian border")
          if (COUNTRIES[low] || SPEAKING_ORGS[low] || OUTLETS[low] || DEMONYMS[low]) continue;
          const before = r.lo > 0 ? ws[r.lo - 1].lower : '';
          if (/^(to|in|at|from|of|for|on|near|with|about|into|across|via|by|through|over|under|around|outside|inside|between|against|toward|towards)$/.test(before)) continue;
          if (ws[r.hi].possessive) continue;
          // "a longtime Apple analyst", "a White House spokesman", "a former Harvard law professor": a name
          // qualifying a role is nobody's name.
          let role = false;
          for (let k = r.hi + 1; k < ws.length && k <= r.hi + 2 && !ws[k].cap && /^\s+$/.test(body.slice(ws[k - 1].end, ws[k].start)); k++) {
            if (ROLE_HEADS.has(ws[k].lower) || UNNAMED_HEADS.has(ws[k].lower)) role = true;
          }
          if (role) continue;
          // "Prime" of "Italian Prime Minister Giorgia Meloni": title words only, no name.
          if (ws.slice(r.lo, r.hi + 1).every((w) => ROLE_MODIFIERS.has(w.lower) || ROLE_HEADS.has(w.lower))) continue;
          // "the Home Secretary", "the Prime Minister": a title, capitalised, not a name.
          if (before === 'the' && (ROLE_HEADS.has(ws[r.hi].lower) || (r.hi + 1 < ws.length && ROLE_HEADS.has(ws[r.hi + 1].lower)))) continue;
          // (one capitalised word opening a sentence is a name before these verbs, or, when it is no surname the
          // article gave, before a comma and a participle or an apposition: "Trump, speaking in Myrtle Beach, mocked …")
          const aside = /^\s*,\s*$/.test(body.slice(ws[0].end, ws[1]?.start ?? ws[0].end)) && isNameWord(ws[0]) && !reg.candidates(ws[0].text).length && (/^\p{Ll}{2,}ing$/u.test(ws[1]?.text ?? '') || /^(?:who|a|an|the)$/.test(ws[1]?.lower ?? ''));
          if (r.lo === 0 && r.hi === 0 && ws.length > 1 && !/^(met|told|said|called|spoke|asked|and)$/.test(ws[1].lower) && !aside) continue;
          unknownRival = true;
          break;
        }
      }
      if (S) {
        const e = reg.entities[S.entity];
        // `“…,” he said.¶Clinton, speaking in Ohio, struck a different tone. She said …`: the last
        // speaker (of an earlier paragraph) does not fit, and the one person who does opens a
        // sentence of the pronoun's paragraph: a new subject, hers.
        // So is one who opens the paragraph's first sentence ("Warriors coach Steve Kerr was blunt. “…,”
        // he told reporters."), even when the last speaker fits too.
        if (rivals.size === 1 && !unknownRival && sentences[sentenceOf(S.pos)].paragraph < para) {
          const r = [...rivals][0];
          const first = firstOfPara.get(para) ?? 0;
          const since = mentionsIn(first, pos);
          // (not when the last speaker is named again in the paragraph: "Hale thanked Hart, when he told …")
          const namedAgain = since.some((m) => m.entity === e.id && !insideQuote(m.start));
          for (const m of since) {
            if (m.entity !== r) continue;
            if (opensSentence(m) && !pronounFits(pronoun, e)) return personSpeaker(reg.entities[r]);
            if (sentences[m.sentence].start === first && opensWithTitle(body.slice(first, m.start)) && !namedAgain) return personSpeaker(reg.entities[r]);
          }
        }
        if (!pronounFits(pronoun, e) || rivals.size || unknownRival) return { ...UNKNOWN };
        return personSpeaker(e);
      }
      if (rivals.size === 1 && !unknownRival) {
        const e = reg.entities[[...rivals][0]];
        return personSpeaker(e);
      }
      return { ...UNKNOWN };
    }
    // "Leaders Phil Berger and Tim Moore said they were disappointed. “…,” they said": the group just named
    // (in this sentence or the one before, no one else named since)
    if (pronoun === 'they') {
      const g = lastGroup;
      if (g && g.pos < pos && si - g.sentence <= 1 && !mentionsIn(g.end, pos).some((m) => !excluded(m.start) && reg.entities[m.entity].kind === 'person')) return { ...g.speaker };
      return { ...UNKNOWN };
    }
    if (pronoun === 'it') {
      const cands = new Set<number>();
      for (const m of mentionsIn(sentences[si].start, pos)) {
        if (m.sentence !== si || excluded(m.start)) continue;
        if (reg.entities[m.entity].kind !== 'person') cands.add(m.entity);
      }
      if (cands.size === 0) {
        let ev: (typeof events)[number] | undefined;
        for (let i = events.length - 1; i >= 0 && events[i].sentence >= si - 1; i--) if (events[i].pos < pos) {
          ev = events[i];
          break;
        }
        if (ev && reg.entities[ev.entity].kind !== 'person') cands.add(ev.entity);
      }
      if (cands.size === 1) {
        const e = reg.entities[[...cands][0]];
        return { speaker: e.name, speakerType: 'organisation', role: null, entity: e.id };
      }
    }
    return { ...UNKNOWN };
  };

  /**
   * The speaker of a quotation a colon introduces (the colon closing sentence si0 before `end`): a
   * speech noun before the colon ("message", "statement") or a speech verb in its clause, with a name
   * opening the clause and nobody else named before the colon. Null: unknown.
   */
  const colonSpeaker = (si0: number, end: number): Speaker | null => {
    // "issued a statement, “…”" reads as "issued a statement: “…”" (same length: offsets hold).
    const lead = body.slice(sentences[si0].start, end).replace(/,(\s*)$/, ':$1');
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
    const from = sentences[si0].start + cut + 1;
    const lw = sw[si0].filter((w) => w.start >= from && w.end <= end);
    // `Clinton has since apologized for what happened: "..."`, `X wrote in a memo: "..."`: a
    // speech verb in the clause the colon closes gives its subject the words, as a speech noun does.
    // "… TURNOUT IN IOWA - Michael P. McDonald: “…”": a name the article holds, alone before the
    // colon after a dash (or opening the sentence), is the quotation's author.
    // So is a name with its age and home ("Ana Torres, 33, Miami: “…”", a vox pop).
    // So is one a presenter shows ("Here’s Clinton in December 1992: “…”", "More from Jones: “…”").
    const alone = NAME_ALONE_COLON.exec(lead) ?? PRESENTED_COLON.exec(lead);
    // "Stated Stone:" ¶ "“…”": a speech verb before the name, opening the sentence (inverted).
    const inverted = INVERTED_COLON.exec(lead);
    if (inverted && COLON_SPEECH_VERBS.has(inverted[1].toLowerCase())) {
      const e = reg.person(inverted[2]);
      if (e?.kind === 'person') return personSpeaker(e);
    }
    if (alone) {
      const e = reg.person(alone[1]);
      if (e && (e.kind === 'person' || e.kind === 'organisation')) return { speaker: e.name, speakerType: e.kind === 'person' ? 'person' : 'organisation', role: e.kind === 'person' ? e.role : null, entity: e.id };
    }
    // "Clinton's response was: “…”", "His answer was:" (a name's possessive): the possessor's words.
    const possessed = POSSESSED_SPEECH_COLON.exec(lead);
    if (possessed) {
      const e = reg.person(possessed[1]) ?? reg.person(possessed[1].split(/\s+/).pop()!);
      if (e && (e.kind === 'person' || e.kind === 'organisation')) return { speaker: e.name, speakerType: e.kind === 'person' ? 'person' : 'organisation', role: e.kind === 'person' ? e.role : null, entity: e.id };
    }
    const speechVerb = lw.some((w) => !w.cap && (COLON_SPEECH_VERBS.has(w.lower) || /^apologi[sz]ed$/.test(w.lower)));
    // "Mr. Christie gloated: “…”", "Trump went even further: “…”": a name opening the sentence
    // and a clause of its own up to the colon, nobody else named: the name's words.
    // So after an opening phrase and its comma ("In a Fox interview later that day, Trump went even
    // further: “…”"), and for a name in apposition ("Ann Roe, an analyst at Lakeside, agreed: “…”").
    const opener = cut >= 0 && /^\s*(?:in|at|on|after|during|later|earlier|then|still|but|and|yet|so|for|with|by|from|over|since|before|when|while|asked|speaking)\b/i.test(lead) && !/[;:]/.test(lead.slice(0, cut));
    const appositive = cut >= 0 && !opener && lw.length > 0 && lw.length <= 3 && lw.every((w) => !w.cap) && /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},[^:;"“”]{1,80},[^,:;"“”]*:\s*$/u.test(lead);
    const openingName = (cut < 0 || opener) && lw.length > 1 && lw[0].cap && lw.slice(1).some((w) => !w.cap);
    if (SPEECH_NOUN_COLON.test(lead) || SPEECH_NOUN_TO_COLON.test(lead) || speechVerb || openingName || appositive) {
      let e = 0;
      while (e < lw.length && (lw[e].cap || /^(?:mr\.|mrs\.|ms\.|dr\.)$/.test(lw[e].lower))) e++;
      // "Republican presidential nominee Donald Trump issued the following statement:"
      e = pastRoleWords(body, lw, e, lw.length);
      // Nobody else named between the speaker and the colon ("Jones read Smith's message:"),
      // except the addressee of a message ("delivered a blunt message to Trump:").
      const toAt = SPEECH_NOUN_TO_COLON.exec(lead);
      const toStart = toAt ? sentences[si0].start + toAt.index : Infinity;
      const others = lw.slice(e).some((w) => (w.cap || w.possessive) && w.start < toStart);
      // "Mitch McConnell, R-Ky., delivered a message to Trump:": the name before the apposition.
      let sw0 = lw;
      if (e === 0 && cut >= 0) {
        const all = sw[si0].filter((w) => w.end <= end);
        let e0 = 0;
        while (e0 < all.length && (all[e0].cap || /^(?:mr\.|mrs\.|ms\.|dr\.)$/.test(all[e0].lower)) && (e0 === 0 || !/,/.test(body.slice(all[e0 - 1].end, all[e0].start)))) e0++;
        if (e0 > 0 && /^,[^:;"“”]{1,80},\s*$/.test(body.slice(all[e0 - 1].end, from))) {
          sw0 = all;
          e = e0;
        }
      }
      if (e > 0 && e < sw0.length && !others && !sw0[e - 1].possessive && !/^(?:the|a|an|this|that|it|they|we|i|in|on|at|for|with|after|before|as)$/.test(sw0[0].lower)) {
        const c = classifySpeaker(body, sw0.slice(0, e), reg, lastUnnamed);
        if (c && !c.pronoun && (c.speakerType === 'person' || c.speakerType === 'organisation')) return c;
      }
    }
    return null;
  };

  /**
   * The one attribution of the sentence before sentence si (in its paragraph, or closing the one
   * before), when it names a person or an organisation, is no participle or lead-in, and that
   * sentence holds no quotation.
   */
  const reportedBefore = (si: number, para: number): ResolvedAttribution | null => {
    if (si === 0 || sentences[si - 1].paragraph < para - 1) return null;
    const own = bySentence[si - 1].filter((a) => !a.viaOnly);
    // One attribution, with the participles that go on with its speaker (`“…,” Hale told a rally,
    // saying Lowe would “…”`): the parent's speaker, whose words are every one of theirs.
    const main = own.filter((a) => a.parent === null);
    if (main.length !== 1 || own.some((a) => a.parent !== null && a.who.speaker !== main[0].who.speaker)) return null;
    const a = main[0];
    if (!a.who.speaker || (a.who.speakerType !== 'person' && a.who.speakerType !== 'organisation') || a.parent !== null || a.leadIn || a.according || !a.subject) return null;
    // One speaker: not a list ("Matthews, Seitz-Wald and Lopez argued").
    if (/,|\band\b|&/.test(body.slice(a.subject.start, a.subject.end))) return null;
    if (/(?:\band|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(body.slice(sentences[si - 1].start, a.subject.start))) return null;
    const prev = sentences[si - 1];
    // A quotation inside the reported words ("now said Trump had “the opportunity to …”") is the
    // speaker's too; any other quotation in that sentence may be someone else's.
    const within = (x: QuoteSpan) => own.some((b) => b.content && b.content.start <= x.open + 1 && x.closeEnd <= b.content.end + 1);
    if (doubles.some((x) => x.open < prev.end && x.closeEnd > prev.start && !within(x))) return null;
    // A question ("Maddow asked, “…?”") is answered by someone else.
    if (own.some((b) => /^ask/i.test(b.lemma) || (b.content && /\?\W*$/.test(body.slice(b.content.start, b.content.end))))) return null;
    return a;
  };

  /**
   * `“… are missing.” Trump said.`: a quotation that closes its sentence on a full stop, and the
   * next sentence, in the same paragraph, holds nothing but its attribution (a name or a pronoun, a
   * cue, a date: "Trump said Wednesday."). Its speaker, resolved as at any cue; null when that
   * sentence is anything else.
   */
  const attributionAfter = (si: number): { cue: string; who: Speaker } | null => {
    const n = si + 1;
    if (n >= sentences.length || sentences[n].paragraph !== sentences[si].paragraph) return null;
    const next = sentences[n];
    const ws = sw[n];
    if (ws.length < 2 || ws.length > 40 || !/^[^"“”„«»]*\.\s*$/.test(next.text)) return null;
    // One cue; one right after "when" in its tail ("… when asked how …") is the question's.
    const cues = findCues(ws).filter((h, i) => i === 0 || !/^(?:when|while|after|before|if)$/.test(ws[h.lo - 1]?.lower ?? ''));
    if (cues.length !== 1 || cues[0].participle || cues[0].needsQuote || cues[0].lo === 0) return null;
    const c = cues[0];
    // Before the cue: a name (its words capitalised) or "he"/"she"; after it, a day at most.
    const subj = ws.slice(0, c.lo);
    const pronoun = subj.length === 1 && /^(?:he|she)$/.test(subj[0].lower);
    if (!pronoun && !subj.every((w) => w.cap && !w.possessive)) return null;
    // After the cue: a day at most, or a phrase that says how or where ("…, as if he didn't hear
    // her", "in a documentary", "by telephone this week"), never the words said ("that …").
    const rest = ws.slice(c.hi + 1);
    const dayOnly = rest.every((w) => WEEKDAYS.includes(w.lower) || /^(?:on|later|again|then|today|yesterday|morning|afternoon|evening|night|tonight)$/.test(w.lower));
    // So does whom it was told ("told Britain’s ITV in an interview …"); the words are checked below.
    const aside = rest.length > 0 && rest.length <= 30 && rest[0].lower !== 'that' && (PREPOSITIONS.has(rest[0].lower) || /^\s*,/.test(body.slice(ws[c.hi].end, rest[0].start)) || (ADDRESSEE_CUES.has(c.lemma) && rest[0].cap));
    if (ws.length > 7 + (aside ? 33 : 0) || (!dayOnly && !aside)) return null;
    // "Trump said in a statement that …": words of its own; the quotation before may be anyone's.
    if (!dayOnly && findAttributions(body, next, ws, doubles).some((a) => a.content && a.content.end > a.content.start && a.cueStart <= ws[c.hi].start)) return null;
    if (/[,;:()]/.test(body.slice(ws[0].start, ws[c.hi].end))) return null;
    let who = classifySpeaker(body, subj, reg, lastUnnamed);
    if (who?.pronoun) who = resolvePronoun(who.pronoun, subj[0].start, n, null);
    if (!who?.speaker || (who.speakerType !== 'person' && who.speakerType !== 'organisation')) return null;
    return { cue: body.slice(ws[c.lo].start, ws[c.hi].end), who };
  };

  /**
   * `“…?” Hale told the station in an interview …`: the sentence after the quotation (same
   * paragraph) opens on a name or he/she and a cue, so the quotation may be that speaker's words
   * even when the rest of that sentence is more than an attribution.
   */
  const nameCueAfter = (si: number): boolean => {
    const n = si + 1;
    if (n >= sentences.length || sentences[n].paragraph !== sentences[si].paragraph) return false;
    const ws = sw[n];
    const c = findCues(ws)[0];
    if (!c || c.participle || c.lo === 0 || c.lo > 5) return false;
    const subj = ws.slice(0, c.lo);
    return (subj.length === 1 && /^(?:he|she|they)$/.test(subj[0].lower)) || subj.every((w) => w.cap && !w.possessive);
  };

  /**
   * `Ann Lowe of Lake University agreed.`¶`“…”`, `Hale explained.` `“…”`: the sentence before a
   * quotation that opens its own sentence holds nothing but a name (or he/she) and a cue or a verb
   * of answering (RESPONSE_VERBS), a day or a manner adverb at most, and no words of its own: the
   * quotation is that speaker's. Null when that sentence is anything else or asks.
   */
  const attributionBefore = (si: number, para: number): Speaker | null => {
    const p = si - 1;
    if (p < 0 || sentences[p].paragraph < para - 1) return null;
    // "Hale, however, disagreed.": a connective adverb set off by commas is no word of the clause.
    const asides = [...sentences[p].text.matchAll(SET_OFF)].map((m) => ({ start: sentences[p].start + m.index!, end: sentences[p].start + m.index! + m[0].length }));
    const ws = sw[p].filter((w) => !asides.some((a) => a.start <= w.start && w.end <= a.end));
    if (ws.length < 2 || ws.length > 12 || !/^[^"“”„«»]*[.]\s*$/.test(sentences[p].text)) return null;
    if (/[,;:()]/.test(sentences[p].text.replace(SET_OFF, ' ').replace(/[.]\s*$/, ''))) return null;
    // The verb: one cue (no participle, not one that asks), or a verb of answering.
    let lo = -1;
    let hi = -1;
    const cues = findCues(ws);
    if (cues.length === 1 && !cues[0].participle && !cues[0].needsQuote && cues[0].lo > 0 && !/^ask/i.test(cues[0].lemma)) {
      lo = cues[0].lo;
      hi = cues[0].hi;
    } else if (cues.length === 0) {
      for (let i = 1; i < ws.length && lo < 0; i++) {
        for (const n of [3, 2, 1]) {
          if (i + n > ws.length) continue;
          if (RESPONSE_VERBS.has(ws.slice(i, i + n).map((w) => w.lower).join(' '))) {
            lo = i;
            hi = i + n - 1;
            break;
          }
        }
      }
    }
    if (lo < 1) return null;
    const subj = ws.slice(0, lo);
    const pronoun = subj.length === 1 && /^(?:he|she)$/.test(subj[0].lower);
    // A name: capitalised words, "of"/"at"/"from" before an institution ("Ann Lowe of Lake University").
    if (!pronoun && !(subj[0].cap && subj[subj.length - 1].cap && !subj[subj.length - 1].possessive && subj.every((w) => w.cap || /^(?:of|at|from|the)$/.test(w.lower)))) return null;
    const rest = ws.slice(hi + 1);
    if (rest.length > 2 || !rest.every((w) => WEEKDAYS.includes(w.lower) || /^(?:on|later|again|then|today|yesterday|too|also)$/.test(w.lower) || /^[a-z]{4,}ly$/.test(w.lower))) return null;
    const at = subj.findIndex((w) => /^(?:of|at|from)$/.test(w.lower));
    let who = classifySpeaker(body, at > 0 ? subj.slice(0, at) : subj, reg, lastUnnamed);
    if (who?.pronoun) who = resolvePronoun(who.pronoun, subj[0].start, p, null);
    if (!who?.speaker || (who.speakerType !== 'person' && who.speakerType !== 'organisation')) return null;
    return who;
  };

  /**
   * Whether quotation q (opening in sentence si) comes right after a cue the rules read no speaker
   * for: the cue's last word (or a "that" after it) and a comma or a colon at most before the mark.
   * Not after a verb that names or labels ("called", "dubbed": a name or a title follows), not a
   * run of capitalised words (the caller has already left out a title-case text), and a quotation of three words or fewer only when a comma or a colon sets it off or
   * it is a whole utterance (“Really?”, “Open the pier!”), not a scare quote (`saying "of course"`).
   */
  const afterUnreadCue = (q: QuoteSpan, si: number, text: string, nWords: number): boolean => {
    const ws = sw[si].filter((w) => w.end <= q.open);
    const c = findCues(ws).pop();
    if (!c || namingCue(c.lemma)) return false;
    let last = c.hi;
    if (last + 1 === ws.length - 1 && ws[last + 1].lower === 'that') last++;
    if (last !== ws.length - 1) return false;
    const gap = body.slice(ws[last].end, q.open);
    if (!/^[\s,:]*$/.test(gap)) return false;
    if (bySentence[si].some((a) => a.cueStart === ws[c.lo].start)) return false;
    if (nWords >= 2 && /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|a|an|in|for|on|to)\s+)*\p{Lu}[\p{L}'’.-]*)+[.,!?]?$/u.test(text.trim())) return false;
    if (nWords <= 3 && !/[,:]/.test(gap) && !(/^\p{Lu}/u.test(text) && /[.!?]$/.test(text.trim()))) return false;
    return true;
  };

  /** Whether a participle closes the sentence after quotation q, its comma inside the marks (`lose,” referencing`) or after them. */
  const participleTail = (q: QuoteSpan, end: number): boolean =>
    PARTICIPLE_TAIL.test(body.slice(q.close - 1, end).replace(/^,["”’»']+/, ',')) || PARTICIPLE_TAIL.test(body.slice(q.closeEnd, end));

  let pending: QuoteSpan[] = [];
  let qi = 0;
  const lastDirect = new Map<number, { speaker: string | null; speakerType: Quote['speakerType']; role: string | null; close: number; cue: string | null; quote: Quote }>();
  /**
   * Whether the quotation opening at `open` (sentence `si`, which opens paragraph `para`) continues
   * the previous paragraph's last quotation: that paragraph ends on the quotation and one short
   * attribution sentence with its cue and named speaker, and the quotation was no question.
   */
  const continuesPreviousParagraph = (open: number, si: number, para: number): boolean => {
    const pq = lastDirect.get(para - 1);
    if (!pq?.speaker || !pq.cue || si === 0 || sentences[si - 1].paragraph !== para - 1) return false;
    if (open - sentences[si].start > 1 || (si > 0 && sentences[si - 1].paragraph === para)) return false;
    if (/^ask/i.test(pq.cue) || /\?\s*$/.test(pq.quote.text)) return false;
    const tail = body.slice(pq.close, sentences[si - 1].end);
    return tail.length <= 160 && tail.includes(pq.cue) && !/["“”„«»]|''/.test(tail) && !/[.!?]\s+\p{Lu}/u.test(tail.replace(/\b\p{Lu}\.(?:\p{Lu}\.)*/gu, 'X'));
  };
  /**
   * Whether the quotation opening at `open` (opening sentence `si`) goes on from the paragraph's
   * previous quotation, whose speaker the rules left unknown for want of a cue they read: that one
   * ended on a comma, and only the rest of its sentence (one short sentence, no quotation mark) lies
   * between them.
   */
  const followsUnread = (pq: { close: number; quote: Quote }, open: number, si: number): boolean => {
    if (si === 0 || sentences[si - 1].paragraph !== sentences[si].paragraph || open - sentences[si].start > 1) return false;
    if (!/,\s*$/.test(pq.quote.text) || sentenceOf(pq.close - 1) !== si - 1) return false;
    const between = body.slice(pq.close, open);
    return between.length <= 200 && /[.]\s*$/.test(between) && /\p{L}/u.test(between) && !/["“”„«»]|''/.test(between) && !/[.!?]\s+\S/u.test(between.replace(/\b\p{Lu}\.(?:\p{Lu}\.)*/gu, 'X').trimEnd());
  };
  /** Second halves of split quotes -> the half they continue (indexes are set after sorting). */
  const continues = new Map<Quote, Quote>();
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si];
    const ws = sw[si];
    const raw = findAttributions(body, sent, ws, doubles);
    const res: ResolvedAttribution[] = [];
    for (const a of raw) {
      let who: Speaker | null = null;
      let how: SpeakerHow = a.according ? 'according' : 'subject';
      let pronoun: string | null = null;
      if (a.unattributed) {
        who = { ...UNKNOWN };
        how = 'unattributed';
      } else if (a.parent !== null) {
        who = res[a.parent]?.who ?? null;
        how = 'parent';
        pronoun = res[a.parent]?.pronoun ?? null;
      } else if (a.subject) {
        // "Hale's claim that …": the possessive is the name itself.
        const sw0 = wordsIn(ws, a.subject);
        who = classifySpeaker(body, a.possessor ? sw0.map((w) => ({ ...w, possessive: false })) : sw0, reg, lastUnnamed);
        // "..., according to a lawsuit filed in Manhattan": a source by its description.
        if (!who && a.according) who = describedSource(body, wordsIn(ws, a.subject));
        if (who?.pronoun) {
          pronoun = who.pronoun;
          how = 'pronoun';
          who = resolvePronoun(who.pronoun, a.subject.start, si, a.content);
        }
        // "..., many of whom say ...": someone speaks; who, the phrase does not say.
        if (!who && RELATIVE_SUBJECT.test(body.slice(a.subject.start, a.subject.end))) who = { ...UNKNOWN };
        // "The billionaire businessman says ...", "Others say ...", "Vikram Amar, dean of the law
        // school, said ...": a speech verb after a noun phrase the rules cannot name reports words
        // all the same; who said them stays unknown (the speaker model may resolve it).
        // So does a bare plural ("If it does not slow down, forecasters say ...", "health experts say").
        if (!who && SPEECH_CUE_WORDS.has(a.lemma.split(' ')[0]) && (NOUN_PHRASE.test(body.slice(a.subject.start, a.subject.end)) || BARE_PLURAL.test(body.slice(a.subject.start, a.subject.end)))) who = { ...UNKNOWN };
        // Not a name: a party-state tag ("D-Md."), a phrase opening with a preposition, a verb or
        // a pronoun ("of Trump's campaign", "said his campaign", "In a statement to the Observer").
        if (who?.speaker && (NOT_A_SPEAKER.test(who.speaker) || /\s(?:said|says|say|told|tells)\s/i.test(who.speaker))) who = { ...UNKNOWN };
      }
      if (!who) continue;
      const regions = [...a.region];
      if (a.subject && !a.inverted && a.subject.end < a.cueStart) regions.push({ start: a.subject.end, end: a.cueStart });
      let saidOn: string | null = null;
      for (const r of regions) {
        const d = resolveDate(body, r.start, r.end, ctx.published);
        if (d && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
          saidOn = d.value;
          break;
        }
      }
      const r: ResolvedAttribution = { ...a, who, via: null, saidOn, venue: venueOf(body, regions), viaOnly: false, how, pronoun };
      res.push(r);
      // A speech reported inside another's words ("X said he backed it when Y argued ...") is no
      // antecedent for a later pronoun: the main clause's speaker is.
      const embedded = !!a.subject && res.some((b) => b !== r && b.content && b.content.start <= a.subject!.start && a.subject!.end <= b.content.end);
      if (who.entity !== null && who.speakerType !== 'unknown' && a.subject && !embedded) events.push({ pos: a.subject.start, entity: who.entity, sentence: si, speaker: who });
      if (who.entity === null && who.speakerType === 'person' && / and /.test(who.speaker ?? '') && a.subject && !embedded) lastGroup = { pos: a.subject.start, end: a.subject.end, sentence: si, speaker: who };
      if (who.speakerType === 'unnamed' && who.head && who.speaker) lastUnnamed.set(who.head, who.speaker);
    }
    // "X emphasized that ..., and Y warned that ...": coordinated attributions split the content.
    for (const a of res) {
      if (!a.content || a.according) continue;
      for (const b of res) {
        if (b === a || !b.subject || b.inverted || b.cueStart <= a.cueStart) continue;
        if (b.subject.start <= a.content.start || b.subject.start >= a.content.end) continue;
        const lead = body.slice(a.content.start, b.subject.start);
        const m = /(?:,\s*(?:and|but|while|whereas)|;)\s*$/.exec(lead);
        if (!m) continue;
        const c0: Span = a.content;
        let cut: number = c0.start + m.index;
        while (cut > c0.start && /[\s,;]/.test(body[cut - 1])) cut--;
        if (cut > c0.start) a.content = { start: c0.start, end: cut };
      }
    }
    // "according to X": a channel when it wraps another attribution.
    for (const a of res) {
      if (!a.according || !a.content) continue;
      const inner = res.filter((b) => b !== a && !b.according && within(b.cueStart, a.content));
      if (!inner.length) continue;
      // "Bloomberg reports that X, according to the Roper Center": an outlet reporting is the channel,
      // the trailing source is who the claim comes from.
      const rep = inner.length === 1 ? inner[0] : null;
      if (rep?.content && /^report/i.test(rep.cue) && rep.who.speakerType === 'organisation' && a.content.start < a.cueStart && a.who.speaker && a.who.speakerType !== 'unknown' && a.who.speaker !== rep.who.speaker) {
        a.content = rep.content;
        a.via = rep.who.speaker;
        rep.viaOnly = true;
        continue;
      }
      const via = body.slice(a.subject!.start, a.subject!.end).replace(/^the\s+/i, '');
      for (const b of inner) b.via = via;
      if (a.content.start > a.cueStart) continue; // leading: the claim itself stays
      a.viaOnly = true;
    }
    for (const a of res) {
      if (a.content) contents.push(a.content);
      if (a.about) contents.push(a.about);
      // "Sanders complained to CBS News' Charlie Rose that …": who a person spoke to is no rival of
      // that speaker for a later "he said" (one who was asked answers: not after "asked")
      if (a.content && !a.inverted && a.who.speakerType === 'person' && !/^(?:ask|question|press|quiz|interview)/.test(a.lemma) && a.content.start > a.cueEnd && a.content.start - a.cueEnd <= 80)
        contents.push({ start: a.cueEnd, end: a.content.start });
    }
    bySentence[si] = res;
    attrsOut.push(...res);

    // Quotes that close in this sentence (their attribution is known by now).
    while (qi < doubles.length && doubles[qi].open < sent.end) pending.push(doubles[qi++]);
    const now = pending.filter((q) => q.close < sent.end + 1);
    if (now.length) pending = pending.filter((q) => q.close >= sent.end + 1);
    for (const q of now) {
      const q0 = sentenceOf(q.open);
      const text = body.slice(q.start, q.end);
      const nWords = text.split(/\s+/).filter(Boolean).length;
      if (!text.trim()) continue;
      const cands = [...new Set([q0, si])].flatMap((s) => bySentence[s]);
      let best: ResolvedAttribution | null = null;
      for (const a of cands) {
        if (!a.content || a.viaOnly) continue;
        const lo = q.paragraphs > 1 && a.sentence !== q0 ? sentences[a.sentence].start : q.open;
        // A quotation over several paragraphs: the lead-in's content runs to its sentence's end (the
        // content is trimmed of the final stop).
        let hi = q.paragraphs > 1 && a.sentence === q0 && q0 !== si ? sentences[q0].end : q.close;
        if (q.paragraphs > 1 && a.sentence === q0 && q0 !== si) while (hi > a.content.start && /[\s.,;:!?"“”]/.test(body[hi - 1])) hi--;
        if (a.content.start <= lo && a.content.end >= hi) {
          if (!best || a.content.end - a.content.start < best.content!.end - best.content!.start) best = a;
        }
      }
      let kind: Quote['kind'] = 'direct';
      let postCue: string | null = null;
      let who: Speaker | null = best?.who ?? null;
      let how: SpeakerHow = best ? best.how : 'none';
      let from: ResolvedAttribution | null = best;
      let splitOf: Quote | null = null;
      let followed: Quote | null = null;
      if (best) {
        const c = best.content!;
        const outside = body.slice(c.start, q.open).replace(INVISIBLE, '').trim().length + body.slice(q.closeEnd, c.end).trim().replace(/^[.,;:!?]+$/, '').length;
        if (outside > 0 && q.paragraphs === 1) {
          const before = body.slice(Math.max(c.start, q.open - 40), q.open);
          const lead = /(?:\bthat|\bsaying|\bsaid|\bsays|:|,)\s*$/i.test(before);
          kind = lead && nWords >= 5 ? 'direct' : 'partial';
        }
        // `"A," X, a spokesman, said in Santa Monica, Calif. "B"`: the second half of a quotation split
        // by its attribution (the first half ends on a comma, nothing but the attribution between).
        const prev = lastDirect.get(sentences[q0].paragraph);
        // The cue between them is the one that attributed the first half: `"A," Trump said. He added,
        // "B"` is a second attribution, not a split quote.
        if (kind === 'direct' && q.paragraphs === 1 && prev?.quote.kind === 'direct' && best.who.speaker && best.who.speaker === prev.speaker && /,\s*$/.test(prev.quote.text) && prev.close <= best.cueStart && best.cueStart < q.open && q.open - prev.close <= 250 && !/["“”„«»]|''/.test(body.slice(prev.close, q.open)) && meta.get(prev.quote)?.cueStart === best.cueStart) {
          splitOf = prev.quote;
        }
        // `used the alias "Carlos Danger,"`, `on "New Day."`: a title or a name in quotation marks
        // inside reported words is not a quotation.
        // So is one after a verb that names (`a website called “Lake Town If The Mayor Wins”`).
        const naming = namingCue(best.lemma);
        if ((kind === 'partial' || naming) && /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|a|an|with|in|for|on|to)\s+)*\p{Lu}[\p{L}'’.-]*){1,5}[.,!?]?$/u.test(text.trim())) continue;
        if (naming && isTitleCase(text)) continue;
        // `X called Clinton's assertion of a “claim of right” ...`: words quoted as someone's claim
        // are that someone's, not the speaker's who quotes them.
        if (kind === 'partial') {
          const m = POSSESSED_SPEECH.exec(body.slice(Math.max(sentences[q0].start, q.open - 80), q.open));
          const e = m ? (reg.person(m[1]) ?? reg.person(m[1].split(/\s+/).pop()!)) : null;
          if (e && e.kind === 'person') {
            who = personSpeaker(e);
            how = 'subject';
          }
          // `"…," Roe's message read, according to Hale`: words a named one's message, letter or post
          // gives are that one's, whoever reports them.
          const carried = best.according ? CARRIED_BY_POSSESSED.exec(body.slice(q.closeEnd, c.end)) : null;
          if (carried) ({ who, how } = namedOrNobody(carried[1]));
          // `he remembered Roe telling him: "…"`, `heard her say "…"`: someone else named saying the
          // words inside the reported ones: theirs (an object pronoun: no one's).
          const nested = NESTED_SAYER.exec(body.slice(Math.max(c.start, q.open - 80), q.open));
          if (nested) {
            const sayer = namedOrNobody(nested[1]);
            if (!sayer.who.speaker || sayer.who.speaker !== who?.speaker) ({ who, how } = sayer);
          }
          // `Hale accused Roe of calling him "a thief"`, `praised her for saying "…"`: the words are
          // the one accused or praised, not the accuser's: that one when named, else no one.
          const said = SAID_BY_OBJECT.exec(body.slice(Math.max(c.start, q.open - 80), q.open));
          if (said) ({ who, how } = namedOrNobody(said[1]));
        }
      } else {
        // No cue: a whole-sentence quote continues its paragraph's speaker, or a lead-in's.
        const sq = sentences[q0];
        const whole = q.open - sq.start <= 1 && /^[\s.,!?;:]*["”’»']?[\s.,!?;:]*$/.test(body.slice(q.closeEnd, sentences[si].end));
        const prev = lastDirect.get(sq.paragraph);
        const between = prev ? body.slice(prev.close, q.open).replace(/\b\p{Lu}\.(?:\p{Lu}\.)*/gu, 'X') : '';
        // `"A," said X, an economist at Y. "B ..."`: the quote opens the sentence right after the one
        // that closed the previous quote and holds only its (postposed) attribution.
        const nextHalf =
          !!prev && !!prev.cue && q.open - sq.start <= 1 && q0 > 0 && sentences[q0 - 1].paragraph === sq.paragraph && sentenceOf(prev.close - 1) === q0 - 1 &&
          prev.close <= q.open && q.open - prev.close <= 300 && !/["“”„«»]|''/.test(body.slice(prev.close, q.open)) && body.slice(prev.close, q.open).includes(prev.cue) &&
          /[.!?]\s*$/.test(body.slice(prev.close, q.open));
        // `"A," X said in Santa Monica, Calif. "B"`: in one sentence (the stop is an abbreviation's).
        const sameSentence = !!prev && prev.close <= q.open && sentenceOf(Math.max(0, prev.close - 1)) === q0 && /^\s*,?\s*[^!?"“”]{2,250}[,:.]\s*$/.test(between) && between.includes(prev.cue ?? '\u0000');
        // `"Cruz," Beck joked, "Amen"` after `someone shouted, "Cruz,"`: a cue of its own between the
        // two quotes (the first one's cue not among it) starts another speaker's words.
        const ownCue = !!prev?.cue && !between.includes(prev.cue) && findCues(sw[q0].filter((w) => w.start >= prev.close && w.end <= q.open)).length > 0;
        // `"A," Ebeling said, and her husband cut in. "B"`: someone else takes the floor between the
        // two quotations; the second is not the first one's speaker's, and no one the rules can name.
        const floorTaken = !!prev && FLOOR_TAKEN.test(between);
        if (floorTaken) {
          who = { ...UNKNOWN };
          how = 'unattributed';
        } else if (prev?.cue && !ownCue && (/^\s*,?\s*[^.!?"“”]{2,200}[,:]\s*$/.test(between) || nextHalf || sameSentence)) {
          // A split quote: `"...," X said, "..."`.
          who = { speaker: prev.speaker, speakerType: prev.speakerType, role: prev.role, entity: null };
          splitOf = prev.quote;
          how = 'split';
        } else if (!whole && q.paragraphs === 1 && (/:\s*$/.test(body.slice(sq.start, q.open)) || SPEECH_NOUN_COMMA.test(body.slice(sq.start, q.open))) && (/^[\s.,!?;:"”’»']*$/.test(body.slice(q.closeEnd, sentences[si].end)) || participleTail(q, sentences[si].end))) {
          // `... a new campaign message: "It's about me."`: a quotation a colon introduces and that
          // ends the sentence is quoted words. A speech noun before the colon ("message", "warning")
          // with a name opening its clause gives the speaker; otherwise it is unknown.
          how = 'colon';
          who = colonSpeaker(q0, q.open) ?? { ...UNKNOWN };
        } else if (!whole) {
          if (isTitleCase(text)) continue;
          if (nWords >= 8 && /^\p{Lu}/u.test(text) && /[.!?,]$/.test(text.trim())) who = { ...UNKNOWN };
          else if (afterUnreadCue(q, q0, text, nWords)) {
            // `The anchor, who was off-screen, then loudly asked, “Really?”`: a quotation right after
            // a cue whose speaker the rules could not read is quoted words; whose, the speaker model
            // may tell from the context.
            who = { ...UNKNOWN };
            how = 'uncued';
          }
          else if (nWords >= 8) {
            // `Ryan worried that the safety net was becoming “a hammock that lulls able-bodied people
            // to lives of dependency.”`: eight words or more in quotation marks inside a sentence, with
            // no cue the rules read, are quoted words; whose, the rules do not say: the speaker model
            // may tell from the context (a title-case run is a title: no words).
            who = { ...UNKNOWN };
            how = 'uncued';
          } else continue;
        } else {
          const para = sq.paragraph;
          const prevQuote = lastDirect.get(para);
          let colonLead: Speaker | null = null;
          let prevReported: ResolvedAttribution | null = null;
          let after: ReturnType<typeof attributionAfter> = null;
          let bareBefore: Speaker | null = null;
          let vox: Speaker | null = null;
          const tail = attrsOut.slice(-12);
          const prevPara = tail.filter((a) => sentences[a.sentence].paragraph === para - 1);
          const leadIn = prevPara.length && prevPara[prevPara.length - 1].leadIn ? prevPara[prevPara.length - 1] : null;
          const sameParaLead = tail.filter((a) => sentences[a.sentence].paragraph === para && a.sentence < q0).pop();
          if (prevQuote?.speaker && (!sameParaLead || sameParaLead.who.speaker === prevQuote.speaker)) {
            who = { speaker: prevQuote.speaker, speakerType: prevQuote.speakerType, role: prevQuote.role, entity: null };
            how = 'continuation';
          } else if (prevQuote && !prevQuote.speaker && !prevQuote.cue && res.length === 0 && followsUnread(prevQuote, q.open, q0)) {
            // `"A," Lowe is quoted as saying. "B"`: the quotation before, in the same paragraph, ended
            // on a comma and an attribution the rules could not read; this one goes on with its
            // speaker, whoever names it (the speaker model, or nobody).
            who = { ...UNKNOWN };
            how = 'continuation';
            followed = prevQuote.quote;
          } else if (leadIn) {
            who = leadIn.who;
            how = 'leadin';
            from = leadIn;
          } else if (!prevQuote && continuesPreviousParagraph(q.open, q0, para)) {
            // `"A," Carson continued.¶"B ..."`: a paragraph that is only a quotation, after a paragraph
            // that ended on a quotation and its attribution, goes on with that speaker.
            const pq = lastDirect.get(para - 1)!;
            who = { speaker: pq.speaker, speakerType: pq.speakerType, role: pq.role, entity: null };
            how = 'continuation';
          }
          else if (
            // `The administration may wait, Schiff said. "The other factor is ..."`: the sentence
            // before, in the same paragraph, ends on its speaker's attribution; the quote goes on.
            !prevQuote?.speaker && sameParaLead && sameParaLead.sentence === q0 - 1 && sameParaLead.who.speaker && sameParaLead.subject && !sameParaLead.leadIn && sameParaLead.parent === null &&
            res.length === 0 && /^[\s.!?]*$/.test(body.slice(Math.max(sameParaLead.subject.end, sameParaLead.cueEnd, ...sameParaLead.region.map((r) => r.end)), sentences[q0 - 1].end)) &&
            bySentence[q0 - 1].filter((a) => !a.viaOnly).length === 1
          ) {
            who = sameParaLead.who;
            how = 'prevsent';
            from = sameParaLead;
          } else if (
            // `President Clinton released the following statement:`¶`"…"`: a sentence that ends on a
            // colon, with no attribution of its own, introduces the quotation opening the next one.
            !prevQuote && q0 > 0 && q.open - sq.start <= 1 && sentences[q0 - 1].paragraph >= para - 1 && /:\s*$/.test(sentences[q0 - 1].text) &&
            bySentence[q0 - 1].every((a) => !a.content || a.viaOnly) && !bySentence[q0 - 1].some((a) => a.leadIn) && (colonLead = colonSpeaker(q0 - 1, sentences[q0 - 1].end))
          ) {
            who = colonLead;
            how = 'colon';
          } else if (!prevQuote && res.length === 0 && q.open - sq.start <= 1 && (bareBefore = attributionBefore(q0, para))) {
            who = bareBefore;
            how = 'prevsent';
          } else if ((prevReported = reportedBefore(q0, para)) && !prevQuote && res.length === 0 && !nameCueAfter(si)) {
            // `Trump said the plan would fail.`¶`"It's a disaster."`: a quotation with no cue of its own
            // right after a sentence whose one attribution names its speaker (and holds no quotation).
            who = prevReported.who;
            how = 'prevsent';
            from = prevReported;
          } else if (!prevQuote && /(?:[.!?…]|\.\.\.)\s*["”’»']*\s*$/.test(body.slice(q.start, sentences[si].end)) && (after = attributionAfter(si))) {
            who = after.who;
            how = 'subject';
            postCue = after.cue;
          } else if (!prevQuote && res.length === 0 && (vox = voxPopSpeaker(q, para))) {
            who = vox;
            how = 'subject';
          } else if (nWords >= 4) who = { ...UNKNOWN };
          else continue;
        }
      }
      if (!who) continue;
      const quote: Quote = {
        speaker: who.speaker, speakerType: who.speaker ? who.speakerType : 'unknown', role: who.speaker ? who.role : null, text, kind,
        cue: best ? best.cue : postCue, via: best?.via ?? null, venue: best?.venue ?? null, saidOn: best?.saidOn ?? null,
        start: q.start, end: q.end, cite: cite(q0),
      };
      // A partial quote that opens its sentence (`''A'' of the plan, X said.`) has its speaker after it
      // too: a quote after that attribution may continue it.
      const opensSentence = kind === 'partial' && !!best && q.open - sentences[q0].start <= 1 && best.cueStart > q.closeEnd;
      // An unknown speaker's quotation is kept too: its second half (`"A," he said. "B"`) is still one
      // quotation with it, whose speaker the model may decide.
      if (kind === 'direct' || opensSentence) lastDirect.set(sentences[si].paragraph, { speaker: who.speaker, speakerType: who.speakerType, role: who.role, close: q.closeEnd, cue: best?.cue ?? postCue, quote });
      if (splitOf) continues.set(quote, splitOf);
      quotes.push(quote);
      spoke(who);
      meta.set(quote, followed ? { ...metaOf(how, q0, from, who), follows: followed } : metaOf(how, q0, from, who));
    }
    // Reported speech.
    for (const a of res) {
      if (!a.content || a.viaOnly) continue;
      const t = body.slice(a.content.start, a.content.end);
      const core = t.replace(/^[\s"“”„«»'‘’,:]+|[\s"“”„«»'‘’,.:;!?]+$/g, '');
      const q = doubles.slice(Math.max(0, qi - 12), qi).find((x) => x.start <= a.content!.start + 2 && x.end >= a.content!.end - 2);
      if (doubles.slice(Math.max(0, qi - 12), qi).some((x) => x.open <= a.content!.start && a.content!.end <= x.closeEnd && x.paragraphs > 1)) continue;
      if (q && body.slice(q.start, q.end).replace(/^[\s"“”„«»'‘’,:]+|[\s"“”„«»'‘’,.:;!?]+$/g, '') === core) continue; // a direct quote
      if (core.split(/\s+/).length < 2) continue;
      if (notWords(a.cue, t, body.slice(Math.max(0, a.cueStart - 60), a.cueStart))) continue;
      // "went on to explain that …", "continued to insist that …": the infinitive's cue reports the words
      const to = /^\s*to\s+/.exec(t);
      if (to && res.some((b) => b !== a && b.content && b.cueStart === a.content!.start + to[0].length)) continue;
      // Nothing but a quote and a word or two ("as “an intentional act”"): the quote says it all.
      const inner: QuoteSpan[] = [];
      for (const x of doubles.slice(Math.max(0, qi - 12), qi)) if (x.open >= a.content!.start && x.close < a.content!.end) inner.push(x);
      const rest = inner.reduce((acc, x) => acc.replace(body.slice(x.open, x.closeEnd), ' '), t).trim();
      if (inner.length && rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 1) continue;
      const rq: Quote = {
        speaker: a.who.speaker, speakerType: a.who.speaker ? a.who.speakerType : 'unknown', role: a.who.speaker ? a.who.role : null,
        text: t, kind: 'reported', cue: a.cue, via: a.via, venue: a.venue, saidOn: a.saidOn, start: a.content.start, end: a.content.end, cite: cite(si),
      };
      quotes.push(rq);
      meta.set(rq, metaOf(a.how, si, a, a.who));
    }
  }
  // `The governor added:` closing its paragraph, then an unquoted paragraph with no attribution of
  // its own: a block quotation of the lead-in's speaker.
  for (const a of attrsOut) {
    if (!a.leadIn) continue;
    const si = a.sentence;
    const next = si + 1;
    if (next >= sentences.length || sentences[next].paragraph !== sentences[si].paragraph + 1) continue;
    if (/^\s*["“‘'«„]/.test(sentences[next].text)) continue;
    let last = next;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentences[next].paragraph) last++;
    if (bySentence.slice(next, last + 1).some((l) => l.length)) continue;
    const start = sentences[next].start;
    const end = sentences[last].end;
    if (quotes.some((q) => q.start < end && q.end > start && q.kind !== 'partial')) continue;
    const bq: Quote = {
      speaker: a.who.speaker, speakerType: a.who.speaker ? a.who.speakerType : 'unknown', role: a.who.speaker ? a.who.role : null, text: body.slice(start, end), kind: 'direct',
      cue: a.cue, via: a.via, venue: a.venue, saidOn: a.saidOn, start, end, cite: cite(next),
    };
    quotes.push(bq);
    meta.set(bq, metaOf('leadin', next, a, a.who));
  }
  // An embedded post as pages render it: its text, then "— Name (@handle) June 29, 2016" (on the same
  // line or the next): the text is that account's words, verbatim (links and "pic.twitter.com/…" left out).
  for (const m of body.matchAll(EMBED_SIGNATURE)) {
    const sigStart = m.index!;
    const lineStart = Math.max(body.lastIndexOf('\n', sigStart - 1) + 1, body.lastIndexOf('>', sigStart - 1) + 1);
    let start = lineStart;
    let end = sigStart;
    // the signature alone on its line: the post is the line before
    if (!body.slice(lineStart, sigStart).trim()) {
      let e0 = lineStart - 1;
      while (e0 > 0 && /\s/.test(body[e0 - 1])) e0--;
      start = Math.max(body.lastIndexOf('\n', e0 - 1) + 1, body.lastIndexOf('>', e0 - 1) + 1);
      end = e0;
    }
    const text = () => body.slice(start, end);
    while (start < end && /[\s"“]/.test(body[start])) start++;
    for (;;) {
      const t = text();
      const link = /\s*(?:(?:https?:\/\/|pic\.twitter\.com\/)\S+|SIGN UP FOR OUR NEWSLETTER)\s*$/.exec(t);
      if (!link) break;
      end = start + link.index;
    }
    while (end > start && /\s/.test(body[end - 1])) end--;
    if (end - start < 10 || /\n/.test(text()) || quotes.some((q) => q.start < end && q.end > start && q.kind === 'direct')) continue;
    const author = m[1].trim();
    const e = reg.person(author);
    const org = e ? null : (OUTLETS[author.toLowerCase().replace(/^the\s+/, '')] ?? null);
    const speaker = e?.name ?? org ?? (/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(author) ? author : null);
    const si = sentenceOf(start);
    quotes.push({
      speaker, speakerType: speaker ? (org ? 'organisation' : 'person') : 'unknown', role: e?.role ?? null, text: text(), kind: 'direct',
      cue: m[0].trim(), via: null, venue: null, saidOn: null, start, end, cite: cite(si),
    });
  }
  // Transcripts: a paragraph that opens with "PENCE:" is Pence's words. A transcript pasted as one
  // multi-paragraph quotation (each turn's paragraph reopening it: `"PENCE: ...`) is read turn by
  // turn: a turn runs over the following reopened paragraphs up to the next speaker label or a
  // stage direction ("(CROSSTALK.)"), and the one quotation around all the turns is dropped.
  const TURN = /^(?:["“]|'')?([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}):\s+(?=\S)/;
  /** "HOLT:" after "moderated by NBC's Lester Holt": the one full name with that surname the text gave before (a given name the lists know or not). */
  const fullNames = new Map<string, string | null>();
  const fullNameBefore = (surname: string, before: number): string | null => {
    // (once a label: the first turn's answer stands for the transcript's every turn of it)
    if (fullNames.has(surname)) return fullNames.get(surname)!;
    const re = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?)\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'gu');
    const found = new Set([...body.slice(0, before).matchAll(re)].map((m) => m[1]).filter((g) => !NOT_NAME_WORDS.has(g.toLowerCase()) && !ROLE_HEADS.has(g.toLowerCase()) && !ROLE_MODIFIERS.has(g.toLowerCase()) && !SENTENCE_STARTERS.has(g.toLowerCase())));
    const full = found.size === 1 ? `${[...found][0]} ${surname}` : null;
    fullNames.set(surname, full);
    return full;
  };
  const MIXED_TURN = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}):\s+(?=\S)/u;
  const dropped = new Set<Quote>();
  /** Surnames of transcript turn labels given in full ("JAKE TAPPER:") -> the full name. */
  const turnNames = new Map<string, string>();
  const paraFirst: number[] = [];
  for (let si = 0; si < sentences.length; si++) if (si === 0 || sentences[si - 1].paragraph !== sentences[si].paragraph) paraFirst.push(si);
  // One-word turn labels ("BOULDUAN:"): a full label ending on one of them is a name.
  const singleTurns = new Set(paraFirst.map((si) => TURN.exec(sentences[si].text)?.[1]).filter((l): l is string => !!l && !/\s/.test(l)));
  // Mixed-case labels ("Luciana Lopez: …", "Matthews: …") are turns only in a transcript: paragraphs
  // opening with a person's name and a colon, of a few words at least, two pairs of them one right
  // after the other, by two people at least (not list headings, "Sanders: Win in a walk.", nor counts, "Clinton: 547.").
  const mixedTurn = (pi: number): RegExpExecArray | null => {
    const t = sentences[paraFirst[pi]].text;
    const m = MIXED_TURN.exec(t);
    if (!m || TURN.test(t)) return null;
    const rest = body.slice(sentences[paraFirst[pi]].start + m[0].length, sentences[pi + 1 < paraFirst.length ? paraFirst[pi + 1] - 1 : sentences.length - 1].end);
    if ((rest.match(/\p{L}{2,}/gu) ?? []).length < 3) return null;
    const label = m[1];
    const known = reg.person(label);
    const parts = label.split(/\s+/);
    const given = parts.length >= 2 && genderOfFirst(parts[0]) !== null;
    return (known && known.kind === 'person') || given ? m : null;
  };
  const mixed = paraFirst.map((_, pi) => mixedTurn(pi));
  const mixedSpeakers = new Set(mixed.filter((m): m is RegExpExecArray => !!m).map((m) => m[1].split(/\s+/).pop()));
  let adjacent = 0;
  for (let pi = 1; pi < mixed.length; pi++) if (mixed[pi] && mixed[pi - 1] && sentences[paraFirst[pi]].paragraph === sentences[paraFirst[pi - 1]].paragraph + 1) adjacent++;
  const transcript = adjacent >= 2 && mixedSpeakers.size >= 2;
  for (let pi = 0; pi < paraFirst.length; pi++) {
    const si = paraFirst[pi];
    const s0 = sentences[si];
    const m = TURN.exec(s0.text) ?? (transcript ? mixed[pi] : null);
    if (!m || m[1].length < 3) continue;
    const reopened = m[0].length > m[1].length + 1 && /^["“']/.test(s0.text) ;
    const lastOf = (p: number) => (p + 1 < paraFirst.length ? paraFirst[p + 1] - 1 : sentences.length - 1);
    let last = lastOf(pi);
    if (reopened) {
      for (let pj = pi + 1; pj < paraFirst.length; pj++) {
        const t = sentences[paraFirst[pj]].text;
        if (!/^(?:["“]|'')/.test(t) || TURN.test(t) || /^(?:["“]|'')?\s*\(/.test(t)) break;
        if (!doubles.some((q) => q.paragraphs > 1 && q.open < s0.start + 2 && q.close >= sentences[paraFirst[pj]].start)) break;
        last = lastOf(pj);
      }
    }
    const start = s0.start + m[0].length;
    let end = sentences[last].end;
    while (end > start && /["”“\s]/.test(body[end - 1])) end--;
    if (end <= start) continue;
    const label = s0.start + m[0].length - m[1].length - 2;
    const around = quotes.filter((q) => !dropped.has(q) && q.start <= label + 1 && q.end > start);
    if (around.some((q) => !body.slice(q.start, q.end).includes('\n'))) continue;
    for (const q of around) dropped.add(q);
    if (quotes.some((q) => !dropped.has(q) && q.start < end && q.end > start && q.start < start && q.kind !== 'partial')) continue;
    const titled = m[1].toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
    const e = reg.person(titled);
    // A turn label the registry does not hold: a full name with a known given name ("KATE
    // BOULDUAN:") speaks as written; a surname alone ("BOULDUAN:") is the full name an earlier
    // turn label of the transcript gave.
    const parts = titled.split(/\s+/);
    const given = parts.length >= 2 && (genderOfFirst(parts[0]) !== null || singleTurns.has(m[1].split(/\s+/).pop()!));
    const named = e?.name ?? (given ? titled : parts.length === 1 ? (turnNames.get(titled) ?? fullNameBefore(titled, s0.start)) : null);
    if (!e && given) turnNames.set(parts[parts.length - 1], titled);
    quotes.push({
      speaker: named, speakerType: named ? 'person' : 'unknown', role: e?.role ?? null, text: body.slice(start, end), kind: 'direct',
      cue: ':', via: null, venue: null, saidOn: null, start, end, cite: cite(si),
    });
  }
  if (dropped.size) for (let i = quotes.length - 1; i >= 0; i--) if (dropped.has(quotes[i])) quotes.splice(i, 1);
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const indexOf = new Map(quotes.map((q, i) => [q, i]));
  for (const q of quotes) q.continues = continues.has(q) ? (indexOf.get(continues.get(q)!) ?? null) : null;
  return { quotes, attributions: attrsOut, meta };
}
