/**
 * What a user typed, made safe to echo: control characters (NUL, BEL, ESC, DEL, the C1 range;
 * tabs and new lines stay) and the invisible direction controls (bidi embeddings, overrides and
 * isolates, LRM/RLM/ALM, line and paragraph separators) are removed. Such characters could
 * reorder or hide the text of a reply or a channel post ("U+202E" turns "txt.exe" around), ring
 * terminals, or reach a log as escape sequences.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function cleanText(s: string): string {
  return s.replace(UNSAFE, '');
}

/** Every string value of named arguments, cleaned (other values as they are). */
export function cleanArgs(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = typeof v === 'string' ? cleanText(v) : v;
  return out;
}
