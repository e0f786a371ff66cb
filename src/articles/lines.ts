/** One line of a text, by position: `end` excludes the line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Split `raw[from, to)` into lines, keeping their offsets into `raw` (\n, \r\n and \r breaks). */
export function splitLines(raw: string, from = 0, to = raw.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: raw.slice(start, i) });
      if (c === 13 && raw.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
      start = i + 1;
    }
  }
  if (start < to) lines.push({ start, end: to, text: raw.slice(start, to) });
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Offset of the first non-space character of a line (or its end). */
export function contentStart(line: Line): number {
  return line.start + (line.text.length - line.text.trimStart().length);
}

/** Offset just past the last non-space character of a line (or its start). */
export function contentEnd(line: Line): number {
  return line.start + line.text.trimEnd().length;
}
