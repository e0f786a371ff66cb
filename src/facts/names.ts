/**
 * Words and capitalised name sequences, and the parse of a noun phrase that ends in a name:
 * "US Secretary of State Marco Rubio" -> name Marco Rubio, role Secretary of State, affiliation US.
 */
import {
  ABBREVIATIONS, BEFORE_DATE_WORDS, COUNTRIES, DEMONYMS, WORD_GIVEN_NAMES, WORD_SURNAMES, US_STATES, FEMALE_NAMES, GENERATIONAL_SUFFIXES, HONORIFICS, MALE_NAMES, NOT_NAME_WORDS, ORG_HEADS, OUTLETS, ROLE_HEADS,
  ROLE_MODIFIERS, SPEAKING_ORGS, AFFILIATION_SHORT, UNNAMED_HEADS,
} from './lexicon.ts';

/**
 * "Republican presidential candidate Donald Trump": from word k, a lower-case role word inside a
 * capitalised description (at most three: "presidential candidate"), up to the end of the full name
 * after it (two capitalised words or more, nothing setting them apart), before word `lo`. The word
 * after that name; k itself when there is no such run.
 */
export function pastRoleWords(body: string, ws: readonly Word[], k: number, lo: number): number {
  const role = (w: Word) => !w.cap && (ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower));
  const apart = (i: number) => /[,;:"“”()]/.test(body.slice(ws[i - 1].end, ws[i].start));
  if (k <= 0 || k >= lo || !role(ws[k])) return k;
  let r = k;
  while (r < lo && r - k < 3 && role(ws[r]) && !apart(r)) r++;
  let n = r;
  while (n < ws.length && n < lo && ws[n].cap && !apart(n)) n++;
  return n - r >= 2 && ROLE_HEADS.has(ws[r - 1].lower) ? n : k;
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** "Rubio's": text is "Rubio", possessive true, end excludes the 's. */
  possessive: boolean;
  cap: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of text[from, to) with absolute offsets. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) && m.index < to) {
    let t = m[0];
    let end = m.index + t.length;
    if (end > to) {
      t = t.slice(0, to - m.index);
      end = to;
    }
    // Trailing dots belong to abbreviations and initials only.
    if (t.endsWith('.')) {
      const bare = t.replace(/\.+$/, '');
      const keep = /^\p{Lu}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase()) || /\p{L}\.\p{L}/u.test(bare);
      if (!keep) {
        t = bare;
        end = m.index + t.length;
      } else if (t.endsWith('..')) {
        t = bare + '.';
        end = m.index + t.length;
      }
    }
    while (t.length > 1 && /['’-]$/.test(t)) {
      t = t.slice(0, -1);
      end--;
    }
    let possessive = false;
    if (/['’]s$/i.test(t) && t.length > 2) {
      t = t.slice(0, -2);
      possessive = true;
    }
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, possessive, cap: /^\p{Lu}/u.test(t) });
    void end;
  }
  return out;
}

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'da', 'di', 'du', 'del', 'ibn', 'ter', 'dos', 'das']);
/** Generational suffixes as words come ("jr", "jr."). */
const SUFFIXES = new Set([...GENERATIONAL_SUFFIXES].flatMap((s) => [s, `${s}.`]));

export const countryOf = (lower: string): string | null => COUNTRIES[lower] ?? null;
export const demonymOf = (lower: string): string | null => DEMONYMS[lower] ?? null;

/** A capitalised word that can be part of a person's name. */
/** "Mark Cuban": a demonym right after a known given name is a surname. */
/**
 * "Marty West", "Ian Read said", "Theresa May": a common word that is also a surname right after a
 * known given name, when the next word is no capitalised one (a title-case headline, "Hillary Will
 * Win", names nobody).
 */
export function isSurnameAfterGiven(ws: Word[], i: number): boolean {
  const w = ws[i];
  const g = ws[i - 1];
  if (!(i > 0 && w.cap && g.cap && !g.possessive && w.start - g.end === 1)) return false;
  const given = MALE_NAMES.has(g.lower) || FEMALE_NAMES.has(g.lower);
  if (DEMONYMS[w.lower]) return given;
  const next = ws[i + 1];
  // "Michael Bloomberg", "Anita Hill": an outlet's one-word name after a known given name.
  if (OUTLETS[w.lower]) return given && !(next?.cap && next.start - w.end === 1);
  // A given name the lists lack ("Marty West") reads as one when it can be a name word and no place.
  return (given || (isNameWord(g) && !US_STATES.has(g.lower))) && WORD_SURNAMES.has(w.lower) && !w.possessive && !(next?.cap && next.start - w.end === 1);
}

/**
 * "April Ryan asked", "Jan Novak said": a month that is a given name, right before a name word (one
 * space, no full stop), with no preposition or date word before it ("in June Trump said").
 */
export function isGivenNameWord(ws: Word[], i: number): boolean {
  const w = ws[i];
  const n = ws[i + 1];
  if (!w?.cap || w.possessive || !WORD_GIVEN_NAMES.has(w.lower) || !n || n.start - w.end !== 1 || !isNameWord(n)) return false;
  if (WORD_GIVEN_NAMES.has(n.lower) || /^\p{Lu}+$/u.test(w.text)) return false;
  const p = ws[i - 1];
  return !(p && (BEFORE_DATE_WORDS.has(p.lower) || /\d/.test(p.lower)));
}

/** Title case (a headline, a list item's heading): most words of four letters or more start with a capital. */
export function isTitleCase(text: string): boolean {
  const ws = text.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (ws.length < 3) return false;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.7;
}

export function isNameWord(w: Word): boolean {
  if (!w.cap) return false;
  const l = w.lower;
  if (NOT_NAME_WORDS.has(l) || NOT_NAME_WORDS.has(l.replace(/\.$/, ''))) return false;
  if (ROLE_HEADS.has(l) || ROLE_HEADS.has(l + '.')) return false;
  if (l in HONORIFICS) return false;
  if (UNNAMED_HEADS.has(l) && l.endsWith('s')) return false; // Officials, Critics, Sources
  if (COUNTRIES[l] || DEMONYMS[l] || SPEAKING_ORGS[l] || OUTLETS[l]) return false;
  if (/^\p{Lu}{2,}$/u.test(w.text) && w.text.length > 3) return false; // ABSTRACT, NYPD
  if (/\d/.test(l)) return false;
  // A contraction ("I’ve", "I'm", "We’ll"), never a name ("O’Neill", "D’Amato" keep a capital).
  if (/^\p{L}+['’](?:ve|m|ll|re|d)$/u.test(w.text)) return false;
  if (/^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?$/.test(l)) return false;
  if (/^(?:speech|interview|statement|report|remarks|address|video|watch|live|full|breaking|exclusive|update)$/.test(l)) return false;
  return true;
}

export type Gender = 'male' | 'female' | null;

export function genderOfFirst(first: string): Gender {
  const l = first.toLowerCase();
  if (MALE_NAMES.has(l) && !FEMALE_NAMES.has(l)) return 'male';
  if (FEMALE_NAMES.has(l) && !MALE_NAMES.has(l)) return 'female';
  return null;
}

export interface NameParse {
  /** The name as written, without honorific or role ("Marco Rubio", "Peskov"). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Index in `ws` of the first and last name word. */
  first: number;
  last: number;
  role: string | null;
  affiliation: string | null;
  /** "Trump's special envoy": the possessor's name as written. */
  possessor: string | null;
  honorific: string | null;
  gender: Gender;
  /** Index in `ws` where the whole phrase (affiliation, role, name) starts. */
  phraseStart: number;
}

/** The run of name words ending at index `last` (inclusive) of ws, walking back; -1 if none. */
/** Role words that are also common surnames. */
const SURNAME_ROLES = new Set(['king', 'judge', 'dean', 'bishop', 'major', 'marshal', 'pope', 'knight', 'sheriff', 'chancellor', 'abbot', 'prior', 'baron', 'earl', 'duke']);

function runBack(text: string, ws: Word[], last: number): number {
  let i = last;
  if (i >= 0 && SUFFIXES.has(ws[i].lower) && i > 0) i--;
  if (i < 0 || (ORG_HEADS.has(ws[i].lower) && !isSurnameAfterGiven(ws, i))) return -1;
  // "Charlie King", "Mr. King": a role word after a given name or an honorific is a surname.
  const roleSurname = i > 0 && ws[i].cap && SURNAME_ROLES.has(ws[i].lower) && (isNameWord(ws[i - 1]) || /^(?:mr|mrs|ms|dr)\.?$/.test(ws[i - 1].lower)) && ws[i].start - ws[i - 1].end <= 1 && !ws[i - 1].possessive;
  // "Ms. White", "Mr. Long": after an honorific any capitalised word is a surname.
  const afterHonorific = i > 0 && ws[i].cap && /^(?:mr|mrs|ms|dr)\.?$/.test(ws[i - 1].lower) && ws[i].start - ws[i - 1].end <= 1 && !ws[i - 1].possessive && !ROLE_HEADS.has(ws[i].lower);
  if (!isNameWord(ws[i]) && !roleSurname && !afterHonorific && !isSurnameAfterGiven(ws, i)) return -1;
  let first = i;
  for (let j = i - 1; j >= 0; j--) {
    const w = ws[j];
    if (ws[j].possessive) break;
    // Not adjacent: apart, or set off by punctuation ("Vance, India", "in Orlando, Donald Trump").
    if (ws[j + 1].start - w.end > 2 || /[^\s]/.test(text.slice(w.end, ws[j + 1].start))) break;
    if (isNameWord(w) || isGivenNameWord(ws, j)) first = j;
    else if (PARTICLES.has(w.lower) && isNameWord(ws[j + 1])) first = j;
    else break;
  }
  // A run can't start with a lower-case particle ("De Blasio" can).
  while (first < i && PARTICLES.has(ws[first].lower) && !ws[first].cap) first++;
  return first;
}

/**
 * Parse the phrase ws[lo..hi] (inclusive) assuming it ends in a name (a title or role may come
 * before it). Returns null when the last word is not a name word.
 */
export function parseNamePhrase(text: string, ws: Word[], lo: number, hi: number): NameParse | null {
  if (hi < lo) return null;
  const first = runBack(text, ws, hi);
  if (first < lo || first < 0) return null;
  const nameStart = ws[first].start;
  const nameEnd = ws[hi].end;
  let name = text.slice(nameStart, nameEnd).replace(/\s+/g, ' ');
  if (ws[hi].possessive) name = text.slice(nameStart, ws[hi].end);
  let i = first - 1;
  let honorific: string | null = null;
  let gender: Gender = null;
  if (i >= lo && ws[i].lower in HONORIFICS) {
    honorific = ws[i].text;
    gender = HONORIFICS[ws[i].lower];
    i--;
  }
  if (i >= lo && ws[i].lower === 'rev.' && i - 1 >= lo && ws[i - 1].lower === 'the') i--;
  // Role words, walking back.
  let roleLo = -1;
  let roleHi = -1;
  let hasHead = false;
  for (; i >= lo; i--) {
    const w = ws[i];
    if (w.possessive) break;
    if (ws[i + 1] && text.slice(w.end, ws[i + 1].start).match(/[,;:()"“”]/)) break;
    const l = w.lower;
    const isHead = ROLE_HEADS.has(l) || (w.text.includes('-') && l.split('-').some((p) => ROLE_HEADS.has(p)));
    const isMod = ROLE_MODIFIERS.has(l);
    const inOf = (l === 'of' || l === 'the') && roleLo >= 0;
    if (isHead || isMod || inOf) {
      if (isHead) hasHead = true;
      if (roleHi < 0) roleHi = i;
      roleLo = i;
      continue;
    }
    break;
  }
  // Roles don't open with "of"/"the".
  while (roleLo >= 0 && roleLo <= roleHi && /^(of|the)$/.test(ws[roleLo].lower)) roleLo++;
  let role: string | null = null;
  if (hasHead && roleLo >= 0 && roleLo <= roleHi) role = text.slice(ws[roleLo].start, ws[roleHi].end);
  else {
    roleLo = -1;
    i = first - 1 - (honorific ? 1 : 0);
  }
  let affiliation: string | null = null;
  let possessor: string | null = null;
  let phraseStart = roleLo >= 0 ? roleLo : honorific ? first - 1 : first;
  if (i >= lo) {
    const w = ws[i];
    const l = w.lower;
    const two = i - 1 >= lo ? `${ws[i - 1].lower} ${l}` : '';
    const c = COUNTRIES[l] ?? (two ? COUNTRIES[two] : undefined);
    const d = DEMONYMS[l];
    const org = SPEAKING_ORGS[l] ?? (two ? SPEAKING_ORGS[two] : undefined);
    if (w.possessive && w.cap) {
      possessor = w.text;
      phraseStart = i;
    } else if (role && c && !['US', 'UK', 'EU', 'United States', 'United Kingdom'].includes(c) && /^(envoy|ambassador|representative|negotiator|special envoy)$/i.test(role)) {
      role = `${w.text} ${role}`;
      phraseStart = i;
    } else if (c || d || org) {
      const canon = c ?? d ?? org!;
      affiliation = AFFILIATION_SHORT[canon] ?? canon;
      phraseStart = two && (COUNTRIES[two] || SPEAKING_ORGS[two]) && !COUNTRIES[l] && !SPEAKING_ORGS[l] ? i - 1 : i;
    }
  }
  if (!gender && role) {
    if (/woman\b|\bmadam|\bqueen|\bprincess/i.test(role)) gender = 'female';
    else if (/\bman\b|man$|\bking\b|\bprince\b/i.test(role)) gender = 'male';
  }
  if (!gender && hi > first) gender = genderOfFirst(ws[first].text);
  return { name, nameStart, nameEnd, first, last: hi, role, affiliation, possessor, honorific, gender, phraseStart };
}

/** A name's generational suffix, lower case without its dot ("Ray Dorn Jr." → "jr"), "" when none. */
export function generationOf(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts.at(-1)!.toLowerCase().replace(/[.,]/g, '');
  return parts.length > 1 && GENERATIONAL_SUFFIXES.has(last) ? last : '';
}

/** A name without its generational suffix ("Dorn Jr." → "Dorn"). */
export function withoutGeneration(name: string): string {
  return generationOf(name) ? name.trim().replace(/,?\s+\S+$/, '') : name;
}

/** Surname key of a name: last word (particle kept: "de Blasio"), lower-case, no suffix. */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !SUFFIXES.has(p.toLowerCase()));
  if (parts.length >= 2 && PARTICLES.has(parts[parts.length - 2].toLowerCase())) {
    return `${parts[parts.length - 2]} ${parts[parts.length - 1]}`.toLowerCase().replace(/['’]/g, "'");
  }
  return (parts[parts.length - 1] ?? '').toLowerCase().replace(/['’]/g, "'");
}
