/**
 * Who is who: people with roles and affiliations, organisations that speak, outlets, countries.
 * Later mentions ("Rubio", "Rubio's", "Mr. Obama") join the person first named in full.
 */
import type { Sentence } from './schema.ts';
import { COUNTRIES, DEMONYM_WORDS, OUTLETS, PLATFORMS, ROLE_HEADS, ROLE_MODIFIERS, SPEAKING_ORGS, HONORIFICS, ORG_HEADS, NAME_CUES, PARTY_WORDS, TITLE_ROLE_FORMS, GIVEN_NAME_TITLES, STATE_ABBREVIATIONS, US_STATES } from './lexicon.ts';
import { nameParts } from './person-forms.ts';
import { generationOf, genderOfFirst, isGivenNameWord, isNameWord, isSurnameAfterGiven, parseNamePhrase, surnameOf, withoutGeneration, words, type Gender, type Word } from './names.ts';

export type EntityKind = 'person' | 'organisation' | 'outlet' | 'country';

export interface Entity {
  id: number;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  role: string | null;
  affiliation: string | null;
  possessor: string | null;
  /** An age given beside a mention ("Marcus Rashford, 19,"), for "the 19-year-old said". */
  age: number | null;
  gender: Gender;
  surname: string;
  /** Where the sentence that introduced it starts (a character offset of the body). */
  at: number;
  /** Generational suffix ("jr", "iii"), "" when none: "Ray Dorn Jr." and "Ray Dorn" are two people. */
  generation: string;
  /** Lower-case role head words ("spokesman", "secretary", "president"). */
  roleHeads: Set<string>;
  /** Role words of a title abbreviation only ("Sen." is a senator): for a bare "the senator". */
  titleHeads: Set<string>;
  /** The US state a party-state tag or a state before the title gives ("Sen. Ann Marsh (D-Ohio)", "Vermont Sen. …"), lower-case. */
  home?: string;
  sentence: number;
  /** Whether a quotation read so far is theirs (set as quotes are read, in text order). */
  spoke: boolean;
}

export interface Mention {
  start: number;
  end: number;
  entity: number;
  sentence: number;
}

const APPOSITION = /^,\s+(?:the|a|an|his|her|its|their)\s+([^,.;:"“”()]{2,90}?)(?=\s*[,.;:()]|\s*$)/;

/** A person's role, with the role words it gives and those its title abbreviations stand for. */
function giveRole(e: Entity, role: string): void {
  e.role = role;
  e.roleHeads = roleHeadsOf(role);
  e.titleHeads = titleHeadsOf(role);
}

/** The role words a title abbreviation of the role stands for ("Gov." is a governor). */
function titleHeadsOf(role: string | null): Set<string> {
  return new Set((role ?? '').toLowerCase().split(/\s+/).flatMap((w) => TITLE_ROLE_FORMS[w] ?? []));
}

function roleHeadsOf(role: string | null): Set<string> {
  const out = new Set<string>();
  if (!role) return out;
  for (const w of role.toLowerCase().split(/\s+/)) {
    if (ROLE_HEADS.has(w)) out.add(w);
    for (const p of w.split('-')) if (ROLE_HEADS.has(p)) out.add(p);
  }
  if (out.has('vice-president')) out.delete('president');
  return out;
}

export class Registry {
  /** starts: where each sentence starts, so an entity knows where it was introduced. */
  constructor(private readonly starts: readonly number[] = []) {}
  entities: Entity[] = [];
  mentions: Mention[] = [];
  private byKey = new Map<string, number>();
  private bySurname = new Map<string, Entity[]>();
  /** People a given name alone names: "Sir Keir" after "Keir Starmer" (see givenAlias). */
  private byGiven = new Map<string, Entity>();

  private add(kind: EntityKind, name: string, sentence: number, extra: Partial<Entity> = {}): Entity {
    const e: Entity = {
      id: this.entities.length, kind, name, aliases: new Set(), role: null, affiliation: null, possessor: null, age: null, gender: null,
      surname: kind === 'person' ? surnameOf(name) : name.toLowerCase(), generation: kind === 'person' ? generationOf(name) : '', roleHeads: new Set(), titleHeads: new Set(), sentence, at: this.starts[sentence] ?? 0, spoke: false, ...extra,
    };
    this.entities.push(e);
    this.byKey.set(`${kind}:${name.toLowerCase()}`, e.id);
    if (kind === 'person') {
      const list = this.bySurname.get(e.surname) ?? [];
      list.push(e);
      this.bySurname.set(e.surname, list);
    }
    return e;
  }

  org(kind: EntityKind, name: string, sentence: number): Entity {
    const id = this.byKey.get(`${kind}:${name.toLowerCase()}`);
    return id !== undefined ? this.entities[id] : this.add(kind, name, sentence);
  }

  /**
   * People whose surname (or full name) matches, filtered by gender when one is known. A suffix
   * must match ("Dorn Jr." is only a Jr.); a full name without one is never a Jr. or Sr. With `at`
   * (where the name is written), a bare surname shared by several people names those introduced
   * before it, when there are any: news names someone in full first ("Sen. Chris Murphy … Murphy
   * said"), so a Murphy named in full only later is not the one meant.
   */
  candidates(name: string, gender: Gender = null, at?: number): Entity[] {
    const l = name.toLowerCase().replace(/['’]/g, "'");
    const gen = generationOf(name);
    const bare = withoutGeneration(name).toLowerCase().replace(/['’]/g, "'").trim();
    const sur = surnameOf(name);
    const multi = /\s/.test(bare) && bare !== sur;
    const pool = [...(this.bySurname.get(sur) ?? [])];
    if (multi) for (const e of this.bySurname.get(bare.split(/\s+/).pop() ?? '') ?? []) if (!pool.includes(e)) pool.push(e);
    const generationFits = (e: Entity) => (gen ? e.generation === gen : !multi || !e.generation);
    let out = pool.filter((e) => e.name.toLowerCase().replace(/['’]/g, "'") === l || (e.surname === sur && (!multi || firstCompatible(e.name, name)) && generationFits(e)));
    if (gender) {
      out = out.filter((e) => e.gender !== (gender === 'male' ? 'female' : 'male'));
      // "Mr. Vandermeer" beside Tom Vandermeer and Ulrika Vandermeer (her given name unknown): him.
      const agree = out.filter((e) => e.gender === gender);
      if (agree.length === 1) out = agree;
    }
    if (!out.length && !multi && this.byGiven.has(l)) out = [this.byGiven.get(l)!];
    if (at !== undefined && out.length > 1 && !multi) {
      const before = out.filter((e) => e.at <= at);
      if (before.length) out = before;
    }
    return out;
  }

  /** The one person a name refers to (written at `at`, when known), or null when unknown or ambiguous. */
  person(name: string, gender: Gender = null, at?: number): Entity | null {
    const c = this.candidates(name, gender, at);
    if (c.length === 1) return c[0];
    const exact = c.filter((e) => e.name.toLowerCase() === name.toLowerCase());
    return exact.length === 1 && /\s/.test(name) ? exact[0] : null;
  }

  /**
   * Whether a bare surname ("Dorn", "Mr. Dorn") names a father and a son: two people of the article
   * with that surname and one given name, told apart only by a generational suffix. Such a surname
   * is neither's.
   */
  twins(name: string): boolean {
    return this.twinsOf(name).length > 0;
  }

  /** The people a bare surname could name when it names a father and a son (see twins), else []. */
  twinsOf(name: string): Entity[] {
    if (generationOf(name) || /\s/.test(name.trim())) return [];
    const c = this.candidates(name).filter((e) => /\s/.test(withoutGeneration(e.name)));
    return c.some((a) => c.some((b) => a.generation !== b.generation && firstCompatible(a.name, b.name))) ? c : [];
  }

  /** "the 19-year-old": the one person the article gives that age. */
  byAge(age: number): Entity | null {
    const c = this.entities.filter((e) => e.kind === 'person' && e.age === age);
    return c.length === 1 ? c[0] : null;
  }

  /** "the Kremlin spokesman", "the secretary", "the GOP front-runner": the one person holding that role (of that party, when it says). */
  byRole(head: string, affiliation: string | null, party: string | null = null, qualifiers: readonly string[] = [], before = Infinity): Entity | null {
    const h = head.toLowerCase();
    // a title's role ("Sen." for "the senator") answers a bare description only, of the last person named before it
    // (the article may call another "the governor" whom it never titled)
    const last = before === Infinity ? null : this.lastPersonBefore(before);
    // ("the Florida senator": a senator by title whose home the text gave, introduced before it)
    let c = this.entities.filter((e) => e.kind === 'person' && (e.roleHeads.has(h) || (e.titleHeads.has(h) && (qualifiers.length ? !!e.home && e.at < before : e === last))));
    if (qualifiers.length) c = c.filter((e) => { const known = ` ${`${e.role ?? ''} ${e.affiliation ?? ''} ${e.home ?? ''} ${e.name}`.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `; return qualifiers.every((q) => known.includes(` ${q} `)); });
    if (affiliation) c = c.filter((e) => (e.affiliation ?? '').toLowerCase() === affiliation.toLowerCase());
    if (party) c = c.filter((e) => !e.role || e.role.toLowerCase().split(/[\s-]+/).every((w) => !PARTY_WORDS[w] || PARTY_WORDS[w] === party));
    return c.length === 1 ? c[0] : null;
  }

  /** "Sir Keir", "Dame Judi": a given name after a title that goes with given names names the one person the article gives it. */
  givenAlias(given: string): Entity | null {
    const g = given.toLowerCase();
    const c = this.entities.filter((e) => e.kind === 'person' && /\s/.test(e.name) && e.name.split(/\s+/)[0].toLowerCase() === g);
    if (c.length !== 1) return null;
    this.byGiven.set(g, c[0]);
    c[0].aliases.add(given);
    return c[0];
  }

  /** Index of the first mention starting at or after `pos` (mentions are in text order). */
  mentionFrom(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The person of the last mention before position `pos`, or null. */
  lastPersonBefore(pos: number): Entity | null {
    for (let i = this.mentionFrom(pos) - 1; i >= 0; i--) {
      const e = this.entities[this.mentions[i].entity];
      if (e.kind === 'person') return e;
    }
    return null;
  }

  addPerson(p: { name: string; role: string | null; affiliation: string | null; possessor: string | null; gender: Gender }, sentence: number): Entity {
    // A generational suffix is part of who it is: "Ray Dorn Jr." never joins "Ray Dorn"; "Dorn Jr." joins a Jr.
    const gen = generationOf(p.name);
    const bare = withoutGeneration(p.name);
    const multi = /\s/.test(bare);
    let e: Entity | null = null;
    for (const x of this.bySurname.get(surnameOf(p.name)) ?? []) {
      // "Mrs. Vandermeer" beside Tom Vandermeer: a surname whose honorific gives the other gender is
      // someone else (his mother), never him.
      if (p.gender && x.gender && p.gender !== x.gender && !/\s/.test(bare)) continue;
      if (x.name.toLowerCase() === p.name.toLowerCase() || (surnameOf(p.name) === bare.toLowerCase().replace(/['’]/g, "'") && (!gen || x.generation === gen)) || (multi && /\s/.test(x.name) && firstCompatible(x.name, p.name) && x.generation === gen)) {
        e = x;
        break;
      }
    }
    if (!e) e = this.add('person', p.name, sentence);
    else if (e.name !== p.name) e.aliases.add(p.name);
    if (!e.role && p.role) giveRole(e, p.role);
    e.affiliation ??= p.affiliation;
    e.possessor ??= p.possessor;
    e.gender ??= p.gender;
    return e;
  }
}

/** Replace the dot of title abbreviations ("Mr.", "Sen.") with a one-dot leader of the same length. */
function maskAbbreviationDots(t: string): string {
  return t.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|U\.S|U\.N|U\.K)\./g, '$1\u2024');
}

function firstCompatible(a: string, b: string): boolean {
  const fa = a.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
  const fb = b.split(/\s+/)[0].toLowerCase().replace(/\.$/, '');
  if (!(fa === fb || (fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb)))) return false;
  // Middle initials that differ are two people: "George H.W. Bush" is not "George W. Bush".
  const ia = middleInitials(a);
  const ib = middleInitials(b);
  return !ia || !ib || ia.startsWith(ib) || ib.startsWith(ia);
}

/** The initials of a full name's middle names ("George H.W. Bush" → "hw", "John Fitzgerald Kennedy" → "f"), "" when none. */
function middleInitials(name: string): string {
  if (!/\s\S+\s/.test(name.trim())) return '';
  const p = nameParts(name);
  return p?.first ? p.middle.map((m) => m[0]).join('') : '';
}

interface Run {
  lo: number;
  hi: number;
}

/** Maximal runs of adjacent name words in ws. */
export function nameRuns(text: string, ws: Word[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!isNameWord(ws[i]) && !isGivenNameWord(ws, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length && !ws[j].possessive && ws[j + 1].start - ws[j].end <= 1 && /^\s?$/.test(text.slice(ws[j].end, ws[j + 1].start))) {
      const n = ws[j + 1];
      if (isNameWord(n) || isSurnameAfterGiven(ws, j + 1) || /^(jr\.?|sr\.?|ii|iii)$/i.test(n.text)) j++;
      else if (/^(de|van|von|der|bin|al|la|le|da|di|du|del|ibn)$/.test(n.lower) && j + 2 < ws.length && isNameWord(ws[j + 2])) j++;
      else break;
    }
    // "John Park", "Stuart Hall": a word heading places or bodies that is a surname after a given name.
    if (!ORG_HEADS.has(ws[j].lower) || (j > i && isSurnameAfterGiven(ws, j))) out.push({ lo: i, hi: j });
    i = j + 1;
  }
  return out;
}

/** Whether a name run is known as something other than a person (an outlet, a speaking body, a country, a body's name). */
function namesNonPerson(ws: Word[], r: Run): boolean {
  const key = ws.slice(r.lo, r.hi + 1).map((w) => w.lower.replace(/['’]s$/, '')).join(' ');
  return key in OUTLETS || key in SPEAKING_ORGS || key in COUNTRIES || ws.slice(r.lo, r.hi + 1).some((w) => ORG_HEADS.has(w.lower.replace(/['’]s$/, '')));
}

/** A verb that marks a name right after the run ("Bozell said") or before it ("said Bozell"). */
function nameCueBeside(body: string, ws: Word[], r: Run): boolean {
  const next = ws[r.hi + 1];
  const prev = ws[r.lo - 1];
  const cueNext = !!next && !ws[r.hi].possessive && NAME_CUES.has(next.lower) && body.slice(ws[r.hi].end, next.start).trim() === '';
  const cuePrev = !!prev && NAME_CUES.has(prev.lower) && prev.lower !== 'according';
  return cueNext || cuePrev;
}

/**
 * "Filippo Grandi visited the border on Monday. He said …": a name of words the article never writes
 * in lower case opens a sentence before its verb, and the next sentence of the paragraph opens with
 * "He" or "She": a person, of that gender (whatever the given name; not a company's or a place's name).
 */
function subjectOfPronounNext(sentences: Sentence[], sw: Word[][], si: number, r: Run, lower: Set<string>): Gender {
  const ws = sw[si];
  const next = sentences[si + 1];
  if (!next || next.paragraph !== sentences[si].paragraph || r.hi - r.lo > 2 || ws[r.hi].possessive || namesNonPerson(ws, r)) return null;
  if (ws.slice(r.lo, r.hi + 1).some((w) => lower.has(w.lower) || DEMONYM_WORDS.has(w.lower) || ROLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower))) return null;
  const verb = ws[r.hi + 1];
  if (!verb || verb.cap || !/^(?:\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s|was|had|has|is|made|met|went|came|told|said|spoke|wrote|took|gave|left|sent|led|held|won|lost|ran|saw|found|thought)$/u.test(verb.lower)) return null;
  const m = /^(He|She)\s/.exec(next.text);
  return m ? (m[1] === 'He' ? 'male' : 'female') : null;
}

/** The US state a party-state tag after the name gives ("(I-Vt.)", ", R-Fla.,", "(D-NY)") or a state before its title ("Vermont Sen. …"). */
function homeOf(body: string, ws: Word[], r: Run): string | undefined {
  const tag = /^\s*[,(]\s*[DRI]-([A-Z][A-Za-z.]{0,5})[.,)]/.exec(body.slice(ws[r.hi].end, ws[r.hi].end + 14));
  if (tag) return STATE_ABBREVIATIONS[tag[1].toLowerCase().replace(/\.$/, '')];
  for (let k = r.lo - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const two = k > 0 ? `${ws[k - 1].lower} ${ws[k].lower}` : '';
    if (US_STATES.has(two)) return two;
    if (US_STATES.has(ws[k].lower)) return ws[k].lower;
    if (!ws[k].cap) break;
  }
  return undefined;
}

/** An age set off by commas after a name ("Marcus Rashford, 19,"). */
const AGE_AFTER = /^,\s+(\d{1,3}),/;

/**
 * Structural evidence that a name run is a person, whatever its given name: a relative "who" or an
 * age set off by commas right after it ("Brent Bozell, who leads …", "Ana Ruiz, 34, said").
 */
function personAside(body: string, ws: Word[], r: Run): boolean {
  if (ws[r.hi].possessive || namesNonPerson(ws, r)) return false;
  const after = body.slice(ws[r.hi].end, ws[r.hi].end + 12);
  return /^,\s+(?:who|whom|whose)\b/.test(after) || AGE_AFTER.test(after);
}

/**
 * Surnames used alone as a person's: one name word after an honorific ("Mr. Bozell") or next to a
 * verb that marks a name ("Bozell said", "said Bozell"), with the genders its honorifics give.
 */
function personSurnames(body: string, sw: Word[][], runs: Run[][]): Map<string, Set<Gender>> {
  const out = new Map<string, Set<Gender>>();
  for (let si = 0; si < sw.length; si++) {
    const ws = sw[si];
    for (const r of runs[si]) {
      if (r.hi !== r.lo || namesNonPerson(ws, r)) continue;
      const w = ws[r.lo];
      const prev = ws[r.lo - 1];
      const honorific = !!prev && prev.lower in HONORIFICS;
      if (!honorific && !nameCueBeside(body, ws, r)) continue;
      const genders = out.get(w.lower) ?? new Set<Gender>();
      genders.add(honorific ? HONORIFICS[prev.lower] : null);
      out.set(w.lower, genders);
    }
  }
  return out;
}

/**
 * Whether the first word of a longer name is a given name other than the person's own: a known
 * given name, or a capitalised word that is no title, role or common word of the article.
 */
function otherGivenName(first: Word, e: Entity, lower: Set<string>): boolean {
  const own = withoutGeneration(e.name).split(/\s+/);
  if (own.length < 2 || firstCompatible(e.name, first.text)) return false;
  if (genderOfFirst(first.text) !== null) return true;
  const l = first.lower;
  return !lower.has(l) && !(l in HONORIFICS) && !ROLE_HEADS.has(l) && !ROLE_MODIFIERS.has(l) && !first.text.includes('-') && !/\.$/.test(first.text);
}

/** Build the registry of a body's entities and their mentions. */
export function buildRegistry(body: string, sentences: Sentence[]): Registry {
  const reg = new Registry(sentences.map((s) => s.start));
  const sw = sentences.map((s) => words(body, s.start, s.end));
  const runs = sentences.map((_, i) => nameRuns(body, sw[i]));
  // Words the article also writes in lower case: common words, not given names.
  const lower = new Set(sw.flatMap((ws) => ws.filter((w) => !w.cap).map((w) => w.lower)));
  const unproven: { si: number; lo: number; hi: number; affiliation: string | null; possessor: string | null }[] = [];
  const singles: { si: number; lo: number; hi: number; role: string | null; affiliation: string | null; possessor: string | null; gender: Gender; honorific: string | null }[] = [];
  // Pass 1: full names with evidence of being a person.
  for (let si = 0; si < sentences.length; si++) {
    const ws = sw[si];
    for (const r of runs[si]) {
      const p = parseNamePhrase(body, ws, 0, r.hi);
      if (!p || p.first !== r.lo) continue;
      const after = body.slice(ws[r.hi].end + (ws[r.hi].possessive ? 2 : 0), Math.min(body.length, ws[r.hi].end + 120));
      let role = p.role;
      // Abbreviation dots ("adviser to Mr. Smith") do not end the apposition: masked while matching.
      const app = APPOSITION.exec(maskAbbreviationDots(after));
      if (!role && app && app[1].toLowerCase().split(/\s+/).some((w) => ROLE_HEADS.has(w))) role = app[1].replace(/\u2024/g, '.').trim();
      // "The spokesman for the ministry, Jan Novak, ...": a role before the name, set off by commas.
      if (!role && r.lo > 0) {
        const before = body.slice(sentences[si].start, ws[r.lo].start);
        const m = /(?:^|[,;]\s*)(?:(?:the|a|an)\s+)([^,;:"“”()]{2,70}?)\s*,\s*$/i.exec(maskAbbreviationDots(before));
        const after1 = body.slice(ws[r.hi].end, ws[r.hi].end + 2);
        if (m && /^\s*,/.test(after1) && m[1].toLowerCase().split(/\s+/).some((w) => ROLE_HEADS.has(w)) && !/\b(?:and|or)\b/.test(m[1])) role = m[1].replace(/\u2024/g, '.').trim();
      }
      const multi = r.hi > r.lo;
      const firstName = multi && (p.gender !== null || /^\p{Lu}\.?$/u.test(ws[r.lo].text));
      const pronounNext = multi && r.lo === 0 && subjectOfPronounNext(sentences, sw, si, r, lower);
      const evidence = !!p.honorific || !!role || firstName || (multi && nameCueBeside(body, ws, r)) || (multi && personAside(body, ws, r)) || !!pronounNext;
      if (pronounNext && !p.gender) p.gender = pronounNext;
      if (!evidence) {
        if (multi && r.hi - r.lo <= 3) unproven.push({ si, lo: r.lo, hi: r.hi, affiliation: p.affiliation, possessor: p.possessor });
        continue;
      }
      if (!multi) {
        singles.push({ si, lo: r.lo, hi: r.hi, role, affiliation: p.affiliation, possessor: p.possessor, gender: p.gender, honorific: p.honorific });
        continue;
      }
      if (r.hi - r.lo > 4) continue;
      reg.addPerson({ name: p.name, role, affiliation: p.affiliation, possessor: p.possessor, gender: p.gender }, si);
    }
  }
  // Pass 1b: a full name with no evidence of its own ("Brent Bozell spoke …", the given name unknown)
  // is a person when its surname alone is used as one later ("Mr. Bozell", "Bozell said").
  if (unproven.length) {
    const used = personSurnames(body, sw, runs);
    for (const u of unproven) {
      const ws = sw[u.si];
      const sur = ws[u.hi].lower;
      // Words the article also writes in lower case are common words before the name ("Maybe
      // Ortega", "Actor Clint Howard"): dropped; none may be left at its start. A known given name
      // inside it opens the name ("Billionaire Donald Trump", "Assemblywoman Claudia Tenney").
      let lo = u.lo;
      while (lo < u.hi - 1 && lower.has(ws[lo].lower)) lo++;
      if (lower.has(ws[lo].lower)) continue;
      const given = ws.slice(lo + 1, u.hi).findIndex((w) => genderOfFirst(w.text) !== null);
      // (after a title-like word: not after a first name the lists lack, before a middle name, "Norbert Leo Butz")
      if (given >= 0 && /(?:man|woman|person|er|or|ist|aire|ian|ent|ant)$/.test(ws[lo + given].lower)) lo += given + 1;
      const name = body.slice(ws[lo].start, ws[u.hi].end).replace(/\s+/g, ' ');
      if (lo > u.lo && reg.person(name)) continue;
      // "Mr. Khan" and "Ms. Khan" both written: two people share the surname, and which of them an
      // unproven "Ghazala Khan" is cannot be told.
      const genders = used.get(sur);
      if (genders && !(genders.has('male') && genders.has('female')) && !reg.candidates(ws[u.hi].text).length) reg.addPerson({ name, role: null, affiliation: u.affiliation, possessor: u.possessor, gender: genderOfFirst(ws[lo].text) }, u.si);
    }
  }
  // Pass 2: single words with a title ("President Obama", "Mr. Obama") that match no full name.
  for (const s of singles) {
    const name = sw[s.si][s.hi].text;
    if (GIVEN_NAME_TITLES.has(sw[s.si][s.hi - 1]?.lower ?? '') && !reg.candidates(name).length && reg.givenAlias(name)) continue;
    const c = reg.candidates(name, s.gender);
    if (c.length === 1) {
      // "Ingrid Larsen … Ms. Larsen": the honorific tells the gender her given name did not.
      c[0].gender ??= s.gender;
      if (!c[0].role && s.role) giveRole(c[0], s.role);
      continue;
    }
    // "director of the National Korean …": a nationality after a role is no one's name.
    if (c.length === 0 && (s.role || s.honorific) && !DEMONYM_WORDS.has(name.toLowerCase())) reg.addPerson({ name, role: s.role, affiliation: s.affiliation, possessor: s.possessor, gender: s.gender }, s.si);
  }
  // Pass 3: mentions of people, organisations, outlets, countries.
  for (let si = 0; si < sentences.length; si++) {
    const ws = sw[si];
    for (const r of runs[si]) {
      const text = body.slice(ws[r.lo].start, ws[r.hi].end);
      const hon = ws[r.lo - 1] && ws[r.lo - 1].lower in HONORIFICS ? HONORIFICS[ws[r.lo - 1].lower] : null;
      // A full name the registry does not hold is read by its surname ("Pres. Obama"), unless it
      // gives another given name than the person's own ("Humayun Khan" beside Ghazala Khan, "Anne
      // Marie Murphy" beside Chris Murphy): a relative or a namesake, not them.
      const bySurname = r.hi > r.lo ? reg.person(ws[r.hi].text, hon, ws[r.lo].start) : null;
      const e = reg.person(text, hon, ws[r.lo].start) ?? (bySurname && !otherGivenName(ws[r.lo], bySurname, lower) ? bySurname : null);
      if (e) {
        reg.mentions.push({ start: ws[r.lo].start, end: ws[r.hi].end, entity: e.id, sentence: si });
        e.home ??= homeOf(body, ws, r);
        const age = AGE_AFTER.exec(body.slice(ws[r.hi].end, ws[r.hi].end + 8));
        if (age && !ws[r.hi].possessive) e.age ??= Number(age[1]);
        if (text !== e.name && !e.aliases.has(text)) e.aliases.add(text);
      }
    }
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i].cap) continue;
      for (let n = 3; n >= 1; n--) {
        if (i + n > ws.length) continue;
        const key = ws.slice(i, i + n).map((w) => w.lower).join(' ');
        if (n > 1 && ws.slice(i, i + n - 1).some((w) => w.possessive)) continue;
        const outlet = OUTLETS[key];
        const org = SPEAKING_ORGS[key];
        const country = COUNTRIES[key];
        const hit = outlet ? ['outlet', outlet] : org ? ['organisation', org] : country ? ['country', country] : null;
        if (!hit) continue;
        // "Bush's Facebook post", "wrote on Twitter": the platform is the medium, nobody who speaks.
        if (PLATFORMS.has(key) && i > 0 && (ws[i - 1].possessive || /^(?:on|via|through|in|to)$/.test(ws[i - 1].lower))) break;
        const e = reg.org(hit[0] as EntityKind, hit[1], si);
        reg.mentions.push({ start: ws[i].start, end: ws[i + n - 1].end, entity: e.id, sentence: si });
        i += n - 1;
        break;
      }
    }
  }
  reg.mentions.sort((a, b) => a.start - b.start);
  // Resolve possessors ("Trump's special envoy") to a canonical name.
  for (const e of reg.entities) {
    if (e.possessor && !e.affiliation) e.affiliation = reg.person(e.possessor)?.name ?? e.possessor;
  }
  return reg;
}
