const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?)?$/;

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * A date as ISO text: `YYYY-MM-DD` for a plain date, `YYYY-MM-DDTHH:MM:SS±HH:MM` (the offset as
 * given) for a date-time. Accepts ISO, RFC 822 (RSS pubDate), Date objects (YAML) and anything
 * `Date.parse` reads. Undefined when it is not a date.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) return s.replace(' ', 'T');
  const m = RFC822.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) {
    const year = m[3].length === 2 ? `20${m[3]}` : m[3].padStart(4, '0');
    const day = `${year}-${MONTHS[m[2].toLowerCase()]}-${pad(m[1])}`;
    if (!m[4]) return day;
    const zone = m[7] ? (/^[+-]/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7].toUpperCase()]) : 'Z';
    if (zone !== undefined) return `${day}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  // No time of day written: keep the calendar date as written rather than shifting it to UTC.
  if (!/\d:\d/.test(s)) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return d.toISOString();
}
