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
