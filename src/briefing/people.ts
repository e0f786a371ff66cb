/**
 * One person is one person across the archive. The forms of a name and their identity keys are
 * worked out at ingest (src/facts/person-forms.ts, what the store keeps); here, pure, who-said
 * groups the rows of a surname into people with `groupPeople` and picks one.
 *
 * Forms are one person when their key (given name, short forms unified, and surname; middle names,
 * initials, titles and academic suffixes aside) is the same and nothing contradicts it: a different
 * middle name or initial, or a different office at the same time. A different given name is a
 * different key ("Dan Schwerin" is never "Josh Schwerin"). A generational suffix is part of the key
 * ("donald trump jr"); a form with one joins the plain key's forms only when nothing contradicts
 * it: no other suffix with that name, and no article quoting both (the store says which were quoted
 * apart). A form that is a surname alone ("Schwerin") is its own entry: who-said counts it as the
 * person's only when one person has that surname.
 */
import { SIDES } from '../facts/lexicon.ts';
import { foldName, foldText } from '../facts/fold.ts';
import { dotless, keyParts, plainKey, type PersonForm } from '../facts/person-forms.ts';

export {
  combineRoles,
  dotless,
  isAcronym,
  isGivenName,
  isSpeakerName,
  keyParts,
  mergeRoles,
  nameParts,
  orgKey,
  personForms,
  personKey,
  plainKey,
  quoteIdentities,
  type PersonForm,
} from '../facts/person-forms.ts';

/** One person (or organisation) of the archive, with every form stored for them. */
export interface Person {
  display: string;
  person: string;
  /** Every identity key of the person's forms: `person`, and a suffixed one joined to it ("joseph biden jr"). */
  keys: string[];
  kind: 'person' | 'organisation';
  names: string[];
  quotes: number;
  /** Only a surname (or a single word) is known: never joined to a fuller name across articles. */
  surnameOnly: boolean;
}

const SIDE_LISTS = SIDES.map((side) => side.map((n) => foldName(n)));

const OFFICES = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'secretary', 'judge', 'justice', 'professor', 'ceo', 'spokesman', 'spokeswoman', 'ambassador', 'sheriff', 'general', 'president', 'chairman', 'chairwoman', 'director', 'attorney']);
const offices = (role: string) => new Set(foldText(role).split(' ').filter((w) => OFFICES.has(w)));

/** Two roles that one person cannot hold at once ("senator" and "professor"); unknown or shared offices never contradict. */
export function rolesContradict(a: string, b: string): boolean {
  const oa = offices(a);
  const ob = offices(b);
  if (!oa.size || !ob.size) return false;
  for (const o of oa) if (ob.has(o)) return false;
  return true;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const overlaps = (x: [string, string, string], y: [string, string, string]) => days(x[1], y[2]) <= 31 || days(y[1], x[2]) <= 31 || (x[1] <= y[2] && y[1] <= x[2]);

/** Whether two forms' roles contradict at the same time. */
function roleClash(a: PersonForm, b: PersonForm): boolean {
  return a.roles.some((x) => b.roles.some((y) => overlaps(x, y) && rolesContradict(x[0], y[0])));
}

/** Middle names compatible: either empty, or one's words each match (or are the initial of) the other's. */
function middlesAgree(a: string, b: string): boolean {
  if (!a || !b || a === b) return true;
  const [s, l] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  return s.every((w) => l.some((x) => x === w || (w.length === 1 && x.startsWith(w)) || (x.length === 1 && w.startsWith(x))));
}

/**
 * The suffixed keys of these forms that may join their plain key, as [suffixed, plain] pairs
 * ("ray dorn jr", "ray dorn"): the plain key has forms too, and no other suffix goes with that name
 * (a Jr. and a Sr. are never one). Whether they were quoted apart (father and son in one article)
 * is the store's to say: `groupPeople`'s `apart`.
 */
export function twinPairs(forms: PersonForm[]): [string, string][] {
  const keys = new Set(forms.filter((f) => f.kind === 'person').map((f) => f.person));
  const bySuffix = new Map<string, Set<string>>();
  for (const k of keys) {
    const { given, suffix } = keyParts(k);
    if (given && suffix && keys.has(plainKey(k))) bySuffix.set(plainKey(k), (bySuffix.get(plainKey(k)) ?? new Set()).add(k));
  }
  return [...bySuffix].filter(([, s]) => s.size === 1).map(([plain, s]) => [[...s][0], plain]);
}

/**
 * Group the forms of one or more surnames into people. Forms with one key are one person unless
 * their middle names or roles at the same time contradict; a form without a middle name joins the
 * one compatible group, and stays alone when there are several. A suffixed key joins its plain key
 * only for the pairs of `twinPairs` that `apart` says were never quoted apart (by default none do:
 * "Ray Dorn Jr." is not "Ray Dorn").
 */
export function groupPeople(forms: PersonForm[], apart: (suffixed: string, plain: string) => boolean = () => true): Person[] {
  const joined = new Map(twinPairs(forms).filter(([s, p]) => !apart(s, p)));
  const byKey = new Map<string, PersonForm[]>();
  for (const f of forms) {
    const k = `${f.kind}|${(f.kind === 'person' && joined.get(f.person)) || f.person}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const out: Person[] = [];
  for (const group of byKey.values()) {
    const clusters: PersonForm[][] = [];
    const sorted = [...group].sort((a, b) => (b.middle ? 1 : 0) - (a.middle ? 1 : 0) || b.quotes - a.quotes || a.name.localeCompare(b.name));
    for (const f of sorted) {
      const fits = clusters.filter((c) => c.every((g) => middlesAgree(f.middle, g.middle) && !roleClash(f, g)));
      if (fits.length === 1 || (fits.length > 1 && f.middle)) fits[0].push(f);
      else clusters.push([f]);
    }
    for (const c of clusters) {
      c.sort((a, b) => b.quotes - a.quotes || a.name.length - b.name.length || a.name.localeCompare(b.name));
      out.push({
        display: c[0].name,
        person: c[0].person,
        keys: [...new Set(c.map((f) => f.person))],
        kind: c[0].kind,
        names: c.map((f) => f.name),
        quotes: c.reduce((n, f) => n + f.quotes, 0),
        surnameOnly: c[0].kind === 'person' && !keyParts(c[0].person).given,
      });
    }
  }
  return out.sort((a, b) => b.quotes - a.quotes || a.display.localeCompare(b.display));
}

/** The side a party's name belongs to (folded names), or just the name itself. */
export function sideOf(name: string): string[] {
  const f = foldName(dotless(name).replace(/^\s*the\s+/i, ''));
  return SIDE_LISTS.find((s) => s.includes(f)) ?? [f];
}
