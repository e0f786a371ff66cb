import { makeArticle, type Article } from './article.ts';
import { layoutBody } from './body-layout.ts';
import { matchDateline } from './dateline.ts';
import { isBlank, splitLines } from './lines.ts';
import { hasFrontMatter, parseMarkdown } from './markdown.ts';

/** A line after the headline that reads as a standfirst: short, and not the dateline of the body. */
function looksLikeStandfirst(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && !t.endsWith(':') && !matchDateline(t);
}

/** A first line that is body text, not a headline: long, or several sentences. */
function looksLikeBody(text: string, alone: boolean): boolean {
  const t = text.trim();
  if (t.length > 200) return true;
  const sentences = (t.match(/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu) ?? []).length + 1;
  const ends = /[.!?]["”’)]?$/.test(t);
  if (sentences >= 2 && (t.length > 100 || (alone && ends))) return true;
  return alone && ends && t.split(/\s+/).length >= 12;
}

/** A headline made from a body's first sentence (cut at a word, with an ellipsis, past 150 characters). */
export function headlineFromBody(body: string): string {
  const t = body.trim().replace(/\s+/g, ' ');
  const m = /^.*?[.!?]["”’)]?(?=\s+["“‘(]?\p{Lu}|\s*$)/u.exec(t);
  let first = (m ? m[0] : t).trim();
  if (first.length > 150) first = `${first.slice(0, 150).replace(/\s+\S*$/, '')}…`;
  return first;
}

/**
 * Plain-text news: headline, optional standfirst, blank line, body (with an optional dateline and
 * in-body subheads), optional trailing credit. The body is `raw.slice(bodyOffset)` exactly.
 * A file that starts with YAML front matter is read as Markdown.
 */
export function parseText(raw: string, origin: string): Article {
  if (hasFrontMatter(raw)) return parseMarkdown(raw, origin);
  const from = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = splitLines(raw, from);
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  if (i === lines.length) throw new Error('file is empty');
  // No headline line: the text opens with its body (one paragraph, a long first line, or a file that
  // is a single block); the headline is the first sentence.
  const rest = lines.slice(i + 1).filter((l) => !isBlank(l));
  const gapAfter = lines[i + 1] ? isBlank(lines[i + 1]) : true;
  if (looksLikeBody(lines[i].text, rest.length === 0) || (rest.length > 0 && !gapAfter && looksLikeBody(lines[i].text, true))) {
    const layout = layoutBody(raw, lines[i].start, { credit: true, markdownHeadings: false });
    return makeArticle({ headline: headlineFromBody(layout.body) || 'untitled', ...layout, origin });
  }
  const headline = lines[i].text.trim();
  i++;

  let standfirst: string | undefined;
  const next = lines[i];
  if (
    next &&
    !isBlank(next) &&
    looksLikeStandfirst(next.text) &&
    lines[i + 1] &&
    isBlank(lines[i + 1]) &&
    lines.slice(i + 2).some((l) => !isBlank(l))
  ) {
    standfirst = next.text.trim();
    i++;
  }

  const layout = layoutBody(raw, i < lines.length ? lines[i].start : raw.length, { credit: true, markdownHeadings: false });
  return makeArticle({ headline, standfirst, ...layout, origin });
}
