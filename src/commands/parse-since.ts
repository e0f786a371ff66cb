import { UserError } from './command.ts';

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
  if (/^\d{4}-\d{2}-\d{2}([t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : s.toUpperCase().replace(' ', 'T'));
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  throw new UserError(`"${input.slice(0, 40)}" is not a time I understand: use a date (2025-04-22), "yesterday", or a span such as 24h or 3d.`);
}
