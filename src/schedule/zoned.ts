/**
 * Time-zone arithmetic on Intl alone (no tz library): the wall clock of an instant in an IANA
 * zone, and the instant of a wall-clock time, with the daylight-saving rules spelled out:
 * a local time that does not exist (spring forward) maps to the first valid instant after it,
 * and a local time that happens twice (fall back) maps to the first of the two.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `tz` at instant `ms`, read from Intl (slow: see `offsetMs`, which caches). */
function intlParts(ms: number, tz: string): LocalDateTime {
  const out: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour === 24 ? 0 : out.hour, minute: out.minute, second: out.second };
}

/** Offsets by zone and UTC minute (zones change offset on whole minutes), so Intl is asked rarely. */
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at instant `ms`, in ms (whole seconds). */
export function offsetMs(ms: number, tz: string): number {
  const minute = Math.floor(ms / 60_000);
  const key = `${tz}|${minute}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const s = minute * 60_000;
    const p = intlParts(s, tz);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - s;
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}

/** The wall clock at `ms` written as if it were UTC (so wall clocks compare as numbers); whole seconds. */
export function wallMs(ms: number, tz: string): number {
  return Math.floor(ms / 1000) * 1000 + offsetMs(ms, tz);
}

/** The wall clock in `tz` at instant `ms`. */
export function localParts(ms: number, tz: string): LocalDateTime {
  const w = new Date(wallMs(ms, tz));
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes(), second: w.getUTCSeconds() };
}

/** The calendar date `days` after `d` (negative goes back). */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const DAY = 86_400_000;

/**
 * The instant at which the wall clock in `tz` reads `date hour:minute`. When that wall-clock time
 * is skipped (spring forward) it is the first valid instant after it (the moment the clocks jump);
 * when it happens twice (fall back) it is the earlier of the two.
 */
export function zonedInstant(date: LocalDate, hour: number, minute: number, tz: string): number {
  const target = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const offsets = [...new Set([offsetMs(target - DAY, tz), offsetMs(target, tz), offsetMs(target + DAY, tz)])];
  const hits = offsets.map((o) => target - o).filter((t) => wallMs(t, tz) === target);
  if (hits.length) return Math.min(...hits);
  // In a gap: the wall clock jumps over `target`. Find the first instant whose wall clock is past it.
  const cands = offsets.map((o) => target - o);
  let lo = Math.min(...cands);
  let hi = Math.max(...cands);
  if (wallMs(lo, tz) >= target || wallMs(hi, tz) < target) {
    // Not the single-transition shape we expect; fall back to the earliest candidate at or past target.
    return Math.min(...cands.filter((t) => wallMs(t, tz) >= target), hi);
  }
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (wallMs(mid, tz) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
