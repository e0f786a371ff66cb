import { matchDateline, matchGivenDateline } from './dateline.ts';
import { cleanCredit, isCreditLine, isSubheadLine } from './line-kinds.ts';
import { contentEnd, contentStart, isBlank, splitLines, type Line } from './lines.ts';

/** The body of a text or markdown article as a contiguous slice of the file, plus what framed it. */
export interface BodyLayout {
  body: string;
  bodyOffset: number;
  dateline?: string;
  credit?: string;
  subheads: [number, number][];
}

export interface LayoutOptions {
  /** Take a trailing credit line out of the body. */
  credit: boolean;
  /** Treat `#` heading lines as subheads (Markdown). */
  markdownHeadings: boolean;
  /** A dateline already known (front matter): stripped from the body start when repeated there. */
  dateline?: string;
}

const MD_HEADING = /^#{1,6}\s+\S/;

/** Lay out the body that starts at or after `from` in `raw` (blank lines before it are skipped). */
export function layoutBody(raw: string, from: number, opts: LayoutOptions): BodyLayout {
  const lines = splitLines(raw, from);
  const filled = lines.map((l, i) => (isBlank(l) ? -1 : i)).filter((i) => i >= 0);
  if (!filled.length) return { body: '', bodyOffset: raw.length, subheads: [] };
  const firstIx = filled[0];
  let lastIx = filled[filled.length - 1];
  let credit: string | undefined;
  if (opts.credit && filled.length > 1) {
    const prevIx = filled[filled.length - 2];
    if (isCreditLine(lines[lastIx].text, lines[prevIx].text.trim())) {
      credit = cleanCredit(lines[lastIx].text);
      lastIx = prevIx;
    }
  }

  let bodyStart = contentStart(lines[firstIx]);
  let dateline: string | undefined;
  const head = raw.slice(bodyStart, bodyStart + 300);
  const given = opts.dateline ? matchGivenDateline(head, opts.dateline) : null;
  if (given !== null) {
    bodyStart += given;
    dateline = opts.dateline;
  } else if (!opts.dateline) {
    const m = matchDateline(head);
    if (m) {
      bodyStart += m.length;
      dateline = m.dateline;
    }
  }
  const bodyEnd = contentEnd(lines[lastIx]);
  if (bodyEnd <= bodyStart) return { body: '', bodyOffset: bodyStart, dateline, credit, subheads: [] };

  const subheads: [number, number][] = [];
  const nextFilled = (k: number): Line | undefined => {
    for (let j = k + 1; j <= lastIx; j++) if (!isBlank(lines[j])) return lines[j];
    return undefined;
  };
  for (let k = firstIx; k <= lastIx; k++) {
    const line = lines[k];
    if (isBlank(line)) continue;
    const trimmed = line.text.trim();
    const heading = opts.markdownHeadings && MD_HEADING.test(trimmed);
    const plain =
      !heading &&
      k !== firstIx &&
      isSubheadLine(trimmed, isBlank(lines[k - 1]) ? '' : lines[k - 1].text.trim(), nextFilled(k)?.text.trim() ?? '');
    if (heading || plain) subheads.push([contentStart(line) - bodyStart, contentEnd(line) - bodyStart]);
  }
  return { body: raw.slice(bodyStart, bodyEnd), bodyOffset: bodyStart, dateline, credit, subheads };
}
