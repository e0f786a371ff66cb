/**
 * Heuristics for the short lines of a plain-text article: in-body subheads ("'Fake' reports")
 * and a trailing credit ("Agencies via Xinhua", "(Reporting by ...)").
 */

/** Ends like a sentence or a quotation: then it is not a subhead or a bare credit. */
const TERMINAL = /[.!?:;,…"”)\]]$/;
/** Words that end a line only when the sentence runs on (a hard-wrapped fragment). */
const RUN_ON = /\b(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|as|is|was|were|are|said)$/i;
const STARTS_LIKE_HEADING = /^[\p{Lu}\p{N}'‘"“]/u;

function wordCount(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

/**
 * An in-body subhead: a short line with no terminal punctuation, standing between a line that
 * ends a sentence (or a blank line) and a line that starts one. `prev`/`next` are the
 * neighbouring lines' trimmed text ('' when blank or absent).
 */
export function isSubheadLine(text: string, prev: string, next: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 80 || wordCount(t) > 10) return false;
  if (!/\p{L}/u.test(t) || !STARTS_LIKE_HEADING.test(t)) return false;
  if (/^([-*+>|]|\d+[.)]\s)/.test(t)) return false;
  if (TERMINAL.test(t) && !isShoutedLabel(t)) return false;
  if (RUN_ON.test(t)) return false;
  if (prev && !/[.!?:;…"”'’)\]]$/.test(prev)) return false;
  if (!next || !STARTS_LIKE_HEADING.test(next)) return false;
  return true;
}

/** "GARLAND STEPS ASIDE." / "FULL TEXT.": a short all-capitals label, with or without a period. */
function isShoutedLabel(t: string): boolean {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N} '’&-]*\.?$/u.test(t) && /\p{Lu}{2}/u.test(t) && wordCount(t) <= 6;
}

const REPORTING = /^\(?\s*(?:-+\s*)?(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled|contributed)\s+(?:by|from)\b/i;

/** A trailing credit line; `prev` is the trimmed text of the line before it. */
export function isCreditLine(text: string, prev: string): boolean {
  const t = text.trim();
  if (t.length > 300) return false;
  if (REPORTING.test(t)) return true;
  if (/^\((?:AP|AFP|Reuters|Xinhua|dpa|Bloomberg|ANSA|EFE)\)$/i.test(t)) return true;
  if (t.length > 60 || wordCount(t) > 8) return false;
  if (!/^[\p{Lu}(]/u.test(t) || TERMINAL.test(t)) return false;
  return /[.!?…"”'’)\]]$/.test(prev);
}

/** The credit as stored: without wrapping parentheses or leading dashes. */
export function cleanCredit(text: string): string {
  let t = text.trim().replace(/^-+\s*/, '');
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  return t;
}
