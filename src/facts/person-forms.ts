/**
 * The forms of people and organisations an article names, and their identity keys. Pure: the store
 * calls `personForms` and `quoteIdentities` at ingest and keeps one row per form (a speaker name as
 * stored on quotes, or an alias the article gives); who-said groups the rows of a surname into
 * people with `groupPeople` (src/briefing/people.ts) and picks one.
 *
 * Forms are one person when their key (given name, short forms unified, and surname; middle names,
 * initials, titles and academic suffixes aside) is the same and nothing contradicts it: a different
 * middle name or initial, or a different office at the same time. A different given name is a
 * different key ("Dan Schwerin" is never "Josh Schwerin"); so is a generational suffix ("Donald
 * Trump Jr." is "donald trump jr", not "donald trump"). A form that is a surname alone
 * ("Schwerin") is its own entry: who-said counts it as the person's only when one person has that
 * surname.
 */
import type { Article } from '../articles/article.ts';
import type { Facts, Quote } from './schema.ts';
import { FEMALE_NAMES, MALE_NAMES, GENERATIONAL_SUFFIXES, GIVEN_NAME_FORMS, NAME_PARTICLES, NAME_SUFFIXES, NAME_TITLES, ORG_ALIASES, ORG_GENERIC_HEADS, ORG_NAME_WORDS } from './lexicon.ts';
import { foldName } from './fold.ts';

/** One stored form of a person or organisation. `roles`: [role, first date, last date] as articles gave them. */
export interface PersonForm {
  name: string;
  /** The identity key: "hillary clinton", "james comey", "donald trump jr", a surname alone ("comey"), or an organisation ("fbi"). */
  person: string;
  /** The folded last word of the key: what a surname question looks up. */
  surname: string;
  kind: 'person' | 'organisation';
  /** Folded middle names or initials ("b", "rodham"), space-separated; "" when none. */
  middle: string;
  quotes: number;
  roles: [string, string, string][];
}

/** An acronym: "FBI", "F.B.I.", "NAACP". */
export const isAcronym = (s: string) => /^(?:the\s+)?\p{Lu}{2,6}$/u.test(dotless(s.trim()).replace(/\.$/, ''));

/** "F.B.I." → "FBI", "U.S." → "US". */
export const dotless = (s: string) => s.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, ''));

/** Short given names and their full forms, folded as names are ("joseph" → "josef"). */
const GIVEN = new Map(Object.entries(GIVEN_NAME_FORMS).map(([k, v]) => [foldName(k), foldName(v)]));
const givenForm = (w: string) => GIVEN.get(w) ?? w;
const MALE = new Set([...MALE_NAMES].map(foldName));
const FEMALE = new Set([...FEMALE_NAMES].map(foldName));

/** A word after a name as a suffix, lower case without its dot or comma ("Jr.," → "jr"), or null. */
const suffixWord = (w: string) => {
  const s = w.toLowerCase().replace(/[.,]/g, '');
  return NAME_SUFFIXES.has(s) ? s : null;
};

/**
 * A person's name in parts: titles and suffixes dropped, folded; `suffix` the generational one
 * ("jr", "iii"), "" when none. Suffixes are read before folding (folding makes "II" "i").
 */
export function nameParts(name: string): { first: string | null; middle: string[]; last: string; suffix: string } | null {
  const raw = dotless(name).trim().split(/\s+/);
  let suffix = '';
  for (let s = suffixWord(raw.at(-1)!); raw.length > 1 && s; s = suffixWord(raw.at(-1)!)) {
    if (!suffix && GENERATIONAL_SUFFIXES.has(s)) suffix = s;
    raw.pop();
  }
  const words = foldName(raw.join(' ')).split(' ').filter(Boolean);
  while (words.length > 1 && NAME_TITLES.has(words[0])) words.shift();
  if (!words.length) return null;
  // A particle starts the surname: "bill de blasio" → last "de blasio".
  let lastStart = words.length - 1;
  while (lastStart > 1 && NAME_PARTICLES.has(words[lastStart - 1])) lastStart--;
  const last = words.slice(lastStart).join(' ');
  if (lastStart === 0) return { first: null, middle: [], last, suffix };
  return { first: words[0], middle: words.slice(1, lastStart), last, suffix };
}

/**
 * An identity key in parts: "donald trump jr" → given "donald", surname "trump", suffix "jr";
 * "comey" → no given name. (A key is a given name, a surname and a generational suffix, as
 * `personKey` writes it.)
 */
export function keyParts(key: string): { given: string | null; surname: string; suffix: string } {
  const words = key.split(' ');
  const suffix = words.length > 1 && GENERATIONAL_SUFFIXES.has(words.at(-1)!) ? words.pop()! : '';
  return { given: words.length > 1 ? words[0] : null, surname: words.at(-1)!, suffix };
}

/** The key without its generational suffix ("donald trump jr" → "donald trump"). */
export const plainKey = (key: string) => {
  const k = keyParts(key);
  return k.suffix ? key.slice(0, -k.suffix.length - 1) : key;
};

/** A name's surname as written (its last word, suffixes such as "Jr." aside): "Donald Trump Jr." → "Trump". Unlike names.ts' `surnameOf` (a lower-case key, particle kept), for matching the text as printed. */
export function writtenSurname(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && suffixWord(words[words.length - 1])) words.pop();
  return words[words.length - 1].replace(/,$/, '');
}

// The lexicon's lists, folded as names are ("russia" → "rusia").
const ALIASES = new Map(Object.entries(ORG_ALIASES).map(([k, v]) => [foldName(k), foldName(v)]));
const GENERIC = new Map(Object.entries(ORG_GENERIC_HEADS).map(([k, v]) => [foldName(k), v.map((x) => foldName(x))]));

/** The identity key of an organisation's name ("the F.B.I." → "fbi", "Federal Bureau of Investigation" → "fbi"). */
export function orgKey(name: string): string {
  const k = foldName(dotless(name).replace(/^\s*the\s+/i, ''));
  return ALIASES.get(k) ?? k;
}

/** The identity key of a person's name, or null when it has no name in it. */
export function personKey(name: string): string | null {
  const p = nameParts(name);
  if (!p) return null;
  return `${p.first ? `${givenForm(p.first)} ${p.last}` : p.last}${p.suffix ? ` ${p.suffix}` : ''}`;
}

const PERSON_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[\p{L}]+-\p{Lu}[\p{L}'’-]*|Mc\p{Lu}\p{L}*|[a-z]'\p{Lu}\p{L}*)$/u;
const STATE_PARTY = /^[DRI]-\p{Lu}/u;
const NOT_A_NAME = new Set(['having', 'nobody', 'somebody', 'everybody', 'anyone', 'everyone', 'someone', 'people', 'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their']);
const DETERMINERS = /^(?:a|an|the|one|two|three|four|five|some|several|many|most|other|another|few|both|all|senior|top|local|federal|state|u\.?s\.?)\b/i;
const VERBISH = /\b(?:said|says|say|told|refused|left|like|referencing|added|asked|wrote|who|which|that|were|was|is|are|has|have|had)\b/i;

/**
 * Whether a quote's speaker may be shown as the speaker: a person's or organisation's name
 * ("Elijah Cummings", "the FBI", "Clinton campaign"), or an unnamed source's description
 * ("a State Department spokesman"). Never a fragment ("of Trump's campaign", "D-Md", "Having").
 */
export function isSpeakerName(speaker: string | null, type: Quote['speakerType']): boolean {
  if (!speaker || type === 'unknown') return false;
  const s = speaker.trim();
  if (!s || s.length > 80 || STATE_PARTY.test(s)) return false;
  const words = s.replace(/^the\s+/i, '').split(/\s+/);
  if (type === 'unnamed') return DETERMINERS.test(s) || /^\p{Lu}?\p{Ll}+s$/u.test(s) ? !VERBISH.test(s) && words.length <= 8 : /^\p{Lu}/u.test(s) && !VERBISH.test(s) && words.length <= 4;
  if (NOT_A_NAME.has(s.toLowerCase())) return false;
  if (type === 'person') {
    if (words.length > 5 || /^the\s/i.test(s)) return false;
    return words.every((w) => PERSON_WORD.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')));
  }
  // An organisation: capitalised words, with "of", "for", "campaign" ... between them.
  if (words.length > 8 || !/^[\p{Lu}\d]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d&]/u.test(w) || ORG_NAME_WORDS.has(w.toLowerCase()));
}

/** Add a role seen on a date to a form's roles (a role already known widens its dates). At most 12 kept, the latest. */
export function mergeRoles(roles: [string, string, string][], role: string | null, date: string): [string, string, string][] {
  if (!role) return roles;
  const out = roles.map((r) => [...r] as [string, string, string]);
  const same = out.find((r) => foldName(r[0]) === foldName(role));
  if (same) {
    if (date < same[1]) same[1] = date;
    if (date > same[2]) same[2] = date;
  } else out.push([role, date, date]);
  return out.sort((a, b) => a[2].localeCompare(b[2])).slice(-12);
}

/**
 * The forms an article adds: one per attributable speaker of its quotes (with how many quotes and
 * the role the article gave at its date), and the aliases the article gives a quoted person
 * (they take that person's key). An organisation's generic head ("the bureau") stands for the one
 * organisation of the article it can mean ("FBI").
 */
export function personForms(article: Pick<Article, 'published'>, facts: Pick<Facts, 'quotes' | 'people'>, storedAt: string): PersonForm[] {
  const date = (article.published ?? storedAt).slice(0, 10);
  const forms = new Map<string, PersonForm>();
  const orgsHere = new Set(facts.people.filter((p) => p.kind !== 'person').map((p) => orgKey(p.name)));
  for (const q of facts.quotes) orgsHere.add(orgKey(q.speaker ?? ''));
  const add = (name: string, kind: 'person' | 'organisation', quotes: number, role: string | null) => {
    let key: string | null;
    let middle = '';
    if (kind === 'organisation') {
      key = orgKey(name);
      const stands = (GENERIC.get(key) ?? []).filter((k) => orgsHere.has(k));
      if (stands.length === 1) key = stands[0];
    } else {
      key = personKey(name);
      middle = nameParts(name)?.middle.join(' ') ?? '';
    }
    if (!key) return;
    const f = forms.get(name) ?? { name, person: key, surname: kind === 'person' ? keyParts(key).surname : key.split(' ').at(-1)!, kind, middle, quotes: 0, roles: [] };
    f.quotes += quotes;
    f.roles = mergeRoles(f.roles, role, date);
    forms.set(name, f);
  };
  for (const q of facts.quotes) {
    if (!isSpeakerName(q.speaker, q.speakerType) || (q.speakerType !== 'person' && q.speakerType !== 'organisation')) continue;
    // An acronym ("F.B.I.", "NAACP") is an organisation whatever the quote says.
    add(q.speaker!, isAcronym(q.speaker!) ? 'organisation' : q.speakerType, 1, q.role);
  }
  for (const p of facts.people) {
    const main = forms.get(p.name);
    if (!main || p.kind !== 'person' || !keyParts(main.person).given) continue;
    for (const a of p.aliases) {
      if (a === p.name || forms.has(a) || !isSpeakerName(a, 'person')) continue;
      // An alias with the person's own key is just another spelling; another full name with a
      // given name ("Carlos Danger") is a nickname the article gives. A surname alone, or the
      // same surname after another first word ("Jane Sanders" for Bernie Sanders), contradicts it.
      const k = personKey(a);
      const same = k === main.person;
      const nickname = !!k && !!keyParts(k).given && keyParts(k).surname !== main.surname && isGivenName(a);
      if (same || nickname) forms.set(a, { ...main, name: a, middle: nameParts(a)?.middle.join(' ') ?? '', quotes: 0, roles: [] });
    }
  }
  return [...forms.values()];
}

/** Both role histories in one (a stored form's, and an article's). */
export function combineRoles(a: [string, string, string][], b: [string, string, string][]): [string, string, string][] {
  let out = a;
  for (const [role, from, to] of b) out = mergeRoles(mergeRoles(out, role, from), role, to);
  return out;
}

/** Whether a name starts with a given name the lexicon knows ("Eric Trump"; not "Everything Trump"). */
export function isGivenName(name: string): boolean {
  const first = nameParts(name)?.first;
  return !!first && (MALE.has(first) || FEMALE.has(first) || GIVEN.has(first));
}

const FEMALE_TITLE = /^(?:mrs|ms|miss|madam|dame|lady)\b/i;
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The given names (ones the lexicon knows) the article puts before a surname ("Dan Kessler", "Hillary Rodham Clinton" → dan, hillary). */
function givenNamesBefore(body: string, surname: string): Set<string> {
  const out = new Set<string>();
  // Each occurrence of the surname, and the capitalised words just before it.
  for (let i = body.indexOf(surname); i >= 0; i = body.indexOf(surname, i + surname.length)) {
    const m = /((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3})$/u.exec(body.slice(Math.max(0, i - 48), i));
    if (m) for (const w of foldName(m[1]).split(' ')) if (MALE.has(w) || FEMALE.has(w) || GIVEN.has(w)) out.add(givenForm(w));
  }
  return out;
}

const GENERATION = `(?:${[...GENERATIONAL_SUFFIXES].join('|')})\\b\\.?`;

/**
 * Whether a sentence writes a person's own form: with a suffix, the surname and that suffix ("Dorn
 * Jr."); without one, the full name as written with no suffix after it ("Ray Dorn", not "Ray Dorn Jr.").
 */
function writesForm(text: string, name: string, surname: string, suffix: string): boolean {
  if (suffix) return new RegExp(`\\b${esc(surname)},?\\s+${esc(suffix)}\\b`, 'i').test(text);
  const plain = name.replace(/^(?:\S+\.\s+)+/, '').trim();
  return new RegExp(`\\b${esc(plain)}\\b(?!,?\\s+${GENERATION})`, 'i').test(text);
}

/**
 * Who each person-quote of an article is by, as an identity key, when the article makes it clear:
 * a full name is that person unless the quote's sentence names them by surname only while the
 * article also names another person with that surname ("Dan Kessler", "Josh Kessler": "Kessler
 * said" is neither), with a "Mr."/"Mrs." that a given name's gender settles; a surname alone
 * ("Mr. Comey") is the one person of the article with that surname in full. A generational suffix
 * tells a father and a son apart only when the sentence writes it ("Dorn Jr. said"; "Ray Dorn
 * said" without it for the father): beside "Ray Dorn Jr.", "Dorn said" is neither's. Unclear
 * quotes get no key.
 */
export function quoteIdentities(article: Pick<Article, 'body'>, facts: Pick<Facts, 'quotes' | 'people' | 'sentences'>): { person: string; index: number }[] {
  const full = new Map<string, Set<string>>();
  const names = [...facts.people.filter((p) => p.kind === 'person').map((p) => p.name), ...facts.quotes.filter((q) => q.speakerType === 'person').map((q) => q.speaker ?? '')];
  for (const n of names) {
    const p = nameParts(n);
    if (!p?.first || !isSpeakerName(n, 'person')) continue;
    full.set(p.last, (full.get(p.last) ?? new Set()).add(personKey(n)!));
  }
  const before = new Map<string, Set<string>>();
  const out: { person: string; index: number }[] = [];
  facts.quotes.forEach((q, index) => {
    if (q.speakerType !== 'person' || !isSpeakerName(q.speaker, 'person')) return;
    const p = nameParts(q.speaker!);
    if (!p) return;
    if (!p.first) {
      // "Dorn Jr." is the one person of the article with that surname and suffix in full.
      const keys = p.suffix ? new Set([...(full.get(p.last) ?? [])].filter((k) => keyParts(k).suffix === p.suffix)) : full.get(p.last);
      if (keys?.size !== 1) return;
      const [person] = keys;
      if (FEMALE_TITLE.test(q.speaker!.trim()) && MALE.has(person.split(' ')[0])) return;
      out.push({ person, index });
      return;
    }
    const key = personKey(q.speaker!)!;
    const surname = writtenSurname(q.speaker!);
    const text = facts.sentences[q.cite.sentenceIndex]?.text ?? '';
    // A father and a son (one given name, another suffix): only a sentence writing this one's form settles it.
    const twins = [...(full.get(p.last) ?? [])].some((k) => k !== key && plainKey(k) === plainKey(key));
    if (twins && !writesForm(text, q.speaker!, surname, p.suffix)) return;
    if (!before.has(surname)) before.set(surname, givenNamesBefore(article.body, surname));
    // Other people with this surname: full names among the article's people, and given names the text puts before it.
    const firsts = new Set([...(full.get(p.last) ?? [])].map((k) => k.split(' ')[0]));
    const others = [...new Set([...firsts, ...before.get(surname)!])].filter((g) => g !== key.split(' ')[0] && !p.middle.includes(g));
    if (others.length) {
      const sentence = foldName(facts.sentences[q.cite.sentenceIndex]?.text ?? '').split(' ');
      const first = key.split(' ')[0];
      const named = sentence.some((w) => givenForm(w) === first);
      // "Mrs. Clinton" settles it when every other given name is a man's (and "Mr." when a woman's).
      const title = new RegExp(`\\b(Mrs?|Ms)\\.?\\s+${esc(surname)}\\b`).exec(facts.sentences[q.cite.sentenceIndex]?.text ?? '')?.[1];
      const female = (g: string) => FEMALE.has(g);
      const settled = title !== undefined && (title === 'Mr' ? !female(first) && others.every(female) : female(first) && others.every((g) => MALE.has(g)));
      if (!named && !settled) return;
    }
    out.push({ person: key, index });
  });
  return out;
}
