/**
 * Facts -> BriefingCard. Pure and deterministic: the same input gives the same card (every sort has
 * a stable tie-break). Cost is bounded: the story is read from the newest MAX_STORY_ARTICLES articles
 * through each one's development reports (its first LEAD_SENTENCES sentences plus its event
 * sentences, worked out once per stored article), kept between cards so that a new article only
 * updates the developments it joins; the other sections read the newest MAX_CARD_ARTICLES.
 *
 * In two steps: `storyMaterial` does the cross-article work (plain data, kept in the store when
 * articles arrive: src/app/stories.ts), `cardFromStory` answers one request from it (since, page,
 * the day); `buildCard` is both at once.
 */
import type { Citation } from '../../facts/schema.ts';
import type { StoredArticle } from '../../store/store.ts';
import type { BriefingCard, CardLine, CardSource } from '../card.ts';
import type { Topic } from '../topic.ts';
import { MONTHS, TURNING_POINT_KINDS, WEEKDAYS } from '../../facts/lexicon.ts';
import { describeChanges } from './changes.ts';
import { centrality, decisive, developmentCites, eventActors, importance, storyDevelopments, topicHits, topicLex, type TopicLex } from './developments.ts';
import { sentenceCite } from './verbatim.ts';
import { consequenceEvent, sameObjects, sameSubject } from './newsness.ts';
import { namesWord, rankDisputes, type RankedDispute } from './disputes.ts';
import { nextCandidates, rankNextCandidates, type NextCandidate } from './next.ts';
import { rankPositions, type RankedPosition } from './positions.ts';
import { rankQuotes, roundRobin, type RankedQuote } from './quotes.ts';
import { cmp, contentTokens, fold, jaccard, normKey } from './text.ts';
import { articleWindow, daysBetween, MAX_CARD_ARTICLES, MAX_STORY_ARTICLES, type WindowArticle } from './window.ts';
import { lowerBound, upperBound } from '../../sorted.ts';

export interface BuildCardInput {
  topic: Topic;
  articles: StoredArticle[];
  /** ISO date-time the card is built at ("as of"); scheduled events before its day drop off. */
  now: string;
  /**
   * Only news since this ISO time: what was published (first reported) from that day on — an
   * article stored today but published a year ago is not news (and a sentence saying what changed).
   */
  since?: string | null;
  /** 1-based page of a long card; past the last page, the last page. */
  page?: number;
  /** Days of grace for `since` (see isNewsSince); digests use DIGEST_NEWS_GRACE_DAYS. */
  sinceGraceDays?: number;
  /** How many of the newest articles quotes, positions, disputes and what's next read (default MAX_CARD_ARTICLES). */
  maxArticles?: number;
  /** How many of the newest articles the story (developments, TL;DR) reads (default MAX_STORY_ARTICLES). */
  maxStoryArticles?: number;
}

/** Items per page for each section (the TL;DR and "what changed" are on page 1 only). */
export const PAGE_SIZE = { tldr: 3, developments: 10, quotes: 6, positions: 4, disputes: 3, next: 5 } as const;
/** A card has at most this many pages; past them it says what else exists and how to narrow it. */
export const MAX_PAGES = 5;
/** At most this many citations per item (the representative first, then the other reports, earliest first). */
export const MAX_CITES_PER_ITEM = 8;
/** On one page, at most this many quotes from one article. */
export const MAX_QUOTES_PER_ARTICLE = 2;
/** A TL;DR line this similar to one already chosen adds nothing. */
const TLDR_DIVERSITY = 0.3;
/** A story has a history when it has developments this much older than its newest news. */
const HISTORY_DAYS = 30;

function capCites(cites: Citation[]): Citation[] {
  return cites.slice(0, MAX_CITES_PER_ITEM);
}

/**
 * True when an article is news after `since`: published after it (a date-only publication on the
 * day of `since` counts when it was also stored after it). An article stored today but published a
 * year ago is not news. `graceDays` widens the window (digests: an article published the day before
 * the last digest but stored after it is still news to the channel).
 */
export function isNewsSince(sa: StoredArticle | StoryArticle, since: string | null, graceDays = 0): boolean {
  if (!since) return true;
  const t = Date.parse(since);
  if (Number.isNaN(t)) return true;
  const from = t - graceDays * 86_400_000;
  const pub = 'article' in sa ? sa.article.published : sa.published;
  if (!pub) return Date.parse(sa.storedAt) > from;
  if (pub.length > 10 && !Number.isNaN(Date.parse(pub))) return Date.parse(pub) > from;
  const fromDay = new Date(from).toISOString().slice(0, 10);
  const day = pub.slice(0, 10);
  return day > fromDay || (day === fromDay && Date.parse(sa.storedAt) > from);
}

/**
 * How busy the story was around each day: the topic's articles published from the day before to two
 * days after, against the story's usual three days. A development on a day the story's coverage
 * peaked (a debate night, a primary, a ruling) is one of its key events, even when the articles
 * tell it in words too different to merge.
 */
export function coveragePeaks(window: readonly WindowArticle[]): (day: string | null) => number {
  const days = window.map((wa) => wa.date.slice(0, 10)).sort();
  if (days.length < PEAK_MIN_ARTICLES) return () => 0;
  const count = (from: string, to: string) => upperBound(days, to) - lowerBound(days, from);
  const shift = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const first = days[0];
  const last = days[days.length - 1];
  const span = Math.max(1, daysBetween(first, last) + 1);
  const usual = Math.max(1, (days.length * Math.min(span, PEAK_DAYS)) / span);
  return (day) => {
    if (day?.length !== 10 || day < shift(first, -1) || day > last) return 0;
    return Math.max(0, Math.log2(count(shift(day, -1), shift(day, PEAK_DAYS - 2)) / usual));
  };
}

/** A peak is counted over this many days around a development's day. */
const PEAK_DAYS = 4;
/** A story this small has no peaks to speak of. */
const PEAK_MIN_ARTICLES = 8;
/** Weight of a peak (per doubling of the story's usual coverage). */
const PEAK_WEIGHT = 2;

/** Each development's weight: its importance and its day's coverage peak, less for undated background (a card tells what happened when). */
export function rank(devs: StoryDev[]): { d: StoryDev; weight: number }[] {
  // a kind of decisive event the story seldom has (a withdrawal, an endorsement, a clinching among dozens of wins) is a turning point
  const kinds = new Map<string, number>();
  for (const d of devs) if (d.event) kinds.set(d.event, (kinds.get(d.event) ?? 0) + 1);
  const most = Math.max(1, ...kinds.values());
  // (of a turning point told as another event's consequence, the consequence's kind: a withdrawal among wins)
  const rare = (d: StoryDev) => {
    const kind = turnKind(d);
    return kind ? Math.min(RARE_KIND_MAX, RARE_KIND_WEIGHT * Math.log2(most / Math.min(most, kinds.get(kind) ?? 1))) : 0;
  };
  return devs
    // a busy day weighs as much as the item is on the topic (an aside on a debate night is still an aside)
    .map((d) => ({
      d,
      weight:
        (d.minorActor ? MINOR_ACTOR_SHARE : 1) * (d.history ? HISTORY_SHARE : 1) * (d.importance + d.centrality * (PEAK_WEIGHT * d.peak + rare(d))) -
        (d.when ? 0 : UNDATED_PENALTY),
    }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        // recency breaks ties
        cmp(b.d.when ?? b.d.lastReported, a.d.when ?? a.d.lastReported) ||
        cmp(a.d.text, b.d.text),
    );
}

/** A development from before the story (see beforeStory) keeps this share of its weight: it is history, not the story's news. */
const HISTORY_SHARE = 0.5;

/**
 * Whether a development happened before the story began: its date (the end of its month or year
 * when that is all it gives) is more than HISTORY_DAYS before the story's first article ("On June
 * 4, 2008, Sanders … decided to back Obama" in a story of the 2016 primaries).
 */
export function beforeStory(when: string | null, storyStart: string | null): boolean {
  if (!when || !storyStart) return false;
  const end = when.length === 4 ? `${when}-12-31` : when.length === 7 ? `${when}-28` : when.slice(0, 10);
  return daysBetween(end, storyStart.slice(0, 10)) > HISTORY_DAYS;
}

/** A line about a minor actor (see minorActors) keeps this share of its weight. */
const MINOR_ACTOR_SHARE = 0.5;
/** Someone named in at most this share of a story's articles (and in one at least) is one of its minor actors. */
const MINOR_ACTOR_ARTICLES = 0.01;

/**
 * Whether a line is about one of the story's minor actors: the first person its sentence names
 * (of the people its article names) is named in no other article of the story, or in at most 1% of
 * them ("Corey Lewandowski, Donald Trump's fired campaign manager, ripped FBI Director James Comey
 * …" on a story of a hundred articles about the FBI's inquiry). Not one of the topic's own people.
 */
function minorActors(window: readonly WindowArticle[], lex: TopicLex): (articleId: string, text: string) => boolean {
  const last = (name: string) => fold(name).split(/\s+/).pop() ?? '';
  const df = new Map<string, number>();
  const people = new Map<string, string[]>();
  for (const wa of window) {
    const names = [...new Set(wa.sa.facts.people.filter((p) => p.kind === 'person').map((p) => last(p.name)).filter((n) => n.length > 2 && /^[\p{L}'’-]+$/u.test(n)))];
    people.set(wa.id, names);
    for (const n of names) df.set(n, (df.get(n) ?? 0) + 1);
  }
  const most = Math.max(1, MINOR_ACTOR_ARTICLES * window.length);
  return (articleId, text) => {
    const names = people.get(articleId);
    if (!names?.length) return false;
    // the first word of the sentence that is the last name of someone its article names
    const who = fold(text).split(/[^\p{L}'’-]+/u).find((w) => names.includes(w));
    return !!who && !lex.tokens.has(who) && (df.get(who) ?? 0) <= most;
  };
}

/** Weight per halving of how common a decisive event's kind is in the story, and its cap. */
const RARE_KIND_WEIGHT = 1;
const RARE_KIND_MAX = 4;

/** Undated background weighs this much less than a dated development. */
const UNDATED_PENALTY = 1.5;

const TOKEN_SETS = new WeakMap<readonly string[], Set<string>>();
function tokenSet(tokens: readonly string[]): Set<string> {
  let s = TOKEN_SETS.get(tokens);
  if (!s) TOKEN_SETS.set(tokens, (s = new Set(tokens)));
  return s;
}

/**
 * Two items say the same when their words overlap, not counting the topic's own words (every item of
 * a long story names its people and terms: "Clinton", "Sanders", "primary").
 */
function similar(a: StoryDev, chosen: StoryDev[], common: ReadonlySet<string>): boolean {
  return chosen.some((c) => {
    // two events of one kind told in the same words are still two events when their days or places differ
    if (distinctEvents(a, c)) return false;
    const b = tokenSet(c.tokens);
    let inter = 0;
    let na = 0;
    let nb = 0;
    for (const t of a.tokens) if (!common.has(t)) (na++, b.has(t) && inter++);
    for (const t of b) if (!common.has(t)) nb++;
    const union = na + nb - inter;
    return union > 0 && inter / union >= TLDR_DIVERSITY;
  });
}

/**
 * Two developments that report decisive events known to be different: of other kinds or by other
 * doers, in news cycles apart (both dated to the day, more than NEWS_CYCLE_DAYS apart); or the same
 * kind of event done by the same one, on days more than SAME_EVENT_DAYS apart, or to different
 * places or people ("Ortiz won the Iowa
 * caucuses on Monday, beating Becker by four points …" and "Ortiz won the New Hampshire primary on
 * Tuesday, beating Becker by nine points …" a week later share most of their words, and are two
 * wins). Such items never hide one another as repeats.
 */
export function distinctEvents(a: StoryDev, b: StoryDev): boolean {
  if (!a.actors || !b.actors || !a.event || !b.event) return false;
  const apart = a.when?.length === 10 && b.when?.length === 10 ? Math.abs(daysBetween(a.when, b.when)) : null;
  if (a.event !== b.event || !sameSubject(a.actors, b.actors)) {
    // other doers or other kinds of event, in other news cycles ("The St. Paul City Council on Wednesday approved a resolution condemning
    // … Trump's call for a ban on Muslims entering the United States" and, five months later, "The British capital's new mayor on Tuesday
    // rejected … Trump's offer to make an exception to his call for a temporary ban on Muslims entering the United States")
    return apart !== null && apart > NEWS_CYCLE_DAYS;
  }
  if (apart !== null && apart > SAME_EVENT_DAYS) return true;
  return a.actors.objects.length > 0 && b.actors.objects.length > 0 && !sameObjects(a.actors.objects, b.actors.objects);
}
/** Reports of one event name days at most this far apart. */
const SAME_EVENT_DAYS = 1;

/**
 * Two developments of one day that report the same decisive event (the same subject, verb and
 * objects: "Comey announced on Tuesday that …" and "Comey announced last month that he would not
 * recommend charges …", dated that Tuesday by its other reports) are one event told twice: page 1
 * shows it once.
 */
function sameDayEvent(a: StoryDev, b: StoryDev): boolean {
  if (!a.actors || !b.actors || a.event !== b.event || !sameSubject(a.actors, b.actors)) return false;
  // a turning point happens once to someone: told undated ("Even as Mrs. Clinton effectively clinched the nomination …") beside its dated report, it is told twice;
  // so does an event at a named place or over a named rival ("Donald Trump's big win in the Florida primary …" beside "Trump … won the primary in Florida" of its day)
  const named = a.actors.objects.length > 0 && b.actors.objects.length > 0;
  const once = !!a.event && (TURNING_POINT_KINDS.has(a.event) || named) && (!a.when || !b.when);
  if (!once && (a.when?.length !== 10 || a.when !== b.when)) return false;
  return sameObjects(a.actors.objects, b.actors.objects);
}

/** Each development already chosen costs a later one of the same news cycle (NEWS_CYCLE_DAYS either side) this much, and of the same month this much (the story's arc, not one busy week). */
const SAME_WEEK_PENALTY = 1.5;
const SAME_MONTH_PENALTY = 0.5;
/** The spread never takes more than this share of an item's weight away: a story of one busy fortnight keeps its news over filler from quiet months. */
const SPREAD_FLOOR = 0.5;
/** Two developments at most this many days apart are of one news cycle (a debate and its aftermath, a primary night and the morning after). */
const NEWS_CYCLE_DAYS = 3;

/**
 * What a development is in its news cycle: the kind of decisive event it reports, and whether that is
 * a turning point (its own or its consequence's) done by one of the story's own (another race's
 * withdrawal is no turning point of this story).
 */
function cycleKind(d: StoryDev): CycleKind | null {
  const turn = d.ownActor ? turnKind(d) : null;
  if (turn) return { kind: turn, turn: true };
  return d.decisive && d.event ? { kind: d.event, turn: false } : null;
}
type CycleKind = { kind: string; turn: boolean };

/** A turning point of the story and another kind of event (a withdrawal and a win): not one development told twice. */
function distinctTurn(a: CycleKind | null, b: CycleKind | null): boolean {
  return !!a && !!b && a.kind !== b.kind && (a.turn || b.turn);
}

/**
 * The story's key developments: the most important, spread over the story's months, none repeating
 * another. An editor's page 1.
 */
export function keyDevelopments(ranked: readonly { d: StoryDev; weight: number }[], size: number, common: ReadonlySet<string>): { d: StoryDev; weight: number }[] {
  const perMonth = new Map<string, number>();
  const month = (d: StoryDev) => (d.when ?? '').slice(0, 7);
  // days since the epoch (an undated development, or one dated to a month, is in no news cycle)
  const day = (d: StoryDev) => (d.when && d.when.length === 10 ? Math.floor(Date.parse(`${d.when}T00:00:00Z`) / 86_400_000) : null);
  // only the best few hundred can make page 1: bounded work on a story of any size (each one's month and day worked out once)
  const left = ranked.slice(0, Math.max(size * 20, 200)).map((k) => ({ k, month: month(k.d), day: day(k.d), kind: cycleKind(k.d) }));
  const out: { d: StoryDev; weight: number }[] = [];
  const chosen: StoryDev[] = [];
  const days: { day: number; kind: CycleKind | null }[] = [];
  // (a turning point and another kind of event of the same days are two developments: "Trump won South Carolina", "Bush dropped out")
  const cycle = (x: number | null, kind: CycleKind | null) =>
    x === null ? 0 : days.filter((y) => Math.abs(x - y.day) <= NEWS_CYCLE_DAYS && !distinctTurn(kind, y.kind)).length;
  const deferred: (typeof left)[number][] = [];
  // a development page 1 already shows, in other words or on the same day
  const repeats = (pick: (typeof left)[number]) => similar(pick.k.d, chosen, common) || chosen.some((c) => sameDayEvent(pick.k.d, c));
  const take = (pick: (typeof left)[number]) => {
    out.push(pick.k);
    chosen.push(pick.k.d);
    perMonth.set(pick.month, (perMonth.get(pick.month) ?? 0) + 1);
    if (pick.day !== null) days.push({ day: pick.day, kind: pick.kind });
  };
  while (out.length < size && left.length) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const w = left[i].k.weight;
      const sc = Math.max(w - SAME_MONTH_PENALTY * (perMonth.get(left[i].month) ?? 0) - SAME_WEEK_PENALTY * cycle(left[i].day, left[i].kind), SPREAD_FLOOR * w);
      if (sc > bestScore) (bestScore = sc), (best = i);
    }
    const [pick] = left.splice(best, 1);
    if (repeats(pick)) continue;
    // one burst of coverage takes at most MAX_PER_CYCLE places while other news cycles have developments to offer that weigh
    // at least CYCLE_YIELD of it (a story of one busy week keeps its news over a weak line from a quiet month)
    if (cycle(pick.day, pick.kind) >= MAX_PER_CYCLE && left.some((o) => o.k.weight >= CYCLE_YIELD * pick.k.weight && cycle(o.day, o.kind) < MAX_PER_CYCLE)) {
      deferred.push(pick);
      continue;
    }
    take(pick);
  }
  // a story of one or two news cycles: its page 1 is filled from them all the same
  for (const pick of deferred) {
    if (out.length >= size) break;
    if (repeats(pick)) continue;
    take(pick);
  }
  return out;
}

/** Of one news cycle (developments at most NEWS_CYCLE_DAYS from one another), page 1 shows at most this many while other cycles have developments left. */
export const MAX_PER_CYCLE = 3;
/** …of at least this share of the weight of the development it would hold back. */
export const CYCLE_YIELD = 0.45;

/**
 * The TL;DR: the two or three most important recent developments — of the story's key developments,
 * those whose importance, discounted by their age, is highest (an item loses up to half its weight,
 * most of that over a quarter of the story's span) — newest first; then, when the story has a
 * history, one line of background: the most important key development well before them.
 */
function pickTldr(key: readonly { d: StoryDev; weight: number }[]): StoryDev[] {
  const dated = key.filter((k) => k.d.when);
  if (!dated.length) return [];
  const days = dated.map((k) => k.d.when!).sort();
  const newest = days[days.length - 1];
  const tau = Math.max(RECENCY_DAYS, daysBetween(days[0], newest) / 4);
  // a decisive event leads; commentary, a feature or a preview never makes the TL;DR (unless the story has nothing else)
  const form = (d: StoryDev) => (d.decisive ? TLDR_DECISIVE : 1) * (turningPoint(d) ? TLDR_TURNING_POINT : 1);
  const score = (k: { d: StoryDev; weight: number }) => form(k.d) * k.weight * (0.5 + 0.5 * Math.exp(-Math.max(0, daysBetween(k.d.when!, newest)) / tau));
  // one line per news cycle: two items of one day, or of days a few apart, are in a TL;DR one event told twice (a decision and its
  // announcement, an attack and the outcry the day after) — unless one is a turning point of the story and the other another kind of event
  // (a story of a few days has no cycles to tell apart: its TL;DR is then filled one line per day)
  const news: { d: StoryDev; weight: number }[] = [];
  const pool = dated.filter((k) => k.d.newsness >= 0);
  const order = [...(pool.length ? pool : dated)].sort((a, b) => score(b) - score(a) || cmp(b.d.when!, a.d.when!));
  for (const apart of [sameCycle, (a: StoryDev, b: StoryDev) => a.when === b.when])
    for (const k of order) {
      if (news.length >= PAGE_SIZE.tldr) break;
      if (news.some((n) => n === k || apart(n.d, k.d))) continue;
      news.push(k);
    }
  // two are enough when the third is much less important than the others
  if (news.length === 3 && score(news[2]) < 0.6 * score(news[1])) news.pop();
  const chosen = news.map((k) => k.d).sort((a, b) => cmp(b.when!, a.when!));
  const oldest = chosen[chosen.length - 1].when!;
  const background = pool.find((k) => !chosen.includes(k.d) && daysBetween(k.d.when!, oldest) > HISTORY_DAYS);
  if (background) chosen.push(background.d);
  return chosen;
}

/**
 * Two TL;DR candidates of one news cycle: the same day, or days at most NEWS_CYCLE_DAYS apart (both
 * dated to the day), unless one is a turning point of the story and the other another kind of event
 * ("Trump won South Carolina", "Bush dropped out" the same night are two developments).
 */
function sameCycle(a: StoryDev, b: StoryDev): boolean {
  if (a.when === b.when) return true;
  if (a.when?.length !== 10 || b.when?.length !== 10 || Math.abs(daysBetween(a.when, b.when)) > NEWS_CYCLE_DAYS) return false;
  return !distinctTurn(cycleKind(a), cycleKind(b));
}

/** A turning point (a decisive event of a kind in TURNING_POINT_KINDS: a withdrawal, an endorsement, a clinching) weighs this much more again in the TL;DR. */
const TLDR_TURNING_POINT = 1.5;

function turningPoint(d: StoryDev): boolean {
  return turnKind(d) !== null;
}

/** The kind of turning point a development reports: its own event's, or one it tells as that event's consequence ("… leading Sen. Ted Cruz to drop out of the race"), or null. */
function turnKind(d: StoryDev): string | null {
  if (d.newsness > 0 && d.event && TURNING_POINT_KINDS.has(d.event)) return d.event;
  if (d.newsness >= 0 && d.consequence && TURNING_POINT_KINDS.has(d.consequence)) return d.consequence;
  return null;
}

/** A decisive event's weight for the TL;DR is this many times another's. */
const TLDR_DECISIVE = 1.5;

/** The TL;DR's recency, in days at least (a quarter of the story's span): an item this much older than the story's newest key development keeps 0.5 + 0.5/e of its weight. */
const RECENCY_DAYS = 1;

/** Newest first, undated (background) last. */
function byDate(a: StoryDev, b: StoryDev): number {
  if (!a.when !== !b.when) return a.when ? -1 : 1;
  return cmp(b.when ?? '', a.when ?? '') || cmp(a.text, b.text);
}

/** Quotes: at most MAX_QUOTES_PER_ARTICLE from one article on a page. */
function paginateQuotes(items: RankedQuote[], size: number): RankedQuote[][] {
  const pages: RankedQuote[][] = [];
  // one article quoted: nothing to spread across
  const cap = new Set(items.map((q) => q.quote.cites[0].articleId)).size > 1 ? MAX_QUOTES_PER_ARTICLE : Infinity;
  let rest = items;
  while (rest.length) {
    const page: RankedQuote[] = [];
    const per = new Map<string, number>();
    const left: RankedQuote[] = [];
    for (const q of rest) {
      const a = q.quote.cites[0].articleId;
      if (page.length < size && (per.get(a) ?? 0) < cap) {
        page.push(q);
        per.set(a, (per.get(a) ?? 0) + 1);
      } else left.push(q);
    }
    pages.push(page);
    rest = left;
  }
  return pages;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Words of a rebuttal or a confirmation. */
const REBUTTAL = /\b(?:den(?:y|ies|ied|ial)|dismiss\w*|reject\w*|fakes?|false|untrue|not true|no truth|nonsense|baseless|refut\w*|disput\w*|confirm\w*)\b/i;

/** Raw markup or a link in a source's text: never on a card. */
const MARKUP = /<\/?[a-z][^>]*>|&[a-z]+;|https?:\/\//i;

/**
 * A dispute is a claim and a response that addresses it: the claim a whole clause (a few words, not
 * "that"), the response sharing its subject (words of the claim), naming the claim's source, or
 * pointing at it ("dismissed the reports"), or linked by the extractor in the claim's article within
 * the next two sentences.
 */
export function isDispute(claim: string, source: string | null, response: string, responseSentence: string | null, adjacentDenial = false): boolean {
  if (MARKUP.test(claim) || MARKUP.test(response)) return false;
  const claimWords = contentTokens(claim);
  if (claim.trim().split(/\s+/).length < 5 || claimWords.length < 3) return false;
  // the extractor linked a response in the very next sentences of the claim's article, and it does deny or confirm
  if (adjacentDenial && REBUTTAL.test(`${response} ${responseSentence ?? ''}`)) return true;
  const said = new Set(contentTokens(`${response} ${responseSentence ?? ''}`));
  const where = fold(responseSentence ?? response);
  if (source && namesWord(where, fold(source.replace(/^the\s+/i, '')))) return true;
  // "dismissed the reports", "denied the claim": the response points at the claim
  if (/\b(?:den\w+|dismiss\w*|reject\w*|confirm\w*|refut\w*|disput\w*|call\w*)\b[^.]{0,30}\b(?:the|these|those|such) (?:reports?|claims?|allegations?|story|stories|accounts?|accusations?)\b/.test(where)) return true;
  return claimWords.filter((t) => said.has(t)).length >= 2;
}

/** True when `text` repeats one of `shown` (contains it, is contained, or shares most words). */
function repeats(text: string, shown: readonly string[]): boolean {
  const toks = contentTokens(text);
  return shown.some((t) => t.includes(text) || text.includes(t) || jaccard(toks, tokenSet(contentTokens(t))) >= 0.5);
}

/** A salient word: a content word of four letters or more that is no number, day or month. */
const SALIENT = (t: string) => t.length >= 4 && !/^\d+$/.test(t) && !DATE_WORDS.has(t);
const DATE_WORDS = new Set([...WEEKDAYS, ...Object.keys(MONTHS)]);

/**
 * A response addresses a claim when they are about the same thing: the response (with its sentence)
 * shares a salient word or name of the claim or its source ("denied the Financial Times report")
 * beyond the topic's own words (every item of the story names those).
 */
export function addressesClaim(claim: string, source: string | null, response: string, common: ReadonlySet<string>): boolean {
  const said = new Set(contentTokens(response));
  return contentTokens(`${claim} ${source ?? ''}`).some((t) => SALIENT(t) && !common.has(t) && said.has(t));
}

/** A claim and its response are from the same article or articles published this many days apart at most. */
export const DISPUTE_DAYS = 7;

function closelyDated(byId: Map<string, WindowArticle>, a: Citation, b: Citation): boolean {
  if (a.articleId === b.articleId) return true;
  const x = byId.get(a.articleId)?.date;
  const y = byId.get(b.articleId)?.date;
  return !!x && !!y && Math.abs(daysBetween(x.slice(0, 10), y.slice(0, 10))) <= DISPUTE_DAYS;
}

function adjacent(claim: Citation, response: Citation): boolean {
  return claim.articleId === response.articleId && response.sentenceIndex > claim.sentenceIndex && response.sentenceIndex - claim.sentenceIndex <= 2;
}

function onTopic(lex: TopicLex, ...texts: (string | null | undefined)[]): boolean {
  return texts.some((t) => t && topicHits(lex, t) > 0);
}

/** A story's article as a card needs it once the story is read: its dates, its source line and its first sentence. */
export interface StoryArticle {
  id: string;
  published: string | null;
  storedAt: string;
  outlet: string | null;
  headline: string;
  url: string | null;
  /** Its first sentence's citation ("what changed" cites new articles by it), or null. */
  lead: Citation | null;
}

/** A development as a card ranks and shows it (worked out from the story's `Development`). */
export interface StoryDev {
  text: string;
  /** Its text normalised (normKey): one text is shown once on a card. */
  key: string;
  tokens: string[];
  when: string | null;
  lastReported: string;
  /** Its citations as a card shows them (at most MAX_CITES_PER_ITEM). */
  cites: Citation[];
  /** Every article reporting it (it is news since a time when every one is). */
  articleIds: string[];
  importance: number;
  centrality: number;
  /** How busy the story's coverage was around its day (coveragePeaks). */
  peak: number;
  /** The kind of decisive event it reports (the verb's lemma), or null. */
  event: string | null;
  /** Who did it and to whom or where (its decisive event's subject and object names, folded), when it reports one. */
  actors: { subject: string; objects: string[]; with?: string[] } | null;
  newsness: number;
  decisive: boolean;
  /** The kind of turning point its text tells as its event's consequence ("… leading Sen. Ted Cruz to drop out": withdraw), or null. */
  consequence?: string | null;
  /** Its text is about someone the rest of the story never names (the first person it names appears in no other article of the story). */
  minorActor?: boolean;
  /** It happened before the story began (beforeStory): history, not news. */
  history?: boolean;
  /** Its decisive event was done by one of the story's own (its subject a name of the topic's terms, people or title); absent when not. */
  ownActor?: true;
}

/**
 * Everything a card of a topic needs once the story is read: the cross-article work done (the
 * developments merged and weighed, quotes, positions, disputes and scheduled events ranked), with
 * what depends on the request (`since`, the page, the day) left to `cardFromStory`. Plain data: it
 * can be stored and read back as JSON, so a card need not read the story's articles again.
 */
export interface StoryMaterial {
  topic: { id: string; title: string };
  /** The content words of the topic's terms and people (they tell no two items apart). */
  common: string[];
  /** The story's articles, newest first. */
  articles: StoryArticle[];
  developments: StoryDev[];
  quotes: RankedQuote[];
  positions: RankedPosition[];
  disputes: RankedDispute[];
  next: NextCandidate[];
}

export type StoryInput = Pick<BuildCardInput, 'topic' | 'articles' | 'maxArticles' | 'maxStoryArticles'>;

/** A card: the story read (`storyMaterial`), then what the request asks of it (`cardFromStory`). */
export function buildCard(input: BuildCardInput): BriefingCard {
  return cardFromStory(storyMaterial(input), input);
}

/** Read a story: the cross-article work of a card, independent of `since`, the page and the day. Pure apart from the developments kept between cards. */
export function storyMaterial(input: StoryInput): StoryMaterial {
  const { topic } = input;
  // the story reads the whole topic (bounded); quotes, positions, disputes and what's next its newest articles
  const window = articleWindow(input.articles, input.maxStoryArticles ?? MAX_STORY_ARTICLES);
  const recent = window.slice(0, input.maxArticles ?? MAX_CARD_ARTICLES);
  const byId = new Map<string, WindowArticle>(window.map((wa) => [wa.id, wa]));
  const lex = topicLex(topic);
  const topicPeople = new Set(topic.match.people.map(fold));

  // developments: kept between cards (one new article updates the developments it joins)
  const devs = storyDevelopments(window, lex);
  const peak = coveragePeaks(window);
  const minor = minorActors(window, lex);
  const storyStart = window.at(-1)?.date ?? null;
  const developments = devs.list.map((d): StoryDev => ({
    text: d.rep.text,
    key: normKey(d.rep.text),
    tokens: d.rep.tokens,
    when: d.when,
    lastReported: d.lastReported,
    cites: capCites(developmentCites(d)),
    articleIds: [...new Set(d.reports.map((r) => r.articleId))],
    importance: importance(d),
    centrality: centrality(d),
    peak: peak(d.when),
    event: d.rep.event?.lemma ?? null,
    actors: eventActors(d),
    newsness: d.rep.newsness,
    decisive: decisive(d),
    consequence: consequenceEvent(d.rep.text)?.lemma ?? null,
    minorActor: minor(d.rep.articleId, d.rep.text),
    history: beforeStory(d.when, storyStart),
    ...(d.rep.ownActor ? { ownActor: true as const } : {}),
  }));

  // quotes: the key players' words on the topic (speakers quoted in several articles first)
  const quotes = rankQuotes(recent, topicPeople).filter((q) =>
    !MARKUP.test(q.quote.text) &&
    onTopic(lex, q.quote.text, q.quote.speaker, sentenceOf(byId, q.quote.cites[0]), byId.get(q.quote.cites[0].articleId)?.sa.article.headline),
  );
  const speakerArticles = new Map<string, number>();
  for (const q of quotes) speakerArticles.set(q.speakerKey, (speakerArticles.get(q.speakerKey) ?? 0) + q.quote.cites.length);
  for (const q of quotes) q.score += Math.min(3, Math.log2(1 + (speakerArticles.get(q.speakerKey) ?? 0)));
  const positions = rankPositions(recent, topicPeople).filter((p) => !MARKUP.test(p.stance) && onTopic(lex, p.stance));
  const disputes = rankDisputes(recent).filter(
    (d) =>
      d.response &&
      d.cites.length > 1 &&
      onTopic(lex, d.claim, d.response) &&
      // about the same thing, from the same or closely dated articles
      // (or a rebuttal the extractor linked to it in the very next sentences of the claim's article)
      (addressesClaim(d.claim, d.claimSource, `${d.response} ${sentenceOf(byId, d.cites[1]) ?? ''}`, lex.tokens) ||
        (adjacent(d.cites[0], d.cites[1]) && REBUTTAL.test(`${d.response} ${sentenceOf(byId, d.cites[1]) ?? ''}`))) &&
      closelyDated(byId, d.cites[0], d.cites[1]) &&
      // a source confirming itself disputes nothing
      !(d.responder && d.claimSource && fold(d.responder) === fold(d.claimSource)) &&
      isDispute(d.claim, d.claimSource, d.response, sentenceOf(byId, d.cites[1]), adjacent(d.cites[0], d.cites[1])),
  );
  const next = nextCandidates(recent).map((c) => ({ ...c, shown: !MARKUP.test(c.text) && onTopic(lex, c.text) }));
  const articles = window.map((wa): StoryArticle => {
    const a = wa.sa.article;
    const first = wa.sa.facts.sentences[0];
    return {
      id: wa.id,
      published: a.published ?? null,
      storedAt: wa.storedAt,
      outlet: a.outlet ?? null,
      headline: a.headline,
      url: a.url ?? null,
      lead: first ? sentenceCite(wa, first) : null,
    };
  });
  return {
    topic: { id: topic.id, title: topic.title },
    common: [...new Set(contentTokens([...topic.match.terms, ...topic.match.people].join(' ')))],
    articles,
    developments,
    quotes,
    positions,
    disputes,
    next,
  };
}

/** What a request asks of a story read: news since when, which page, on which day. */
export type CardRequest = Pick<BuildCardInput, 'now' | 'since' | 'page' | 'sinceGraceDays'> & {
  /**
   * Only articles first stored in this interval (ISO times, exclusive start, inclusive end) are new:
   * a digest shows each article once, in the first digest after it was stored.
   */
  stored?: { after: string | null; until: string };
};

/** The card of a story read by `storyMaterial`, for one request. Pure; bounded by the card's pages, not the story's size. */
export function cardFromStory(story: StoryMaterial, req: CardRequest): BriefingCard {
  const { now } = req;
  const since = req.since ?? null;
  // News since `since`: an item is new when every article reporting it is (it was first reported
  // after `since`). Older articles stay in the story so a new denial finds the report it answers.
  const stored = req.stored;
  const inStored = (a: StoryArticle) => !stored || ((stored.after === null || a.storedAt > stored.after) && a.storedAt <= stored.until);
  const news = new Map(story.articles.map((a) => [a.id, inStored(a) && isNewsSince(a, since, req.sinceGraceDays ?? 0)]));
  const newsArticle = (id: string) => news.get(id) ?? false;
  const everything = since === null && !stored;
  const isNew = (cites: readonly Citation[]) => everything || cites.every((c) => newsArticle(c.articleId));

  const ranked = rank(everything ? story.developments : story.developments.filter((d) => d.articleIds.every(newsArticle)));
  const common = new Set(story.common);
  // page 1: the key developments (the TL;DR's and the rest, in date order); later pages the others by date
  const key = keyDevelopments(ranked, PAGE_SIZE.tldr + PAGE_SIZE.developments, common);
  const tldr = pickTldr(key);
  const inTldr = new Set(tldr);
  const first = key.map((k) => k.d).filter((d) => !inTldr.has(d)).slice(0, PAGE_SIZE.developments);
  const onFirst = new Set([...tldr, ...first]);
  // one text once on a card (the same sentence reported a month apart is two developments, but reads as a repeat)
  const seenText = new Set([...onFirst].map((d) => d.key));
  const later = ranked
    .map((r) => r.d)
    .filter((d) => {
      if (onFirst.has(d) || similar(d, tldr, common)) return false;
      if (seenText.has(d.key)) return false;
      seenText.add(d.key);
      return true;
    });
  const devPages = [first.sort(byDate), ...chunk(later.sort(byDate), PAGE_SIZE.developments)];

  const quotePages = paginateQuotes(roundRobin(story.quotes.filter((q) => isNew(q.quote.cites))), PAGE_SIZE.quotes);
  // positions repeat neither a quote nor a development shown
  const shownQuotes = [...quotePages.flat().map((q) => q.quote.text), ...tldr.map((d) => d.text), ...devPages.flat().map((d) => d.text)];
  const positions = story.positions.filter((p) => isNew(p.cites) && !repeats(p.stance, shownQuotes));
  // a dispute is new when its response is
  const disputes = everything ? story.disputes : story.disputes.filter((d) => newsArticle(d.cites[1].articleId));
  const next = rankNextCandidates(story.next, now).filter((n) => isNew(n.cites) && n.rep.shown);

  const sections = {
    developments: devPages.filter((p) => p.length).length,
    quotes: quotePages.length,
    positions: Math.ceil(positions.length / PAGE_SIZE.positions),
    disputes: Math.ceil(disputes.length / PAGE_SIZE.disputes),
    next: Math.ceil(next.length / PAGE_SIZE.next),
  };
  const needed = Math.max(1, ...Object.values(sections));
  const pages = Math.min(MAX_PAGES, needed);
  const page = Math.min(Math.max(1, Math.floor(req.page ?? 1)), pages);
  const shown = (n: number, size: number) => Math.max(0, n - MAX_PAGES * size);
  const omitted = {
    developments: devPages.slice(MAX_PAGES).reduce((n, p) => n + p.length, 0),
    quotes: quotePages.slice(MAX_PAGES).reduce((n, p) => n + p.length, 0),
    positions: shown(positions.length, PAGE_SIZE.positions),
    disputes: shown(disputes.length, PAGE_SIZE.disputes),
  };

  const newArticles = since === null ? [] : story.articles.filter((a) => newsArticle(a.id));
  const changes =
    since === null || page !== 1
      ? []
      : describeChanges({ newArticles, disputes, quotes: quotePages[0] ?? [], newNext: next.length, maxCites: MAX_CITES_PER_ITEM });

  const line = (d: StoryDev): CardLine => ({ text: d.text, when: d.when, cites: d.cites });
  const at = <T>(items: readonly T[], size: number) => items.slice((page - 1) * size, page * size);
  const card: BriefingCard = {
    topic: story.topic.id,
    title: story.topic.title,
    asOf: now,
    since,
    changes,
    tldr: page === 1 ? tldr.map(line) : [],
    developments: (devPages[page - 1] ?? []).map(line),
    quotes: (quotePages[page - 1] ?? []).map((q) => ({ ...q.quote, cites: capCites(q.quote.cites) })),
    positions: at(positions, PAGE_SIZE.positions).map((p) => ({ party: p.party, stance: p.stance, cites: capCites(p.cites) })),
    disputes: at(disputes, PAGE_SIZE.disputes).map(({ firstStored: _f, score: _s, ...d }) => ({ ...d, cites: capCites(d.cites) })),
    next: at(next, PAGE_SIZE.next).map((n) => ({ text: n.text, when: n.when, cites: capCites(n.cites) })),
    sources: [],
    page,
    pages,
    omitted: omitted.developments + omitted.quotes + omitted.positions + omitted.disputes ? omitted : null,
  };
  card.sources = cardSources(card, story.articles);
  return card;
}

function sentenceOf(byId: Map<string, WindowArticle>, c: Citation): string | null {
  const wa = byId.get(c.articleId);
  return wa?.sa.facts.sentences[c.sentenceIndex]?.text ?? null;
}

/** Every article cited on the card, in order of first citation (so [1] is the most important source). */
function cardSources(card: BriefingCard, articles: readonly StoryArticle[]): CardSource[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (cites: Citation[]) => {
    for (const c of cites) if (!seen.has(c.articleId) && byId.has(c.articleId)) (seen.add(c.articleId), ids.push(c.articleId));
  };
  for (const l of card.changes) add(l.cites);
  for (const l of card.tldr) add(l.cites);
  for (const l of card.developments) add(l.cites);
  for (const q of card.quotes) add(q.cites);
  for (const p of card.positions) add(p.cites);
  for (const d of card.disputes) add(d.cites);
  for (const n of card.next) add(n.cites);
  if (!ids.length) for (const a of articles.slice(0, 10)) ids.push(a.id);
  return ids.map((id) => {
    const a = byId.get(id)!;
    return { articleId: id, outlet: a.outlet, headline: a.headline, published: a.published, url: a.url };
  });
}
