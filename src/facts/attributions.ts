/**
 * Attributions in a sentence: a cue with its speaker phrase and its content span. Patterns:
 * `X said (that) ...`, `X told reporters ...`, `..., X said.`, `"...," said X.`, `according to X, ...`,
 * `..., according to X.`, participles (`..., adding that ...`) and parentheticals between the speaker
 * and the cue (`JD Vance, during a visit on Wednesday to Agra, India, told reporters, "..."`).
 */
import type { Sentence } from './schema.ts';
import { pastRoleWords, type Word } from './names.ts';
import { findCues, type CueHit } from './cues.ts';
import { US_STATES, COUNTRIES, IRREGULAR_PAST, SPOKEN_PARTICIPLE_CUES, ADDRESSEE_CUES, INVERTIBLE_CUES, CUE_ADDRESSEES, PARTICIPLE_CUES, PAST_CUE_FORMS, SUBJECT_FILLERS, WEEKDAYS, MONTHS, ROLE_HEADS, ROLE_MODIFIERS, DESCRIPTION_OPENERS, PREPOSITIONS, CONTROL_VERBS, SPEECH_VERB_FORMS, SPEECH_CARRIERS, RELATIVE_PLAIN_VERBS, RELATION_HEADS, ORG_HEADS, RECALLING_VERBS, SPEECH_NOUNS, OPENING_ADVERBS } from './lexicon.ts';
import type { QuoteSpan, Span } from './quote-marks.ts';

export interface Attribution {
  sentence: number;
  /** The cue as written ("told reporters", "responded", "according to"). */
  cue: string;
  lemma: string;
  cueStart: number;
  cueEnd: number;
  /** The speaker phrase as written, or null (participle: see parent). */
  subject: Span | null;
  inverted: boolean;
  content: Span | null;
  /** Spans between speaker, cue and content that may hold a date or a place. */
  region: Span[];
  according: boolean;
  /** Index (in the sentence's list) of the attribution a participle continues. */
  parent: number | null;
  /** `X continued:` at the end of a sentence: the next paragraph's quote is X's. */
  leadIn?: boolean;
  /** A speech act whose speaker the text does not give ("Asked about X, ..."): speaker unknown. */
  unattributed?: boolean;
  /** The subject is a name's possessive before a noun of speech ("Hale's claim that …"): the name speaks. */
  possessor?: boolean;
  /** Whom the words were about ("said of Mr. Cruz"): no speaker of the sentences after. */
  about?: Span;
}

const BOUNDARY_WORDS = new Set(['that', 'after', 'as', 'when', 'while', 'because', 'since', 'but', 'and', 'which', 'who', 'where', 'if',
  'though', 'although', 'before', 'until', 'whether', 'so', 'than', 'once', 'despite', 'how', 'what', 'why', 'whom', 'or', 'nor', 'yet',
  'however', 'meanwhile', 'also', 'then']);
const PAREN_START = /^(?:during|at|in|on|including|speaking|who|whose|which|while|after|before|when|asked|according|like|as|a|an|the|his|her|its|their|also|however|meanwhile|for|with|without|citing|in\s|appearing|writing|interviewed|visiting|addressing|responding|referring|reacting|via|through|from|by|too|himself|herself|itself)\b/i;
const FUNCTION_OPENERS = /^(?:when|while|after|before|as|if|because|since|although|though|in|on|at|for|with|by|from|despite|during|once|until|unless|but|and|so|yet|then|now|also|still|here|there|this|that|these|those|it|its|his|her|their|our|my|your|what|who|why|how|where|which|asked|according|under|over|to|of|amid|among|without|upon|like|unlike)$/;
const SUBORDINATORS = new Set(['though', 'although', 'while', 'after', 'before', 'when', 'because', 'since', 'if', 'once', 'as', 'whereas', 'unless', 'upon']);
const TAIL_START = new Set(['on', 'at', 'in', 'during', 'from', 'by', 'after', 'before', 'late', 'early', 'earlier', 'later', 'this', 'last',
  'yesterday', 'today', 'tonight', 'via', 'through', 'over', 'while', 'when', 'privately', 'publicly', 'recently', 'again', 'also',
  'separately', 'repeatedly', 'previously', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'saying']);
// A trailing participial clause (", engaging in what analysts call ...") tells what the speaker did,
// not what was said: an -ing word after a comma, followed by its complement. Prepositional -ing words
// (including, according, regarding ...) stay inside the content.
const STOP_AFTER = new RegExp(`,\\s*(?:${[...SPOKEN_PARTICIPLE_CUES].join('|')})\\b|` + /,\s*(?:according to|adding|saying|noting|calling|in what|speaking|referring|citing|though|although|even though|despite|(?!(?:including|according|regarding|concerning|excluding|following|during|notwithstanding|pending|barring|considering)\b)[a-z]{3,}ing\s+(?:in|on|at|to|for|with|about|into|that|the|a|an|his|her|their|its|it|him|them|what|how|up|out|back|down|off)\b)\b|,\s*(?:and|but)\s+(?:has|have|had|also|then|later)\s+[a-z]+ed\b|,\s*and\s+(?:he|she|they)\s+(?:(?:has|have|had|also|then|later)\s+)?[a-z]+ed\b|,\s*with\s+(?:[A-Z][a-z]+\s+[a-z]+ing\b|(?:the|a|an|his|her|their|its)\s+[a-z'’]+(?:\s+[a-z'’]+)?\s+[a-z]+ing\b)|;\s|\s[—–]\s(?=[a-z]+ (?:said|says|added)\b)/.source);
const CLOSE_Q = /["”’'»]$/;
/** A determiner, up to three words, a noun (checked against SPEECH_CARRIERS), a short tail, then "that". */
const CARRIER_THAT = /^(?:a|an|the|his|her|their|its|our)\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:on|to|in|from|at|with|for|published|posted|released|sent)\s+(?:[\p{L}\d'’.-]+\s+){0,4}?)?that\s+/u;
const OPEN_Q = /^["“‘'«„]/;

/** A word of a date phrase ("Tuesday", "last week", "Monday night", "Nov. 8", "earlier this month"). */
/** The preposition before a carrier of words between a name and its verb ("Jeb Bush in a Medium post said"). */
const CARRIER_PREP = /^(?:in|on|through|via)$/;
const dateish = (l: string) => isDateWord(l) || l.replace(/\.$/, "") in MONTHS || /^\d/.test(l) || /^(?:earlier|later|next|past|ago|night)$/.test(l);
const isDateWord = (l: string) => WEEKDAYS.includes(l) || l in MONTHS || /^(morning|afternoon|evening|night|week|weekend|month|year|today|yesterday|tonight|on|late|early|last|this)$/.test(l);

function inQuote(pos: number, quotes: QuoteSpan[]): boolean {
  for (const q of quotes) if (q.open < pos && pos < q.close) return true;
  return false;
}

/** Trim whitespace and trailing [.,;:—] off a span (closing quote marks stay). */
function trimSpan(body: string, s: number, e: number, trailing = /[\s.,;:—–-]/): Span | null {
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && trailing.test(body[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * A clause with a subject of its own coordinated after an attribution: ", and the Civic League of
 * Ohio has already sued", "and Mayor Tom Reed fired". The subject span (a capitalised name, after
 * "the" perhaps, followed by a finite verb), or null. A verb after it with no subject of its own
 * ("and said") shares the attribution's speaker; one after such a clause is that clause's.
 */
const NEW_CLAUSE = /(?:^|[,;]\s*|\s)(?:and|but|while|whereas)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,6})\s+(?:(?:also|then|later|quickly|already|strongly|sharply|publicly|immediately|\p{Ll}+ly)\s+)?(?:has|have|had|is|was|were|are|will|would|won|lost|took|gave|made|went|came|told|said|got|ran|met|left|sent|spoke|wrote|began|became|held|kept|led|brought|thought|found|saw|knew|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b/gu;

export function newClauseSubject(body: string, from: number, to: number): { subject: Span; at: number; comma: boolean } | null {
  const text = body.slice(from, to);
  let last: { subject: Span; at: number; comma: boolean } | null = null;
  NEW_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEW_CLAUSE.exec(text))) {
    const at = from + m.index + m[0].indexOf(m[1]);
    last = { subject: { start: at, end: at + m[1].length }, at: from + m.index, comma: /^[,;]/.test(m[0]) };
  }
  return last;
}

/** The main clause after an opening subordinate one: `When X pointed out A, Clinton seized upon it, ...`. */
const MAIN_AFTER_SUBORDINATE = /,["”’']?\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+(?:(?:also|then|later|quickly|already|\p{Ll}+ly)\s+)?(?:has|have|had|is|was|were|are|will|would|won|lost|took|gave|made|went|came|told|said|got|ran|met|left|sent|spoke|wrote|began|became|held|kept|led|brought|thought|found|saw|knew|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b/u;

export function mainClauseSubject(body: string, from: number, to: number): { subject: Span; at: number; comma: boolean } | null {
  const m = MAIN_AFTER_SUBORDINATE.exec(body.slice(from, to));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
  return { subject: { start: at, end: at + m[1].length }, at: from + m.index, comma: true };
}

/** Nouns ending in -ly, no manner adverbs ("the Hale family said"). */
const LY_NOUNS = new Set(['family', 'assembly', 'rally', 'ally', 'supply', 'anomaly', 'monopoly', 'butterfly', 'belly', 'bully', 'folly', 'lily', 'holly', 'reply', 'italy', 'only', 'early', 'daily', 'weekly', 'monthly', 'likely', 'elderly']);
/** Openers of a short prepositional phrase between a name and its cue ("Trump at the time said"). */
const PP_OPENERS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'over', 'for', 'with', 'through', 'via']);

/** A finite verb, roughly: a clause has one. */
const FINITE_VERB = /^(?:[a-z]{2,}ed|[a-z]{2,}[^su\W]s|has|had|have|is|was|were|are|will|would|won|lost|took|gave|made|went|came|told|said|got|ran|met|left|sent|spoke|wrote|began|became|held|kept|led|brought|thought|found|saw|knew|did|does|can|could)$/;
/** A role word: lower case ("spokesman"), or an acronym that is one ("CEO", "CFO"). */
const roleWord = (w: Word) => ROLE_HEADS.has(w.lower) && (!w.cap || /^\p{Lu}{2,5}$/u.test(w.text));
/** A verb opening a relative clause: "who spoke with", "that have endorsed", "who know him". */
const RELATIVE_CLAUSE_VERB = { test: (w: string) => RELATIVE_PLAIN_VERBS.has(w) || FINITE_VERB.test(w) || /^(?:[a-z]{2,}ed|[a-z]{2,}[^su\W]s)$/.test(w) };
/** A name or a pronoun and a verb of saying right after such a cue: "recalled Ann Roe saying", "quoted her as saying". */
const RECALLED_SAYING = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|him|her|them)\s+(?:as\s+)?(?:saying|say|said|telling|tell|declaring|declare|asking|ask)\b/u;

/** Speech verb forms: a sentence with one before "and said" has an attribution of its own. */
const CUE_WORDS = new Set(SPEECH_VERB_FORMS.filter((f) => !f.includes(' ')));
/** Every form of a speech verb (phrases too: "pointed out"). */
const SPEECH_VERB_FORM_SET = new Set(SPEECH_VERB_FORMS);
/** The first comma or semicolon from `from` outside a quotation, else `end`: where a question's clause stops. */
function clauseEnd(body: string, from: number, end: number, sq: QuoteSpan[]): number {
  for (let x = from; x < end; x++) {
    if ((body[x] === ',' || body[x] === ';') && !sq.some((q) => q.open < x && x < q.close)) return x;
  }
  return end;
}

/** A personal pronoun that opens a clause, contracted or not ("he", "they’ll", "we're"). */
const CLAUSE_PRONOUN = /^(?:he|she|they|we|i)(?:['’](?:ll|d|re|ve|s|m))?$/;

const BE_FORMS = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/;

export function findAttributions(body: string, sent: Sentence, ws: Word[], quotes: QuoteSpan[]): Attribution[] {
  const out: Attribution[] = [];
  const sq = quotes.filter((q) => q.close >= sent.start && q.open < sent.end);
  // A quoted-only cue needs its quotation close after it ("writing “…”", "writing: “…”").
  const quoteFollows = (c: { hi: number }) => sq.some((q) => q.open >= ws[c.hi].end && q.open - ws[c.hi].end <= 50 && (/^\s*:\s*$/.test(body.slice(ws[c.hi].end, q.open)) || !/[.;:!?]/.test(body.slice(ws[c.hi].end, q.open))));
  // …or, for a form that inverts, its quotation closes just before it ("“…,” offered Smith", "“…,” Smith reacted").
  const quoteBefore = (c: CueHit) => INVERTIBLE_CUES.has(c.lemma) && sq.some((q) => q.closeEnd <= ws[c.lo].start && ws[c.lo].start - q.closeEnd <= 50 && !/[.;:!?"“”]/.test(body.slice(q.closeEnd, ws[c.lo].start)));
  const cues = findCues(ws).filter((c) => !inQuote(ws[c.lo].start, sq) && (!c.needsQuote || quoteFollows(c) || quoteBefore(c)));
  const gap = (a: number, b: number) => body.slice(a, b);
  const consumed = new Set<number>();

  /**
   * Whether the run of capitalised words ending at word e opens the sentence or follows a quotation mark, colon or
   * dash (not a comma: "Sens. Ann Park, Bob Reyes and Carl Diaz" is a longer list).
   */
  const nameRunOpensClause = (e: number): boolean => {
    let s = e;
    while (s > 0 && e - s < 4 && ws[s - 1].cap && !/[,;:"“”—–]/.test(gap(ws[s - 1].end, ws[s].start))) s--;
    if (s === 0 || /[;:"“”—–]/.test(gap(ws[s - 1].end, ws[s].start))) return true;
    // "Republican legislative leaders Phil Berger and …": a plural role opening the clause before the names
    if (!ROLE_HEADS.has(ws[s - 1].lower.replace(/s$/, '')) || !/s$/.test(ws[s - 1].lower)) return false;
    let t = s - 1;
    while (t > 0 && s - t < 4 && !BOUNDARY_WORDS.has(ws[t - 1].lower) && !/[,;:"“”—–()]/.test(gap(ws[t - 1].end, ws[t].start))) t--;
    return t === 0 || /[;:"“”—–]/.test(gap(ws[t - 1].end, ws[t].start));
  };

  /** The name right before the participle at word lo when it follows a dash, "with" or "and" (not a comma), else null. */
  const absoluteSubject = (lo: number): Span | null => {
    let k = lo;
    while (k > 0 && lo - k < 4 && ws[k - 1].cap && !ws[k - 1].possessive && /^\s+$/.test(gap(ws[k - 1].end, ws[k].start))) k--;
    if (k === lo || k === 0) return null;
    const before = gap(ws[k - 1].end, ws[k].start);
    if (!(/\s[-–—]{1,2}\s|[–—]/.test(before) || (/^\s+$/.test(before) && /^(?:with|and)$/.test(ws[k - 1].lower)))) return null;
    return { start: ws[k].start, end: ws[lo - 1].end };
  };

  /** How many words from word k name a US state or a country ("New Hampshire", "Iowa", "France"), 0 if none. */
  const placeAfterComma = (k: number): number => {
    for (const n of [3, 2, 1]) {
      if (k + n > ws.length) continue;
      const name = ws.slice(k, k + n);
      if (!name.every((w) => w.cap) || name.slice(1).some((w, i) => !/^\s+$/.test(gap(name[i].end, w.start)))) continue;
      const key = name.map((w) => w.lower.replace(/[.,]$/, '')).join(' ');
      if (US_STATES.has(key) || COUNTRIES[key]) return n;
    }
    return 0;
  };

  /** Index of the first word of the phrase ending at word j (walks back to a clause boundary). */
  const phraseStart = (j: number): number => {
    let k = j;
    while (k > 0) {
      const between = gap(ws[k - 1].end, ws[k].start);
      // (a plural's possessive mark is no closing quotation: "The officers' union said")
      if (/[,;:—–()"“”«»]/.test(between) || (/['‘’]\s/.test(between) && !(/^['’]\s+$/.test(between) && /s$/.test(ws[k - 1].text) && !ws[k - 1].cap && !sq.some((q) => q.close === ws[k - 1].end))) || /\s-{1,2}\s/.test(between)) break;
      // "…, current and former officials said": two modifiers joined by "and" open the phrase.
      const joined = k >= 2 && /^(?:and|or)$/.test(ws[k - 1].lower) && !ws[k - 2].cap && ROLE_MODIFIERS.has(ws[k - 2].lower) && (k === 2 || /[,;:]\s*$/.test(gap(ws[k - 3].end, ws[k - 2].start)));
      // "“…,” Ann Lee and Bob Hart wrote": two full names joined by "and", the first opening the clause, are one
      // subject (not "Procter and Gamble", nor "… has demonized Wall Street and Mr. Trump has …").
      const names = k >= 3 && k + 1 <= j && ws[k - 1].lower === 'and' && ws[k].cap && ws[k + 1].cap && ws[k - 2].cap && ws[k - 3].cap && !ws[k - 2].possessive && nameRunOpensClause(k - 2) && !/\S/.test(gap(ws[k - 3].end, ws[k - 2].start) + gap(ws[k - 2].end, ws[k - 1].start) + gap(ws[k - 1].end, ws[k].start) + gap(ws[k].end, ws[k + 1].start));
      if (BOUNDARY_WORDS.has(ws[k - 1].lower) && !ws[k - 1].cap && !joined && !names) break;
      if (BOUNDARY_WORDS.has(ws[k - 1].lower) && k - 1 === 0) break;
      if (j - k >= 12) break;
      k--;
    }
    while (k < j && /^(but|and|so|yet|however|still|then|also|meanwhile|now)$/.test(ws[k].lower)) k++;
    return k;
  };

  /**
   * A coordinated clause with its own subject after attribution a: outside a's words, or after a
   * comma (", and the League has sued"; a's words end before it), its subject speaks; inside a's
   * words with no comma ("X said the plan failed and the Senate was wrong, adding"), null: unsure.
   */
  const claimClause = (a: Attribution, nc: { subject: Span; at: number; comma: boolean }): Span | null => {
    if (!a.content || a.content.end <= nc.at || a.content.start > nc.at) return nc.subject;
    if (!nc.comma) return null;
    // A comma inside a closing quotation (`as "care for all," Kent seized`) ends the words after the mark.
    const q = quotes.find((x) => x.open < nc.at && nc.at < x.close);
    a.content = trimSpan(body, a.content.start, q ? q.closeEnd : nc.at, /[\s.,;:—–-]/) ?? a.content;
    return nc.subject;
  };

  /**
   * Whether the words before word k, from the sentence's start, describe someone the name after
   * them names: "Another delegate on the slate, Jim Poolman, said", "One of the authors of the
   * report, Ari Fleischer, said", "A spokesman for Cruz, Rick Tyler, said" (a role word, or "one
   * of", in a phrase with no clause of its own).
   */
  const describes = (k: number, s = 0): boolean => {
    // "And a third, Daniel Traynor, said": a conjunction opening the sentence is no part of it.
    if (s === 0 && k > 2 && /^(?:and|but|yet)$/.test(ws[0].lower)) s = 1;
    if (k - s < 2 || k - s > 10) return false;
    const two = `${ws[s].lower} ${ws[s + 1].lower}`;
    // "Rep. Dan Ode's chief of staff, Joe Kasper": a name's possessive opens the description.
    let o = s;
    while (o < k - 1 && o - s < 4 && ws[o].cap && !ws[o].possessive) o++;
    const namePossessive = ws[o].possessive && o < k - 1 && ws.slice(s, o + 1).every((w) => w.cap);
    if (!DESCRIPTION_OPENERS.has(ws[s].lower) && !DESCRIPTION_OPENERS.has(two) && !ws[s].possessive && !namePossessive) return false;
    for (let i = s + 1; i < k; i++) if (/[,;:"“”()—–]/.test(gap(ws[i - 1].end, ws[i].start)) || BOUNDARY_WORDS.has(ws[i].lower) && ws[i].lower !== 'that') return false;
    // "His wife, Ann Roe": a relation word heads a description as a role does.
    if (ws.slice(s, k).some((w) => roleWord(w) || (!w.cap && RELATION_HEADS.has(w.lower))) || two === 'one of') return true;
    // "The author of the book, Ann Roe": a short description opening with a determiner, with no
    // verb (nor a plural noun, which looks like one) and no cue word of its own.
    return k - s <= 6 && DESCRIPTION_OPENERS.has(ws[s].lower) && ws.slice(s + 1, k).every((w) => !FINITE_VERB.test(w.lower) && !CUE_WORDS.has(w.lower) && !/ing$/.test(w.lower));
  };

  /**
   * After a named source and the comma at `comma` ("According to Tom Hale, the party's treasurer,
   * …"), the comma closing a description of that source: a short phrase opening with a determiner,
   * a role modifier or a role word, holding a role or relation word, with no verb and no clause
   * word, and words after it. Null when there is none ("According to Smith, the report was flawed").
   */
  const apposedDescriptionEnd = (np: Span, comma: number): number | null => {
    const npWords = ws.filter((w) => w.start >= np.start && w.end <= np.end);
    const last = npWords[npWords.length - 1];
    if (!last?.cap || last.possessive) return null;
    const from = ws.findIndex((w) => w.start > comma);
    if (from < 0) return null;
    let k = from;
    while (k + 1 < ws.length && k - from < 10 && !/[,;:"“”()—–]/.test(gap(ws[k].end, ws[k + 1].start))) k++;
    if (k + 1 >= ws.length || !/^\s*,/.test(gap(ws[k].end, ws[k + 1].start))) return null;
    const chunk = ws.slice(from, k + 1);
    const first = chunk[0];
    if (!(DESCRIPTION_OPENERS.has(first.lower) || first.possessive || ROLE_MODIFIERS.has(first.lower) || roleWord(first))) return null;
    if (!chunk.some((w) => roleWord(w) || (!w.cap && RELATION_HEADS.has(w.lower)))) return null;
    if (chunk.some((w, n) => !w.cap && n > 0 && (BOUNDARY_WORDS.has(w.lower) || FINITE_VERB.test(w.lower) || CUE_WORDS.has(w.lower)))) return null;
    return body.indexOf(',', ws[k].end);
  };

  /**
   * Whether a finite speech cue (or, with `participle`, a participle cue; no quoted-only cue) is
   * followed right away by "that" and a clause of at least three words ("argue that Francis is a
   * political pope", "…, insisting that her son was American").
   */
  const thatClauseAfter = (c: CueHit, participle = false): boolean => {
    if (c.participle !== participle || c.needsQuote || !SPEECH_VERB_FORM_SET.has(c.lemma)) return false;
    const t = c.hi + 1;
    if (!(t + 3 < ws.length && !ws[t].cap && /^\s+$/.test(gap(ws[c.hi].end, ws[t].start)) && !/[,;:.!?"“”()—–]/.test(gap(ws[t].end, ws[t + 1].start)))) return false;
    // "say they will not back him": a personal pronoun opening the clause, then its verb.
    return ws[t].lower === 'that' || (CLAUSE_PRONOUN.test(ws[t].lower) && !ws[t + 1].cap && !PREPOSITIONS.has(ws[t + 1].lower) && !BOUNDARY_WORDS.has(ws[t + 1].lower));
  };

  /**
   * "In Miami, Mr. Lopez said, Mr. Hale is seen as a bully": after the cue's comma, a clause that
   * opens on a name (capitalised words, then a lower-case verb) and runs to the sentence's end
   * with no cue and no quotation mark of its own: the words go on past the attribution.
   */
  const capitalClauseAfter = (comma: number): boolean => {
    if (!/^,\s+\p{Lu}/u.test(body.slice(comma, sent.end))) return false;
    const rest = ws.filter((w) => w.start > comma);
    let n = 0;
    while (n < rest.length && n < 4 && (rest[n].cap || /^(?:mr\.|mrs\.|ms\.|dr\.)$/.test(rest[n].lower))) n++;
    if (n === 0 || n >= rest.length || rest.length < 4 || isDateWord(rest[0].lower) || FUNCTION_OPENERS.test(rest[0].lower)) return false;
    if (/^\s*,/.test(gap(rest[n - 1].end, rest[n].start)) || !FINITE_VERB.test(rest[n].lower)) return false;
    return findCues(rest).length === 0 && !sq.some((q) => q.open > comma && q.open < sent.end && q.open - comma < 3);
  };

  /** Skip fillers (has, also, on Wednesday) back from word j; returns the new j. */
  const skipFillers = (j: number, cueStart: number): number => {
    let end = cueStart;
    while (j >= 0) {
      const w = ws[j];
      // "Rep. Jason Chaffetz (R-Utah) said": skip the parenthesis.
      if (/^[.\s]*\)\s*$/.test(gap(w.end, end))) {
        const open = body.lastIndexOf('(', w.start);
        if (open >= sent.start && w.start - open < 40) {
          let k = j;
          while (k >= 0 && ws[k].start > open) k--;
          if (k >= 0 && !/[,;:"“”]/.test(gap(ws[k].end, open))) {
            end = open;
            j = k;
            continue;
          }
        }
      }
      if (/[,;:"“”]/.test(gap(w.end, end))) break;
      // "Trump jokingly said": a manner adverb between the subject and the cue.
      if ((SUBJECT_FILLERS.has(w.lower) || /^[a-z]{3,}(?:ingly|edly|ously|ively|fully|ically|ently|antly|ately|ishly)$/.test(w.lower) || (/^[a-z]{4,}ly$/.test(w.lower) && !LY_NOUNS.has(w.lower) && j > 0 && !BOUNDARY_WORDS.has(ws[j - 1].lower))) && !w.cap) {
        end = w.start;
        j--;
        continue;
      }
      // "Cook declined to say", "Hale refused to say": a verb of will before the infinitive cue.
      if (w.lower === 'to' && j > 0 && CONTROL_VERBS.has(ws[j - 1].lower) && !/[,;:"“”]/.test(gap(ws[j - 1].end, w.start))) {
        end = ws[j - 1].start;
        j -= 2;
        continue;
      }
      // "Hale went on to explain": so before a phrasal one
      if (w.lower === 'to' && j > 1 && CONTROL_VERBS.has(`${ws[j - 2].lower} ${ws[j - 1].lower}`) && !/[,;:"“”]/.test(gap(ws[j - 2].end, w.start))) {
        end = ws[j - 2].start;
        j -= 3;
        continue;
      }
      // "Trump at the time said", "Hale in a statement said": a short prepositional phrase of
      // lower-case words after a name.
      if (!w.cap && j >= 2) {
        let k = j;
        while (k > 0 && j - k < 4 && !ws[k].cap && !PP_OPENERS.has(ws[k].lower) && !/[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start))) k--;
        // The name must open its clause ("Polls show whites could be a boon to Trump in some key
        // states": "Trump" is an object, "states" no cue).
        let b = Math.max(0, k - 1);
        while (b > 0 && ws[b - 1].cap && !/[,;:"“”()—–]/.test(gap(ws[b - 1].end, ws[b].start))) b--;
        const opens = b === 0 || /[,;:"“”()—–]/.test(gap(ws[b - 1].end, ws[b].start)) || (BOUNDARY_WORDS.has(ws[b - 1].lower) && !PREPOSITIONS.has(ws[b - 1].lower));
        if (opens && k > 0 && k < j && PP_OPENERS.has(ws[k].lower) && ws[k - 1].cap && !ws[k - 1].possessive && !/[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start)) && ws.slice(k + 1, j + 1).every((x) => !x.cap && !BOUNDARY_WORDS.has(x.lower))) {
          end = ws[k].start;
          j = k - 1;
          continue;
        }
      }
      if (isDateWord(w.lower) && j > 0 && (WEEKDAYS.includes(w.lower) || /^(morning|afternoon|evening|night|week|weekend|month|year)$/.test(w.lower))) {
        // "on Wednesday", "last week", "Tuesday night"
        let k = j - 1;
        while (k >= 0 && isDateWord(ws[k].lower) && j - k < 4) k--;
        end = ws[k + 1].start;
        j = k;
        continue;
      }
      break;
    }
    return j;
  };

  /** Whether a thing that carries words ends the words before word lo, past date words ("a statement Wednesday"). */
  const carrierBefore = (lo: number): boolean => {
    let k = lo - 1;
    while (k > 0 && isDateWord(ws[k].lower) && lo - k <= 3) k--;
    return k > 0 && SPEECH_CARRIERS.has(ws[k].lower) && !ws[k].cap && !/[,;:"“”()—–]/.test(gap(ws[k].end, ws[lo].start));
  };

  /**
   * A description opening a clause, up to its verb: "A spokeswoman for the firm also declined to
   * comment, saying", "The Sanders campaign responded Friday, saying", "Some senators vented about
   * it and said". A determiner opens it; it runs over at most eight words with no punctuation, to
   * the first word that reads as the clause's verb (a past or finite form, an auxiliary, an adverb
   * or a filler; a plural noun right before another verb form is no verb: "Some senators vented").
   * It speaks as described: the rules name nobody from it.
   */
  const descriptionRun = (i: number, lo: number): Span | null => {
    if (i + 1 >= lo || !DESCRIPTION_OPENERS.has(ws[i].lower)) return null;
    for (let k = i + 1; k < lo && k - i <= 8; k++) {
      if (/[,;:"“”()—–]/.test(gap(ws[k - 1].end, ws[k].start))) return null;
      const w = ws[k];
      if (w.cap || w.possessive) continue;
      if (BOUNDARY_WORDS.has(w.lower) && !SUBJECT_FILLERS.has(w.lower)) return null;
      const filler = SUBJECT_FILLERS.has(w.lower) || (/^[a-z]{4,}ly$/.test(w.lower) && !LY_NOUNS.has(w.lower));
      const verb = FINITE_VERB.test(w.lower) && !(/[^s]s$/.test(w.lower) && k + 1 < lo && !ws[k + 1].cap && (FINITE_VERB.test(ws[k + 1].lower) || SUBJECT_FILLERS.has(ws[k + 1].lower)));
      if (!filler && !verb) continue;
      return k > i + 1 ? { start: ws[i].start, end: ws[k - 1].end } : null;
    }
    return null;
  };

  /**
   * The speaker of a participle cue with no attribution before it: "Dean, a doctor, then appeared on
   * TV and began by saying ...", "He ended, saying ..." (the name or pronoun opening the sentence),
   * or "After saying ..., she was ..." (the name or pronoun after the opening clause).
   */
  /**
   * "Spain's opposition leader, Ana Ruiz, voiced support …", "The other candidate on the stage,
   * former Governor Ann Lowe, drew …": a description opening the clause at word i (a role word or
   * "one of", no clause of its own), then a name in apposition between commas, then a lower-case
   * verb before word lo: the name, which is the clause's subject.
   */
  const appositionName = (i: number, lo: number): Span | null => {
    let c1 = i + 1;
    while (c1 < lo && c1 - i <= 10 && !/[,;:"“”()—–]/.test(gap(ws[c1 - 1].end, ws[c1].start))) c1++;
    if (c1 >= lo || c1 - i < 2 || !/^\s*,\s*$/.test(gap(ws[c1 - 1].end, ws[c1].start))) return null;
    const head = ws.slice(i, c1);
    const two = `${head[0].lower} ${head[1].lower}`;
    if (!DESCRIPTION_OPENERS.has(head[0].lower) && !DESCRIPTION_OPENERS.has(two) && !head[0].possessive) return null;
    if (head.some((w, n) => n > 0 && BOUNDARY_WORDS.has(w.lower)) || !(head.some((w) => roleWord(w)) || two === 'one of')) return null;
    let c2 = c1 + 1;
    while (c2 < lo && c2 - c1 <= 7 && !/[,;:"“”()—–]/.test(gap(ws[c2 - 1].end, ws[c2].start))) c2++;
    if (c2 >= lo || !/^\s*,\s*$/.test(gap(ws[c2 - 1].end, ws[c2].start)) || ws[c2].cap || PREPOSITIONS.has(ws[c2].lower) || BOUNDARY_WORDS.has(ws[c2].lower) || /^(?:the|a|an|his|her|its|their|our|my|this|these|those|some|many|\d.*)$/.test(ws[c2].lower)) return null;
    // The name closes the apposition: two to four capitalised words, roles before it ("former Governor").
    let n = c2 - 1;
    while (n > c1 && c2 - n < 4 && ws[n - 1].cap && !ws[n - 1].possessive) n--;
    if (c2 - n < 2 || ws[c2 - 1].possessive || !ws.slice(c1, n).every((w) => w.cap || ROLE_MODIFIERS.has(w.lower) || ROLE_HEADS.has(w.lower) || w.lower === 'of')) return null;
    return { start: ws[n].start, end: ws[c2 - 1].end };
  };

  /**
   * `…, the race will be tight, said Dan Ode, director of Lake Writers.`: after the cue (word hi), a
   * name (two to four capitalised words, or an honorific and a surname) that ends the sentence or
   * is followed by an apposition with no verb of its own: the cue is inverted, whatever commas
   * the words before it hold.
   */
  const invertedName = (hi: number): boolean => {
    let n = hi + 1;
    while (n < ws.length && n - hi <= 4 && ws[n].cap && !ws[n].possessive && (n === hi + 1 || /^\s+$/.test(gap(ws[n - 1].end, ws[n].start)))) n++;
    const len = n - hi - 1;
    if (len < 2 || !INVERTIBLE_CUES.has(findCues(ws.slice(0, hi + 1)).pop()?.lemma ?? '')) return false;
    // The words before the cue are a clause (a verb of their own), not a name and its role.
    if (!ws.some((w) => w.end <= ws[hi].start && !w.cap && (FINITE_VERB.test(w.lower) || /^(?:should|may|might|must|shall)$/.test(w.lower)))) return false;
    if (n >= ws.length) return /^[\s.!?"”’']*$/.test(body.slice(ws[n - 1].end, sent.end));
    if (!/^\s*,\s*$/.test(gap(ws[n - 1].end, ws[n].start))) return false;
    const rest = ws.slice(n);
    return rest.length <= 16 && !rest.some((w) => /^(?:who|which|that|whose)$/.test(w.lower) || (!w.cap && FINITE_VERB.test(w.lower) && !/ed$/.test(w.lower))) && /^[^,;:]*$/.test(body.slice(ws[n].start, sent.end).replace(/,\s*(?:and|or)?\s*(?:the\s+)?\p{Lu}/gu, ' X'));
  };

  /**
   * "Humphrey, who calls Trump a “sociopath,” said": a quotation closing a relative clause after the
   * name that opens the sentence, right before the cue, is the clause's, not the cue's words.
   */
  const relativeQuoteAside = (lo: number): boolean => {
    if (lo < 4 || !ws[0].cap || sq.some((q) => q.open - sent.start <= 1)) return false;
    let e = 0;
    while (e + 1 < lo && ws[e + 1].cap && /^\s+$/.test(gap(ws[e].end, ws[e + 1].start))) e++;
    return e < 4 && /^,\s*$/.test(gap(ws[e].end, ws[e + 1].start)) && /^(?:who|whom|whose)$/.test(ws[e + 1].lower) && !/[.;:!?]/.test(body.slice(ws[e + 1].start, ws[lo].start).replace(/[.!?](?=["”’']?,)/g, ''));
  };

  const orphanSubject = (lo: number, prevGap: string, coordinated = false): Span | null => {
    const nameRun = (i: number): Span | null => {
      if (i >= ws.length) return null;
      if (/^(?:he|she)$/.test(ws[i].lower)) return { start: ws[i].start, end: ws[i].end };
      let k = i;
      while (k < ws.length && k < lo && (ws[k].cap || /^(?:mr\.|mrs\.|ms\.|dr\.|de|van|von)$/.test(ws[k].lower)) && !/[,;:"“”()]/.test(k > i ? gap(ws[k - 1].end, ws[k].start) : '')) k++;
      // "Republican presidential candidate Donald Trump quickly took to Twitter, writing": lower-case
      // role words inside a capitalised description before the name.
      if (k > i) k = pastRoleWords(body, ws, k, lo);
      if (k === i || !ws[k - 1].cap || /^(?:the|a|an|this|that|it|they|we|i)$/.test(ws[i].lower)) return null;
      // "Weighing in, ...": an opening participle is no name.
      if (k === i + 1 && /^\p{Lu}\p{Ll}+ing$/u.test(ws[i].text)) return null;
      // One capitalised word opening the sentence is a name when a verb follows ("Trump returned",
      // "Sanders says", "Trump on Tuesday struck"), not in "Band member Flea shared".
      if (k === i + 1 && i === 0 && k < ws.length && !/,/.test(gap(ws[i].end, ws[k].start))) {
        let v = k;
        while (v < lo - 1 && v - k < 3 && isDateWord(ws[v].lower)) v++;
        if (!IRREGULAR_PAST.has(ws[v].lower) && !/^(?:\p{Ll}+(?:ed|s)|has|have|is|will|would|also|then|later|does|can|could|should|may|might|must|never|(?:did|does|was|is|were|would|could|wo|ca)n['’]t)$/u.test(ws[v].lower)) return null;
      }
      return { start: ws[i].start, end: ws[k - 1].end };
    };
    if (lo === 1 && /^(?:after|before|while|since|upon|in)$/.test(ws[0].lower)) {
      // The subject after the opening clause's first comma outside a quotation.
      for (let i = ws[lo].end; i < sent.end; i++) {
        if (body[i] !== ',') continue;
        const inq = sq.find((q) => q.open < i && i < q.close);
        if (inq && inq.close > i + 1) continue;
        const after = inq ? inq.closeEnd : i + 1;
        const wi = ws.findIndex((w) => w.start >= after);
        return wi > lo ? nameRun(wi) : null;
      }
      return null;
    }
    if (lo < 2 || !(coordinated || /,|\s[-–—]{1,2}\s|[–—]/.test(prevGap) || /^(?:by|despite|after|before|while|since|without|upon)$/.test(ws[lo - 1].lower))) return null;
    // "This year, he rose to the defense of Blatter, saying ...": after a short opening adverbial
    // ("This year,", "On Monday,", "Earlier,"), the subject opens the main clause.
    let i0s = 0;
    let k0 = 0;
    while (k0 + 1 < lo && k0 < 11 && !/,/.test(gap(ws[k0].end, ws[k0 + 1].start))) k0++;
    const commaAfterOpener = k0 + 1 < lo && /,/.test(gap(ws[k0].end, ws[k0 + 1].start));
    const timeOpener = commaAfterOpener && k0 < 3 && ws.slice(0, k0 + 1).every((w) => isDateWord(w.lower) || /^(?:\d+|back|later|earlier|ago|hours|days|weeks|months|years|minutes|moments|soon|afterward|afterwards|then|now|meanwhile|instead|however|still|also|in|at|on|the|a|an|that|this|last|next)$/.test(w.lower)) && ws.slice(0, k0 + 1).some((w) => !/^(?:in|at|on|the|a|an|that|this)$/.test(w.lower));
    // "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling": an opening
    // participle's phrase reads like a prepositional one.
    const ingOpener = commaAfterOpener && /^\p{Lu}\p{Ll}{2,}ing$/u.test(ws[0].text) && !/^(?:during|according|including|following|regarding|concerning)$/.test(ws[0].lower);
    // "Then he cut into Bush, calling": an opening adverb with no comma before a pronoun or a name.
    // "And then Hale went on the attack, saying": a conjunction before the adverb.
    const cj = lo > 3 && /^(?:and|but|yet)$/.test(ws[0].lower) && !/,/.test(gap(ws[0].end, ws[1].start)) ? 1 : 0;
    if (!/,/.test(gap(ws[cj].end, ws[cj + 1].start)) && lo > 2 + cj && /^(?:then|later|now|again|still|meanwhile|earlier|afterwards|afterward)$/.test(ws[cj].lower) && (ws[cj + 1].cap || /^(?:he|she)$/.test(ws[cj + 1].lower))) i0s = cj + 1;
    // "But the other candidate, Ann Lowe, drew a contrast, saying": a conjunction opening the sentence.
    else if (lo > 2 && /^(?:but|and|yet)$/.test(ws[0].lower) && !/,/.test(gap(ws[0].end, ws[1].start)) && appositionName(1, lo)) i0s = 1;
    else if (FUNCTION_OPENERS.test(ws[0].lower) || timeOpener || ingOpener) {
      // "For months, Obama has been …, arguing": an opening prepositional phrase (a name in it only
      // as a preposition's object: "At the rally in Ohio,") before the subject.
      // So is "Here in Salem," ("here" or "there" before a preposition).
      // So is "While celebrating …," ("while", "when", "since", "upon", "without" before a participle).
      const prepOpener = ingOpener || /^(?:for|during|with|amid|despite|throughout|over|under|following|at|in|on|before|after)$/.test(ws[0].lower) || (/^(?:here|there)$/.test(ws[0].lower) && lo > 2 && PREPOSITIONS.has(ws[1].lower)) || (/^(?:while|when|since|upon|without)$/.test(ws[0].lower) && lo > 2 && /^\p{Ll}{2,}ing$/u.test(ws[1].text));
      if (!timeOpener && !prepOpener && !/^(?:this|last|earlier|later|then|now|still|also|meanwhile|here|there)$/.test(ws[0].lower)) return null;
      if (!commaAfterOpener || (!prepOpener && k0 > 3)) return null;
      // (a capitalised word inside a preposition's object: "in five Republican primaries")
      const objectOf = (i: number) => {
        let b = i - 1;
        while (b > 0 && ws[b].cap) b--;
        for (let k = 0; k < 3 && b > 0 && !PREPOSITIONS.has(ws[b].lower) && !ws[b].cap && /^(?:[a-z]+|\d+)$/.test(ws[b].lower) && !/,/.test(gap(ws[b].end, ws[b + 1].start)); k++) b--;
        return PREPOSITIONS.has(ws[b].lower);
      };
      if (ws.slice(1, k0 + 1).some((w, i) => w.cap && !isDateWord(w.lower) && !(prepOpener && objectOf(i + 1)))) return null;
      i0s = k0 + 1;
      // "At a town hall in Salem, New Hampshire, Trump …": the place's apposition is no subject.
      if (prepOpener && ws[k0].cap && !isDateWord(ws[k0].lower)) {
        let e = i0s;
        while (e < lo && ws[e].cap && (e === i0s || !/,/.test(gap(ws[e - 1].end, ws[e].start)))) e++;
        if (e > i0s && e < lo && /,/.test(gap(ws[e - 1].end, ws[e].start))) i0s = e;
      }
      // "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …": a time or place phrase after it too.
      for (let guard = 0; prepOpener && guard < 2; guard++) {
        let e = i0s;
        while (e < lo && e - i0s < 5 && (e === i0s || !/,/.test(gap(ws[e - 1].end, ws[e].start)))) e++;
        const seg = ws.slice(i0s, e);
        if (!(e > i0s && e < lo && /,/.test(gap(ws[e - 1].end, ws[e].start)) && (PREPOSITIONS.has(seg[0].lower) || isDateWord(seg[0].lower)) && seg.every((w) => !w.cap || isDateWord(w.lower) || PREPOSITIONS.has(ws[ws.indexOf(w) - 1]?.lower ?? '')))) break;
        i0s = e;
      }
    }
    // "Likewise, Trump went after …": an opening adverb and its comma.
    // So does an adverb or a preposition of place or time ("Outside, dock workers marched …"): no name.
    if (i0s === 0 && lo > 2 && (SUBJECT_FILLERS.has(ws[0].lower) || OPENING_ADVERBS.has(ws[0].lower) || PREPOSITIONS.has(ws[0].lower) || /^\p{Lu}\p{Ll}{2,}ly$/u.test(ws[0].text)) && /,/.test(gap(ws[0].end, ws[1].start))) i0s = 1;
    const ap = appositionName(i0s, lo);
    const subj = ap ?? nameRun(i0s) ?? descriptionRun(i0s, lo);
    if (!subj) return null;
    // "Congress has three ways: by filing ..., by asking ...": a list after a colon is no speech.
    if (/[:;]/.test(body.slice(subj.end, ws[lo].start))) return null;
    // Another name that could be a subject before the participle ("Jones arrived, Smith left,
    // saying ..."): no speaker we can be sure of. Objects of prepositions, dates and outlets are no rivals.
    let i0 = ws.findIndex((w) => w.start >= subj.end);
    // "Sen. Bernie Sanders (I-Vt.) defended …": the party-state tag after the name.
    if (i0 > 0 && /\(\s*$/.test(gap(ws[i0 - 1].end, ws[i0].start))) {
      const close = body.indexOf(')', ws[i0].start);
      if (close > 0 && close - ws[i0].start < 20) while (i0 < lo && ws[i0].start < close) i0++;
    }
    if (!ap && i0 > 0 && /,/.test(gap(ws[i0 - 1].end, ws[i0].start))) {
      // Skip the apposition right after the name ("Dean, a medical doctor, ...").
      let k = i0;
      while (k < lo && !/,/.test(gap(ws[k].end, ws[k + 1]?.start ?? ws[k].end))) k++;
      i0 = k + 1;
    }
    for (let k = Math.max(1, i0); k < lo; k++) {
      const w = ws[k];
      if (!w.cap || isDateWord(w.lower)) continue;
      if (/^(?:on|at|in|to|from|of|for|with|by|about|into|over|under|via|through|near|across)$/.test(ws[k - 1].lower) || (ws[k - 1].cap && k - 1 >= i0)) continue;
      // "Emanuel fired his police chief, Garry F. McCarthy, acknowledging": a name set off by commas
      // after a role or relation noun is that noun's apposition, no subject.
      if (!ws[k - 1].cap && (ROLE_HEADS.has(ws[k - 1].lower) || RELATION_HEADS.has(ws[k - 1].lower)) && /^\s*,\s*$/.test(gap(ws[k - 1].end, w.start))) {
        let e = k;
        while (e + 1 < lo && ws[e + 1].cap && !/[,;:"“”()]/.test(gap(ws[e].end, ws[e + 1].start))) e++;
        if (e + 1 <= lo && /^\s*,\s*$/.test(gap(ws[e].end, ws[e + 1]?.start ?? ws[e].end)) && !/^(?:who|whom|whose|which)$/.test(ws[e + 1]?.lower ?? '')) {
          k = e;
          continue;
        }
      }
      // "Clinton attacked Trump, saying": a name right after a verb is its object, no rival subject.
      if (!ws[k - 1].cap && !/[,;:—–"“”()]/.test(gap(ws[k - 1].end, w.start)) && !/^(?:and|but|or|while|as|when|after|before|because|since|if|who|that|which)$/.test(ws[k - 1].lower)) continue;
      // "Romney went after Trump on Wednesday, calling": after "after", "before" or "like" with no
      // verb following, the name is a preposition's object, not a clause's subject.
      if (/^(?:after|before|like)$/.test(ws[k - 1].lower) && !/[,;:—–"“”()]/.test(gap(ws[k - 1].end, w.start))) {
        let e = k;
        while (e + 1 < lo && ws[e + 1].cap && !/[,;:"“”()]/.test(gap(ws[e].end, ws[e + 1].start))) e++;
        const next = e + 1 < lo ? ws[e + 1] : null;
        if (ws[e].possessive || !next || (!next.cap && !FINITE_VERB.test(next.lower) && !SUBJECT_FILLERS.has(next.lower) && !/^[a-z]{4,}ly$/.test(next.lower))) {
          k = e;
          continue;
        }
      }
      return null;
    }
    return subj;
  };

  // "Asked by Ann Lowe whether …, Smith said", "when asked by host Tom Hale about …": the question
  // is put by the one named after "by"; its content runs to the clause's comma.
  for (let i = 0; i + 3 < ws.length; i++) {
    if (ws[i].lower !== 'asked' || ws[i + 1].lower !== 'by' || inQuote(ws[i].start, sq)) continue;
    if (i > 0 && !/^(?:when|after|once|while|before|if|as|upon|being)$/.test(ws[i - 1].lower)) continue;
    let k = i + 2;
    while (k < ws.length && k - i <= 8 && !/^(?:about|on|to|if|whether|what|why|how|who|when|where|which)$/.test(ws[k].lower) && !/[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start))) k++;
    // "on Thursday about …": a day between the asker and the question stays out of the asker.
    let e = k - 1;
    while (e > i + 2 && (isDateWord(ws[e].lower) || ws[e].lower === 'on')) e--;
    if (k >= ws.length || k - i > 8 || /[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start)) || e < i + 2) continue;
    const about = ws[k].lower === 'about' || ws[k].lower === 'on';
    if (about && k + 1 >= ws.length) continue;
    const from = about ? ws[k + 1].start : ws[k].start;
    const content = trimSpan(body, from, clauseEnd(body, from, sent.end, sq));
    if (!content) continue;
    out.push({ sentence: sent.index, cue: body.slice(ws[i].start, ws[i + 1].end), lemma: 'asked', cueStart: ws[i].start, cueEnd: ws[i + 1].end, subject: { start: ws[i + 2].start, end: ws[e].end }, inverted: false, content, region: [], according: false, parent: null });
    consumed.add(i);
  }

  // "Asked about X, Smith said ...": a question put by someone the text does not name (the speaker
  // stays unknown); its content runs to the clause's comma.
  if (ws.length > 3 && ws[0].text === 'Asked' && /^(?:about|to|whether|if|what|why|how|when|who|for|on|by)$/.test(ws[1].lower) && !consumed.has(0)) {
    const about = ws[1].lower === 'about' || ws[1].lower === 'on';
    const from = about ? ws[2].start : ws[1].start;
    for (let i = from; i < sent.end; i++) {
      if (body[i] !== ',') continue;
      if (sq.some((q) => q.open < i && i < q.close)) continue;
      const content = trimSpan(body, from, i);
      const cueEnd = about ? ws[1].end : ws[0].end;
      if (content) out.push({ sentence: sent.index, cue: body.slice(ws[0].start, cueEnd), lemma: 'asked', cueStart: ws[0].start, cueEnd, subject: null, inverted: false, content, region: [], according: false, parent: null, unattributed: true });
      break;
    }
  }

  // "Christie said when asked whether he would ...": the question, put by someone the text does not
  // name, is reported with the speaker unknown; its content runs to the clause's comma.
  for (let i = 1; i + 1 < ws.length; i++) {
    if (ws[i].lower !== 'asked' || ws[i].cap || !/^(?:when|after|once|while|before|if|as|upon|being)$/.test(ws[i - 1].lower)) continue;
    if (!/^(?:about|on|if|whether|what|why|how|who|when|where|which)$/.test(ws[i + 1].lower) || inQuote(ws[i].start, sq)) continue;
    const about = ws[i + 1].lower === 'about' || ws[i + 1].lower === 'on';
    if (about && i + 2 >= ws.length) continue;
    const from = about ? ws[i + 2].start : ws[i + 1].start;
    const content = trimSpan(body, from, clauseEnd(body, from, sent.end, sq));
    const cueEnd = about ? ws[i + 1].end : ws[i].end;
    if (!content) continue;
    out.push({ sentence: sent.index, cue: body.slice(ws[i].start, cueEnd), lemma: 'asked', cueStart: ws[i].start, cueEnd, subject: null, inverted: false, content, region: [], according: false, parent: null, unattributed: true });
    consumed.add(i);
  }

  for (const c of cues) {
    if (consumed.has(c.lo)) continue;
    const cueStart = ws[c.lo].start;
    let cueEnd = ws[c.hi].end;
    const region: Span[] = [];
    if (c.lemma === 'according to') {
      // NP after "according to".
      let k = c.hi + 1;
      let npEnd = -1;
      while (k < ws.length) {
        if ((/[,;:.!?"“”()—–]/.test(gap(ws[k - 1].end, ws[k].start)) || /\s--?\s/.test(gap(ws[k - 1].end, ws[k].start))) && k > c.hi + 1) break;
        if (/^(that|who|which)$/.test(ws[k].lower)) break;
        npEnd = k;
        k++;
      }
      if (npEnd < 0) continue;
      const np = trimSpan(body, ws[c.hi + 1].start, ws[npEnd].end + (ws[npEnd].possessive ? 2 : 0))!;
      const before = body.slice(sent.start, cueStart);
      // "According to X, …" opening the sentence, also inside a parenthesis or after a clause and its
      // colon ("And it hasn't gone unnoticed: According to recent polls, …").
      const leading = /^\s*[(“"]?\s*(?:(?:but|and|yet|still|so)\s+)?$/i.test(before) || /:\s*$/.test(before);
      let content: Span | null;
      if (leading) {
        // "According to HuffPo: “…”": a colon right after the source opens the claim as a comma does.
        const colon = /^\s*:/.exec(body.slice(np.end, np.end + 3));
        let afterNp = colon ? np.end + colon[0].length - 1 : body.indexOf(',', np.end);
        // "According to Dr Jane Smith, an economist at the LSE, the squeeze …": a description of the
        // named source between commas is the source's, not the claim's.
        if (!colon && afterNp >= 0 && afterNp < sent.end) afterNp = apposedDescriptionEnd(np, afterNp) ?? afterNp;
        content = afterNp >= 0 && afterNp < sent.end ? trimSpan(body, afterNp + 1, sent.end, /^\s*\(/.test(before) ? /[\s.!?)]/ : undefined) : null;
      } else {
        content = trimSpan(body, sent.start, cueStart);
        // "At the heart of the trouble, according to Dennis Ross, was a decision …": set off by
        // commas inside the clause, the source splits the words; they are both sides, as a
        // quotation split by its attribution is one.
        const after = /^,\s*(?!(?:who|whom|whose|which|that|and|but|or|as|when|while|where|because|although|though|since|if|after|before|\p{Ll}+ing)\b)(?=[\p{L}\d“"‘'])/u.exec(body.slice(np.end, sent.end));
        const midway = !!content && /,\s*$/.test(body.slice(sent.start, cueStart)) && !findCues(ws.filter((w) => w.end <= cueStart)).length;
        if (after && midway) {
          let from = np.end + after[0].length;
          const desc = apposedDescriptionEnd(np, np.end);
          if (desc !== null && desc < sent.end) from = desc + 1;
          const rest = trimSpan(body, from, sent.end);
          if (rest && ws.filter((w) => w.start >= rest.start && w.end <= rest.end).length >= 3) content = { start: content!.start, end: rest.end };
        }
      }
      out.push({ sentence: sent.index, cue: body.slice(cueStart, cueEnd), lemma: c.lemma, cueStart, cueEnd, subject: np, inverted: true, content, region, according: true, parent: null });
      continue;
    }
    // Participles continue the speaker of the sentence's previous attribution.
    let parent: number | null = null;
    let subject: Span | null = null;
    let inverted = false;
    /** Where the description a named subject is in apposition to starts, after a quotation opening the sentence. */
    let describedFrom: number | null = null;
    /** The clause's speaker is not sure: the attribution is kept with an unknown speaker. */
    let unsure = false;
    const prevGap = c.lo > 0 ? gap(ws[c.lo - 1].end, cueStart) : '';
    // "– Ryan saying he was “very encouraged” and Trump calling it a “great meeting”": a name right
    // before the participle, after a dash, "with" or "and", is its subject (an absolute clause).
    const absolute = c.participle ? absoluteSubject(c.lo) : null;
    if (absolute) {
      subject = absolute;
      // the words of an attribution before it end where this clause begins ("… encouraged” and Trump calling …")
      const prevA = out.length ? out[out.length - 1] : null;
      if (prevA?.content && prevA.content.start < absolute.start && absolute.start < prevA.content.end) {
        const joint = body.slice(prevA.content.start, absolute.start).search(/\s*(?:,?\s*(?:and|with)|[-–—]{1,2})\s*$/);
        prevA.content = trimSpan(body, prevA.content.start, prevA.content.start + (joint >= 0 ? joint : absolute.start - prevA.content.start)) ?? prevA.content;
      }
    } else if (c.participle) {
      const afterClause = c.lo > 0 && (/,/.test(prevGap) || ws[c.lo - 1].lower === 'by') && out.length > 0;
      // After an opening subordinate clause, the main clause's subject: "When Trump suggested A,
      // Rubio fired back, referencing B".
      const nc = afterClause ? (newClauseSubject(body, out[out.length - 1].cueEnd, cueStart) ?? (ws.slice(0, 3).some((w) => SUBORDINATORS.has(w.lower)) && !/,/.test(body.slice(sent.start, out[out.length - 1].cueStart)) ? mainClauseSubject(body, out[out.length - 1].cueEnd, cueStart) : null)) : null;
      if (nc && !inQuote(nc.subject.start, sq)) {
        // "X said A, and the League has sued the city, saying ...": the participle is the nearer
        // clause's. Its subject speaks when that clause is outside X's words; inside them ("X said
        // the plan failed and the Senate was wrong, adding ..."), who adds is not sure: unknown.
        const prevA = out[out.length - 1];
        subject = claimClause(prevA, nc);
        if (!subject) unsure = true;
      } else if (c.lo > 0 && (/,/.test(prevGap) || ws[c.lo - 1].lower === 'by') && out.length) parent = out.length - 1;
      else {
        // No attribution before it in the sentence: the sentence's own subject speaks. So it does
        // with no comma after a thing that carries words ("Hale issued a statement Monday saying").
        subject = orphanSubject(c.lo, prevGap, carrierBefore(c.lo));
        // "His mother refused to teach him Japanese, insisting that …": no subject the rules can
        // read, but a "that" clause is words reported all the same, by someone unknown.
        if (!subject && out.length === 0 && thatClauseAfter(c, true)) unsure = true;
        else if (!subject) continue;
      }
    } else {
      const j = skipFillers(c.lo - 1, cueStart);
      // "X called A "outrageous" and called for B": the second cue shares the first one's speaker.
      const prevA = out.length ? out[out.length - 1] : null;
      // Not when a clause of its own comes between ("X described Y as Z after she attacked A and blamed B").
      const ownClause = (a: number, b: number) => ws.some((w) => w.start >= a && w.end <= b && /^(?:he|she|they|we|i|who|which|that|after|before|when|because|since|while|if|as|whom|whose)$/.test(w.lower));
      if (j > 0 && /^(?:and|but)$/.test(ws[j].lower) && !/[,;:]/.test(gap(ws[j - 1].end, ws[j].start).replace(/^[.,]+(?=["”’']+\s*$)/, '')) && prevA?.content && prevA.content.start < ws[j].start && (prevA.content.end >= cueStart || /^\s*$/.test(body.slice(prevA.content.end, ws[j].start))) && !prevA.according && !ownClause(prevA.cueEnd, ws[j].start) && !newClauseSubject(body, prevA.cueEnd, ws[j].start)) {
        const cut = trimSpan(body, prevA.content.start, ws[j].start);
        if (cut) {
          prevA.content = cut;
          parent = out.length - 1;
        }
      }
      const endOfSubj = j >= 0 ? ws[j].end : sent.start;
      const between = body.slice(endOfSubj, j + 1 < ws.length && j + 1 <= c.lo ? ws[j + 1].start : cueStart);
      // "Lane was asked, “...”", "was also accused of ...": a passive cue's subject is spoken to or
      // about; who spoke, the clause does not say.
      let b = c.lo - 1;
      while (b >= 0 && !ws[b].cap && (/^(?:also|not|never|already|just|then|later|often|once|repeatedly|reportedly|widely|publicly|privately)$/.test(ws[b].lower) || /ly$/.test(ws[b].lower))) b--;
      const passive = b >= 0 && b < c.lo && !ws[b].cap && BE_FORMS.test(ws[b].lower) && PAST_CUE_FORMS.has(ws[c.lo].lower) && !/[,;:"“”]/.test(gap(ws[b].end, cueStart));
      if (parent !== null) {
        /* the shared speaker */
      } else if (passive) {
        unsure = true;
      } else if (j > 0 && /^(?:and|but|or)$/.test(ws[j].lower) && !ws[j].cap) {
        // "she attacked the police and said ...": the subject opening the coordinated clause, if a
        // pronoun or a name opens it; else no speaker we can be sure of. A subject inside another
        // attribution's words ("X said she feared Lane would win and predicted ...") may be X or
        // the name: unknown.
        const insidePrev = (pos: number) => !!prevA?.content && !prevA.according && prevA.content.start <= pos && pos < prevA.content.end;
        const nc = prevA ? newClauseSubject(body, prevA.cueEnd, ws[j].start) : null;
        if (nc && !inQuote(nc.subject.start, sq)) {
          subject = prevA ? claimClause(prevA, nc) : nc.subject;
          if (!subject) unsure = true;
        } else {
          const k = phraseStart(j - 1);
          let e = k;
          while (e + 1 < j && ws[e + 1].cap && !/[,;:"“”()]/.test(gap(ws[e].end, ws[e + 1].start))) e++;
          if (k < j - 1 && /^(?:he|she)$/.test(ws[k].lower)) subject = { start: ws[k].start, end: ws[k].end };
          // "after Ann Vale won the vote and said": the name opens a clause with a verb of its own;
          // "went after Ann Vale for her vote and said": no verb, no clause: she is an object.
          else if (k < j - 1 && !(!ws[k].cap || e + 1 >= j || ws[e + 1].cap || /^(?:the|a|an|this|that|it|they|we|i)$/.test(ws[k].lower)) && (k === 0 || !BOUNDARY_WORDS.has(ws[k - 1].lower) || ws.slice(e + 1, j).some((w) => FINITE_VERB.test(w.lower)))) {
            // "Local election officials discounted … but said": a capitalised word opening the sentence
            // before a common noun opens a description, up to its verb; no name of its own
            const plain = (w: Word) => FINITE_VERB.test(w.lower) || /ly$/.test(w.lower) || SUBJECT_FILLERS.has(w.lower) || PREPOSITIONS.has(w.lower);
            if (e === k && k === 0 && !/[,(]/.test(gap(ws[e].end, ws[e + 1].start)) && !plain(ws[e + 1])) {
              let m = e + 1;
              while (m < j && !/^(?:has|have|had|is|was|were|are|will|would)$/.test(ws[m].lower) && !/ed$/.test(ws[m].lower) && !IRREGULAR_PAST.has(ws[m].lower) && !/[,;:"“”()]/.test(gap(ws[m - 1].end, ws[m].start))) m++;
              if (m < j && m - e <= 4 && /^\s+$/.test(gap(ws[m - 1].end, ws[m].start))) subject = { start: ws[k].start, end: ws[m - 1].end };
              else unsure = true;
            } else subject = { start: ws[k].start, end: ws[e].end };
          }
          else {
            // "In his speech, Obama positioned Clinton as … and said …": the subject opening the
            // sentence's clause, when no other name could be one (as for a participle).
            // A speech verb's form after a determiner or a modifier is a noun ("a former state party
            // chairman"), no cue of its own.
            const o = !prevA && ws.slice(0, j).every((w, i) => !CUE_WORDS.has(w.lower) || (i > 0 && (DESCRIPTION_OPENERS.has(ws[i - 1].lower) || ROLE_MODIFIERS.has(ws[i - 1].lower)))) ? orphanSubject(c.lo, '', true) : null;
            if (!o) continue;
            subject = o;
          }
          if (subject && insidePrev(subject.start)) {
            subject = null;
            unsure = true;
          }
        }
      } else if (j >= 0 && !/[,;:"“”»—–]|\s--?\s/.test(between.replace(/\([^()]{0,40}\)/g, ''))) {
        let k = phraseStart(j);
        // "said Mr. Kamin, who emphasized ...": the antecedent before the comma.
        if (k === j && ws[j].lower === 'who' && j > 0 && /,/.test(gap(ws[j - 1].end, ws[j].start))) k = j + 1;
        if (k === j && k > 0 && ws[k - 1].lower === 'who' && /^(?:he|she|they|we|i)$/.test(ws[k].lower)) {
          // "senators, who he said were ...": the pronoun after "who" speaks, not the antecedent.
          subject = { start: ws[k].start, end: ws[k].end };
        } else if (k <= j && k > 0 && /^(?:who|whom)$/.test(ws[k - 1].lower) && ws.slice(k, j + 1).every((w) => w.cap || /^(?:mr\.|mrs\.|ms\.|dr\.|de|van|von)$/.test(w.lower))) {
          // "Bannon, who Beck on Wednesday called “...”": the name after "who" speaks (the
          // relative pronoun is the cue's object), not the antecedent.
          subject = { start: ws[k].start, end: ws[j].end };
        } else if (k > 1 && k < j && /^(?:who|that)$/.test(ws[k - 1].lower) && !ws[k - 2].cap && RELATIVE_CLAUSE_VERB.test(ws[k].lower) && !/[,;:"“”()—–]/.test(gap(ws[k - 2].end, ws[k - 1].start)) && !PREPOSITIONS.has(ws[k - 2].lower)) {
          // "Officials who spoke with the Post said ...", "groups that have endorsed him say ...": the
          // relative clause has a verb of its own, so the cue is the main clause's and the phrase
          // before "who" speaks (a description: never a name inside the relative clause).
          // Only the head before a preposition: "Supporters of Ann Lee who attended the rally said" is
          // the supporters', not Lee's.
          const h = phraseStart(k - 2);
          let e = h;
          while (e < k - 2 && !PREPOSITIONS.has(ws[e + 1].lower)) e++;
          subject = { start: ws[h].start, end: ws[e].end };
        } else if (k > 0 && ws[k - 1].lower === 'who' && !ws[k - 1].cap) {
          // "Smith, who said ...": the antecedent.
          let a = k - 2;
          // "McConnell, now the Senate majority leader, who said": back over the apposition.
          if (a >= 0 && !ws[a].cap && /,/.test(gap(ws[a].end, ws[k - 1].start))) {
            let b = a;
            while (b > 0 && a - b < 10 && !/[,;:"“”()]/.test(gap(ws[b - 1].end, ws[b].start))) b--;
            if (b > 0 && /,/.test(gap(ws[b - 1].end, ws[b].start)) && ws[b - 1].cap) a = b - 1;
          }
          if (a >= 0 && ws[a].cap) {
            let b = a;
            while (b > 0 && a - b < 4 && (ws[b - 1].cap || /^(?:de|van|von)$/.test(ws[b - 1].lower)) && !/[,;:"“”()]/.test(gap(ws[b - 1].end, ws[b].start))) b--;
            subject = { start: ws[b].start, end: ws[a].end };
            // "People close to Mr. Hale who spoke on condition of anonymity said": the name is a
            // preposition's object and the relative clause has a verb of its own; the head before
            // the preposition speaks, never the name.
            if (b > 1 && k < j && PREPOSITIONS.has(ws[b - 1].lower) && !/[,;:"“”()]/.test(gap(ws[b - 1].end, ws[b].start)) && RELATIVE_CLAUSE_VERB.test(ws[k].lower)) {
              const h = phraseStart(b - 1);
              let e = h;
              while (e < b - 1 && !PREPOSITIONS.has(ws[e + 1].lower)) e++;
              subject = h < b - 1 ? { start: ws[h].start, end: ws[e].end } : null;
              if (!subject) unsure = true;
            }
          }
        } else if (k <= j) {
          subject = { start: ws[k].start, end: ws[j].end };
          // "Jeb Bush in a Medium post said", "Cruz in a statement said": the name before the
          // carrier of the words speaks, not the carrier.
          let p = k + 1;
          while (p < j && ws[p - 1].cap && !ws[p - 1].possessive && /^\s+$/.test(gap(ws[p - 1].end, ws[p].start)) && !CARRIER_PREP.test(ws[p].lower)) p++;
          if (p < j && p - k <= 4 && ws[p - 1].cap && !ws[p].cap && CARRIER_PREP.test(ws[p].lower) && SPEECH_CARRIERS.has(ws[j].lower) && j - p <= 5 && !ws.slice(p + 1, j).some((w) => PREPOSITIONS.has(w.lower))) subject = { start: ws[k].start, end: ws[p - 1].end };
          // "Sens. Ann Park, Bob Reyes and Carl Diaz said": the whole list of names speaks.
          if (k >= 2 && ws[k - 1].lower === 'and' && ws[k].cap) {
            let m = k - 2;
            let commas = 0;
            while (m >= 0 && (ws[m].cap || /^(?:de|van|von)$/.test(ws[m].lower))) {
              const g = m > 0 ? gap(ws[m - 1].end, ws[m].start) : '';
              if (m === 0 || !/^(?:\s+|,\s+)$/.test(g)) break;
              if (g.includes(',')) commas++;
              m--;
            }
            const g0 = m > 0 ? gap(ws[m - 1].end, ws[m].start) : '';
            if (commas >= 1 && ws[m].cap && (m === 0 || /[,;:—–]\s*$|^\s+$/.test(g0)) && (m === 0 || !ws[m - 1].cap || /[,;:]/.test(g0))) subject = { start: ws[m].start, end: ws[j].end };
            // "Tom Hale and Ann Lowe said", "Both Hale and Lowe say": two names opening the clause.
            else if (commas === 0 && ws[m].cap && (m === 0 || /[,;:—–]\s*$/.test(g0)) && j - k <= 3 && k - 1 - m <= 4 && ws.slice(k, j + 1).every((w) => w.cap)) subject = { start: ws[m].start, end: ws[j].end };
          }
        }
      } else if (j >= 0 && ((/(?:,|\s--?|—|–)\s*$/.test(between) && !/["”’»']\s*,?\s*$/.test(body.slice(sent.start, cueStart).trimEnd().slice(-3))) || (/,["”’»']+\s*$/.test(between) && relativeQuoteAside(c.lo))) && !invertedName(c.hi)) {
        // A parenthetical between the speaker and the cue?
        const trailing = endOfSubj + Math.max(between.lastIndexOf(','), between.lastIndexOf('-'), between.lastIndexOf('—'), between.lastIndexOf('–'));
        let found = false;
        const dashClose = /(?:\s--?|—|–)\s*$/.test(between);
        for (let k = j, commas = 0; k > 0 && commas < 4; k--) {
          const g = gap(ws[k - 1].end, ws[k].start);
          if (dashClose ? /[—–(]|\s--?\s/.test(g) : /[,—–(]|\s--?\s/.test(g)) {
            commas++;
            const chunk = body.slice(ws[k].start, trailing).trim();
            const first = ws[k].lower;
            // "His campaign manager, Jeff Wade, says": the name in apposition to a description speaks.
            // So after a quotation opening the sentence (`"…," his wife, Ann Roe, wrote`): the
            // description opens after it, and the quotation is the words.
            const lead = sq.find((q) => q.open - sent.start <= 1 && q.closeEnd <= ws[k - 1].start);
            const ds = lead ? ws.findIndex((w) => w.start >= lead.closeEnd) : -1;
            const afterLead = !!lead && ds > 0 && /^,?\s+$/.test(body.slice(lead.closeEnd, ws[ds].start)) && describes(k, ds);
            if (commas === 1 && !dashClose && /,/.test(g) && ws[k - 1] && (roleWord(ws[k - 1]) || describes(k) || afterLead) && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|for\s+|the\s+)*\p{Lu}[\p{L}'’.&-]*){0,5})?$/u.test(chunk)) {
              subject = { start: ws[k].start, end: ws[j].end };
              if (lead && ds > 0 && lead.closeEnd <= ws[ds].start && ds < k) describedFrom = ws[ds].start;
              found = true;
              break;
            }
            // "Ann Smith, delivering Cross’s speech, asked": a participial phrase is a parenthetical too.
            // "Tad Devine, Sanders' senior media adviser, said", "Ann Roe, legal director for the
            // group, said", "Mr. Hale, of Lakeside Capital, said": a role in apposition after a name.
            const roleAfterName = commas === 1 && ws[k - 1].cap && (ws[k].possessive || first === 'of' || (first === 'one' && ws[k + 1]?.lower === 'of') || ws.slice(k, Math.min(j + 1, k + 4)).some((w) => roleWord(w)));
            const paren = PAREN_START.test(chunk) || roleAfterName || /^[RDI]-\p{Lu}/u.test(chunk) || ROLE_HEADS.has(first) || ROLE_MODIFIERS.has(first) || /^(co-|ex-)/.test(first) || /^\d+$/.test(first) || (/^[a-z]{3,}ing$/.test(first) && !PARTICIPLE_CUES.has(first));
            if (paren && !/[”"]/.test(g)) {
              if (/^\d+$/.test(ws[k - 1].lower)) continue; // "Schiff, 56, who ...": keep walking back
              // "Sandy Hill, who lost her son in Aurora, Colorado, in July 2012, said": a relative
              // clause further back holds the others; its antecedent speaks.
              let at = k;
              for (let k2 = k - 1, c2 = commas; k2 > 0 && c2 < 4; k2--) {
                if (!/[,(]/.test(gap(ws[k2 - 1].end, ws[k2].start))) continue;
                c2++;
                if (/^(?:who|whose)$/.test(ws[k2].lower) && ws[k2 - 1].cap) {
                  at = k2;
                  break;
                }
              }
              // "Rep. Elijah Cummings (D-Md.), chair of …,": the name before the party-state tag.
              let before = at - 1;
              if (/\)/.test(gap(ws[before].end, ws[at].start))) {
                const open = body.lastIndexOf('(', ws[before].end);
                while (before > 0 && ws[before].start > open) before--;
                if (ws[before].start > open || open - ws[before].end > 3) before = at - 1;
              }
              let s0 = phraseStart(before);
              let asideStart = ws[at].start;
              // "Sen. Tom Ode, facing a challenge in Iowa, a swing state, said": asides in a row; the
              // name before the first of them.
              for (let g = 0; g < 3 && s0 > 1 && s0 < before && /^\s*,\s*$/.test(gap(ws[s0 - 1].end, ws[s0].start)) && !ws[s0].cap && (PAREN_START.test(ws[s0].lower) || /^[a-z]{3,}ing$/.test(ws[s0].lower) || ws.slice(s0, Math.min(before + 1, s0 + 4)).some((w) => roleWord(w))) && !PARTICIPLE_CUES.has(ws[s0].lower) && ws[s0 - 1].cap && !ws[s0 - 1].possessive; g++) {
                asideStart = ws[s0].start;
                before = s0 - 1;
                s0 = phraseStart(before);
              }
              // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": the name before the
              // party-state tag.
              if (s0 === before && s0 > 0 && /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(ws[s0].text) && /^\s*,\s*$/.test(gap(ws[s0 - 1].end, ws[s0].start)) && ws[s0 - 1].cap) {
                before = s0 - 1;
                s0 = phraseStart(before);
              }
              // "Tom Fitton, the president of Judicial Watch, a group that …, said": the aside is
              // an apposition to a description, itself in apposition to the name before it.
              if (/^(?:the|a|an)$/.test(ws[s0].lower) && s0 > 0 && ws.slice(s0, before + 1).some((w) => roleWord(w)) && /^\s*,\s*$/.test(gap(ws[s0 - 1].end, ws[s0].start)) && ws[s0 - 1].cap && !ws[s0 - 1].possessive) {
                const b2 = s0 - 1;
                const s2 = phraseStart(b2);
                if (ws.slice(s2, b2 + 1).every((w) => w.cap || /^(?:de|van|von)$/.test(w.lower))) {
                  before = b2;
                  s0 = s2;
                }
              }
              subject = { start: ws[s0].start, end: ws[before].end };
              region.push({ start: asideStart, end: trailing });
              found = true;
              break;
            }
          }
        }
        // "Mary Susan, clad in a red cape, said the convention …": a name opens the sentence, an aside
        // of any kind follows, and the cue (no name after it) goes on with the words: the name speaks.
        if (!found && !dashClose && c.lo + 1 < ws.length && !ws[c.lo + 1].cap && !sq.some((x) => x.open < cueStart)) {
          let e = 0;
          while (e < j && !/[,;:"“”()—–]/.test(gap(ws[e].end, ws[e + 1].start))) e++;
          const head = ws.slice(0, e + 1);
          const ok = e < 8 && e < j && /,/.test(gap(ws[e].end, ws[e + 1].start)) && ws[0].cap && ws[e].cap && !ws[e].possessive && !FUNCTION_OPENERS.test(ws[0].lower) && !isDateWord(ws[e].lower) &&
            !/[.;:!?]/.test(body.slice(ws[e].end, cueStart)) && findCues(ws.slice(e + 1, c.lo)).length === 0 && !DESCRIPTION_OPENERS.has(ws[0].lower) &&
            head.every((w) => w.cap || (!BOUNDARY_WORDS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !/(?:ing|ed)$/.test(w.lower)));
          if (ok) {
            subject = { start: ws[0].start, end: ws[e].end };
            region.push({ start: ws[e + 1].start, end: trailing });
            found = true;
          }
        }
        if (!found) inverted = true;
      } else inverted = true;
      // No subject read before a finite cue that opens a "that" clause ("His critics in the state,
      // many of them farmers, argue that …"): the clause is words reported all the same; who said
      // them, the rules do not know.
      if (inverted && thatClauseAfter(c)) {
        inverted = false;
        unsure = true;
      }
      if (inverted) {
        // `"...," said X` / `..., said X`: the speaker follows the cue, for the verbs that invert
        // ("..., shows X" is no attribution).
        if (!INVERTIBLE_CUES.has(c.lemma)) continue;
        const before = body.slice(sent.start, cueStart).trimEnd();
        if (!(before === '' || /[,:"“”’»']$/.test(before))) continue;
        let k = c.hi + 1;
        let last = -1;
        // `…, said that …` / `said he …`: the words after the cue are what was said, no speaker.
        if (k < ws.length && /^(?:that|he|she|they|it|we|i|you|this|there)$/.test(ws[k].lower)) continue;
        while (k < ws.length && k - c.hi <= 10) {
          if (k > c.hi + 1 && /[,;:.!?"“”()—]/.test(gap(ws[k - 1].end, ws[k].start))) break;
          if (/^(on|in|at|during|that|who|after|before|while|when|as|of|to|about)$/.test(ws[k].lower) && k > c.hi + 1) break;
          if (/^(on|in|at|during)$/.test(ws[k].lower)) break;
          last = k;
          k++;
        }
        if (last < 0) continue;
        // `..., R-Ky., said Tuesday.`: a date after the cue is no speaker.
        if (ws.slice(c.hi + 1, last + 1).every((w) => isDateWord(w.lower))) continue;
        subject = { start: ws[c.hi + 1].start, end: ws[last].end };
        // `"…," said former secretary of state Ann Roe, who …`: lower-case role words, "of" and the
        // role's domain, then the name, which speaks (the walk above stopped at "of").
        if (k < ws.length && ws[k].lower === 'of' && ws.slice(c.hi + 1, k).every((w) => !w.cap && (ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower))) && ws.slice(c.hi + 1, k).some((w) => ROLE_HEADS.has(w.lower))) {
          let n = k + 1;
          while (n < ws.length && n - k <= 3 && !ws[n].cap && !/[,;:.!?"“”()—]/.test(gap(ws[n - 1].end, ws[n].start))) n++;
          let e = n;
          while (e < ws.length && e - n < 4 && ws[e].cap && !ws[e].possessive && !/[,;:.!?"“”()—]/.test(gap(ws[e - 1].end, ws[e].start))) e++;
          const after = e < ws.length ? gap(ws[e - 1].end, ws[e].start) : body.slice(ws[e - 1].end, sent.end);
          if (n > k + 1 && e - n >= 2 && (e >= ws.length ? /^[\s.!?"”’']*$/.test(after) : /^\s*[,.;]/.test(after))) subject = { start: ws[n].start, end: ws[e - 1].end };
        }
        // `"…," said another Twitter user, Ann Roe.`, `wrote the ambassador at the time, John
        // Herbst`: a description, then the name in apposition to it, which speaks.
        if (/^(?:a|an|the|another|one)$/.test(ws[c.hi + 1].lower) && last + 1 < ws.length && /^\s*,\s*$/.test(gap(ws[last].end, ws[last + 1].start))) {
          let n = last + 1;
          while (n < ws.length && n - last <= 4 && (ws[n].cap || /^(?:de|van|von)$/.test(ws[n].lower)) && (n === last + 1 || /^\s+$/.test(gap(ws[n - 1].end, ws[n].start)))) n++;
          const after = n < ws.length ? gap(ws[n - 1].end, ws[n].start) : body.slice(ws[n - 1].end, sent.end);
          if (n - last >= 3 && !ws[n - 1].possessive && (n >= ws.length ? /^[\s.!?"”’']*$/.test(after) : /^\s*[,.;]/.test(after) || /^(?:of|at|from|who)$/.test(ws[n].lower))) {
            subject = { start: ws[last + 1].start, end: ws[n - 1].end };
          }
        }
        cueEnd = ws[c.hi].end;
        // The apposition after the name is region (role), not content.
      }
    }
    // Addressee: "told reporters", "told Witkoff".
    let p = inverted && subject ? subject.end : cueEnd;
    let cue = body.slice(cueStart, cueEnd);
    let wi = inverted ? ws.findIndex((w) => w.start >= p) : c.hi + 1;
    // No addressee across punctuation: `asked, "You do not ..."` opens the words asked.
    if (!inverted && ADDRESSEE_CUES.has(c.lemma) && wi < ws.length && wi >= 0 && !/[,;:"“”‘«]|''/.test(gap(ws[c.hi].end, ws[wi].start))) {
      const two = wi + 1 < ws.length ? `${ws[wi].lower} ${ws[wi + 1].lower}` : '';
      const three = wi + 2 < ws.length ? `${two} ${ws[wi + 2].lower}` : '';
      const listed = CUE_ADDRESSEES.has(three) || CUE_ADDRESSEES.has(two) || CUE_ADDRESSEES.has(ws[wi].lower);
      if (CUE_ADDRESSEES.has(three)) {
        cueEnd = ws[wi + 2].end;
        wi += 3;
      } else if (CUE_ADDRESSEES.has(two)) {
        cueEnd = ws[wi + 1].end;
        wi += 2;
      } else if (CUE_ADDRESSEES.has(ws[wi].lower)) {
        cueEnd = ws[wi].end;
        wi += 1;
      } else if (/^(him|her|them|me|us|you)$/.test(ws[wi].lower)) wi += 1;
      else if ((ws[wi].cap && !/^(He|She|It|They|We|I)$/.test(ws[wi].text)) || (ws[wi].lower === 'the' && !!ws[wi + 1]?.cap && /^\s+$/.test(gap(ws[wi].end, ws[wi + 1].start)))) {
        // "told the Bank of the West", "told the House of Lords": "of", "de", "the" inside a name only
        // before a capital ("told CNN the budget was sound": the words start at "the").
        const the = !ws[wi].cap;
        if (the) wi++;
        const run0 = wi;
        const glue = (i: number) => /^(of|de|the)$/.test(ws[i].lower) && (!!ws[i + 1]?.cap || (/^(the|de)$/.test(ws[i + 1]?.lower ?? '') && !!ws[i + 2]?.cap));
        while (wi < ws.length && (ws[wi].cap || glue(wi)) && !/[,"“:]/.test(gap(ws[wi - 1].end, ws[wi].start))) wi++;
        // "told Britain’s ITV television station in an interview": a possessive run goes on over the
        // common nouns it qualifies, up to a preposition, a comma or the end.
        if (ws.slice(run0, wi).some((w) => w.possessive)) {
          let k = wi;
          while (k < ws.length && k - wi < 3 && !ws[k].cap && /^[a-z-]+$/.test(ws[k].lower) && !PREPOSITIONS.has(ws[k].lower) && !FINITE_VERB.test(ws[k].lower) && !/^(?:that|the|a|an|he|she|they|it|we|i|you|who|and|or|but|this|there)$/.test(ws[k].lower) && /^\s+$/.test(gap(ws[k - 1].end, ws[k].start))) k++;
          if (k > wi && (k >= ws.length || PREPOSITIONS.has(ws[k].lower) || /[,;:.]/.test(gap(ws[k - 1].end, ws[k].start)))) wi = k;
        }
        // "told the Vermont senator …", "told the Clinton campaign …": the head the names qualify.
        if (the && wi < ws.length && (ROLE_HEADS.has(ws[wi].lower) || ORG_HEADS.has(ws[wi].lower)) && /^\s+$/.test(gap(ws[wi - 1].end, ws[wi].start))) wi++;
        // "told the Reuters news agency simply, “…”": a few words more before a comma and the quotation are the addressee's.
        if (the) {
          const k = ws.findIndex((w, i) => i >= wi && i < wi + 3 && i + 1 < ws.length && /^,\s*["“]/.test(gap(w.end, ws[i + 1].start)));
          if (k >= 0 && !ws.slice(wi, k + 1).some((w) => /^(?:that|he|she|they|it|we|i|who)$/.test(w.lower))) wi = k + 1;
        }
      } else if (/^(the|a|an|his|her|their|its)$/.test(ws[wi].lower)) {
        let k = wi + 1;
        let place = 0;
        while (k < ws.length && k - wi < 5 + place && !/^(that|he|she|they|it|we|i|who|to)$/.test(ws[k].lower)) {
          // "told a town hall in Salem, New Hampshire, that …": the place's state runs on.
          const st = /^\s*,\s*$/.test(gap(ws[k - 1].end, ws[k].start)) && ws[k - 1].cap ? placeAfterComma(k) : 0;
          if (st) {
            place += st;
            k += st;
            if (k < ws.length && /^\s*,\s*$/.test(gap(ws[k - 1].end, ws[k].start))) break;
            continue;
          }
          if (/[,"“:]/.test(gap(ws[k - 1].end, ws[k].start))) break;
          k++;
        }
        // "urged the council to sell the port": who is urged belongs to the words (the infinitive's subject).
        if (!(k < ws.length && ws[k].lower === 'to' && !/[,"“:]/.test(gap(ws[k - 1].end, ws[k].start)))) wi = k;
      } else if (!/^(?:that|he|she|they|it|we|i|you|there|this|these|those)$/.test(ws[wi].lower)) {
        // "told customers at a breakfast spot that ...": a bare plural addressee up to "that".
        let k = wi + 1;
        while (k < ws.length && k - wi < 8 && ws[k].lower !== 'that' && !/[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start))) k++;
        if (k < ws.length && ws[k].lower === 'that' && !/[,;:"“”()]/.test(gap(ws[k - 1].end, ws[k].start))) wi = k;
      }
      // "told the House of Lords": a listed addressee's name runs on.
      while (listed && wi + 1 < ws.length && ws[wi].lower === 'of' && ws[wi + 1].cap && /^\s+$/.test(gap(ws[wi - 1].end, ws[wi].start))) {
        wi++;
        while (wi < ws.length && ws[wi].cap && /^\s+$/.test(gap(ws[wi - 1].end, ws[wi].start))) wi++;
      }
      cue = body.slice(cueStart, cueEnd);
      p = Math.max(cueEnd, ws[wi - 1]?.end ?? cueEnd);
    } else if (!inverted) {
      p = cueEnd;
      // "said to her that …", "complained to aides at the club that …": who was spoken to, up to the "that" of the words.
      const to = c.hi + 1;
      if (to + 1 < ws.length && ws[to].lower === 'to' && /^\s+$/.test(gap(ws[c.hi].end, ws[to].start)) && (ws[to + 1].cap || /^(?:him|her|them|me|us|you|the|a|an|his|their|its|our|my)$/.test(ws[to + 1].lower) || CUE_ADDRESSEES.has(ws[to + 1].lower))) {
        let k = to + 1;
        while (k < ws.length && k - to <= 7 && ws[k].lower !== 'that' && !/[,;:"“”()—]/.test(gap(ws[k - 1].end, ws[k].start))) k++;
        // (not a relative "that": "pointed to the drama that has surrounded …")
        if (k + 1 < ws.length && k - to <= 7 && ws[k].lower === 'that' && !/[,;:"“”()—]/.test(gap(ws[k - 1].end, ws[k].start)) && !FINITE_VERB.test(ws[k + 1].lower)) p = ws[k - 1].end;
      }
    }
    // Tail: "on Wednesday", "at an event in Colorado Springs", "by saying".
    let tailStart = p;
    /** A clause among the tails ("when asked about concerns"): a "that" after it is that clause's. */
    let tailClause = false;
    let tailCue = false;
    let about: Span | undefined;
    for (let guard = 0; guard < 4; guard++) {
      const i0 = ws.findIndex((w) => w.start >= p);
      // "said about the movement, “…”": what the words are about, before the quotation they are.
      const aboutTail = i0 >= 0 && /^(?:about|of|regarding)\s+(?!\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+dozen|dozens|hundreds|thousands)\b)[^,:;"“”.!?]{1,80}[,:]\s*["“]/.test(body.slice(ws[i0].start, sent.end));
      // "said of Apple in February, when …": whom the words were about, no words of their own.
      const ofTail = i0 >= 0 && i0 === c.hi + 1 && ws[i0].lower === 'of' && /^(?:says?|said|writes?|wrote)$/.test(ws[c.hi].lower);
      if (i0 < 0 || (!TAIL_START.has(ws[i0].lower) && !aboutTail && !ofTail)) break;
      // "said this is a rough patch": "this", "last" open a time tail only before a time word.
      if (/^(?:this|last|late|early)$/.test(ws[i0].lower) && !(i0 + 1 < ws.length && isDateWord(ws[i0 + 1].lower) && ws[i0 + 1].lower !== 'this')) break;
      // "said at least seven delegates …", "said in fact that …": a quantity or an adverb, no tail.
      if (/^(?:at|in)$/.test(ws[i0].lower) && i0 + 1 < ws.length && /^(?:least|most|fact|part|all|first|effect|short|sum|general|particular|turn)$/.test(ws[i0 + 1].lower)) break;

      if (/[,"“:]/.test(body.slice(p, ws[i0].start))) break;
      let k = i0;
      let endAt = -1;
      while (k < ws.length && k - i0 < 16) {
        const g = k > i0 ? gap(ws[k - 1].end, ws[k].start) : '';
        // "in Salem, New Hampshire, on Monday": a place's state or country after its comma is the place's.
        const st = k > i0 && /^\s*,\s*$/.test(g) && ws[k - 1].cap && ws[k].cap ? placeAfterComma(k) : 0;
        if (st) {
          k += st;
          if (k < ws.length && /^\s*,\s*$/.test(gap(ws[k - 1].end, ws[k].start)) && TAIL_START.has(ws[k].lower)) k++;
          continue;
        }
        if (k > i0 && /[,:"“«]/.test(g)) {
          endAt = ws[k - 1].end;
          break;
        }
        // "said of a list that included …", "said of the encounter he had": whom the words were
        // about runs to the comma.
        if (k > i0 && ws[k].lower === 'that' && !ofTail) {
          endAt = ws[k - 1].end;
          break;
        }
        if (k > i0 && /^(he|she|they|it|we|i)$/.test(ws[k].lower) && !ofTail) {
          endAt = ws[k - 1].end;
          break;
        }
        // "said Tuesday the budget was sound", "told supporters Monday night the …": a date ends
        // the tail where a word that is no date and no preposition follows it.
        if (k > i0 && !ofTail && ws.slice(i0, k).every((w) => dateish(w.lower)) && !/^(?:on|last|this|late|early|earlier|later|next|past)$/.test(ws[k - 1].lower) && !dateish(ws[k].lower) && !PREPOSITIONS.has(ws[k].lower) && !/^(?:and|or|but|as|when|while|after|before|if|because)$/.test(ws[k].lower)) {
          endAt = ws[k - 1].end;
          break;
        }
        k++;
      }
      if (k >= ws.length) endAt = ws[ws.length - 1].end;
      if (endAt < 0) break;
      region.push({ start: tailStart, end: endAt });
      if (ws.slice(i0, k).some((w) => /^(?:when|while|after|before)$/.test(w.lower))) {
        tailClause = true;
        // "told the station … when asked how ties would fare if he won": what follows is the asked
        // question's, not words of this cue.
        if (findCues(ws.slice(i0, k)).length) tailCue = true;
      }
      if (ofTail) {
        tailCue = true;
        about = { start: ws[i0].start, end: endAt };
      }
      for (let q = i0; q < k; q++) if (ws[q].lower === 'saying') consumed.add(q);
      p = endAt;
      tailStart = p;
    }
    // Content.
    let content: Span | null = null;
    if (tailCue && !/^[\s,:]*(?:["“‘«„]|'')/.test(body.slice(p, sent.end))) p = sent.end;
    let rest = body.slice(p, sent.end);
    // "cautioned, as did the campaign itself, that ...": skip the aside.
    // So does "said — on Twitter, as it happens — that …".
    const dashOpen = /^\s*(?:[—–]|--)\s/.test(body.slice(cueEnd, p));
    const aside = /^\s*(?:,[^,"“]{1,80},|(?:[—–]|--)\s[^—–"“]{0,80}?(?:[—–]|--))\s*(?=that\s)/.exec(rest) ?? (dashOpen ? /^[^—–"“]{0,80}?\s(?:[—–]|--)\s*(?=that\s)/.exec(rest) : null);
    if (aside) {
      p += aside[0].length;
      rest = body.slice(p, sent.end);
    }
    const restTrim = rest.replace(/^\s+/, '');
    // "…, he said Wednesday on MSNBC’s “Morning Joe.”": a show's name in quotation marks closing the
    // sentence after the cue's tail is no content.
    const titleOnly = p > cueEnd && /^(?:['’]s\s+)?(?:["“]|'')\p{Lu}[\p{L}'’]*(?:\s+(?:(?:of|the|and|a|an|with|in|for|on|to)\s+)*\p{Lu}[\p{L}'’]*){0,5}[.,!?]?(?:["”]|'')[\s.]*$/u.test(restTrim);
    const substantive = !titleOnly && restTrim !== '' && !/^[.!?]/.test(restTrim) && (!restTrim.startsWith(',') || /^,\s*(?:["“‘«„]|'')/.test(restTrim) || /^,\s*(?:that\s)/.test(restTrim));
    // The words before the subject end where the subject, or the description it is in apposition to, starts.
    const subjFrom = describedFrom ?? subject?.start ?? sent.start;
    const subjAfterComma = subject && !inverted && /[,"”’»—–']\s*$/.test(body.slice(sent.start, subjFrom));
    // `"...," X said (of Y).`: the quote before the speaker is the content, when it opens the sentence
    // (`On "Fox News Sunday," X said Y ...` names a show: the clause after the cue is the content).
    // The quotation opening the sentence and closing on a comma right before the speaker (`"A," X
    // said, "B"`, `"A," X told "Fox News"`): the words the cue reports, whatever follows it; a
    // quotation after the cue goes on with them (a split quote) or names a show.
    const opener = subject && !inverted ? sq.find((q) => q.open - sent.start <= 1 && q.closeEnd <= subjFrom && /^[\s,]*$/.test(body.slice(q.closeEnd, subjFrom))) : undefined;
    const openerEndsOnComma = !!opener && (/,\s*$/.test(body.slice(opener.start, opener.end)) || /^\s*,/.test(body.slice(opener.closeEnd, subjFrom)));
    const quoteBefore = !!subject && !inverted && /(?:[,?!]\s*["”’'»]{1,3}|["”’'»]{1,2}\s*,)\s*$/.test(body.slice(sent.start, subjFrom)) &&
      ((openerEndsOnComma && /^[\s,:]*(?:["“‘«„]|'')/.test(restTrim)) || (!(tailClause ? /^[\s,:]*["“‘«„]/ : /^[\s,:]*(?:that\b|["“‘«„])/).test(restTrim) && (!substantive || !!opener)));
    const midClause = subjAfterComma && !quoteBefore && !PARTICIPLE_CUES.has(/^,\s+([a-z]+)/.exec(restTrim)?.[1] ?? '') && /^,\s+(?!(?:according|adding|saying|noting|calling|in what|where|which|who|when|while|as|speaking|referring|citing|and|but|though|although|because|after|before|during|on|at(?!\s+(?:least|most)\b)|in(?!\s+(?:fact|part)\b))\b)[a-z]/.test(restTrim) || (subjAfterComma && !quoteBefore && capitalClauseAfter(p + (rest.length - restTrim.length)));
    // "As the Post noted, the port lost money", "But as Hale said, …": a clause of comparison opening
    // the sentence with its subject and cue, then a comma: the main clause is the words reported.
    // So does one set off by commas inside the sentence ("…, and as the Ledger reported, the ferry
    // will stop").
    const asAt = subject && !inverted && parent === null && !unsure ? ws.findIndex((w) => w.start >= subjFrom) - 1 : -1;
    const asWord = asAt >= 0 && ws[asAt].lower === 'as' && !/[,;:]/.test(gap(ws[asAt].end, ws[asAt + 1].start));
    const asLeads = asWord && (asAt === 0 || (asAt === 1 && /^(?:but|and|yet|so)$/.test(ws[0].lower)) || /,\s*(?:(?:and|but)\s+)?$/.test(body.slice(sent.start, ws[asAt].start)));
    const asOpens = asLeads && /^,\s*(?!(?:and|but|or|who|which|that|when|while|if|because)\b)[\p{L}\d]/u.test(restTrim);
    if (asOpens) {
      const after = trimSpan(body, p + (rest.length - restTrim.length) + 1, sent.end);
      if (after && ws.filter((w) => w.start >= after.start && w.end <= after.end).length >= 3) content = after;
    } else if (midClause) {
      // "X, SUBJ say, Y": the words are both sides.
      const before = trimSpan(body, sent.start, subjFrom, /[\s,;:—–-]/);
      const afterStart = p + (rest.length - restTrim.length) + 1;
      const after = trimSpan(body, afterStart, sent.end);
      // Both sides are the words ("Many of the closures, he said, have involved public courses",
      // "Unless countries act, they say, the world could suffer"): one span over both, as a quotation
      // split by its attribution is one.
      // Not an opening adverbial ("But in recent days, advisers say, …", "Now, he says, …"): the
      // words are after it.
      const bw = ws.filter((w) => w.start >= (before?.start ?? 0) && w.end <= (before?.end ?? 0)).map((w) => w.lower);
      while (bw.length && /^(?:but|and|yet|so|still|now|then|however|instead|later|earlier|meanwhile|today|yesterday|also)$/.test(bw[0])) bw.shift();
      const opening = !bw.length || (bw.length <= 6 && (PREPOSITIONS.has(bw[0]) || isDateWord(bw[0])));
      if (before && after && !opening) content = { start: before.start, end: after.end };
      else content = after ?? before;
    } else if (inverted || (subjAfterComma && !substantive) || quoteBefore) {
      content = trimSpan(body, sent.start, inverted ? cueStart : subjFrom, /[\s,;:—–-]/);
    } else if (substantive) {
      let s = p + (rest.length - restTrim.length);
      const lead = /^(?:[,:]\s*)?(?:that\s+)?/.exec(body.slice(s, sent.end));
      s += lead ? lead[0].length : 0;
      // "wrote in a Facebook post that …", "said in a letter to the board that …": the thing that
      // carried the words, then "that": the words start after it.
      const carrier = CARRIER_THAT.exec(body.slice(s, sent.end));
      if (carrier && SPEECH_CARRIERS.has(carrier[1].toLowerCase()) && /\s(?:in|on|via)\s*$/.test(body.slice(cueStart, s))) s += carrier[0].length;
      rest = body.slice(s, sent.end);
      // A stop right after the reported clause's first word ("said Trump, despite his wealth, is …")
      // cuts inside the clause, before its verb: the next stop ends it.
      let stop = STOP_AFTER.exec(rest);
      while (stop && !/\s/.test(rest.slice(0, stop.index).trim())) {
        const next = STOP_AFTER.exec(rest.slice(stop.index + 1));
        stop = next ? Object.assign(next, { index: next.index + stop.index + 1 }) : null;
      }
      // A stop inside a quotation ("said, “…, believing that …”") is the speaker's words, not the
      // end of them: the next stop after the quotation ends the content.
      // A comma closing the quotation (`“…, adding to it,” according to …`) counts as outside it.
      let e = stop ? s + stop.index : sent.end;
      for (let guard = 0; stop && guard < 8; guard++) {
        const q = sq.find((x) => x.open < e && e < x.close);
        if (!q) break;
        const comma = /,\s*$/.test(body.slice(q.start, q.end)) ? ',' : '';
        const next = STOP_AFTER.exec(comma + body.slice(q.closeEnd, sent.end));
        stop = next;
        e = next ? (comma && next.index === 0 ? q.closeEnd : q.closeEnd + next.index - comma.length) : sent.end;
      }
      content = trimSpan(body, s, e);
    }
    // "Though she called it "outrageous" and ..., Clinton said": a sentence-initial subordinate
    // clause ends at its first comma (a comma that closes a quotation ends it after the mark).
    // "called the deal “a disgrace” ...": the small clause ends with its quotation.
    if (content && !inverted && content.start > cueStart && /^(?:called|calls|call|calling|described|describes|describing|labeled|labelled|dubbed|branded|termed)$/.test(c.lemma)) {
      const q = sq.find((x) => x.open >= content!.start && x.open < content!.end);
      if (q && q.closeEnd < content.end && /^[^"“”]{0,60}$/.test(body.slice(content.start, q.open))) content = { start: content.start, end: q.closeEnd };
    }
    const subordinate = SUBORDINATORS.has(ws[0].lower) || (c.participle && c.lo > 0 && /^(?:despite|after|before|while|since|without|upon)$/.test(ws[c.lo - 1].lower));
    if (content && !inverted && content.start > cueStart && c.lo > 0 && subordinate) {
      for (let i = content.start; i < content.end; i++) {
        if (body[i] !== ',') continue;
        const inq = sq.find((q) => q.open < i && i < q.close);
        if (inq && inq.close > i + 1) continue;
        const end = inq ? inq.closeEnd : i;
        content = trimSpan(body, content.start, end, /[\s,;:—–-]/) ?? content;
        break;
      }
    }
    // "argued for it", "argues against the plan": advocacy, not words reported.
    // Not "argued for the second time that ...": a that-clause or a quotation is words reported.
    if (content && /^argu/.test(c.lemma) && /^(?:for|against)\b/i.test(body.slice(content.start, content.end)) && !/\bthat\s|["“]/.test(body.slice(content.start, content.end))) continue;
    // "Clinton said in the spring, when the story broke, “…”": an aside after the cue's tails, then a
    // comma or a colon and the quotation: the quotation is the content.
    // So does "Said Dorothy Poynter, who grew up with Ali, “…”" (the cue opens the sentence).
    const opening = inverted && !!subject && cueStart === ws[0].start;
    if (!content && (!inverted || opening) && (subject || parent !== null)) {
      const from = opening ? subject!.end : p;
      const q = sq.find((x) => x.open >= from && x.open - from <= 120 && x.close <= sent.end);
      const lead = q ? body.slice(from, q.open) : '';
      if (q && /[,:]\s*$/.test(lead) && !/[.;!?"“”«»]|''/.test(lead) && findCues(ws.filter((w) => w.start >= from && w.end <= q.open)).length === 0) content = trimSpan(body, q.open, sent.end);
    }
    if (!content) {
      if (subject && /^\s*:\s*$/.test(body.slice(p, sent.end))) {
        out.push({ sentence: sent.index, cue, lemma: c.lemma, cueStart, cueEnd, subject, inverted, content: null, region, according: false, parent, leadIn: true });
      }
      continue;
    }
    // "“…,” Hale recalled Roe saying", "Hale quoted her as saying “…”": the words are the one
    // recalled or quoted, never the one recalling: a name is the speaker, a pronoun leaves it unknown.
    const recalled = RECALLED_SAYING.exec(body.slice(cueEnd, sent.end));
    if (recalled && RECALLING_VERBS.has(c.lemma.split(' ')[0]) && subject) {
      const at = cueEnd + recalled.index + recalled[0].indexOf(recalled[1]);
      if (/^\p{Lu}/u.test(recalled[1])) {
        subject = { start: at, end: at + recalled[1].length };
        inverted = false;
        parent = null;
      } else unsure = true;
    }
    if (unsure) out.push({ sentence: sent.index, cue, lemma: c.lemma, cueStart, cueEnd, subject: null, inverted: false, content, region, according: false, parent: null, unattributed: true });
    else out.push({ sentence: sent.index, cue, lemma: c.lemma, cueStart, cueEnd, subject, inverted, content, region, according: false, parent, ...(about ? { about } : {}) });
  }
  speechNounClauses(body, sent, ws, sq, out);
  return out;
}

const NOUN_DETERMINERS = /^(?:his|her|their|its|our|my|your|the|a|an|this|that|these|those|such|any|no)$/;

/**
 * "Hale's claim that the port was sold", "his insistence that …", "the allegation that …": a noun of
 * speech after a possessive or a determiner (up to two modifiers between), then "that" and a clause:
 * the clause, to its first comma outside a quotation or the sentence's end, is words reported. A
 * name's possessive speaks; after any other determiner the speaker is unknown. Not where another
 * attribution's words already hold the noun ("Hale repeated his claim that …").
 */
function speechNounClauses(body: string, sent: Sentence, ws: Word[], sq: QuoteSpan[], out: Attribution[]): void {
  const gap = (a: number, b: number) => body.slice(a, b);
  for (let t = 1; t + 3 < ws.length; t++) {
    if (ws[t].lower !== 'that' || ws[t].cap || !SPEECH_NOUNS.has(ws[t - 1].lower) || ws[t - 1].cap || ws[t - 1].possessive) continue;
    if (!/^\s+$/.test(gap(ws[t - 1].end, ws[t].start)) || /[,;:.!?"“”()—–]/.test(gap(ws[t].end, ws[t + 1].start)) || inQuote(ws[t].start, sq)) continue;
    let d = t - 2;
    while (d >= 0 && t - 2 - d < 2 && !ws[d].cap && !ws[d].possessive && !NOUN_DETERMINERS.test(ws[d].lower) && /^[a-z-]+$/.test(ws[d].lower) && /^\s+$/.test(gap(ws[d].end, ws[d + 1].start))) d--;
    if (d < 0 || !/^(?:['’]s?)?\s+$/.test(gap(ws[d].end, ws[d + 1].start))) continue;
    const named = ws[d].possessive && ws[d].cap;
    if (!named && !NOUN_DETERMINERS.test(ws[d].lower)) continue;
    if (out.some((a) => a.content && a.content.start <= ws[t - 1].start && ws[t].end <= a.content.end)) continue;
    let end = sent.end;
    for (let i = ws[t].end; i < sent.end; i++) {
      if (!/[,;—–]/.test(body[i])) continue;
      const q = sq.find((x) => x.open < i && i < x.close);
      if (q && q.close > i + 1) continue;
      end = q ? q.closeEnd : i;
      break;
    }
    const content = trimSpan(body, ws[t + 1].start, end);
    if (!content || ws.filter((w) => w.start >= content.start && w.end <= content.end).length < 3) continue;
    let subject: Span | null = null;
    if (named) {
      let b = d;
      while (b > 0 && d - b < 3 && ws[b - 1].cap && !ws[b - 1].possessive && /^\s+$/.test(gap(ws[b - 1].end, ws[b].start))) b--;
      // Only as the clause's subject: "… sought to clarify Mr. Obama's comment that …" may be the
      // clarifier's words as much as Obama's (labels credit the outer speaker): unknown.
      if (b === 0 || /[,;:—–("“]\s*$/.test(gap(ws[b - 1].end, ws[b].start))) subject = { start: ws[b].start, end: ws[d].end };
    }
    const cue = { start: ws[t - 1].start, end: ws[t - 1].end };
    out.push({ sentence: sent.index, cue: body.slice(cue.start, cue.end), lemma: ws[t - 1].lower, cueStart: cue.start, cueEnd: cue.end, subject, inverted: false, content, region: [], according: false, parent: null, ...(subject ? { possessor: true } : { unattributed: true }) });
  }
}

export { OPEN_Q, CLOSE_Q };
