/**
 * News-ness of a sentence, from its form: does it report a decisive event (a finite past or
 * present-perfect verb of a decisive kind — won, dropped out, endorsed, clinched, charged, ruled —
 * with a named subject), or is it commentary, a feature's scene-setting, a habit, an interview or a
 * preview ("If …", "Ever since …", "The last time …", "has said the same thing", "interviewed",
 * "Heading into …")? The word lists are data in the lexicon. Pure.
 */
import { HELD_OCCASIONS, MONTHS, WEEKDAYS, CONSEQUENCE_CAUSES, CONSEQUENCE_TABLE, DECISIVE_BASE_TABLE, DECISIVE_EVENT_TABLE, DECISIVE_PERIPHRASES, DECISIVE_NOUN_TABLE, DECISIVE_PASSIVE_TABLE, EPITHET_ROLES, EVENT_ECHO_TABLE, NON_EVENT_FORMS, NON_EVENT_OPENERS, NOT_EVENT_NAMES, NOT_EVENT_PARTICLES, PLACE_ALIASES, PREPOSITIONS, TIME_REFERENCE_OPENERS, UNREALIZED_PREDICATES } from '../../facts/lexicon.ts';
import { dateMentions } from './event-date.ts';
import { fold } from './text.ts';

/** A decisive event as a sentence reports it: who did it, what (the verb's lemma), and to whom or where (names). */
export interface EventSig {
  /** The subject's name as written last ("Sanders" of "Sen. Bernie Sanders"), folded. */
  subject: string;
  lemma: string;
  /** Names after the verb in its clause ("new hampshire", "clinton"), folded, possessives dropped. */
  objects: string[];
  /** True when the verb's object is a pronoun ("endorsed him"): someone the sentence does not name. */
  unnamedObject?: boolean;
  /** Another subject joined to it by "and" ("Donald Trump and Hillary Clinton have won …": "trump"), folded last word. */
  with?: string[];
}

/** Every subject of an event (its subject and any joined to it by "and"). */
export function subjectsOf(e: Pick<EventSig, 'subject' | 'with'>): string[] {
  return e.with?.length ? [e.subject, ...e.with] : [e.subject];
}

/** Two events share a subject ("Trump and Clinton won Florida" and "Trump's win in Florida"). */
export function sameSubject(a: Pick<EventSig, 'subject' | 'with'>, b: Pick<EventSig, 'subject' | 'with'>): boolean {
  if (a.subject === b.subject) return true;
  if (!a.with?.length && !b.with?.length) return false;
  const bs = subjectsOf(b);
  return subjectsOf(a).some((x) => bs.includes(x));
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form as a pattern: "*" one optional word, a space any whitespace. */
const formRe = (f: string) => {
  const parts = f.split(' ');
  return parts.map((w, i) => (w === '*' ? '(?:[\\w-]+\\s+)?' : `${esc(w)}${i < parts.length - 1 ? '\\s+' : ''}`)).join('');
};

/** A lexicon table of `lemma: form|form` lines as its forms with their lemma, longest first. */
function lemmaForms(table: string): { form: string; lemma: string }[] {
  return table
    .trim()
    .split('\n')
    .filter((line) => line.includes(':'))
    .flatMap((line) => {
      const [lemma, forms] = line.split(':');
      return forms.split('|').map((f) => ({ form: f.trim(), lemma: lemma.trim() }));
    })
    .filter((f) => f.form)
    .sort((a, b) => b.form.length - a.form.length);
}

const FORMS = lemmaForms(DECISIVE_EVENT_TABLE);
const NOUNS = lemmaForms(DECISIVE_NOUN_TABLE);
/** The base and -ing forms of the decisive verbs a periphrasis tells ("took the step of announcing"). */
const BASES = lemmaForms(DECISIVE_BASE_TABLE);
/** "Clinton's (decisive) victory": a possessive name, an optional adjective, a decisive noun. */
const NOMINAL = new RegExp(`(\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:[\\p{L}-]+\\s+)?(${NOUNS.map((n) => formRe(n.form)).join('|')})\\b`, 'giu');
const NOUN_LEMMA = new Map(NOUNS.map((n) => [n.form, n.lemma]));
/** Forms with an optional word, as whole-string patterns (for the lemma of what matched). */
const FORM_RES = FORMS.filter((f) => f.form.includes('*')).map((f) => ({ re: new RegExp(`^${formRe(f.form)}$`, 'i'), lemma: f.lemma }));
const LEMMA = new Map(FORMS.map((f) => [f.form, f.lemma]));
// matched on lower-cased text (a case-blind alternation of this size is several times slower)
const DECISIVE = new RegExp(`\\b(${FORMS.map((f) => formRe(f.form)).join('|')})\\b`, 'g');

const listRe = (words: Iterable<string>, anchored: boolean) =>
  new RegExp(
    `${anchored ? '^' : '\\b'}(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.split(' ').map((x) => (x === '*' ? '[\\w-]+' : esc(x))).join('\\s+'))
      .join('|')})\\b`,
    'i',
  );
const OPENER = listRe(NON_EVENT_OPENERS, true);
const NON_EVENT = listRe(NON_EVENT_FORMS, false);
/** Words just before the verb that make it no report of a done event ("who won", "would win", "had won"). */
const HEDGE_BEFORE = /\b(?:if|when|would|could|should|might|may|will|to|not|never|whether|who|which|that|had|can|cannot|didn't|hasn't|hadn't|has not|did not)\s+(?:\w+ly\s+)?$/i;
/** Adverbs and auxiliaries between a subject and its verb ("Clinton narrowly won", "Sanders has formally endorsed"). */
const BETWEEN = /^(?:\s+(?:has|have|also|then|finally|officially|formally|easily|narrowly|handily|comfortably|overwhelmingly|decisively|quietly|reportedly|\w+ly))*\s*$/i;
const NAME = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Quoted words blanked out (the same length): a quote's verbs are the speaker's, not the sentence's. */
function unquoted(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, (m) => ' '.repeat(m.length));
}

function isName(w: string): boolean {
  return NAME.test(w) && !NOT_EVENT_NAMES.has(fold(w).replace(/[.,]+$/, '').replace(/['’]s$/, ''));
}

/** Runs of capitalised names in a stretch of text, folded, possessives dropped. */
export function nameRuns(text: string): string[] {
  const runs: string[] = [];
  let cur: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const w = raw.replace(/^[("“']+/, '');
    const end = /[,;:)"”]$|['’]s$/.test(w);
    const bare = w.replace(/[,;:.)"”]+$/, '').replace(/['’]s$/, '');
    if (bare && isName(bare)) cur.push(fold(bare));
    else if (cur.length) (runs.push(cur.join(' ')), (cur = []));
    if (end && cur.length) (runs.push(cur.join(' ')), (cur = []));
  }
  if (cur.length) runs.push(cur.join(' '));
  return runs;
}

/** Auxiliaries that open some forms ("has won", "was nominated"): too common to pick sentences by. */
const AUX = new Set(['was', 'were', 'has', 'have', 'is', 'are', 'will', 'a', 'the']);
/** One word of each form (its first that is no auxiliary) and each noun: a sentence with none of them reports no decisive event. */
const KEY_WORDS = new Set(
  // (a periphrasis by the verb after it: "made" alone is in too many sentences to read each for an event)
  [...FORMS, ...NOUNS, ...BASES].map((f) => f.form.split(' ').find((w) => w !== '*' && !AUX.has(w)) ?? f.form.split(' ')[0]),
);

export function mayReportEvent(text: string): boolean {
  for (const w of fold(text).split(/[^a-z'-]+/)) if (KEY_WORDS.has(w)) return true;
  return false;
}

/** "the Granite State", "N.H.": a place's other name, read as its own (PLACE_ALIASES); not inside a longer name ("Empire State Building", "R-Fla."). */
const ALIAS = new RegExp(
  `(?<![\\p{L}.-])(${Object.keys(PLACE_ALIASES).sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}]|\\s+\\p{Lu})`,
  'gu',
);

/** The sentence with each place's other name replaced by its own ("in the Granite State" -> "in New Hampshire"). */
export function canonicalPlaces(text: string): string {
  ALIAS.lastIndex = 0;
  return text.replace(ALIAS, (_, a: string) => PLACE_ALIASES[a]);
}

/** Results remembered (stored sentences come back on every card; bounded). */
const SIGS = new Map<string, EventSig | null>();
const SIGS_MAX = 50_000;

/** The decisive event a sentence reports, or null (none, or no named subject, or hedged). */
export function decisiveEvent(text: string): EventSig | null {
  const hit = SIGS.get(text);
  if (hit !== undefined) return hit;
  const sig = mayReportEvent(text) ? readEvent(canonicalPlaces(text)) : OCCASION_WORD.test(text) ? heldOccasion(canonicalPlaces(text)) : null;
  if (SIGS.size >= SIGS_MAX) SIGS.delete(SIGS.keys().next().value!);
  SIGS.set(text, sig);
  return sig;
}

function readEvent(text: string): EventSig | null {
  if (nonEvent(text)) return null;
  const t = unquoted(text).replace(/\s*\([^)]{0,30}\)/g, (m) => ' '.repeat(m.length));
  DECISIVE.lastIndex = 0;
  const lower = t.toLowerCase();
  const same = lower.length === t.length;
  for (let m = same ? DECISIVE.exec(lower) : null; m; m = DECISIVE.exec(lower)) {
    const form = fold(m[1]).replace(/\s+/g, ' ');
    const sig = activeEvent(t, m.index, m.index + m[0].length, LEMMA.get(form) ?? FORM_RES.find((f) => f.re.test(form))?.lemma);
    if (sig) return sig;
  }
  // "took the unusual step of announcing", "made the decision to drop out": the event after a verb of deciding or acting
  PERIPHRASIS.lastIndex = 0;
  for (let m = same ? PERIPHRASIS.exec(lower) : null; m; m = PERIPHRASIS.exec(lower)) {
    const sig = activeEvent(t, m.index, m.index + m[0].length, BASE_LEMMA.get(fold(m[1]).replace(/\s+/g, ' ')));
    if (sig) return sig;
  }
  const passive = passiveEvent(t);
  if (passive) return passive;
  NOMINAL.lastIndex = 0;
  for (let m = NOMINAL.exec(t); m; m = NOMINAL.exec(t)) {
    if (!isName(m[1])) continue;
    // "a month before Justice Ortiz's death": the time of what the sentence tells
    const lead = t.slice(0, m.index).trimEnd().split(/\s+/).filter(Boolean);
    const timeRef = timeReference([...lead, m[1]], lead.length);
    const lemma = NOUN_LEMMA.get(fold(m[2]).replace(/\s+/g, ' '));
    if (!lemma) continue;
    const after = t.slice(m.index + m[0].length).split(/[,;:—–]|\s-\s|\b(?:as|after|while|because|but|was|is|has|had|who|which)\b/)[0];
    if (timeRef && !dated(after)) continue;
    if (unrealized(t.slice(m.index + m[0].length))) continue;
    const subject = fold(m[1]);
    return { subject, lemma, objects: nameRuns(after).filter((o) => o !== subject) };
  }
  const held = heldOccasion(text);
  if (held) return held;
  // "Sanders arrived reenergized after his surprising victory in Michigan": the possessive is the one the sentence opens with
  PRONOMINAL.lastIndex = 0;
  for (let m = PRONOMINAL.exec(t); m; m = PRONOMINAL.exec(t)) {
    const lemma = NOUN_LEMMA.get(fold(m[1]).replace(/\s+/g, ' '));
    const before = t.slice(0, m.index);
    if (!lemma || HEDGE_BEFORE.test(before) || CONDITIONAL.test(before)) continue;
    const subject = soleOpeningName(before);
    if (!subject) continue;
    const after = t.slice(m.index + m[0].length).split(/[,;:—–]|\s-\s|\b(?:as|after|while|because|but|was|is|has|had|who|which)\b/)[0];
    if (TIME_REFERENCE.test(before) && !dated(after)) continue;
    if (unrealized(t.slice(m.index + m[0].length))) continue;
    return { subject, lemma, objects: nameRuns(after).filter((o) => o !== subject) };
  }
  return null;
}

const OCCASION = [...HELD_OCCASIONS].sort((a, b) => b.length - a.length).map((o) => o.split(' ').map(esc).join('\\s+')).join('|');
const DAY = `(?:${WEEKDAYS.map((w) => `${w[0].toUpperCase()}${w.slice(1)}`).join('|')})`;
const OCCASION_WORD = new RegExp(`\\b(?:${OCCASION})s?\\b`, 'i');
/** "Tuesday's Republican debate", "last night's Fox Business debate": a day's occasion (a few words between). */
const DAY_OCCASION = new RegExp(`\\b(?:${DAY}(?:\\s+(?:night|evening|morning|afternoon))?|[Ll]ast\\s+night)['’]s\\s+((?:[\\p{L}\\p{N}.-]+\\s+){0,4}?)(${OCCASION})s?\\b`, 'u');
/** "the debate from Detroit on Thursday night", "debate Saturday": an occasion, its place or host, its day. */
const OCCASION_DAY = new RegExp(`\\b(${OCCASION})s?((?:\\s+(?:from|in|at|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)\\s+(?:on\\s+)?${DAY}\\b`, 'u');
/** Words of what is still to come or of a preview just before an occasion ("ahead of Tuesday's debate", "before the debate on Friday"). */
const BEFORE_OCCASION = /\b(?:ahead of|before|until|into|for|to|toward|towards|awaiting|preparing for|prepare for|during)\s+(?:the\s+)?$/i;
/** A verb of saying before the occasion ("Ortiz said she won the debate on Tuesday"): what someone says of it, not the sentence's report. */
const SAYING = /\b(?:said|says|told|tells|claimed|claims|argued|argues|insisted|insists)\b/i;
/** A sentence of what is to come ("Tuesday's debate will air on Fox Business"). */
const TO_COME = /\b(?:will|would|is to|are to|is expected|are expected|is scheduled|are scheduled|set to|slated|plans? to|hopes? to)\b/i;

/**
 * An occasion held on a day the sentence names: "The Fox News debate from Detroit on Thursday night
 * started with a bang …", "at Tuesday's Republican debate". Its subject is the occasion (its lemma
 * "hold"), its objects the names that tell which (its host, its place); none of what is to come or
 * a preview ("ahead of Tuesday's debate", "the debate will air on Thursday"), nor what someone said of it.
 */
function heldOccasion(text: string): EventSig | null {
  const t = unquoted(text);
  if (TO_COME.test(t)) return null;
  const a = DAY_OCCASION.exec(t);
  const b = a ? null : OCCASION_DAY.exec(t);
  const m = a ?? b;
  if (!m || BEFORE_OCCASION.test(t.slice(0, m.index)) || SAYING.test(t.slice(0, m.index))) return null;
  const occasion = fold((a ? a[2] : b![1]).replace(/\s+/g, ' '));
  const objects = nameRuns(a ? a[1] : b![2]).filter((n) => !WEEKDAYS.includes(n));
  return { subject: occasion, lemma: 'hold', objects };
}

/** "his (surprising) victory", "her exit": a possessive pronoun, an optional adjective, a decisive noun. */
const PRONOMINAL = new RegExp(`\\b(?:[Hh]is|[Hh]er)\\s+(?:[\\p{L}-]+\\s+)?(${NOUNS.map((n) => formRe(n.form)).join('|')})\\b`, 'gu');

/**
 * The one a possessive pronoun stands for: the name the sentence opens with (past a title), when it
 * is the only name before the pronoun (with two, no telling whose). Folded last word, or null.
 */
function soleOpeningName(before: string): string | null {
  const runs = nameRuns(before);
  if (runs.length !== 1) return null;
  const words = before.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && !isName(words[i].replace(/[.,]+$/, '')) && /^\p{Lu}/u.test(words[i])) i++;
  if (i >= words.length || fold(words[i].replace(/[.,]+$/, '').replace(/['’]s$/, '')) !== runs[0].split(' ')[0]) return null;
  // a subject is followed by its verb, not a preposition ("Even with his victory …", "Despite her win …": no one named)
  const next = words[i + runs[0].split(' ').length];
  if (!next || !/^\p{Ll}/u.test(next) || PREPOSITIONS.has(next) || JOINS.has(next)) return null;
  return runs[0].split(' ').pop()!;
}

/**
 * A role standing for its holder as the subject ("The British capital's new mayor on Tuesday rejected
 * …", "the House speaker endorsed …"): a role head word (ROLE_HEADS) just before the verb, opened by
 * "the" or a possessive within the few words before it, at the start of its clause. The role word,
 * or null.
 */
function roleSubject(words: readonly string[], k: number): string | null {
  const w = fold(words[k] ?? '');
  if (!ROLE_SUBJECTS.has(w)) return null;
  // the role's phrase, back over adjectives, names and possessives to "the" or a possessive opening the sentence or a clause
  // ("The British capital's new mayor", "London's new mayor"); a clause opens after a comma, a semicolon or a colon
  let possessive = false;
  for (let j = k - 1; j >= Math.max(0, k - ROLE_PHRASE_WORDS); j--) {
    const x = words[j];
    if (/[,;:]$/.test(x)) return null;
    const opens = j === 0 || /[,;:]$/.test(words[j - 1]);
    // "the" opens the phrase: the subject when it opens its clause ("Critics said the mayor rejected …": what someone said)
    if (/^the$/i.test(x)) return opens ? w : null;
    if (/['’]s$/.test(x)) possessive = true;
    if (possessive && opens && /^\p{Lu}/u.test(x)) return w;
  }
  return null;
}
/** A role's phrase before it ("The British capital's new") is at most this many words. */
const ROLE_PHRASE_WORDS = 5;
/** Role head words that may stand as an event's subject (one holder named by the role: not "official", "aide", "supporter"). */
const ROLE_SUBJECTS = new Set(['mayor', 'governor', 'senator', 'speaker', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'judge', 'justice', 'secretary', 'minister', 'premier', 'chancellor', 'nominee', 'leader', 'pope', 'king', 'queen', 'prosecutor', 'sheriff', 'commissioner']);

/**
 * The event a verb (or periphrasis) at [index, end) of `t` reports, told in the active: its subject
 * the name just before it (past adverbs and auxiliaries, "of Vermont", a pronoun opening a joined
 * clause), its objects the names after it in its clause; null when hedged, conditional or with no
 * named subject.
 */
function activeEvent(t: string, index: number, end: number, lemma: string | undefined): EventSig | null {
  if (!lemma) return null;
  // "a grumpy Trump -- angry at how Fox News has treated him -- stood by his plan to boycott": an aside between dashes is not between a subject and its verb
  // "Ann Roe on Friday endorsed Lee": the day between the subject and its verb is when, not who
  // "Khan, a Muslim, was elected": a name's appositive between commas is not between a subject and its verb
  const before = t.slice(0, index).replace(ASIDE, ' ').replace(DAY_BETWEEN, ' ').replace(APPOSITIVE, '$1 ');
  if (HEDGE_BEFORE.test(before)) return null;
  // the subject: the name just before the verb, past adverbs and auxiliaries
  const words = before.trimEnd().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && BETWEEN.test(` ${words[k]}`) && !NAME.test(words[k])) k--;
  // "Senator Bernie Sanders of Vermont endorsed": the name before "of"
  if (k >= 2 && words[k - 1] === 'of' && isName(words[k - 2].replace(/[.,]+$/, ''))) k -= 2;
  // "London's newly elected mayor", "Clinton's defeated rival": a participle describing a noun after a possessive, no verb
  // (unless a determiner or a number follows it: "Trump's won three states" is "Trump has won")
  if (/['’]s$/.test(words[k] ?? '') && !/^\s+(?:a|an|the|his|her|their|its|more|most|every|all|both|each|\d[\d,.]*)\b/i.test(t.slice(end))) return null;
  const last = (words[k] ?? '').replace(/['’]s$/, '');
  // "Donald Trump painted a dire portrait as he accepted the nomination": the pronoun is the sentence's subject
  const opener = PRONOUN.test(last) ? openingSubject(words, k) : (roleSubject(words, k) ?? null);
  if (!opener && (!last || /[,;:]$/.test(last) || !isName(last.replace(/[.]+$/, '')))) return null;
  // "Mateen carried out the attack": another verb
  const particle = /^\s+([a-z]+)\b/i.exec(t.slice(end))?.[1];
  if (particle && NOT_EVENT_PARTICLES.has(`${fold(t.slice(index, end)).replace(/\s+/g, ' ')} ${particle.toLowerCase()}`)) return null;
  // "if Sen. Marco Rubio wins Florida and Gov. John Kasich wins Ohio", "neither Kasich nor Rubio has won": no event done
  if (CONDITIONAL.test(before.split(/[,;:—–]/).pop() ?? '')) return null;
  // "Mr. Cruz, who unlike Mr. Rubio won his Senate seat …": a relative clause tells what its antecedent did once, not the sentence's news
  if (RELATIVE.test(before.split(/[,;:—–]/).pop() ?? '')) return null;
  const subject = opener ?? fold(last.replace(/[.]+$/, ''));
  // its objects: the names after the verb, up to the clause's end
  const rest = t.slice(end);
  // "won at least 25 delegates": a tally, not a contest won
  if (lemma === 'win' && (TALLY.test(rest) || WON_OVER.test(rest))) return null;
  // "withdrew that bill", "withdrew his support": a thing withdrawn, not a candidate leaving the race
  if (lemma === 'withdraw' && THING_WITHDRAWN.test(rest)) return null;
  const after = rest.split(/[,;:—–]|\s-\s|\b(?:as|after|while|because|but|and said|who|which)\b/)[0];
  // "before Justice Ortiz died", "two weeks after Lee conceded": the time of what the rest of the sentence tells, not its news (unless its own clause dates it)
  if (timeReference(words, k) && !dated(after)) return null;
  const objects = [...nameRuns(after), ...listedNames(rest.slice(after.length))].filter((o) => o !== subject);
  const sig: EventSig = UNNAMED_OBJECT.test(after) ? { subject, lemma, objects, unnamedObject: true } : { subject, lemma, objects };
  const joined = opener ? null : jointSubject(words, k);
  if (joined && joined !== subject) sig.with = [joined];
  return sig;
}

/** The end of a stretch of text that opens a time of reference (TIME_REFERENCE_OPENERS: "before", "since", "two weeks after"). */
const TIME_REFERENCE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...TIME_REFERENCE_OPENERS].sort((a, b) => b.length - a.length).map((w) => w.split(' ').map(esc).join('\\s+')).join('|')})\\s*$`,
  'iu',
);

/** Whether a clause names a date ("this week", "on Monday", "Feb. 1"): an event it tells is dated by it, so reported, not only a time of reference. */
function dated(clause: string): boolean {
  return dateMentions(clause, '2000-06-15').length > 0;
}

/**
 * Whether the subject at words[k] (a name, past its titles: "before Justice Antonin Scalia", or a
 * pronoun: "since he") opens a time of reference: the event it does is when the rest happened.
 */
function timeReference(words: readonly string[], k: number): boolean {
  for (let j = k; j >= 0 && k - j <= 5; j--) {
    if (j < k && (!/^\p{Lu}/u.test(words[j]) || /[,;:]$/.test(words[j]))) return false;
    if (j > 0 && TIME_REFERENCE.test(words.slice(Math.max(0, j - 3), j).join(' '))) return true;
  }
  return false;
}

/**
 * When, told between a subject and its verb ("Roe on Friday endorsed", "the council late Tuesday
 * voted", "Roe on Jan. 5 signed", "Roe last week announced"): no part of the subject.
 */
const DAY_BETWEEN = new RegExp(
  `\\s+(?:(?:on|late|early)\\s+)?(?:(?:${WEEKDAYS.map((w) => `${w[0].toUpperCase()}${w.slice(1)}`).join('|')})(?:\\s+(?:night|morning|afternoon|evening))?|(?:${Object.keys(MONTHS)
    .map((m) => `${m[0].toUpperCase()}${m.slice(1)}`)
    .join('|')})\\.?\\s+\\d{1,2}|(?:last|this|earlier this)\\s+(?:week|month)|today|yesterday)\\s*$`,
  'u',
);

/**
 * Whether what follows an event's noun ("Ryan's endorsement of" + " Trump, many think, is only a
 * matter of time") says it has not happened: its object's few words, an aside between commas, then one
 * of UNREALIZED_PREDICATES.
 */
function unrealized(rest: string): boolean {
  return UNREALIZED.test(rest.slice(0, 160));
}
const UNREALIZED = new RegExp(
  `^(?:\\s+[\\p{L}.'’-]+){0,6}?(?:,(?:\\s+[\\p{L}.'’-]+){1,5},)?\\s+(?:${[...UNREALIZED_PREDICATES].sort((a, b) => b.length - a.length).map((w) => w.split(' ').map(esc).join('\\s+')).join('|')})\\b`,
  'iu',
);

/** A name's appositive between commas just before a verb ("Khan, a Muslim, was elected", "Roe, the council's chair, resigned", "Woods, the parents of two Americans killed in Benghazi, Libya, have filed …"). */
const APPOSITIVE = /(\p{Lu}[\p{L}'’.-]*),\s+(?:a|an|the)\s+(?:[^,;:()"“”]|,\s+\p{Lu}[\p{L}.]*(?=,)){1,120},\s*$/u;

/** An aside between dashes just before a verb ("-- angry at how Fox News has treated him --"). */
const ASIDE = /\s+(?:--|—|–)\s+(?:(?!--|—|–).){1,100}?\s+(?:--|—|–)\s*$/u;

const BASE_LEMMA = new Map(BASES.map((b) => [b.form, b.lemma]));
/** A periphrasis (DECISIVE_PERIPHRASES) and the base or -ing form of a decisive verb after it (lower-cased text). */
const PERIPHRASIS = new RegExp(
  `\\b(?:${[...DECISIVE_PERIPHRASES].sort((a, b) => b.length - a.length).map(formRe).join('|')})\\s+(${BASES.map((b) => formRe(b.form)).join('|')})\\b`,
  'g',
);

const CONSEQUENCES = lemmaForms(CONSEQUENCE_TABLE);
const CONSEQUENCE_LEMMA = new Map(CONSEQUENCES.map((c) => [c.form, c.lemma]));
const CONSEQUENCE_FORM_RES = CONSEQUENCES.filter((c) => c.form.includes('*')).map((c) => ({ re: new RegExp(`^${formRe(c.form)}$`, 'i'), lemma: c.lemma }));
/** "leading Texas Sen. Ted Cruz to drop out": a cause word, a few words ending in a name (the one it befell: "Council member Sam Lee"), "to", a turning point's base form. */
const CONSEQUENCE = new RegExp(
  `\\b(?:${[...CONSEQUENCE_CAUSES].map(esc).join('|')})\\s+((?:[\\p{L}.'’-]+\\s+){0,4}\\p{Lu}[\\p{L}.'’-]*\\s+)to\\s+(${CONSEQUENCES.map((c) => formRe(c.form)).join('|')})\\b`,
  'gu',
);

/**
 * A turning point a sentence tells as what its event caused: "Trump's victory in Indiana … all but
 * sealed the nomination, leading Texas Sen. Ted Cruz to drop out of the race" reports Cruz's
 * withdrawal as well as Trump's win. The one it befell is named (past titles: "Sen."), the clause is
 * not hedged ("could force Becker to drop out" is no such event). Its lemma and that name's last
 * word, folded, or null.
 */
export function consequenceEvent(text: string): { subject: string; lemma: string } | null {
  if (nonEvent(text)) return null;
  const t = unquoted(text);
  CONSEQUENCE.lastIndex = 0;
  for (let m = CONSEQUENCE.exec(t); m; m = CONSEQUENCE.exec(t)) {
    if (HEDGE_BEFORE.test(t.slice(0, m.index)) || CONDITIONAL.test(t.slice(0, m.index).split(/[,;:—–]/).pop() ?? '')) continue;
    const runs = nameRuns(m[1]);
    if (!runs.length) continue;
    const form = fold(m[2]).replace(/\s+/g, ' ');
    const lemma = CONSEQUENCE_LEMMA.get(form) ?? CONSEQUENCE_FORM_RES.find((c) => c.re.test(form))?.lemma;
    if (lemma) return { subject: runs[runs.length - 1].split(' ').pop()!, lemma };
  }
  return null;
}

const PASSIVES = lemmaForms(DECISIVE_PASSIVE_TABLE);
const PASSIVE = new RegExp(`\\b(?:was|were)\\s+(?:\\w+ly\\s+)?(${PASSIVES.map((p) => formRe(p.form)).join('|')})\\b`, 'gi');
const PASSIVE_LEMMA = new Map(PASSIVES.map((p) => [p.form, p.lemma]));

/**
 * A decisive event told in the passive: "Mr. Trump was defeated in the Iowa caucuses on Monday by
 * Senator Ted Cruz of Texas" is Cruz's win over Trump in Iowa. The one it was done to is named
 * just before "was", the one who did it after "by" in the same clause; not hedged ("would be
 * defeated", "if … was beaten").
 */
function passiveEvent(t: string): EventSig | null {
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(t); m; m = PASSIVE.exec(t)) {
    const before = t.slice(0, m.index);
    if (HEDGE_BEFORE.test(before) || CONDITIONAL.test(before.split(/[,;:—–]/).pop() ?? '')) continue;
    const prev = (before.trimEnd().split(/\s+/).pop() ?? '').replace(/['’]s$/, '');
    if (!prev || /[,;:]$/.test(prev) || !isName(prev.replace(/[.]+$/, ''))) continue;
    const clause = t.slice(m.index + m[0].length).split(/[,;:—–]|\s-\s|\b(?:as|after|while|because|but|who|which)\b/)[0];
    const by = /\bby\s+/.exec(clause);
    if (!by) continue;
    // the doer: the first full name right after "by" ("Senator Ted Cruz of Texas", "Council member Lena Ortiz"), else its first name
    const after = clause.slice(by.index + by[0].length);
    // "by a wide margin", "by voters": no one named did it
    if (!/^\p{Lu}/u.test(after)) continue;
    const runs = nameRuns(after);
    const full = runs.findIndex((r) => r.includes(' '));
    const doer = runs[full >= 0 && full <= 1 ? full : 0];
    if (!doer) continue;
    // what follows the doer's name (and its "of Texas"): where it was done
    const at = fold(after).indexOf(doer.split(' ').pop()!);
    const end = at < 0 ? null : { index: at + doer.split(' ').pop()!.length };
    if (end) end.index += /^(?:\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?/u.exec(after.slice(end.index))![0].length;
    const lemma = PASSIVE_LEMMA.get(fold(m[1]).replace(/\s+/g, ' '));
    if (!lemma) continue;
    const subject = doer.split(' ').pop()!;
    const done = fold(prev.replace(/[.]+$/, ''));
    const objects = [done, ...nameRuns(clause.slice(0, by.index)), ...(end ? nameRuns(after.slice(end.index)) : [])].filter((o, i, a) => o !== subject && a.indexOf(o) === i);
    return { subject, lemma, objects };
  }
  return null;
}

/**
 * The rest of a list of names that a clause's last name opens ("won Florida, Ohio and North
 * Carolina"): the names opening each comma-separated item, up to the first item that is not names only.
 */
function listedNames(rest: string): string[] {
  const out: string[] = [];
  if (!rest.startsWith(',')) return out;
  for (const item of rest.slice(1).split(',')) {
    // the item's leading names ("Eastfield and Bay County" of "Eastfield and Bay County on Tuesday")
    const words = item.trim().split(/\s+/);
    let k = 0;
    while (k < words.length && (words[k] === 'and' || words[k] === 'or' || isName(words[k].replace(/[.]+$/, '')))) k++;
    if (!words.slice(0, k).some((w) => w !== 'and' && w !== 'or')) break;
    // names then other words end the list only as its last item ("… and Bay County on Tuesday"), not "Clinton said"
    if (k < words.length && !words.slice(0, k).some((w) => w === 'and' || w === 'or')) break;
    out.push(...nameRuns(words.slice(0, k).join(' ').replace(/\b(?:and|or)\b/g, ',')));
    if (k < words.length) break;
  }
  return out;
}

/**
 * A subject joined by "and" to the one before the verb ("Donald Trump and Hillary Clinton have won"):
 * the last word of the name before "and", folded, or null.
 */
function jointSubject(words: readonly string[], k: number): string | null {
  let i = k;
  // back over the subject's own name ("Hillary Clinton") and any title ("Sen.")
  while (i > 0 && /^\p{Lu}/u.test(words[i - 1]) && !/[,;:]$/.test(words[i - 1])) i--;
  if (i < 2 || words[i - 1] !== 'and') return null;
  const prev = words[i - 2].replace(/['’]s$/, '');
  if (/[,;:]$/.test(prev) || !isName(prev.replace(/[.]+$/, ''))) return null;
  return fold(prev.replace(/[.]+$/, ''));
}

/** A pronoun subject of a clause that follows the sentence's own ("… as he accepted", "… after she won"). */
const PRONOUN = /^(?:he|she)$/i;
/** Words joining a clause to the one before it, whose pronoun subject is the sentence's subject. */
const JOINS = new Set(['as', 'after', 'when', 'before', 'and', 'while', 'because', 'since', 'once', 'until']);

/**
 * The subject a pronoun at `k` stands for: the name the sentence opens with ("Donald Trump painted …
 * as he accepted …"), when the pronoun opens a joined clause ("as", "after", "and" …) and that name
 * is the only one before it (with two, no telling which). Folded last word, or null.
 */
function openingSubject(words: readonly string[], k: number): string | null {
  if (k < 2 || !JOINS.has(words[k - 1].toLowerCase())) return null;
  const runs = nameRuns(words.slice(0, k - 1).join(' '));
  if (runs.length !== 1) return null;
  // the sentence opens with it (past a title: "Sen. Ted Cruz")
  let i = 0;
  while (i < k - 1 && !isName(words[i].replace(/[.,]+$/, '')) && /^\p{Lu}/u.test(words[i])) i++;
  if (i >= k - 1 || fold(words[i].replace(/[.,]+$/, '').replace(/['’]s$/, '')) !== runs[0].split(' ')[0]) return null;
  return runs[0].split(' ').pop()!;
}

/** A clause opening with a relative pronoun ("…, who unlike Mr. Rubio won …"): what it tells is said of the name before it, in passing. */
const RELATIVE = /^\s*(?:who|whom|whose|which)\b/i;

/** A word making the clause before a verb a condition or a denial ("if", "unless", "whether", "neither … nor", "no one"). */
const CONDITIONAL = /\b(?:if|unless|whether|neither|nor|no one|nobody|none of)\b/i;
/**
 * A number or a share right after "won" ("won at least 25 delegates", "won 44 of the 50", "won a
 * majority of the delegates", "won most of the counties"): a count, not a contest.
 */
const TALLY = /^\s+(?:(?:(?:at least|more than|nearly|about|almost|only|just|over|roughly) )?\d|(?:a|the) (?:(?:slim|narrow|clear|solid|large|wide|bare|small) )?(?:majority|plurality|share|bulk|handful|portion|fraction) of\b|(?:most|half|all|some|none) of\b)/i;

/**
 * "won over" before anything but a name or a stretch of time ("won over many evangelical voters",
 * "won over skeptics"): persuaded, not a contest won ("won over Clinton", "won over the weekend" are).
 */
const WON_OVER = /^\s+over\s+(?!(?:the\s+)?(?:weekend|past|last|next|course|previous)\b)(?!\p{Lu})/u;

/** A determiner and a noun after a withdrawal's verb that is not one's candidacy ("withdrew that bill", "withdrew his support"; not "withdrew his candidacy"). */
const THING_WITHDRAWN = /^\s+(?:the|that|this|these|those|his|her|its|their|a|an)\s+(?!(?:\w+\s+)?(?:candidacy|bid|campaign|name)\b)\w/i;

/** A verb's object that names no one ("endorsed him", "beat them"). */
const UNNAMED_OBJECT = /^\s*(?:him|her|them|it|us|me)\b/i;

/** A sentence that opens or reads as commentary, a feature, a habit, an interview or a preview. */
export function nonEvent(text: string): boolean {
  const t = text.trim();
  return OPENER.test(t) || NON_EVENT.test(unquoted(t));
}

/** +1 for a decisive event with a named subject, -1 for commentary or feature prose, else 0. */
export function newsness(text: string): number {
  if (nonEvent(text)) return -1;
  return decisiveEvent(text) ? 1 : 0;
}

/** Two reports' objects name the same thing (one names none, or a name ends the other: "clinton" and "hillary clinton"). */
export function sameObjects(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)));
}

/** A name, its comma and "who" (and "had", an adverb): the clause that follows tells what that one did. */
const NAMED_RELATIVE = /\p{Lu}[\p{L}'’.-]*,\s+who\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$/u;

/** Every word or form that refers to an event of a kind a story looks back to, in any tense (EVENT_ECHO_TABLE, with the decisive forms and nouns of its kinds). */
const ECHO_WORDS = lemmaForms(EVENT_ECHO_TABLE);
/** The kinds of event a story looks back to (those of EVENT_ECHO_TABLE; a routine release or vote is not one). */
const ECHO_KINDS = new Set(ECHO_WORDS.map((f) => f.lemma));
const ECHO_FORMS: { form: string; lemma: string }[] = [...FORMS.filter((f) => ECHO_KINDS.has(f.lemma)), ...NOUNS.filter((f) => ECHO_KINDS.has(f.lemma)), ...ECHO_WORDS].sort((a, b) => b.form.length - a.form.length);
const ECHO = new RegExp(`\\b(${[...new Set(ECHO_FORMS.map((f) => formRe(f.form)))].join('|')})\\b`, 'g');
const ECHO_LEMMA = new Map<string, string>();
for (const f of ECHO_FORMS) if (!f.form.includes('*') && !ECHO_LEMMA.has(f.form)) ECHO_LEMMA.set(f.form, f.lemma);
const ECHO_FORM_RES = ECHO_FORMS.filter((f) => f.form.includes('*')).map((f) => ({ re: new RegExp(`^${formRe(f.form)}$`, 'i'), lemma: f.lemma }));

// each role as written in a sentence: lower-case or capitalised ("senator", "Sen.")
const ROLE = [...EPITHET_ROLES]
  .sort((a, b) => b.length - a.length)
  .map((r) => `[${r[0]}${r[0].toUpperCase()}]${esc(r.slice(1)).replace(/ /g, '\\s+')}`)
  .join('|');
const NAME_RUN = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
/** "Vermont Sen. Bernie Sanders", "the Texas senator": a name before a role (and a name, or nothing more). */
const BEFORE_ROLE = new RegExp(`(?:^|[^\\p{L}])(${NAME_RUN})\\s+(?:${ROLE})\\b\\.?`, 'gu');
/** "Bernie Sanders of Vermont", "Sanders (I-Vt.)": a name after a person's. */
const AFTER_PERSON = new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+of\\s+(${NAME_RUN})`, 'gu');

/** The names in a sentence that describe a person (their state or city) rather than name a place of what happened, folded, each as often as it does. */
export function epithets(text: string): string[] {
  const out: string[] = [];
  for (const re of [BEFORE_ROLE, AFTER_PERSON]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(...nameRuns(m[1]));
  }
  return out;
}

/** A sentence's name runs less those that only describe a person ("the New York primary" stays beside "the New York billionaire"). */
function eventNames(text: string): string[] {
  const runs = nameRuns(text);
  for (const e of epithets(text)) {
    const i = runs.indexOf(e);
    if (i >= 0) runs.splice(i, 1);
  }
  return runs;
}

/** An event a sentence refers to: its kind, and the names the sentence carries (each run of names whole and by its last word). */
export interface EventEcho {
  lemma: string;
  /** Each name run folded ("bernie sanders"), and its last word ("sanders"). */
  names: Set<string>;
  /** The last word of each name run (what an index looks it up by). */
  lasts: string[];
}

/**
 * The events a sentence refers to, in passing and in any tense, with the names it carries: "Iowa
 * winner Ted Cruz", "after his narrow win in Iowa", "Mr. Bush's exit" (not "would win", "hopes to
 * win"). A development's later echoes are how much the story looked back to it. Null-free, pure.
 */
export function eventEchoes(raw: string): EventEcho[] {
  const text = canonicalPlaces(raw);
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const lemmas = new Set<string>();
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(lower); m; m = ECHO.exec(lower)) {
    const before = text.slice(0, m.index);
    // "Jeb Bush, who dropped out on Saturday, …": a relative clause on a name looks back to what that one did
    if (HEDGE_BEFORE.test(before) && !NAMED_RELATIVE.test(before)) continue;
    const form = m[1].replace(/\s+/g, ' ');
    const lemma = ECHO_LEMMA.get(form) ?? ECHO_FORM_RES.find((f) => f.re.test(form))?.lemma;
    if (lemma) lemmas.add(lemma);
  }
  if (!lemmas.size) return [];
  // a place that says who someone is ("Vermont Sen. Bernie Sanders", "Ted Cruz of Texas") is no place of the event
  const runs = eventNames(text);
  if (!runs.length) return [];
  const names = new Set<string>();
  const lasts = new Set<string>();
  for (const r of runs) {
    const last = r.split(' ').pop()!;
    names.add(r);
    names.add(last);
    lasts.add(last);
  }
  return [...lemmas].map((lemma) => ({ lemma, names, lasts: [...lasts] }));
}
