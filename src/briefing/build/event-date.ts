/**
 * When a development happened, from its own sentence, resolved against the article's publication
 * date: "on Friday", "Oct. 28", "in July", "last week", "in March 2015", "in 2007", "the fall of
 * 2007", "yesterday", "last night", "two days ago", "a week ago", "three months ago". Pure. Every date expression of the sentence is found (`dateMentions`), so a
 * card can check that no item carries a date its text contradicts.
 */
import { MONTHS, WEEKDAYS } from '../../facts/lexicon.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayMs = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

/** A date expression of a sentence as an interval of days [from, to] (ISO YYYY-MM-DD). */
export interface DateMention {
  from: string;
  to: string;
  /** day: a day; week/month/season/year: a span. */
  precision: 'day' | 'week' | 'month' | 'season' | 'year';
  start: number;
  end: number;
  /** The words, e.g. "on Friday". */
  text: string;
}

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_NOT_MAY = Object.keys(MONTHS).filter((k) => k !== 'may').sort((a, b) => b.length - a.length).join('|');
const WD = WEEKDAYS.join('|');
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 14] };

const RE = new RegExp(
  [
    String.raw`\b(?<md>(?:${MONTH}))\.?\s+(?<mdd>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<mdy>(?:19|20)\d{2})\b)?`,
    String.raw`\b(?<dm>\d{1,2})\s+(?<dmm>${MONTH})\.?\s+(?<dmy>(?:19|20)\d{2})\b`,
    String.raw`\b(?<isoY>(?:19|20)\d{2})-(?<isoM>\d{2})-(?<isoD>\d{2})\b`,
    String.raw`\b(?:(?<wdmod>on|last|this|next|late|early)\s+)?(?<wd>${WD})\b`,
    String.raw`\b(?<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\b`,
    String.raw`\b(?<pmod>last|this|next|earlier this|later this)\s+(?<punit>week|weekend|month|year)\b`,
    String.raw`\b(?<agoN>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a few|a couple of|several)\s+(?<agoU>day|week|month|year)s?\s+ago\b`,
    String.raw`\b(?:the\s+)?(?<season>spring|summer|fall|autumn|winter)\s+of\s+(?<sy>(?:19|20)\d{2})\b`,
    String.raw`\b(?:(?:in|since|by|until|during|of|early|late|mid-?|last|this|next)\s+)+(?<mo>${MONTH_NOT_MAY}|May(?=\s+(?:19|20)\d{2}))\.?(?:\s+(?<moy>(?:19|20)\d{2}))?\b`,
    String.raw`\b(?<inY>in|since|by|until|during|of|from)\s+(?<y>(?:19|20)\d{2})\b`,
  ].join('|'),
  'gi',
);

/** Words that make the clause before an "… ago" a relative clause or a time of reference. */
const AGO_CLAUSE = /\b(?:who|whom|whose|which|that|when|since|after|before|until|till)\b/i;
/** Counts written as words ("two weeks ago"). */
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Counts that are a range ("a few days ago": two to five). */
const VAGUE_COUNTS: Record<string, [number, number]> = { 'a few': [2, 5], 'a couple of': [2, 3], several: [2, 7] };

/** Words that put a date ahead ("by Jan. 20", "until March", "next April"): the next one, never this year's past one. */
const AHEAD = /\b(?:by|until|till|next|through)\s+(?:\w+\s+)?$|\b(?:by|until|till|next)\b/i;

function monthSpan(y: number, m: number): [string, string] {
  return [iso(Date.UTC(y, m - 1, 1)), iso(Date.UTC(y, m, 0))];
}

/**
 * Year for a month (and day) given without one: the nearest such date (an April article's "in
 * July" is this July, still to come; a December article's "Jan. 20" next January's) — but, when
 * `past`, a date earlier in the publication's own year stays in it (a September report of "the Feb.
 * 13 death" is of this February, not the next).
 */
function nearestYear(pub: number, m: number, d: number, past: boolean): number {
  const y = new Date(pub).getUTCFullYear();
  const t = Date.UTC(y, m - 1, d);
  if (t - pub > 183 * DAY) return y - 1;
  if (pub - t > 183 * DAY && !past) return y + 1;
  return y;
}

/**
 * Every date expression of `text`, resolved against `published` (YYYY-MM-DD...). Relative
 * expressions need the publication date and are skipped without it. `past` resolves a bare
 * weekday or month to the last one (news reports what happened), not the next.
 */
export function dateMentions(text: string, published: string | null | undefined, past = true): DateMention[] {
  const pub = published ? dayMs(published) : NaN;
  const has = !Number.isNaN(pub);
  const out: DateMention[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const g = m.groups!;
    const push = (from: string, to: string, precision: DateMention['precision']) =>
      out.push({ from, to, precision, start: m!.index, end: m!.index + m![0].length, text: m![0] });
    if (g.md) {
      const mo = MONTHS[g.md.toLowerCase()];
      const d = Number(g.mdd);
      if (!mo || d < 1 || d > 31) continue;
      // "May 5" only when it is a date (May is also a verb): a day number right after it is enough
      const y = g.mdy ? Number(g.mdy) : has ? nearestYear(pub, mo, d, past && !AHEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) : NaN;
      if (Number.isNaN(y)) continue;
      const day = iso(Date.UTC(y, mo - 1, d));
      push(day, day, 'day');
    } else if (g.dm) {
      const mo = MONTHS[g.dmm.toLowerCase()];
      const day = iso(Date.UTC(Number(g.dmy), mo - 1, Number(g.dm)));
      push(day, day, 'day');
    } else if (g.isoY) {
      const day = `${g.isoY}-${g.isoM}-${g.isoD}`;
      push(day, day, 'day');
    } else if (g.wd) {
      if (!has) continue;
      const want = WEEKDAYS.indexOf(g.wd.toLowerCase());
      const dow = new Date(pub).getUTCDay();
      const mod = (g.wdmod ?? '').toLowerCase();
      let delta = mod === 'next' || (!past && mod !== 'last') ? (want - dow + 7) % 7 : -((dow - want + 7) % 7);
      if (mod === 'last' && delta === 0) delta = -7;
      if (mod === 'next' && delta === 0) delta = 7;
      const day = iso(pub + delta * DAY);
      push(day, day, 'day');
    } else if (g.rel) {
      if (!has) continue;
      // "yesterday", "last night" (the evening before a morning's article): the day before
      const day = iso(pub + (/^(?:yesterday|last night)$/i.test(g.rel) ? -DAY : 0));
      push(day, day, 'day');
    } else if (g.punit) {
      if (!has) continue;
      const mod = g.pmod.toLowerCase();
      const off = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
      const unit = g.punit.toLowerCase();
      const d = new Date(pub);
      if (unit === 'week' || unit === 'weekend') {
        const dow = (d.getUTCDay() + 6) % 7;
        const mon = pub - dow * DAY + off * 7 * DAY;
        push(iso(unit === 'weekend' ? mon + 5 * DAY : mon), iso(mon + 6 * DAY), 'week');
      } else if (unit === 'month') {
        const [a, b] = monthSpan(d.getUTCFullYear(), d.getUTCMonth() + 1 + off);
        push(a, b, 'month');
      } else {
        const y = d.getUTCFullYear() + off;
        push(`${y}-01-01`, `${y}-12-31`, 'year');
      }
    } else if (g.agoU) {
      if (!has) continue;
      // "Becker, who just a week ago refused …", "since two weeks ago": it dates a clause of the sentence or a time of reference, not its news
      if (AGO_CLAUSE.test(text.slice(0, m.index).split(/[,;:—–(]/).pop() ?? '')) continue;
      // "two days ago" a day; "a week ago" that week; "three months ago" that month; "a few days ago" the days it can be
      const word = g.agoN.toLowerCase();
      const vague = VAGUE_COUNTS[word];
      const n = vague ? vague[0] : (COUNTS[word] ?? Number(word));
      if (!n) continue;
      const unit = g.agoU.toLowerCase();
      const d = new Date(pub);
      if (unit === 'day') {
        if (vague) push(iso(pub - vague[1] * DAY), iso(pub - vague[0] * DAY), 'week');
        else push(iso(pub - n * DAY), iso(pub - n * DAY), 'day');
      } else if (unit === 'week') {
        const far = vague ? vague[1] : n;
        push(iso(pub - far * 7 * DAY - 3 * DAY), iso(pub - n * 7 * DAY + 3 * DAY), 'week');
      } else if (unit === 'month') {
        const far = vague ? vague[1] : n;
        push(monthSpan(d.getUTCFullYear(), d.getUTCMonth() + 1 - far)[0], monthSpan(d.getUTCFullYear(), d.getUTCMonth() + 1 - n)[1], 'month');
      } else {
        const far = vague ? vague[1] : n;
        push(`${d.getUTCFullYear() - far}-01-01`, `${d.getUTCFullYear() - n}-12-31`, 'year');
      }
    } else if (g.season) {
      const [a, b] = SEASONS[g.season.toLowerCase()];
      const y = Number(g.sy);
      push(monthSpan(y, a)[0], monthSpan(y + Math.floor((b - 1) / 12), ((b - 1) % 12) + 1)[1], 'season');
    } else if (g.mo) {
      const mo = MONTHS[g.mo.toLowerCase()];
      if (!mo) continue;
      // a bare month is the nearest one (an April article's "in July" is this July, still to come)
      const y = g.moy ? Number(g.moy) : has ? nearestYear(pub, mo, 15, past && !AHEAD.test(m[0])) : NaN;
      if (Number.isNaN(y)) continue;
      const [a, b] = monthSpan(y, mo);
      push(a, b, 'month');
    } else if (g.y) {
      push(`${g.y}-01-01`, `${g.y}-12-31`, 'year');
    }
  }
  return out;
}

/** True when `day` (YYYY-MM-DD) lies in the mention's interval. */
export function within(day: string, m: Pick<DateMention, 'from' | 'to'>): boolean {
  return day >= m.from && day <= m.to;
}

/**
 * The date an event sentence gives for itself: its first day-precise mention (not after the
 * publication date: a later date is what is scheduled, not what happened), else the start of the
 * first span ("in July" -> the month); null when the sentence gives none.
 */
export function eventDate(
  text: string,
  published: string | null | undefined,
  found?: readonly DateMention[],
): { date: string; precision: DateMention['precision'] } | null {
  const pubDay = published?.slice(0, 10) ?? null;
  const ms = (found ?? dateMentions(text, published)).filter((m) => !pubDay || m.from <= pubDay);
  const day = ms.find((m) => m.precision === 'day');
  if (day) return { date: day.from, precision: 'day' };
  const span = ms[0];
  return span ? { date: span.from, precision: span.precision } : null;
}

/**
 * A date the text contradicts: the text dates itself (every mention not after `day`) and `day`
 * lies in none of its mentions — "Comey had announced in July" shown as 2016-10-31.
 */
export function contradictsDate(text: string, when: string, published: string | null | undefined): boolean {
  return mentionsContradict(dateMentions(text, published), when);
}

/** `contradictsDate` on mentions found already. */
export function mentionsContradict(ms: readonly DateMention[], when: string): boolean {
  if (!ms.length) return false;
  // a partial date ("2016-07", "2007") stands for its first day here
  const day = when.length === 4 ? `${when}-01-01` : when.length === 7 ? `${when}-01` : when.slice(0, 10);
  if (ms.some((m) => within(day, m) || (when.length < 10 && m.from.startsWith(when)))) return false;
  // only mentions of the past can contradict: a later date is something scheduled
  return ms.some((m) => m.to < day);
}
