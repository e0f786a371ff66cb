/** Forgiving name matching for who-said: case, accents, transliterations, surnames alone, a typo. */
import { editDistance } from './edit-distance.ts';
import { foldName } from '../facts/fold.ts';
import { groupPeople, keyParts, nameParts, orgKey, personKey, type Person, type PersonForm } from './people.ts';

export { foldName } from '../facts/fold.ts';

function distance(a: string, b: string): number {
  return Math.abs(a.length - b.length) > 2 ? 3 : editDistance(a, b);
}

export interface NameMatch {
  name: string;
  /** 0 = exact (after folding), 1 = surname or given name alone, 2 = a near spelling. */
  grade: 0 | 1 | 2;
}

/** A name folded for matching: its folded form and words (a speaker list's, folded once per list). */
interface Folded {
  name: string;
  folded: string;
  parts: string[];
}

const foldedForm = (name: string): Folded => {
  const folded = foldName(name.replace(/^\s*the\s+/i, ''));
  return { name, folded, parts: folded.split(' ') };
};

/** Each speaker list's folded names, kept while the list is (a store hands out one list per data version). */
const foldedLists = new WeakMap<readonly string[], Folded[]>();
function foldedList(speakers: readonly string[]): Folded[] {
  let f = foldedLists.get(speakers);
  if (!f) foldedLists.set(speakers, (f = speakers.map(foldedForm)));
  return f;
}

/** How `query` matches a known speaker `name`, or null. */
export function matchName(query: string, name: string): NameMatch | null {
  return matchFolded(foldedForm(query), foldedForm(name));
}

function matchFolded(query: Folded, speaker: Folded): NameMatch | null {
  const { folded: q, parts: qParts } = query;
  const { name, folded: n, parts } = speaker;
  if (!q || !n) return null;
  if (q === n) return { name, grade: 0 };
  // "Peskov", "Dmitry Peskov", "Vance" (surname alone), or all query words among the name's words.
  if (qParts.every((w) => parts.includes(w)) && (qParts.length > 1 || qParts[0] === parts[parts.length - 1] || parts.length === 1)) {
    return { name, grade: 1 };
  }
  // A near spelling ("Peskof", "Dmitri Peskov"): the surname within a typo or two, every other
  // query word one of the name's words or a typo away from one.
  const last = parts[parts.length - 1];
  const qLast = qParts[qParts.length - 1];
  const near = (w: string, p: string) => w === p || (allowed(w) > 0 && distance(w, p) <= allowed(w));
  if (allowed(qLast) && near(qLast, last) && qParts.length <= parts.length && qParts.slice(0, -1).every((w) => parts.slice(0, -1).some((p) => near(w, p)))) {
    return { name, grade: 2 };
  }
  return null;
}

/** Every speaker `query` matches (the query folded once, each list's names once). */
function matchAll(query: string, speakers: readonly string[]): NameMatch[] {
  const q = foldedForm(query);
  const out: NameMatch[] = [];
  for (const s of foldedList(speakers)) {
    const m = matchFolded(q, s);
    if (m) out.push(m);
  }
  return out;
}

const allowed = (w: string) => (w.length >= 8 ? 2 : w.length >= 5 ? 1 : 0);

/** The best-graded speakers matching a query (ties kept: the caller says it is unsure). */
export function bestSpeakers(query: string, speakers: readonly string[]): NameMatch[] {
  const matches = matchAll(query, speakers);
  if (!matches.length) return [];
  const best = Math.min(...matches.map((m) => m.grade));
  return matches.filter((m) => m.grade === best);
}

/** Who a name in a question means, among the known speakers. */
export type Resolved =
  | { kind: 'none' }
  /** Two or more different people fit equally well: the answer must say so and attribute nothing. */
  | { kind: 'ambiguous'; people: string[] }
  /** One person; `names` are the spellings stored for them (Zelensky, Zelenskyy), `near` when only a near spelling matched; `person` their identity keys. */
  | { kind: 'one'; display: string; names: string[]; near: boolean; person?: string[] };

/**
 * Resolve a name to one person, or say it cannot. Spellings that fold alike are one person; a
 * speaker stored under a surname alone ("Zelensky") joins the one full name that carries that
 * surname ("Volodymyr Zelensky"), and makes the answer ambiguous when several do (Donald and
 * Eric Trump). `speakers` should be ordered most-quoted first.
 */
export function resolvePerson(query: string, speakers: readonly string[]): Resolved {
  const all = matchAll(query, speakers);
  if (!all.length) return { kind: 'none' };
  const best = Math.min(...all.map((m) => m.grade));
  const top = all.filter((m) => m.grade === best);
  const groups = new Map<string, string[]>();
  for (const m of top) {
    const key = foldName(m.name);
    groups.set(key, [...(groups.get(key) ?? []), m.name]);
  }
  // A surname-only speaker: look for full names that end with it among all matches.
  if (groups.size === 1) {
    const [key] = groups.keys();
    if (!key.includes(' ')) {
      const fuller = new Map<string, string[]>();
      for (const m of all) {
        const k = foldName(m.name);
        if (k !== key && k.split(' ').at(-1) === key) fuller.set(k, [...(fuller.get(k) ?? []), m.name]);
      }
      if (fuller.size > 1) return { kind: 'ambiguous', people: [...fuller.values()].map((v) => v[0]) };
      if (fuller.size === 1) {
        const [names] = fuller.values();
        return { kind: 'one', display: names[0], names: [...names, ...groups.get(key)!], near: best === 2 };
      }
    }
  }
  if (groups.size > 1) return { kind: 'ambiguous', people: [...groups.values()].map((v) => v[0]) };
  const [names] = groups.values();
  return { kind: 'one', display: names[0], names, near: best === 2 };
}

/** Who a name in a question means, among the people of the archive (src/briefing/people.ts). */
export type Identity =
  | { kind: 'none' }
  /** Several people fit and none is clearly more prominent: nobody's words are shown. */
  | { kind: 'ambiguous'; people: Person[] }
  /** One person with every stored form of their name; `others` share the surname and are less prominent. */
  | { kind: 'one'; person: Person; names: string[]; others: Person[] };

/** The surnames (and organisation keys) to look up for a name in a question. */
export function lookupKeys(query: string): string[] {
  const p = nameParts(query);
  return [...new Set([p?.last.split(' ').at(-1), orgKey(query), orgKey(query).split(' ').at(-1)].filter((k): k is string => !!k))];
}

/** Clearly more prominent: at least twice the next one, and by more than two quotes. */
export const clearlyAhead = (a: number, b: number) => a >= 2 * b && a - b > 2;

/**
 * The people a name may mean: a full name ("James Comey", "Sen. Bernie Sanders", "James B. Comey")
 * its person only (never another given name; "Donald Trump Jr." never "Donald Trump"); a surname
 * or a single word every person with it ("Trump Jr.": with that suffix), and the organisation with
 * that name. `apart`: which suffixed keys were quoted apart from their plain key (groupPeople).
 */
export function nameCandidates(query: string, forms: PersonForm[], apart?: (suffixed: string, plain: string) => boolean): { people: Person[]; surnameOnly: Person[] } {
  const q = nameParts(query);
  const people = groupPeople(forms, apart);
  const org = people.filter((p) => p.kind === 'organisation' && p.person === orgKey(query));
  if (!q) return { people: org, surnameOnly: [] };
  const generation = (p: Person) => !q.suffix || p.keys.some((k) => keyParts(k).suffix === q.suffix);
  const persons = people.filter((p) => p.kind === 'person' && keyParts(p.person).surname === q.last.split(' ').at(-1) && generation(p));
  if (q.first) {
    const key = personKey(query)!;
    const qMiddle = q.middle.join(' ');
    const agree = (p: Person) => !qMiddle || forms.some((f) => p.names.includes(f.name) && (!f.middle || f.middle.split(' ').every((w, i) => qMiddle.split(' ')[i]?.[0] === w[0])));
    let hit = persons.filter((p) => !p.surnameOnly && p.keys.includes(key) && agree(p));
    // "Wasserman Schultz": all the words of the query among a form's words, ending with the surname.
    if (!hit.length) {
      const qw = foldName(query).split(' ');
      hit = persons.filter((p) => !p.surnameOnly && p.names.some((n) => {
        const w = foldName(n).split(' ');
        return w.at(-1) === qw.at(-1) && qw.every((x) => w.includes(x)) && nameParts(n)?.suffix === q.suffix;
      }));
    }
    return { people: [...hit, ...org], surnameOnly: [] };
  }
  return { people: [...persons.filter((p) => !p.surnameOnly), ...org], surnameOnly: persons.filter((p) => p.surnameOnly) };
}

/**
 * One person for a name, by prominence (`weight`: quotes in the topic asked about, else in the
 * archive). A form that is a surname alone is never joined across articles (its quotes count for
 * a person only where their own article resolves it: Store.quotesByPerson).
 */
export function choosePerson(c: { people: Person[]; surnameOnly: Person[] }, weight: (p: Person) => number = (p) => p.quotes): Identity {
  if (!c.people.length) {
    if (c.surnameOnly.length === 1) return { kind: 'one', person: c.surnameOnly[0], names: c.surnameOnly[0].names, others: [] };
    return c.surnameOnly.length ? { kind: 'ambiguous', people: c.surnameOnly } : { kind: 'none' };
  }
  const ranked = [...c.people].sort((a, b) => weight(b) - weight(a) || b.quotes - a.quotes || a.display.localeCompare(b.display));
  const [top, ...rest] = ranked;
  if (rest.length && !clearlyAhead(weight(top), weight(rest[0]))) return { kind: 'ambiguous', people: ranked };
  return { kind: 'one', person: top, names: top.names, others: rest };
}
