/**
 * Relative and explicit dates resolved against the published date: "on Wednesday" in an article
 * published Wednesday 2025-04-23 is 2025-04-23, "on Tuesday" 2025-04-22; "this week" is the ISO
 * week as an interval "2025-04-21/2025-04-27"; "yesterday", "today", "last week", "April 23".
 */
import { MONTHS, WEEKDAYS } from './lexicon.ts';

const DAY = 86400000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

function week(t: number, offset: number): string {
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  const mon = t - dow * DAY + offset * 7 * DAY;
  return `${iso(mon)}/${iso(mon + 6 * DAY)}`;
}

const DATE_RE = new RegExp(
  String.raw`\b(?:(on|last|this|next|late|early)\s+)?(${WEEKDAYS.join('|')})\b|\b(yesterday|today|tonight|this (?:morning|afternoon|evening))\b|\b(last|this|next) (week|weekend|month|year)\b|\b(${Object.keys(MONTHS).join('|')})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b|\b(\d{1,2}) (${Object.keys(MONTHS).join('|')}) (\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`,
  'i',
);

export interface ResolvedDate {
  value: string;
  start: number;
  end: number;
}

/**
 * The first date expression in text[from, to), resolved against `published` (YYYY-MM-DD...).
 * `future` picks the next weekday rather than the last one (scheduled events).
 */
export function resolveDate(text: string, from: number, to: number, published: string | undefined, future = false): ResolvedDate | null {
  const s = text.slice(from, to);
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const start = from + m.index;
  const end = start + m[0].length;
  const pub = published ? parse(published) : NaN;
  const has = !Number.isNaN(pub);
  if (m[2]) {
    if (!has) return null;
    const want = WEEKDAYS.indexOf(m[2].toLowerCase());
    const dow = new Date(pub).getUTCDay();
    const mod = (m[1] ?? '').toLowerCase();
    let delta = future || mod === 'next' ? (want - dow + 7) % 7 : -((dow - want + 7) % 7);
    if (mod === 'last' && delta === 0) delta = -7;
    return { value: iso(pub + delta * DAY), start, end };
  }
  if (m[3]) {
    if (!has) return null;
    return { value: iso(pub + (m[3].toLowerCase() === 'yesterday' ? -DAY : 0)), start, end };
  }
  if (m[4]) {
    if (!has) return null;
    const off = m[4].toLowerCase() === 'last' ? -1 : m[4].toLowerCase() === 'next' ? 1 : 0;
    const unit = m[5].toLowerCase();
    const d = new Date(pub);
    if (unit === 'week' || unit === 'weekend') {
      if (unit === 'weekend') {
        const w = week(pub, off).split('/');
        return { value: `${iso(parse(w[0]) + 5 * DAY)}/${w[1]}`, start, end };
      }
      return { value: week(pub, off), start, end };
    }
    if (unit === 'month') {
      const y = d.getUTCFullYear();
      const mo = d.getUTCMonth() + off;
      const first = Date.UTC(y, mo, 1);
      const last = Date.UTC(y, mo + 1, 0);
      return { value: `${iso(first)}/${iso(last)}`, start, end };
    }
    const y = d.getUTCFullYear() + off;
    return { value: String(y), start, end };
  }
  if (m[6]) {
    const mo = MONTHS[m[6].toLowerCase()];
    const day = Number(m[7]);
    let y = m[8] ? Number(m[8]) : has ? new Date(pub).getUTCFullYear() : NaN;
    if (Number.isNaN(y) || day < 1 || day > 31) return null;
    if (!m[8] && has) {
      // Nearest year: a date far in the future of the article is probably last year's (and vice versa).
      const t = Date.UTC(y, mo - 1, day);
      if (t - pub > 183 * DAY) y--;
      else if (pub - t > 183 * DAY) y++;
    }
    return { value: iso(Date.UTC(y, mo - 1, day)), start, end };
  }
  if (m[9]) {
    const mo = MONTHS[m[10].toLowerCase()];
    return { value: iso(Date.UTC(Number(m[11]), mo - 1, Number(m[9]))), start, end };
  }
  if (m[12]) return { value: `${m[12]}-${m[13]}-${m[14]}`, start, end };
  return null;
}
