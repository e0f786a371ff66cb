/**
 * Developments are events, not sentences. Candidate sentences (an article's lead and the sentences
 * that carry an event) that report the same development in different articles are merged into one
 * item: its text is the clearest complete sentence, its citations every article that reports it,
 * and its date when it happened — resolved from the sentence ("on Friday", "in July", "Oct. 28")
 * against the publication date, else the earliest report's date for news, else none (background).
 * Pure and deterministic; `addArticle` is incremental (one new article updates the developments it
 * joins), so the same code serves a card or an archive kept current at ingest.
 */
import type { Citation, Sentence } from '../../facts/schema.ts';
import type { Topic } from '../topic.ts';
import { dateMentions, eventDate, mentionsContradict, type DateMention } from './event-date.ts';
import { ACTION_VERBS, DETACHABLE_CONNECTIVES, DEVELOPMENT_VERBS, MONTHS, TURNING_POINT_KINDS, WEEKDAYS } from '../../facts/lexicon.ts';
import { cmp, contentTokens, fold, quotedShare } from './text.ts';
import { sentenceAt } from './verbatim.ts';
import { decisiveEvent, eventEchoes, newsness, sameObjects, subjectsOf, type EventEcho, type EventSig } from './newsness.ts';
import type { StoredArticle } from '../../store/store.ts';
import { articleWindow, LEAD_SENTENCES, MAX_CARD_ARTICLES, MAX_STORY_ARTICLES, type WindowArticle } from './window.ts';

const DAY = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A sentence that starts like this leans on the one before it (not a standalone sentence). */
const LEANS_ON_CONTEXT =
  /^(?:(?:many|some|all|most|few|none|each|one|several|both|neither|either|any) of (?:them|those|these|us|whom)|first|second|third|finally|also|and|but|or|so|still|yet|however|meanwhile|instead|then|now|here|there|thus|indeed|moreover|subsequently|additionally|furthermore|likewise|similarly|nevertheless|nonetheless|afterwards?|consequently|accordingly|in fact|even so|that said|in turn|to that end|this|that|these|those|it|its|he|she|they|his|her|their|them|we|our|i|you|such|both|another|other|others|the two|the move|the decision|the comments|the remarks|the statement|the announcement|in addition(?! to)|in response(?! to)|as a result|on the other hand|at the same time|after that|by contrast|the source|the sources|the official|the officials|the spokesman|the spokeswoman|in a separate|in another|separately|(?:during|after|before|despite|following|in) (?:those|these|that|this|the same)\b)\b/i;
/** A dateline or a byline before the sentence proper ("ROME - ", "WASHINGTON (AP) — ", "By Jane Doe "). */
const DATELINE =
  /^(?:By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s+)?(?:[A-Z][A-Z.'’ ,-]{2,40}(?:\s*\([A-Za-z. ]{1,20}\))?\s*[-–—―:]\s+|[A-Z][\p{L}.' ,]{2,40}\s*\((?:AP|AFP|Reuters|UPI|CNN|Bloomberg|dpa)\)\s*[-–—―:]?\s+|[A-Z][A-Z ]{2,30},\s+[A-Z][a-z]+\.? \d{1,2} \([A-Z]{2,8}\)\s*[-–—―]\s+|[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s+(?:[A-Z][a-z]{1,12}\.?|[A-Z]\.[A-Z]\.)){0,2}(?:,?\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([A-Za-z. ]{1,20}\))?\s*[-–—―]\s+)/u;
/** A headline in capitals run into the sentence after it, as newsletters print them ("DNC CHAIR RESIGNS After months of criticism, …"): three words or more. */
const HEADLINE_RUN = /^(?:[\p{Lu}\d][\p{Lu}\d.'’:&,-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d.'’:&,!?-]*\s+(?=\p{Lu}\p{Ll})/u;
/** A connective that only ties the sentence to the one before (DETACHABLE_CONNECTIVES), its comma and the space after. */
const DETACHABLE = new RegExp(
  `^(?:${[...DETACHABLE_CONNECTIVES].sort((a, b) => b.length - a.length).map((c) => `${c[0].toUpperCase()}${c.slice(1).replace(/ /g, '\\s+')}`).join('|')}),\\s+(?=\\p{Lu})`,
  'u',
);
const HTML = /<\/?[a-z][^>]*>|&[a-z]+;|https?:\/\/|\bwww\.|Watch the latest video|Click here|Sign up|Subscribe/i;
const EVENT_VERB =
  /\b(won|wins?|winning|lost|loses|beat|defeat\w*|announc\w*|agree[sd]?|sign\w*|met|meets|visit\w*|warn\w*|reject\w*|den(?:y|ies|ied)|confirm\w*|launch\w*|propos\w*|resign\w*|attack\w*|accus\w*|endors\w*|suspend\w*|dropp\w* out|quit|withdr[ae]w\w*|releas\w*|rul(?:ed|es|ing)|decid\w*|declin\w*|recommend\w*|charg\w*|indict\w*|sentenc\w*|testif\w*|interview\w*|investigat\w*|clinch\w*|nominat\w*|debat\w*|vot\w*|elect\w*|kill\w*|arrest\w*|su(?:ed|es)|fil(?:ed|es)|order\w*|call\w* (?:for|on)|hel[dt]|skipp?\w*|boycott\w*)\b/i;
const PAST_PERFECT = /\bhad (?:been |already |not |never |long )?\w+(?:ed|en|wn|ne|un|ld|ht|id)\b/i;
/** What is still to come is "what's next", not a development. */
const FUTURE = /\b(?:will|is to|are to|is due to|are due to|due to (?:meet|visit|travel|hold|vote|speak|appear|announce)|(?<!\b(?:his|her|their|its|the|a|own) )plans? to|is scheduled|are scheduled|is expected to|are expected to|would (?:now|meet|travel|visit|hold))\b/i;
const BACKGROUND_CUE = /\b(?:since|ago|previously|earlier this (?:year|campaign|cycle|season)|last year|years?|former(?:ly)?|once(?! again| more)|long)\b/i;

/** Two reports of one development share at least this IDF-weighted similarity. */
export const DEVELOPMENT_SIMILARITY = 0.3;
/** Two reports that name the same day for what they report need less in common. */
export const SAME_DAY_SIMILARITY = 0.15;
/** Two reports of one day need this many words in common beyond the topic's words and the names of days and months. */
const SAME_DAY_OWN_WORDS = 2;
const DATE_WORDS = new Set([...WEEKDAYS, ...Object.keys(MONTHS)]);

function ownWordsShared(r: DevReport, d: Development, common: ReadonlySet<string>): number {
  let n = 0;
  for (const t of r.tokens) if (d.weight.has(t) && !common.has(t) && !DATE_WORDS.has(t) && !/^\d+$/.test(t)) n++;
  return n;
}

/** Of the developments sharing one word, a report compares itself with the newest this many. */
const LOOKUP_LIST = 64;
/** A report looks for its development among those sharing one of its this-many rarest words. */
const RARE_LOOKUP = 8;

export interface TopicLex {
  /** Whole-word matchers for the topic's terms and people (full names and surnames), on folded text. */
  res: RegExp[];
  /** Proper names of several words ("State Department"): matched with their capitals, on the text as written. */
  exact: RegExp[];
  /** Identifies the lexicon (for caches). */
  key: string;
  /** The content words of the topic's terms and people (every item of the story names some: they tell no two events apart). */
  tokens: ReadonlySet<string>;
  /** The content words of the topic's title (what the editor named the story), without a plural's "s". */
  title: ReadonlySet<string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const word = (w: string, flags = 'u') => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(w)}($|[^\\p{L}\\p{N}])`, flags);

/**
 * A term of several words as a sentence may write it: its words in order, each at most one word
 * after the last ("Republican nomination" in "the Republican presidential nomination", "private
 * server" in "her private email server").
 */
const termWords = (t: string) => {
  const ws = t.split(/\s+/).filter(Boolean);
  if (ws.length < 2) return word(t);
  return new RegExp(`(^|[^\\p{L}\\p{N}])${ws.map(escapeRe).join('(?:\\s+[\\p{L}\\p{N}’\'-]+)?\\s+')}($|[^\\p{L}\\p{N}])`, 'u');
};

export function topicLex(topic: Topic): TopicLex {
  const words = new Set<string>();
  const exact = new Set<string>();
  for (const t of topic.match.terms) {
    // "State Department" is a name; "state department of revenue" is not it
    if (/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(t.trim())) exact.add(t.trim());
    else words.add(fold(t));
  }
  for (const p of topic.match.people) {
    words.add(fold(p));
    const last = fold(p).split(/\s+/).pop();
    if (last && last.length > 3) words.add(last);
  }
  const people = new Set(topic.match.people.map(fold));
  return {
    // a person's name as written; a term's words also with one word between them
    res: [...words].map((w) => (people.has(w) ? word(w) : termWords(w))),
    exact: [...exact].map((w) => word(w)),
    key: JSON.stringify([[...words].sort(), [...exact].sort(), topic.title]),
    title: new Set(contentTokens(topic.title).map(stem)),
    tokens: new Set(contentTokens([...topic.match.terms, ...topic.match.people].join(' '))),
  };
}

/** A word without its plural ending ("primaries" and "primary", "debates" and "debate" are one). */
function stem(w: string): string {
  return w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** How many of the title's words a sentence carries. */
export function titleHits(lex: TopicLex, tokens: readonly string[]): number {
  let n = 0;
  const seen = new Set<string>();
  for (const t of tokens) {
    const s = stem(t);
    if (lex.title.has(s) && !seen.has(s)) (seen.add(s), n++);
  }
  return n;
}

export function topicHits(lex: TopicLex, text: string): number {
  const f = fold(text);
  let n = 0;
  for (const re of lex.res) if (re.test(f)) n++;
  for (const re of lex.exact) if (re.test(text)) n++;
  return n;
}

export interface DevReport {
  articleId: string;
  outlet: string | null;
  published: string;
  cite: Citation;
  text: string;
  tokens: string[];
  /** Clarity and importance of this sentence as the item's text. */
  score: number;
  /** The date the sentence gives for itself (day precision or a span's start), and how precise. */
  own: { date: string; precision: string } | null;
  /** Reported as news (dated near its publication, or an undated lead sentence) vs background. */
  news: boolean;
  /** Interval of days the event can lie in, for merging; null when unknown (undated background). */
  from: string | null;
  to: string | null;
  topic: number;
  /** How many of the topic title's words it carries. */
  title: number;
  lead: boolean;
  mentions: DateMention[];
  /** The decisive event it reports (a finite verb of a decisive kind with a named subject), if any. */
  event: EventSig | null;
  /** Its decisive event is done by one of the story's own (a name of the topic's terms, people or title: "Sanders" of a story of Sanders's race). */
  ownActor?: boolean;
  /** +1 a decisive event, -1 commentary, a feature, a habit, an interview or a preview, else 0 (newsness.ts). */
  newsness: number;
  /** The day the event happened as this report tells it: its own day, else (news) its publication day; null for background. */
  day: string | null;
  /** Days the event it reports can lie in (its own day, or the week before an undated report), for merging; null when unknown. */
  range: [string, string] | null;
  /** The people its sentence names (folded last names of its article's people, each once, in the order the sentence names them). */
  people: string[];
}

export interface Development {
  reports: DevReport[];
  rep: DevReport;
  /** When it happened (YYYY-MM-DD), or null for undated background. */
  when: string | null;
  /** Earliest publication among its reports. */
  firstReported: string;
  lastReported: string;
  articles: number;
  outlets: number;
  /** How many reports carry each word (the words a report must share to join). */
  weight: Map<string, number>;
  articleIds: Set<string>;
  outletNames: Set<string>;
  firstDay: string | null;
  firstSpan: string | null;
  /** Earliest publication among its news reports that give no day of their own (what an undated news report dates it to). */
  firstNews: string | null;
  /** One of those is its article's lead (an article's opening tells its own news, not a look back). */
  leadNews: boolean;
  /** Earliest publication among its reports that tell it in the past perfect with no date of their own ("Cole had declined to …"): it happened before then. */
  firstLookBack: string | null;
  hasNews: boolean;
  /** Other articles of the story that look back to it in passing, from its day on (see Developments.echoes). */
  echoes: number;
}

/** Share of the headline's words that the sentence carries. */
function headlineShare(tokens: readonly string[], headline: ReadonlySet<string>): number {
  if (!headline.size) return 0;
  let n = 0;
  for (const t of tokens) if (headline.has(t)) n++;
  return n / headline.size;
}

/** Talk-show set-ups and interview framing: commentary on the news, not the news. */
const COMMENTARY = /^(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: night| morning)? on\b|During an? (?:\w+ )?(?:interview|appearance)|In an? (?:\w+ )?(?:interview|op-ed|appearance)|Speaking (?:on|to|with)\b|Appearing on\b)/i;

/** A preview of what is about to happen ("Heading into Tuesday's primary", "voters are making their picks"): the event is its result, not this. */
const PREVIEW = /^(?:Heading into|Ahead of|On the eve of|(?:Hours|Days|Weeks) (?:before|ahead of)|With (?:\w+ )?(?:hours|days|weeks) (?:to go|left|until))\b|\b(?:are|is) (?:making|heading|gearing|preparing|bracing|getting ready)\b/i;

function clarity(text: string, index: number, topic: number, hasEvent: boolean): number {
  let s = index === 0 ? 2.5 : index === 1 ? 1.5 : index === 2 ? 1 : index < 6 ? 0.5 : 0;
  s += Math.min(topic, 3) * 0.6;
  if (EVENT_VERB.test(text)) s += 1;
  if (hasEvent) s += 0.5;
  const len = text.length;
  s += len < 60 ? -1 : len <= 240 ? 0.5 : len <= 320 ? 0 : -1;
  s -= 2 * quotedShare(text);
  return s;
}

/** The sentence as a card may show it: no dateline or byline in front. Null when it is no standalone sentence. */
export function cleanSentence(text: string, start: number): { text: string; start: number } | null {
  let t = text;
  let at = start;
  const lead = t.length - t.trimStart().length;
  t = t.trimStart();
  at += lead;
  const dl = DATELINE.exec(t) ?? HEADLINE_RUN.exec(t);
  if (dl && t.length - dl[0].length > 40) {
    at += dl[0].length;
    t = t.slice(dl[0].length);
  }
  t = t.trimEnd();
  // "Instead, Sanders arrived reenergized …": the rest stands alone when it opens with a name of its own (not "However, This …")
  const con = DETACHABLE.exec(t);
  if (con && !LEANS_ON_CONTEXT.test(t.slice(con[0].length))) {
    at += con[0].length;
    t = t.slice(con[0].length);
  }
  if (t.length < 40 || t.length > 400) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return null;
  if (!/[.!]["”’')]{0,2}$/.test(t)) return null;
  if (LEANS_ON_CONTEXT.test(t)) return null;
  if (HTML.test(t)) return null;
  if (/\?\s*["”’]?$/.test(t)) return null;
  return { text: t, start: at };
}

/**
 * Reports already worked out, per stored article (its facts object) and topic lexicon: stored
 * articles never change, so an article's reports are computed once, not on every card.
 */
const REPORTS = new WeakMap<object, Map<string, DevReport[]>>();

/** Of each article, at most this many sentences are read for the events they look back to. */
const MAX_ECHO_SENTENCES = 300;

/** The events an article's sentences refer to, worked out once per stored article. */
const ECHOES = new WeakMap<object, EventEcho[]>();
function articleEchoes(wa: WindowArticle): EventEcho[] {
  let hit = ECHOES.get(wa.sa.facts);
  if (!hit) {
    hit = [];
    // bounded per article (a news article is far shorter; a 5 MB one is not read whole for this)
    for (const s of wa.sa.facts.sentences.slice(0, MAX_ECHO_SENTENCES)) if (s.text.length <= 600) hit.push(...eventEchoes(s.text));
    ECHOES.set(wa.sa.facts, hit);
  }
  return hit;
}

/** A development's candidate sentences in one article (bounded: its lead sentences plus event sentences). */
export function articleReports(wa: WindowArticle, lex: TopicLex): DevReport[] {
  let perTopic = REPORTS.get(wa.sa.facts);
  if (!perTopic) REPORTS.set(wa.sa.facts, (perTopic = new Map()));
  const key = `${lex.key}\u0000${wa.id}\u0000${wa.sa.article.published ?? wa.storedAt}`;
  let hit = perTopic.get(key);
  if (!hit) {
    if (perTopic.size >= 8) perTopic.delete(perTopic.keys().next().value!);
    perTopic.set(key, (hit = computeReports(wa, lex)));
  }
  return hit;
}

function computeReports(wa: WindowArticle, lex: TopicLex): DevReport[] {
  const facts = wa.sa.facts;
  const a = wa.sa.article;
  const published = a.published ?? wa.storedAt.slice(0, 10);
  const events = new Set<number>();
  const scheduled = new Set<number>();
  for (const e of facts.events) (e.status === 'happened' ? events : scheduled).add(e.cite.sentenceIndex);
  const indices = new Set<number>();
  // a sentence's place in the article's prose: section labels ("ABSTRACT.", "FULL TEXT.") and fragments ("Literally.") take none
  const position = new Map<number, number>();
  for (const s of facts.sentences) {
    if (SECTION_LABEL.test(s.text.trim()) || FRAGMENT.test(s.text.trim())) continue;
    position.set(s.index, position.size);
    if (position.size <= LEAD_SENTENCES) indices.add(s.index);
  }
  for (const i of events) indices.add(i);
  // and sentences that report a decisive event in their own words (bounded per article)
  let extra = 0;
  for (const s of facts.sentences) {
    if (extra >= MAX_DECISIVE_PER_ARTICLE) break;
    if (indices.has(s.index) || s.text.length > 400 || !topicHits(lex, s.text)) continue;
    if (newsness(s.text) > 0) (indices.add(s.index), extra++);
  }
  // and sentences that tell, anywhere in the article, what the topic's people did on a day of the article's news
  // ("On Thursday, Ryan said he was “not ready” to support Trump", paragraph eight) or in its week ("last week",
  // "a week ago", at most DATED_WEEK_DAYS before it): the news of a day told by another outlet in its own words,
  // or the topic's news in an article about something else (bounded per article)
  const pubDay = (a.published ?? wa.storedAt).slice(0, 10);
  const dated = new Set<number>();
  for (const s of facts.sentences) {
    if (dated.size >= MAX_DATED_PER_ARTICLE) break;
    if (indices.has(s.index) || s.text.length > 400 || topicHits(lex, s.text) < DATED_TOPIC_HITS) continue;
    const own = eventDate(s.text, pubDay);
    if (!own || (own.precision === 'day' ? dayMs(pubDay) - dayMs(own.date) > NEWS_DAYS * DAY : own.precision !== 'week' || dayMs(pubDay) - dayMs(own.date) > DATED_WEEK_DAYS * DAY)) continue;
    indices.add(s.index);
    dated.add(s.index);
  }
  const out: DevReport[] = [];
  const lasts = articlePeople(facts.people);
  const subheads = a.subheads ?? [];
  const headline = new Set(contentTokens(a.headline));
  for (const i of [...indices].sort((x, y) => x - y)) {
    const s: Sentence | undefined = sentenceAt(facts, i);
    if (!s) continue;
    if (subheads.some(([x, y]) => s.start < y && s.end > x)) continue;
    if (quotedShare(s.text) > 0.4) continue;
    const c = cleanSentence(s.text, s.start);
    if (!c || !a.body.startsWith(c.text, c.start)) continue;
    const nn = newsness(c.text);
    // what is still to come is "what's next" (a decisive event done, with a word of what follows, is not)
    // (one dated to a past day of the article's news tells what was done then: "On Thursday, Ryan said … he will …")
    if (nn <= 0 && !dated.has(i) && ((scheduled.has(i) && !events.has(i)) || FUTURE.test(c.text))) continue;
    const topic = topicHits(lex, c.text);
    if (!topic) continue;
    const mentions = dateMentions(c.text, published);
    const own = eventDate(c.text, published, mentions);
    const pub = published.slice(0, 10);
    const recent = own ? dayMs(pub) - dayMs(own.date) <= 10 * DAY : false;
    // a date of its own decides ("denied on Saturday, saying Kyiv had agreed to nothing" is news); else a past perfect or a cue of the past marks background
    const at = position.get(s.index) ?? s.index;
    const background = own ? !recent : PAST_PERFECT.test(c.text) || (BACKGROUND_CUE.test(c.text) && at > 1);
    const news = !background && (own ? recent : at <= 2 || events.has(i));
    let from: string | null = null;
    let to: string | null = null;
    if (own) {
      const m = mentions.find((x) => x.from === own.date);
      from = own.date;
      to = m?.to ?? own.date;
    } else if (news) {
      from = iso(dayMs(pub) - 3 * DAY);
      to = pub;
    }
    const event = nn > 0 ? decisiveEvent(c.text) : null;
    const tokens = contentTokens(c.text);
    out.push({
      articleId: wa.id,
      outlet: a.outlet ?? null,
      published: pub,
      cite: { articleId: wa.id, sentenceIndex: s.index, charStart: c.start, charEnd: c.start + c.text.length },
      text: c.text,
      tokens,
      // the sentence that carries the headline's news is the article's news
      score:
        clarity(c.text, at, topic, events.has(i)) +
        3 * headlineShare(contentTokens(c.text), headline) +
        (COMMENTARY.test(c.text) || PREVIEW.test(c.text) ? -1.5 : 0) +
        NEWSNESS_SCORE * nn,
      own,
      news,
      from,
      to,
      topic,
      title: titleHits(lex, tokens),
      lead: at <= 1,
      mentions,
      event,
      ownActor: !!event && ownActor(lex, event),
      newsness: nn,
      day: own?.precision === 'day' ? own.date : news ? pub : null,
      // an undated report of an event: it happened in the week before the article at most; one told with a past span of its own
      // ("announced last month", "in July"): in that span (a restatement joins the event it restates, not its article's day)
      range: own?.precision === 'day' ? [own.date, own.date] : !event ? null : own ? [from!, to!] : [iso(dayMs(pub) - (news ? NEWS_DAYS : RESTATED_DAYS) * DAY), pub],
      people: namedPeople(c.text, lasts),
    });
  }
  return out;
}

/**
 * A section label, not prose: a few words in capitals standing alone ("ABSTRACT.", "FULL TEXT.",
 * "CORRECTION APPENDED."). It takes no place in the article's lead: the sentence after it is read as
 * the article's next sentence.
 */
const SECTION_LABEL = /^[\p{Lu}\p{N}][\p{Lu}\p{N} &'’,-]{0,30}[.:]?$/u;

/** A fragment of a sentence or two words standing alone ("Literally.", "Not so fast."): a beat of the prose, no place in its lead. */
const FRAGMENT = /^\S+(?:\s+\S+)?$/u;

/** The last names of an article's people (persons only: not places or bodies), folded. */
function articlePeople(people: readonly { name: string; kind?: string }[]): Set<string> {
  const out = new Set<string>();
  for (const p of people) {
    if (p.kind !== 'person') continue;
    const last = fold(p.name).split(/\s+/).pop() ?? '';
    if (last.length > 2 && /^[\p{L}'’-]+$/u.test(last)) out.add(last);
  }
  return out;
}

/** The people a sentence names, of those its article names (by last name, each once, in order). */
function namedPeople(text: string, lasts: ReadonlySet<string>): string[] {
  if (!lasts.size) return [];
  const out: string[] = [];
  for (const w of fold(text).split(/[^\p{L}'’-]+/u)) {
    const n = w.replace(/['’]s$/, '');
    if (lasts.has(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Two reports of one day that name the same two people or more ("Donald Trump and House Speaker Paul
 * Ryan pledged to work together … after a meeting Thursday" and "Trump and Ryan issued a statement
 * describing their meeting …", both of that Thursday) tell one development, whatever their other
 * words: news of a day between the same people is one event told by several outlets. At least this
 * many people in common.
 */
const SAME_DAY_PEOPLE = 2;

function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < SAME_DAY_PEOPLE || b.length < SAME_DAY_PEOPLE) return false;
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n >= SAME_DAY_PEOPLE;
}

/** A sentence's news-ness moves its clarity score this much (a decisive event up, commentary down). */
const NEWSNESS_SCORE = 1.5;

/** Reports of one event name days at most this far apart. */
const SAME_EVENT_DAYS = 1;

/** The key a decisive event is looked up by: its subject and its verb's lemma. */
const eventKey = (e: EventSig) => `${e.subject}\u0000${e.lemma}`;

/** An undated report of an event restates one of these many days before it at most ("Clinton's victory in South Carolina", weeks later). */
const RESTATED_DAYS = 45;
/** An undated report told as news happened in the few days before its article. */
const NEWS_DAYS = 3;
/** At most this many sentences of an article beyond its lead, event and decisive sentences are read for what the topic's people did on a day of its news. */
const MAX_DATED_PER_ARTICLE = 4;
/** …or in a week starting at most this many days before it. */
const DATED_WEEK_DAYS = 10;
/** …naming at least this many of the topic's terms and people. */
const DATED_TOPIC_HITS = 2;
/** At most this many sentences of an article beyond its lead and event sentences are read for decisive events. */
const MAX_DECISIVE_PER_ARTICLE = 6;

/**
 * Two reports tell the same event: same subject, lemma and object names, on days at most
 * SAME_EVENT_DAYS apart (an undated report: within the days it can lie in; one told with a span of
 * its own, "announced last month": a report giving a day in that span).
 */
export function sameEvent(a: DevReport, b: DevReport): boolean {
  if (!a.event || !b.event || !a.range || !b.range) return false;
  if (a.event.subject !== b.event.subject || a.event.lemma !== b.event.lemma) return false;
  // a look back told with a span of its own ("endorsed him in early June") is the event of a report that gives its day, not of one dated only by its article
  if ((ownSpan(a) && b.own?.precision !== 'day') || (ownSpan(b) && a.own?.precision !== 'day')) return false;
  const slack = SAME_EVENT_DAYS * DAY;
  if (dayMs(a.range[0]) - slack > dayMs(b.range[1]) || dayMs(b.range[0]) - slack > dayMs(a.range[1])) return false;
  // a report naming no object ("Sanders won") is the same event only on the very same day
  if (!a.event.objects.length || !b.event.objects.length)
    return a.range[0] === a.range[1] && b.range[0] === b.range[1] && Math.abs(dayMs(a.range[0]) - dayMs(b.range[0])) <= slack;
  return sameObjects(a.event.objects, b.event.objects);
}

function overlaps(a: DevReport, d: Development): boolean {
  if (!a.from || !a.to) return true;
  const r = d.rep;
  if (!r.from || !r.to) return true;
  return a.from <= r.to && r.from <= a.to;
}

/** Archive of developments, updated one article at a time. */
export class Developments {
  readonly list: Development[] = [];
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly index = new Map<string, Development[]>();
  /** Developments by the days they have been dated to (a development's date may move: check `when`). */
  private readonly byDay = new Map<string, Development[]>();
  /** Developments by the decisive events their reports tell (subject and lemma). */
  private readonly events = new Map<string, Development[]>();
  /** Every sentence of the story referring to an event, by its kind and each name's last word ("win", "cruz"). */
  private readonly echoIndex = new Map<string, { articleId: string; published: string; names: ReadonlySet<string> }[]>();
  /** Articles read since the echoes were last counted. */
  private echoesStale = false;
  /** How many articles of the story name each name (by its last word) in a sentence referring to an event, and how many have such a sentence. */
  private readonly nameDf = new Map<string, number>();
  private echoArticles = 0;

  constructor(private readonly lex: TopicLex) {}

  /** IDF of a word, remembered until the counts change (the next article). */
  private idfs = new Map<string, number>();
  /** A development's representative sentence's IDF weight, remembered likewise. */
  private repWeights = new Map<Development, number>();

  private idf(t: string): number {
    let v = this.idfs.get(t);
    if (v === undefined) this.idfs.set(t, (v = Math.log(1 + (this.docs + 1) / ((this.df.get(t) ?? 0) + 1))));
    return v;
  }

  /** IDF-weighted overlap of a report with a development's representative sentence and its article's headline words. */
  private similarity(r: DevReport, d: Development, weights: Map<string, number>, a: number): number {
    let shared = 0;
    for (const t of r.tokens) if (d.weight.has(t)) shared += weights.get(t)!;
    let b = this.repWeights.get(d);
    if (b === undefined) {
      b = 0;
      for (const t of d.rep.tokens) b += this.idf(t);
      this.repWeights.set(d, b);
    }
    return a && b ? shared / Math.sqrt(a * Math.max(b, a * 0.5)) : 0;
  }

  addArticle(wa: WindowArticle): void {
    const published = (wa.sa.article.published ?? wa.storedAt).slice(0, 10);
    const named = new Set<string>();
    for (const e of articleEchoes(wa)) {
      const entry = { articleId: wa.id, published, names: e.names };
      for (const last of e.lasts) {
        named.add(last);
        const k = `${e.lemma}\u0000${last}`;
        const l = this.echoIndex.get(k);
        if (l) l.push(entry);
        else this.echoIndex.set(k, [entry]);
      }
    }
    for (const n of named) this.nameDf.set(n, (this.nameDf.get(n) ?? 0) + 1);
    if (named.size) this.echoArticles++;
    this.echoesStale = true;
    const reports = articleReports(wa, this.lex);
    if (reports.length) {
      this.idfs.clear();
      this.repWeights.clear();
    }
    for (const r of reports) {
      this.docs++;
      for (const t of r.tokens) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    const joined = new Set<Development>();
    for (const r of [...reports].sort((x, y) => y.score - x.score || x.cite.sentenceIndex - y.cite.sentenceIndex)) {
      let best: Development | null = null;
      let bestSim = 0;
      const seen = new Set<Development>();
      // the same event told in other words (same subject, verb and object, within a day): one development
      // (one reported as news: a restatement weeks later joins the event, not another restatement)
      if (r.event && r.range)
        for (const d of this.events.get(eventKey(r.event)) ?? []) {
          if (joined.has(d) || d.articleIds.has(r.articleId)) continue;
          if (d.reports.some((x) => x.range && dayMs(x.range[1]) - dayMs(x.range[0]) <= NEWS_DAYS * DAY && sameEvent(r, x)) && (!best || d.articles > best.articles)) best = d;
        }
      if (best) bestSim = Infinity;
      const weights = new Map(r.tokens.map((t) => [t, this.idf(t)]));
      let a = 0;
      for (const w of weights.values()) a += w;
      // candidates share one of the report's rarest words found in other developments (bounded work per report)
      const rare = best ? [] : r.tokens.filter((t) => this.index.has(t)).sort((x, y) => weights.get(y)! - weights.get(x)! || cmp(x, y)).slice(0, RARE_LOOKUP);
      // and those of the day it names for itself (a report of that day need share none of the rarest words of its first report)
      const lists = rare.map((t) => this.index.get(t) ?? []);
      if (!best && r.own?.precision === 'day') lists.unshift(this.byDay.get(r.own.date) ?? []);
      for (const list of lists) {
        // a word in many developments tells none apart (and would make the work grow with the story); the newest of them still count
        for (let k = list.length - 1; k >= Math.max(0, list.length - LOOKUP_LIST); k--) {
          const d = list[k];
          if (seen.has(d)) continue;
          seen.add(d);
          // one article reports a development once; its other sentences are other developments
          if (joined.has(d) || d.articleIds.has(r.articleId)) continue;
          if (!overlaps(r, d)) continue;
          // two decisive events of one kind that are not the same event (Nevada's result and South Carolina's) stay apart
          if (r.event && d.reports.some((x) => x.event && x.event.lemma === r.event!.lemma && !sameEvent(r, x))) continue;
          // a decisive event's own day and the development's day a week apart: two events
          if ((r.event || d.rep.event) && r.own?.precision === 'day' && d.firstDay && Math.abs(dayMs(r.own.date) - dayMs(d.firstDay)) > SAME_EVENT_DAYS * DAY) continue;
          const sim = this.similarity(r, d, weights, a);
          // the same day named by both: a lower bar; no date to compare: a higher one
          // (and words of their own in common: the topic's words and the day's name are in every report of that day)
          const own = ownWordsShared(r, d, this.lex.tokens);
          // no word in common beyond the topic's and the dates: two things that happened to the topic
          if (own < 1) continue;
          const sameDay = r.own?.precision === 'day' && d.firstDay === r.own.date && own >= SAME_DAY_OWN_WORDS;
          const need = sameDay ? SAME_DAY_SIMILARITY : r.from && d.rep.from ? DEVELOPMENT_SIMILARITY : DEVELOPMENT_SIMILARITY + 0.2;
          if (sim >= need && sim > bestSim) (best = d), (bestSim = sim);
        }
      }
      // no words in common, but the same day and the same people: one development told in other words
      // (not a decisive event: a day's results among the same rivals are several events, Michigan's and Mississippi's)
      if (!best && !r.event && r.day && r.people.length >= SAME_DAY_PEOPLE)
        for (const d of this.byDay.get(r.day) ?? []) {
          if (d.when !== r.day || joined.has(d) || d.articleIds.has(r.articleId) || !samePeople(r.people, d.rep.people)) continue;
          if (d.reports.some((x) => x.event)) continue;
          if (!best || d.articles > best.articles) best = d;
        }
      if (best) {
        best.reports.push(r);
        joined.add(best);
        this.refresh(best, r);
      } else {
        const d: Development = {
          reports: [r],
          rep: r,
          when: null,
          firstReported: r.published,
          lastReported: r.published,
          articles: 0,
          outlets: 0,
          weight: new Map(),
          articleIds: new Set(),
          outletNames: new Set(),
          firstDay: null,
          firstSpan: null,
          firstNews: null,
          leadNews: false,
          firstLookBack: null,
          hasNews: false,
          echoes: 0,
        };
        this.refresh(d, r);
        this.list.push(d);
        joined.add(d);
      }
    }
  }

  /**
   * Count, for every development that reports a decisive event, the other articles of the story
   * that look back to it in passing, from its day on ("Iowa winner Ted Cruz", "after his narrow win
   * in Iowa", "Mr. Bush's exit"): a sentence referring to an event of its kind (EVENT_ECHO_TABLE)
   * that names its subject and one of its objects — not a protagonist of the story, which tells no
   * event apart (a kind of event that happens once to someone, a withdrawal or an endorsement,
   * needs none). How often a story's later coverage refers back to an event is how much it
   * mattered, though most of that coverage never reports it as news. Done once per batch of new
   * articles (the card's ranking reads `echoes`).
   */
  countEchoes(): void {
    if (!this.echoesStale) return;
    this.echoesStale = false;
    for (const d of this.list) d.echoes = this.echoesOf(d);
  }

  private echoesOf(d: Development): number {
    const ev = d.rep.event ?? d.reports.find((r) => r.news && r.event)?.event;
    if (!ev) return 0;
    // who did it, and to whom or where (a kind of event that happens once to someone needs no object: a withdrawal, an endorsement);
    // a protagonist of the story (named in more than a fifth of its looks back) tells no event apart: "won … against Clinton" is every result
    const protagonist = (o: string) => (this.nameDf.get(o.split(' ').pop()!) ?? 0) > Math.max(ECHO_PROTAGONIST_MIN, ECHO_PROTAGONIST_SHARE * this.echoArticles);
    const objects = ev.objects.filter((o) => o !== ev.subject && !protagonist(o));
    if (!objects.length && !TURNING_POINT_KINDS.has(ev.lemma)) return 0;
    // "after Sanders endorsed him": someone unnamed, so no telling which of the subject's endorsements later sentences refer to
    if (ev.unnamedObject && !objects.length) return 0;
    const list = this.echoIndex.get(`${ev.lemma}\u0000${ev.subject}`);
    if (!list) return 0;
    // from its day on; dated to a month or a year ("Ryan endorsed Trump in early June", first told in August), from its start
    const from = !d.when ? d.firstReported : d.when.length === 10 ? d.when : d.when.length === 7 ? `${d.when}-01` : `${d.when.slice(0, 4)}-01-01`;
    const seen = new Set<string>();
    for (const e of list) {
      if (seen.has(e.articleId) || d.articleIds.has(e.articleId) || e.published < from) continue;
      if (!objects.length || objects.some((o) => e.names.has(o))) seen.add(e.articleId);
    }
    return seen.size;
  }

  /** Update a development for its newest report `r` (incremental: the cost does not grow with its reports). */
  private refresh(d: Development, r: DevReport): void {
    this.repWeights.delete(d);
    const first = d.reports.length === 1;
    const wasAnchored = !!d.firstDay || d.hasNews;
    if (r.published < d.firstReported) d.firstReported = r.published;
    if (r.published > d.lastReported) d.lastReported = r.published;
    if (!d.articleIds.has(r.articleId)) (d.articleIds.add(r.articleId), (d.articles = d.articleIds.size));
    const outlet = r.outlet ?? r.articleId;
    if (!d.outletNames.has(outlet)) (d.outletNames.add(outlet), (d.outlets = d.outletNames.size));
    // its date: the earliest day a report gives; else (news) the earliest report; else a span, as precisely as it is known
    if (r.own?.precision === 'day' && (!d.firstDay || r.own.date < d.firstDay)) d.firstDay = r.own.date;
    if (r.own && r.own.precision !== 'day') {
      const sp = r.own.precision === 'month' ? r.own.date.slice(0, 7) : r.own.precision === 'week' ? r.own.date : r.own.date.slice(0, 4);
      if (!d.firstSpan || sp < d.firstSpan) d.firstSpan = sp;
    }
    // news told with a month, a season or a year of its own ("In March, …", "earlier this month") happened then: dated to that span, not to its article's day
    if (r.news && (!r.own || r.own.precision === 'day' || r.own.precision === 'week')) {
      d.hasNews = true;
      if (r.own?.precision !== 'day') {
        if (!d.firstNews || r.published < d.firstNews) d.firstNews = r.published;
        if (r.lead) d.leadNews = true;
      }
    }
    if (!r.news && !r.own && PAST_PERFECT.test(r.text) && (!d.firstLookBack || r.published < d.firstLookBack)) d.firstLookBack = r.published;
    const before = d.when;
    const anchored = !!d.firstDay || d.hasNews;
    d.when = d.firstDay ?? (d.hasNews ? newsDate(d) : d.firstSpan ?? null);
    // its text: the clearest sentence whose own words do not contradict that date — and, of a development told as news,
    // a report of it as news over a later article's look back ("Comey announced last month that …" joined to July's news)
    const better = (x: DevReport, y: DevReport) => x.score - y.score || cmp(y.published, x.published) || cmp(y.articleId, x.articleId);
    const tier = (x: DevReport) => (d.when && mentionsContradict(x.mentions, d.when) ? 0 : anchored && restatedWithSpan(x) ? 1 : 2);
    const best = (x: DevReport, y: DevReport) => tier(x) - tier(y) || better(x, y);
    if (first) d.rep = r;
    else if (before !== d.when || anchored !== wasAnchored) d.rep = d.reports.reduce((m, x) => (best(x, m) > 0 ? x : m));
    else if (best(r, d.rep) > 0) d.rep = r;
    if (d.when && mentionsContradict(d.rep.mentions, d.when)) d.when = d.rep.own?.date ?? null;
    if (d.when?.length === 10) {
      const l = this.byDay.get(d.when);
      if (!l) this.byDay.set(d.when, [d]);
      else if (!l.includes(d)) l.push(d);
    }
    if (r.event && r.range) {
      const k = eventKey(r.event);
      const l = this.events.get(k);
      if (!l) this.events.set(k, [d]);
      else if (!l.includes(d)) l.push(d);
    }
    for (const t of r.tokens) {
      const n = d.weight.get(t);
      d.weight.set(t, (n ?? 0) + 1);
      if (n !== undefined) continue;
      const l = this.index.get(t);
      if (l) l.push(d);
      else this.index.set(t, [d]);
    }
  }
}

/** A report whose own words date it to a span longer than a day ("last month", "in July", "earlier this year"). */
function ownSpan(x: DevReport): boolean {
  return !!x.own && x.own.precision !== 'day';
}

/** A report that looks back to its development with a past span of its own ("announced last month", "in July"): background, not news. */
function restatedWithSpan(x: DevReport): boolean {
  return !x.news && ownSpan(x);
}

/**
 * The date of a development known only from news reports that give no day of their own: their
 * earliest publication (never that of a report restating it as background, "Trump had called for
 * …" in a later article) — unless none of them is its article's lead and a report restates it with
 * a past span of its own ("in December", "last month", "earlier this year") that starts more than
 * NEWS_DAYS before that publication: then the undated body sentences may themselves restate it,
 * and the span is what the story's own words say of when it happened (dated to that span, never
 * to a restating article's day). An earlier article that told it in the past perfect ("Cole had
 * declined to …") leaves it its span or undated: it happened before any of those reports.
 */
function newsDate(d: Development): string | null {
  const news = d.firstNews ?? d.firstReported;
  // an earlier article already told it in the past perfect: the undated reports after it look back too (no day they give is its)
  if (d.firstLookBack && d.firstLookBack < news) return d.firstSpan;
  // (a week's span, "last week", is news of its article's days; an article's lead tells its own news: their date stays)
  if (!d.firstSpan || d.firstSpan.length === 10 || d.leadNews) return news;
  const start = d.firstSpan.length === 4 ? `${d.firstSpan}-01-01` : `${d.firstSpan}-01`;
  return dayMs(news) - dayMs(start) > NEWS_DAYS * DAY ? d.firstSpan : news;
}

/** Citations of a development: its text's sentence first, then one per other reporting article, earliest first. */
export function developmentCites(d: Development): Citation[] {
  const out: Citation[] = [d.rep.cite];
  const seen = new Set([d.rep.articleId]);
  for (const r of [...d.reports].sort((a, b) => cmp(a.published, b.published) || cmp(a.articleId, b.articleId))) {
    if (seen.has(r.articleId)) continue;
    seen.add(r.articleId);
    out.push(r.cite);
  }
  return out;
}

/**
 * Whether a development reports a concrete event: one of its news reports names what was done (an
 * action verb: won, announced, decided, released…) and dates it to a day (or is an article's lead).
 * Commentary, polls and background restated carry no such report.
 */
export function concreteEvent(d: Development): boolean {
  return d.reports.some((r) => r.news && PAST_ACTION.test(r.text) && !COMMENTARY.test(r.text) && !PREVIEW.test(r.text));
}

/** A verb of a past action, as written ("won", "dropped out", "was declared"). */
const PAST_ACTION = new RegExp(
  `\\b(?:${[...new Set([...ACTION_VERBS, ...DEVELOPMENT_VERBS])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'i',
);

/** A name in more than this share of the story's articles that look back to events is one of its protagonists. */
const ECHO_PROTAGONIST_SHARE = 0.2;
/** …and in more than this many (in a story of a few articles, every name is in a fifth of them). */
const ECHO_PROTAGONIST_MIN = 10;

/** What each doubling of the articles looking back to a development adds to its weight (set on the train split: 1.5, 2.5, 3.5 and 5 tried; 3.5 and 5 give the same key points). */
const ECHO_WEIGHT = 3.5;

/** What a decisive event adds to a development's weight (and commentary takes away). */
const DECISIVE_WEIGHT = 4;

/** Who did what a development reports and to whom or where: its text's decisive event, with the lemma the card shows as its kind. */
export function eventActors(d: Development): { subject: string; objects: string[]; with?: string[] } | null {
  const ev = d.rep.event;
  return ev ? (ev.with?.length ? { subject: ev.subject, objects: ev.objects, with: ev.with } : { subject: ev.subject, objects: ev.objects }) : null;
}

/** A development that reports a decisive event as news (its text, or a report of it dated near its publication). */
export function decisive(d: Development): boolean {
  return d.rep.newsness > 0 || (d.rep.newsness === 0 && d.reports.some((r) => r.news && r.event !== null));
}

/** An item naming this many of the topic's terms, people or title words (up to 4 and 3) is central to it; fewer weigh it down. */
const CENTRAL_ENOUGH = 3;
/** How much a development matters: coverage across articles and outlets, centrality to the topic, a concrete event over commentary, news over background. */
export function importance(d: Development): number {
  return centrality(d) * coverageAndEvent(d);
}

/**
 * How central a development is to the topic, 0..1: an item naming few of the topic's terms, people
 * and title words (in its text, as the card shows it) is at the story's edge.
 */
export function centrality(d: Development): number {
  return Math.min(1, (Math.min(d.rep.topic, 4) + Math.min(d.rep.title, 3) + (d.rep.ownActor ? 1 : 0)) / CENTRAL_ENOUGH);
}

/**
 * Whether a decisive event is done by one of the story's own: its subject (or one joined to it by
 * "and") is a word of the topic's terms and people or of its title ("Sanders arrived … after his
 * surprising victory in Michigan" in a story of Sanders's race). Such an event is the story's,
 * however few of the topic's words its sentence carries: it counts as one more word of the topic.
 */
export function ownActor(lex: TopicLex, e: Pick<EventSig, 'subject' | 'with'>): boolean {
  return subjectsOf(e).some((s) => lex.tokens.has(s) || lex.title.has(stem(s)));
}

function coverageAndEvent(d: Development): number {
  return (
    d.articles +
    1.5 * (d.outlets - 1) +
    (d.reports.some((r) => r.lead) ? 1 : 0) +
    (d.reports.some((r) => r.news) ? 0.5 : 0) +
    (concreteEvent(d) ? 3 : 0) +
    // a decisive event (won, dropped out, endorsed…) with a named subject, or commentary and feature prose
    DECISIVE_WEIGHT * (decisive(d) ? 1 : 0) -
    DECISIVE_WEIGHT * (d.rep.newsness < 0 ? 1 : 0) +
    // its own text says what was done
    (PAST_ACTION.test(d.rep.text) ? 1 : 0) +
    // later coverage looking back to it
    ECHO_WEIGHT * Math.log2(1 + d.echoes) +
    0.3 * d.rep.score
  );
}

/** A topic's developments as last built: the articles they read (oldest first) and the lexicon. */
interface StoryEntry {
  devs: Developments;
  /** The articles read, oldest first, as `articleKey`s (a stored article never changes: the same key is the same article). */
  read: string[];
}

/**
 * An article as the story knows it: its id, dates, headline and body length (a store that parses an
 * article again hands over new objects for the same article; a test that reuses an id for other
 * text is another article).
 */
function articleKey(wa: WindowArticle): string {
  const a = wa.sa.article;
  return `${wa.id}\u0000${a.published ?? ''}\u0000${wa.storedAt}\u0000${a.headline}\u0000${a.body.length}`;
}

/** Developments kept between cards, per topic lexicon (least recently used out). */
const STORIES = new Map<string, StoryEntry>();
const STORIES_MAX = 32;

/**
 * The developments of a story read from `window` (newest first, as articleWindow gives it). Kept
 * between cards: when the window is the one last read plus newer articles, only those are added
 * (one new article updates the developments it joins), so a card on a topic of hundreds of
 * articles costs the new articles, not the whole story. The result is the same as reading the whole
 * window afresh (articles are always added oldest first); any other window is read afresh.
 */
export function storyDevelopments(window: readonly WindowArticle[], lex: TopicLex): Developments {
  // one entry per topic and oldest article (a digest's window and a card's do not evict each other)
  const key = `${lex.key}\u0000${window.at(-1)?.id ?? ''}`;
  const hit = STORIES.get(key);
  let entry: StoryEntry | undefined;
  if (hit) {
    STORIES.delete(key);
    const n = hit.read.length;
    // the old window, oldest first, is exactly the tail of the new one (so the new articles are all newer)
    if (window.length >= n) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = articleKey(window[window.length - 1 - i]) === hit.read[i];
      if (same) entry = hit;
    }
  }
  if (!entry) entry = { devs: new Developments(lex), read: [] };
  for (let i = window.length - 1 - entry.read.length; i >= 0; i--) {
    entry.devs.addArticle(window[i]);
    entry.read.push(articleKey(window[i]));
  }
  entry.devs.countEchoes();
  STORIES.set(key, entry);
  if (STORIES.size > STORIES_MAX) STORIES.delete(STORIES.keys().next().value!);
  return entry.devs;
}

/** Forget every story kept between cards (the next card reads its story afresh). */
export function forgetStories(): void {
  STORIES.clear();
}

/** Articles added to a story between two pauses of `prepareStory`. */
export const STORY_CHUNK = 40;

/**
 * Read a story's articles ahead of `buildCard`, a chunk at a time, calling `pause` between chunks
 * (the caller decides what a pause is: `setImmediate` on a server, so that a story of hundreds of
 * articles read for the first time never holds the event loop for long). The card built next from
 * the same articles finds them read. Pure apart from the developments kept between cards.
 */
export async function prepareStory(topic: Topic, articles: readonly StoredArticle[], pause: () => Promise<void>, max = MAX_STORY_ARTICLES): Promise<void> {
  const window = articleWindow(articles, max);
  const lex = topicLex(topic);
  for (let k = STORY_CHUNK; k < window.length; k += STORY_CHUNK) {
    storyDevelopments(window.slice(window.length - k), lex);
    await pause();
  }
  storyDevelopments(window, lex);
  await pause();
  // the words of the newest articles' quotes (remembered: the card's quotes compare them)
  const recent = window.slice(0, MAX_CARD_ARTICLES);
  for (let i = 0; i < recent.length; i += STORY_CHUNK) {
    for (const wa of recent.slice(i, i + STORY_CHUNK)) for (const q of wa.sa.facts.quotes) contentTokens(q.text);
    await pause();
  }
}
