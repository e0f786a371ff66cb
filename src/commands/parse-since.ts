import { UserError } from './command.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Parse a "since" argument into an ISO timestamp: an ISO date or date-time, `yesterday`,
 * `today`, or a span back from now (`24h`, `3d`, `90m`, `2w`).
 */
export function parseSince(input: string, now: Date): string {
  const s = input.trim().toLowerCase();
  const span = /^(\d{1,4})\s*(m|min|h|hours?|d|days?|w|weeks?)$/.exec(s);
  if (span) {
    const n = Number(span[1]);
    const unit = span[2][0];
    const ms = unit === 'm' ? 60e3 : unit === 'h' ? 3600e3 : unit === 'd' ? 86400e3 : 7 * 86400e3;
    return new Date(now.getTime() - n * ms).toISOString();
  }
  if (s === 'today') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
  if (s === 'yesterday') return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1)).toISOString();
  const iso = /^(\d{4})-(\d{2})-(\d{2})([t ](\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) {
    // JavaScript rolls 2025-02-30 over to March 2: check the day exists, and the time too.
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (m < 1 || m > 12) throw new UserError(`"${input.slice(0, 40)}" is not a date: there is no month ${m}. Use a date such as 2025-04-22.`);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) throw new UserError(`"${input.slice(0, 40)}" is not a date: ${MONTHS[m - 1]} ${y} has ${days} days.`);
    if (iso[4] && (Number(iso[5]) > 23 || Number(iso[6]) > 59 || Number(iso[8] ?? 0) > 59)) {
      throw new UserError(`"${input.slice(0, 40)}" is not a time of day: use hours 00-23 and minutes 00-59.`);
    }
    const date = new Date(s.length === 10 ? `${s}T00:00:00Z` : s.toUpperCase().replace(' ', 'T'));
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new UserError(`"${input.slice(0, 40)}" is not a time I understand: use a date (2025-04-22), "yesterday", or a span such as 24h or 3d.`);
}
