/** A dateline found at the start of a body: `LONDON/PARIS — `, `NEW YORK (Reuters) - `. */
export interface DatelineMatch {
  /** The place(s), as written: "LONDON/PARIS", "KYIV, Ukraine". */
  dateline: string;
  /** Characters consumed, including the dash and the spaces after it. */
  length: number;
}

const CITY = String.raw`[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]*)*`;
const REGION = String.raw`,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,3}`;
const AGENCY = String.raw`\([^()\n]{1,40}\)`;
/** The wire's day after the place: `PARIS, Aug 31 (Reuters) - `, `NEW YORK, Dec. 8 (UPI) — `. */
const DAY = String.raw`,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?`;
const DASH = String.raw`(?:[ \t]*[—–―]|[ \t]+-{1,2})[ \t]*`;
const DATELINE_RE = new RegExp(String.raw`^(${CITY}(?:\s*/\s*${CITY})*(?:${REGION})?)(?:${DAY})?[ \t]*(?:${AGENCY})?${DASH}`);

/** Match a dateline at the very start of `text`; null when there is none. */
export function matchDateline(text: string): DatelineMatch | null {
  const m = DATELINE_RE.exec(text);
  if (!m) return null;
  // Something must follow the dash on the same line: a bare "US -" is not a dateline.
  if (!/\S/.test(text.slice(m[0].length, m[0].length + 1))) return null;
  return { dateline: m[1].trim(), length: m[0].length };
}

/** Match a known dateline (from front matter) at the start of `text`, with its dash. */
export function matchGivenDateline(text: string, dateline: string): number | null {
  const escaped = dateline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(String.raw`^${escaped}[ \t]*(?:${AGENCY})?${DASH}`).exec(text);
  return m ? m[0].length : null;
}
