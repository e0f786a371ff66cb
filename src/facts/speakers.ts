/**
 * Who a speaker phrase is: a named person (through the registry: full name, surname, title), an
 * organisation, an unnamed source kept as its description, a pronoun to resolve, or nobody we can
 * be sure of. A wrong speaker is the worst bug: when unsure, the answer is "unknown".
 */
import { COUNTRIES, DEMONYMS, NATIONALITY_NOUNS, WORD_SURNAMES, FEMALE_NAMES, HONORIFICS, MALE_NAMES, NAMED_HEAD_ONLY, ORG_HEADS, OUTLETS, PARTY_WORDS, ROLE_HEADS, ROLE_MODIFIERS, RELATION_HEADS, SPEAKING_ORGS, SPEECH_CARRIERS, UNNAMED_HEADS, US_STATES } from './lexicon.ts';
import { isSurnameAfterGiven, parseNamePhrase, type Gender, type Word } from './names.ts';
import type { Entity, Registry } from './people.ts';

export type SpeakerType = 'person' | 'organisation' | 'unnamed' | 'unknown';

export interface Speaker {
  speaker: string | null;
  speakerType: SpeakerType;
  role: string | null;
  entity: number | null;
  /** For a pronoun phrase: which one ("he", "she", "it", "they"). */
  pronoun?: string;
  /** Unnamed head noun ("source", "diplomats"). */
  head?: string;
}

export const UNKNOWN: Speaker = { speaker: null, speakerType: 'unknown', role: null, entity: null };

const POSTMOD = /^(close|familiar|privy|aware|with|who|in|at|from|on|for|to|briefed|involved|knowledgeable|speaking|based|near|inside|within|across|of)$/;
const DETERMINERS = /^(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|most|few|both|all|multiple|numerous|\d+)$/;

function orgOf(key: string): { name: string; kind: 'organisation' | 'outlet' | 'country' } | null {
  if (OUTLETS[key]) return { name: OUTLETS[key], kind: 'outlet' };
  if (SPEAKING_ORGS[key]) return { name: SPEAKING_ORGS[key], kind: 'organisation' };
  if (COUNTRIES[key]) return { name: COUNTRIES[key], kind: 'country' };
  return null;
}

const NUMBER = String.raw`(?:\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)`;
const QUANTITY = new RegExp(
  String.raw`^(?:(?:about|nearly|almost|roughly|around|some|just|only|over|more than|less than|fewer than|at least|a little (?:over|under)|barely)\s+)?(?:${NUMBER}\s*(?:percent|per cent|%)|${NUMBER} (?:in|out of) ${NUMBER}|half|a third|a quarter|a fifth|(?:two|three|four)[- ](?:thirds|quarters|fifths)|a (?:slim |narrow |clear |large |small )?(?:majority|plurality|minority))(?:\s+(?:of|among)\s+.+|\s+[a-z]+(?:\s+[a-z]+)?)?$`,
  'i',
);

const lowerFirst = (s: string) => s.replace(/^(A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Other|Most|Multiple)\b/, (m) => m.toLowerCase());

/** How many mentions the registry holds of each entity (counted once per registry and size). */
const COUNTS = new WeakMap<Registry, { n: number; by: Map<number, number> }>();
function mentionCount(reg: Registry, id: number): number {
  let c = COUNTS.get(reg);
  if (!c || c.n !== reg.mentions.length) {
    c = { n: reg.mentions.length, by: new Map() };
    for (const m of reg.mentions) c.by.set(m.entity, (c.by.get(m.entity) ?? 0) + 1);
    COUNTS.set(reg, c);
  }
  return c.by.get(id) ?? 0;
}

/** A registry person as a quote's speaker (`role`: the phrase's own when the registry has none). */
export function personSpeaker(e: Entity, role: string | null = e.role): Speaker {
  return { speaker: e.name, speakerType: 'person', role, entity: e.id };
}

/** A relation and its comma just before a name: "his wife, " (the name is the relative's). */
const RELATION_BEFORE = new RegExp(`\\b(?:${[...RELATION_HEADS].join('|')})\\s*,\\s*$`, 'i');

/**
 * Classify the phrase body[start, end). `ws` are the phrase's words. Pronouns are returned with
 * `pronoun` set and speakerType 'unknown' for the caller to resolve.
 */
export function classifySpeaker(body: string, ws: Word[], reg: Registry, lastUnnamed: Map<string, string>): Speaker | null {
  if (!ws.length) return null;
  const text = body.slice(ws[0].start, ws[ws.length - 1].end + (ws[ws.length - 1].possessive ? 2 : 0)).replace(/\s+/g, ' ');
  const lw = ws.map((w) => w.lower);
  if (ws.length === 1 && /^(he|she|it|they|we|i)$/.test(lw[0])) return { ...UNKNOWN, pronoun: lw[0] };
  // "the Spaniard said", "the German said": an epithet of a people, nobody the rules can name
  if (lw[0] === 'the' && ws.length <= 3 && (NATIONALITY_NOUNS.has(lw.slice(1).join(' ')) || (ws.length === 2 && DEMONYMS[lw[1]]))) return { ...UNKNOWN };
  // A list of named people ("Sens. Ann Park, Bob Reyes and Carl Diaz", "Republican leaders Phil Berger and
  // Tim Moore"): the group speaks together.
  const rolePrefix = ws.findLastIndex((w) => !w.cap && w.lower !== 'and');
  const gws = rolePrefix >= 0 && rolePrefix < ws.length - 3 && /s$/.test(lw[rolePrefix]) && ROLE_HEADS.has(lw[rolePrefix].replace(/s$/, '')) && ws.slice(rolePrefix + 1).every((w) => w.cap || w.lower === 'and') ? ws.slice(rolePrefix + 1) : ws;
  const gtext = gws === ws ? text : body.slice(gws[0].start, gws[gws.length - 1].end).replace(/\s+/g, ' ');
  if (/\sand\s/.test(gtext) && gws.every((w) => w.cap || w.lower === 'and')) {
    const names = gtext.replace(/^(?:Both|Sens?|Reps?|Govs?|Drs?|Mr|Mrs|Ms|Messrs)\.?\s+/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
    // With a comma, a list of full names; two joined by "and" only, each a person the article names
    // ("Hale and Lowe said", "Tom Hale and Ann Lowe said"; not "Procter and Gamble").
    const listed = /,\s*\S/.test(gtext) ? names.every((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(n)) : names.length === 2 && names.every((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(n) && reg.person(n)?.kind === 'person');
    if (names.length >= 2 && listed) {
      const full = names.map((n) => reg.person(n)?.name ?? n);
      const speaker = `${full.slice(0, -1).join(', ')} and ${full[full.length - 1]}`;
      return { speaker, speakerType: 'person', role: null, entity: null };
    }
  }
  // "a statement from Sen. Ann Park", "a letter released by the committee", "Park's statement": the
  // words a statement carries are those of whom it is from (when the phrase names them).
  const carrier = lw.findIndex((w) => SPEECH_CARRIERS.has(w));
  if (carrier >= 0 && carrier <= 3) {
    const by = /^(?:from|by)$/.test(lw[carrier + 1] ?? '') ? carrier + 2 : /^(?:released|issued|sent|posted|signed|filed)$/.test(lw[carrier + 1] ?? '') && lw[carrier + 2] === 'by' ? carrier + 3 : -1;
    const from = by > 0 && ws.slice(0, carrier).every((w) => !w.cap || w === ws[0]) && by < ws.length ? classifySpeaker(body, ws.slice(by), reg, lastUnnamed) : null;
    if (from?.speaker && (from.speakerType === 'person' || from.speakerType === 'organisation') && /^\p{Lu}/u.test(from.speaker)) return from;
    const owner = carrier === ws.length - 1 && carrier > 0 && ws[carrier - 1].possessive && ws[carrier - 1].cap && ws.slice(0, carrier).every((w) => w.cap) ? classifySpeaker(body, [...ws.slice(0, carrier - 1), { ...ws[carrier - 1], possessive: false }], reg, lastUnnamed) : null;
    if (owner?.speaker && (owner.speakerType === 'person' || owner.speakerType === 'organisation')) return owner;
  }
  // A share of a group, as polls report it: "36 percent of Democrats", "Twenty-four percent", "about
  // half of voters", "one in four voters", "three-quarters of the voters", "a majority of them". The
  // words are reported; who says so is the poll, which the sentence may not name: unknown.
  if (QUANTITY.test(text) && ws.length <= 10) return { ...UNKNOWN };
  const last = ws[ws.length - 1];
  // Organisations, outlets, countries: "the Kremlin", "the Financial Times", "Ukraine".
  const noThe = lw[0] === 'the' ? lw.slice(1) : lw;
  const key = noThe.join(' ');
  // "Cuban said" after "Mark Cuban": a demonym that is the surname of the one person named so.
  // So is "West said" after "Marty West", "Read said" after "Ian Read" (a common word as surname).
  if (ws.length === 1 && last.cap && !last.possessive && (DEMONYMS[lw[0]] || WORD_SURNAMES.has(lw[0]))) {
    const c = reg.candidates(ws[0].text);
    if (c.length === 1 && c[0].kind === 'person' && /\s/.test(c[0].name)) return personSpeaker(c[0]);
  }
  const o = orgOf(key);
  if (o && !last.possessive) return { speaker: o.name, speakerType: 'organisation', role: null, entity: reg.org(o.kind, o.name, 0).id };
  // "David Woodard of Clemson University", "Jeffrey Lewis of the James Martin Center", "Ann Roe
  // at Goldman Sachs": a person's full name (a known given name first) with the place they work.
  const at = lw.findIndex((w, i) => i >= 2 && /^(?:of|at|from)$/.test(w));
  // (a given name the lists lack is read as one before a news outlet: "Joel Pollak of Breitbart California")
  const outletAfter = at === 2 && !!OUTLETS[lw[at + 1]];
  if (at >= 2 && at <= 4 && last.cap && ws.slice(0, at).every((w) => w.cap && !w.possessive) && (MALE_NAMES.has(lw[0]) || FEMALE_NAMES.has(lw[0]) || lw[0] in HONORIFICS || outletAfter || !!reg.person(body.slice(ws[0].start, ws[at - 1].end))) && ws[at + (lw[at + 1] === 'the' ? 2 : 1)]?.cap) {
    const who = classifySpeaker(body, ws.slice(0, at), reg, lastUnnamed);
    if (who?.speakerType === 'person') return who;
  }
  // A named person at the end of the phrase.
  if (last.cap && !last.possessive) {
    let p = parseNamePhrase(body, ws, 0, ws.length - 1);
    // "the Bush Center in Dallas": a name after a preposition is an object, not the speaker; but
    // "advisers to Mr. Obama" is an unnamed group (the head noun before the preposition speaks).
    if (p && p.phraseStart > 0 && /^(in|at|from|of|to|for|near|with|on|by|about|into|over|under)$/.test(lw[p.phraseStart - 1])) {
      const before = lw.slice(0, p.phraseStart - 1);
      // "Senator Ann Park of Ohio", "Gov. Tom Hale of Texas": a person's home state, not an object.
      const place = p.name.toLowerCase();
      if (lw[p.phraseStart - 1] === 'of' && p.phraseStart >= 2 && !p.role && (US_STATES.has(place) || COUNTRIES[place])) {
        const who = parseNamePhrase(body, ws, 0, p.phraseStart - 2);
        if (who && who.phraseStart === 0 && (who.name.includes(' ') || who.role || who.honorific)) return classifySpeaker(body, ws.slice(0, p.phraseStart - 1), reg, lastUnnamed);
      }
      // "the Roper Center for Public Opinion Research", "the American Civil Liberties Union of Ohio": an
      // organisation named with its full title (not one of two: "a study by X and the Y of Z").
      const orgHead = /^(?:for|of)$/.test(lw[p.phraseStart - 1]) && before.length >= 2 && before.length <= 6 && ws[p.phraseStart - 2].cap && ORG_HEADS.has(before[before.length - 1]) && before[0] === 'the' && !/\b(?:and|or|by|with)\s+$/i.test(body.slice(Math.max(0, ws[0].start - 6), ws[0].start));
      if (orgHead) {
        const name = text.replace(/^the\s+/i, '');
        return { speaker: name, speakerType: 'organisation', role: null, entity: null };
      }
      // "A spokeswoman for Fiorina", "a top adviser to President Obama": one unnamed person described
      // by whom they work for, who speaks (never the one named).
      const oneUnnamed = before.length >= 2 && /^(?:a|an|one|another)$/.test(before[0]) && (ROLE_HEADS.has(before[before.length - 1]) || UNNAMED_HEADS.has(before[before.length - 1]));
      if (!oneUnnamed && !before.some((w) => UNNAMED_HEADS.has(w) && /s$/.test(w))) return null;
      p = null;
    }
    if (p) {
      const hon = p.honorific ? HONORIFICS[p.honorific.toLowerCase()] : null;
      // A full name the registry does not hold is read by its surname ("Pres. Obama", "Billionaire
      // Donald Trump"), but not after a relation ("his wife, Gabriela Lazar"): a relative shares the
      // surname of someone else in the article, and is not them.
      const related = ws.slice(0, p.phraseStart).some((w) => !w.cap && RELATION_HEADS.has(w.lower)) || RELATION_BEFORE.test(body.slice(Math.max(0, ws[0].start - 40), ws[0].start));
      const e = reg.person(p.name, hon ?? null, ws[0].start) ?? (p.name.includes(' ') && !related ? reg.person(p.name.split(/\s+/).pop()!, hon ?? null, ws[0].start) : null);
      if (e) return personSpeaker(e, e.role ?? p.role);
      // A name the registry does not hold (or holds twice): the subject of a cue is still a speaker
      // when it is unambiguous; a surname shared by two people is unknown, unless the title given
      // ("President Obama" beside Michelle Obama) is held by one of them only.
      const shared = reg.candidates(p.name.split(/\s+/).pop()!, null, ws[0].start);
      // A full name beside people of its surname: the one whose given name it holds ("Billionaire
      // Donald Trump"), or, when it holds none of theirs and each of them has one, someone new
      // ("Andras Varga" beside Tom and Peter Varga).
      const words = p.name.toLowerCase().split(/\s+/);
      const given = (x: Entity) => (x.name.includes(' ') ? x.name.toLowerCase().split(/\s+/)[0] : null);
      if (shared.length > 1 && p.name.includes(' ')) {
        const holds = shared.filter((x) => words.slice(0, -1).includes(given(x) ?? ''));
        if (holds.length === 1 && !related) return personSpeaker(holds[0], holds[0].role ?? p.role);
      }
      const someoneNew = p.name.includes(' ') && shared.every((x) => given(x) !== null && !words.includes(given(x)!));
      if (shared.length > 1 && !related && !someoneNew) {
        const head = p.role?.toLowerCase().split(/\s+/).pop() ?? null;
        const byTitle = head ? shared.filter((x) => x.roleHeads.has(head)) : [];
        if (byTitle.length === 1) return personSpeaker(byTitle[0]);
        // A bare surname two people share is the one the article introduced first and names most
        // ("Hillary Clinton ... her husband, Bill Clinton ... Clinton said"): news style gives the
        // other one a distinguishing form ("Bill Clinton", "Mr. Clinton", "Trump Jr.").
        // So is a surname after an honorific that does not tell them apart ("Mr. Bush" beside Jeb
        // and George W. Bush; "Mrs. Clinton" beside Hillary and Chelsea Clinton).
        // A father and a son ("Ray Dorn", "Ray Dorn Jr."): "Dorn said" is neither's, unless only one
        // of them has been quoted word for word so far (the son interviewed, the father named as background).
        const twins = reg.twinsOf(p.name);
        if (twins.length) {
          const spoke = twins.filter((e) => e.spoke);
          return spoke.length === 1 ? personSpeaker(spoke[0]) : { ...UNKNOWN };
        }
        const pool = hon ? shared.filter((x) => x.gender !== (hon === 'male' ? 'female' : 'male')) : shared;
        if ((!p.honorific || hon) && !p.role && !p.name.includes(' ') && pool.length > 1) {
          const count = (e: Entity) => mentionCount(reg, e.id);
          const first = pool.reduce((a, b) => (b.sentence < a.sentence ? b : a));
          const n = count(first);
          if (pool.every((x) => x === first || (x.sentence > first.sentence && count(x) <= n))) return personSpeaker(first);
        }
        return { ...UNKNOWN };
      }
      if (ORG_HEADS.has(last.lower) && !isSurnameAfterGiven(ws, ws.length - 1)) return null;
      const personLike = !/^(?:bank|fargo|motors|airlines|group|holdings|capital|partners|media|labs|foods|energy|pharma|health)$/i.test(last.lower);
      if (!personLike) return { speaker: p.name, speakerType: 'organisation', role: null, entity: reg.org('organisation', p.name, 0).id };
      // Introduced here: at least as late as the last person named before it (who came first decides a shared surname).
      const at = reg.mentions.filter((m) => m.start < ws[0].start).reduce((n, m) => Math.max(n, m.sentence), 0);
      const e2 = reg.addPerson({ name: p.name, role: p.role, affiliation: p.affiliation, possessor: p.possessor, gender: p.gender }, at);
      return personSpeaker(e2);
    }
    // "the Clinton campaign", "the State Department", "the Democratic National Committee".
    if (ORG_HEADS.has(last.lower) && ws.some((w) => w.cap && w.lower !== 'the')) {
      const name = text.replace(/^the\s+/i, '');
      const o2 = orgOf(name.toLowerCase());
      return { speaker: o2?.name ?? name, speakerType: 'organisation', role: null, entity: null };
    }
  }
  if (ORG_HEADS.has(last.lower) && /^(campaign|committee|ministry|department)$/.test(last.lower) && ws.some((w, i) => i < ws.length - 1 && w.cap && w.lower !== 'the')) {
    return { speaker: text.replace(/^the\s+/i, ''), speakerType: 'organisation', role: null, entity: null };
  }
  // "the RIA Novosti state news agency": an outlet named inside a media noun phrase.
  if (/^(agency|newspaper|daily|channel|network|outlet|broadcaster|website|site|paper|magazine|tv|television|radio|service|wire)$/.test(last.lower)) {
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= ws.length; i++) {
        const o3 = orgOf(lw.slice(i, i + n).join(' '));
        if (o3 && o3.kind === 'outlet') return { speaker: o3.name, speakerType: 'organisation', role: null, entity: reg.org('outlet', o3.name, 0).id };
      }
    }
  }
  // "the 19-year-old": the one person the article gives that age ("Marcus Rashford, 19,"), else nobody.
  const aged = ws.length === 2 && lw[0] === 'the' ? /^(\d{1,3})-year-old$/.exec(lw[1]) : null;
  if (aged) {
    const e = reg.byAge(Number(aged[1]));
    return e ? personSpeaker(e) : { ...UNKNOWN };
  }
  // Head noun: the last word before a post-modifier ("a source close to the discussions").
  let h = ws.length - 1;
  for (let i = 1; i < ws.length; i++) {
    // "activists clamoring to block Hale": a participle after the head noun modifies it.
    if ((POSTMOD.test(lw[i]) || (/^[a-z]{3,}ing$/.test(lw[i]) && (UNNAMED_HEADS.has(lw[i - 1]) || ROLE_HEADS.has(lw[i - 1])))) && !ws[i].cap) {
      h = i - 1;
      break;
    }
  }
  const head = lw[h];
  const pre = lw.slice(0, h);
  const possessed = ws.slice(0, h).some((w) => w.possessive);
  // Title reference: "the Kremlin spokesman", "the secretary", "the mayor".
  if (lw[0] === 'the' && ROLE_HEADS.has(head) && !possessed && h === ws.length - 1 && !/s$/.test(head.replace(/ss$/, ''))) {
    let aff: string | null = null;
    for (let i = 1; i < h; i++) {
      const k = ws[i].lower;
      aff ??= COUNTRIES[k] ?? DEMONYMS[k] ?? SPEAKING_ORGS[k] ?? null;
    }
    const party = pre.map((w) => PARTY_WORDS[w]).find(Boolean) ?? null;
    // "the Florida senator": a place or a name the person's role, affiliation or name must hold
    const qualifiers = ws.slice(1, h).filter((w) => w.cap).map((w) => w.lower).filter((w) => !ROLE_MODIFIERS.has(w) && !PARTY_WORDS[w] && !COUNTRIES[w] && !DEMONYMS[w] && !SPEAKING_ORGS[w]);
    // (someone the article has introduced by then)
    const e = reg.byRole(head, aff ? (aff === 'United States' ? 'US' : aff) : null, party, qualifiers, ws[0].start);
    if (e) return personSpeaker(e);
    return { ...UNKNOWN };
  }
  if (UNNAMED_HEADS.has(head) || (ROLE_HEADS.has(head) && possessed) || (RELATION_HEADS.has(head) && (possessed || /^(?:his|her|their|its|our|my)$/.test(lw[0]))) || (ORG_HEADS.has(head) && /^(the|a|an)$/.test(lw[0]) && h <= 3 && !/^(day|week|month|year|plan|bill|act|law|talks|war|crisis)$/.test(head)) || (ROLE_HEADS.has(head) && /^(a|an|one|two|three|four|several|many|some)$/.test(lw[0]))) {
    // "the source": the unnamed source named before with that head.
    if (lw[0] === 'the' && h <= 2 && pre.every((w) => DETERMINERS.test(w) || w === 'same') && NAMED_HEAD_ONLY.has(head)) {
      const prev = lastUnnamed.get(head);
      if (prev) return { speaker: prev, speakerType: 'unnamed', role: null, entity: null, head };
    }
    // A bare capitalised group ("Democrats") or a determiner-led description.
    if (ws.length > 8) return null;
    return { speaker: lowerFirst(text), speakerType: 'unnamed', role: null, entity: null, head };
  }
  return null;
}

/**
 * The source of "according to NP" when the phrase names nobody the rules know: a document, a poll,
 * an analysis ("a lawsuit filed in Manhattan", "the RealClearPolitics polling average"), kept as
 * its description (unnamed). Null for what is no source (a pronoun, a date, a long run of words).
 */
export function describedSource(body: string, ws: Word[]): Speaker | null {
  // A long description keeps its head, up to a participle that qualifies it ("early results of exit
  // polls conducted for …", "a study last year by economists at …" stays whole up to twelve words).
  if (ws.length > 12) {
    const cut = ws.findIndex((w, i) => i >= 2 && !w.cap && /^(?:[a-z]{3,}ed|by|for|from|at|with|who|which|that)$/.test(w.lower));
    if (cut < 2 || cut > 12) return null;
    ws = ws.slice(0, cut);
  }
  if (!ws.length) return null;
  const text = body.slice(ws[0].start, ws[ws.length - 1].end + (ws[ws.length - 1].possessive ? 2 : 0)).replace(/\s+/g, ' ');
  if (/^(?:him|her|them|us|me|you|it|this|that|these|those|which|whom|what)$/i.test(text)) return null;
  if (!/\p{L}{3}/u.test(text)) return null;
  return { speaker: lowerFirst(text), speakerType: 'unnamed', role: null, entity: null, head: ws[ws.length - 1].lower };
}

/** Gender compatibility of a pronoun with an entity. */
export function pronounFits(pronoun: string, e: Entity): boolean {
  if (pronoun === 'he') return e.kind === 'person' && e.gender !== 'female';
  if (pronoun === 'she') return e.kind === 'person' && e.gender !== 'male';
  if (pronoun === 'it') return e.kind !== 'person';
  return false;
}

export type { Gender };
