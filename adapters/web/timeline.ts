/**
 * The card's timeline as an inline SVG built on the server: articles per day on the topic over
 * the period the card covers, with the card's developments marked on their dates. No script;
 * labelled for screen readers (role="img", title and description); readable in print.
 */
import { esc, humanDate } from './html.ts';

export interface TimelineInput {
  /** YYYY-MM-DD -> articles that day. */
  perDay: ReadonlyMap<string, number>;
  /** Developments to mark: their day and a short label. */
  marks: readonly { day: string; label: string }[];
}

/** At most this many days are drawn (the newest). */
export const MAX_DAYS = 180;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayMs(d: string): number {
  return Date.parse(`${d}T00:00:00Z`);
}

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every day from the first to the last with an article or a mark (at most MAX_DAYS, the newest). */
export function timelineDays(input: TimelineInput): string[] {
  const all = [...input.perDay.keys(), ...input.marks.map((m) => m.day)].filter((d) => ISO_DAY.test(d) && !Number.isNaN(dayMs(d))).sort();
  if (!all.length) return [];
  const last = dayMs(all[all.length - 1]);
  const first = Math.max(dayMs(all[0]), last - (MAX_DAYS - 1) * DAY_MS);
  const days: string[] = [];
  for (let t = first; t <= last; t += DAY_MS) days.push(dayOf(t));
  return days;
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The SVG (or an empty string when there is nothing to draw). */
export function timelineSvg(input: TimelineInput, id = 'timeline'): string {
  const days = timelineDays(input);
  if (!days.length) return '';
  const W = 720;
  const H = 170;
  const left = 34;
  const right = 8;
  const top = 22;
  const bottom = 36;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const counts = days.map((d) => input.perDay.get(d) ?? 0);
  const max = Math.max(1, ...counts);
  const slot = plotW / days.length;
  const barW = Math.max(1, slot * 0.78);
  const x = (i: number) => left + i * slot;
  const total = counts.reduce((a, b) => a + b, 0);
  const busiest = counts.indexOf(Math.max(...counts));
  const index = new Map(days.map((d, i) => [d, i]));

  const parts: string[] = [];
  // axis and gridline at the maximum
  parts.push(`<line class="axis" x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}"/>`);
  parts.push(`<line class="grid" x1="${left}" y1="${top}" x2="${W - right}" y2="${top}"/>`);
  parts.push(`<text class="lbl" x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text>`);
  parts.push(`<text class="lbl" x="${left - 6}" y="${top + plotH + 4}" text-anchor="end">0</text>`);
  counts.forEach((c, i) => {
    if (!c) return;
    const h = (c / max) * plotH;
    parts.push(
      `<rect class="bar" x="${(x(i) + (slot - barW) / 2).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${esc(`${humanDate(days[i])}: ${plural(c, 'article')}`)}</title></rect>`,
    );
  });
  // developments: a marker above the day
  const byDay = new Map<string, string[]>();
  for (const m of input.marks) if (index.has(m.day)) byDay.set(m.day, [...(byDay.get(m.day) ?? []), m.label]);
  for (const [d, labels] of byDay) {
    const cx = x(index.get(d)!) + slot / 2;
    parts.push(
      `<path class="mark" d="M${(cx - 6).toFixed(1)} ${top - 14} L${(cx + 6).toFixed(1)} ${top - 14} L${cx.toFixed(1)} ${top - 3} Z"><title>${esc(`${humanDate(d)}: ${labels.length === 1 ? labels[0] : `${labels.length} developments`}`)}</title></path>`,
      `<line class="markline" x1="${cx.toFixed(1)}" y1="${top - 3}" x2="${cx.toFixed(1)}" y2="${top + plotH}"/>`,
    );
  }
  // first and last day under the axis
  parts.push(`<text class="lbl" x="${left}" y="${H - 12}">${esc(humanDate(days[0]))}</text>`);
  if (days.length > 1) parts.push(`<text class="lbl" x="${W - right}" y="${H - 12}" text-anchor="end">${esc(humanDate(days[days.length - 1]))}</text>`);

  const desc =
    `${plural(total, 'article')} from ${humanDate(days[0])} to ${humanDate(days[days.length - 1])}; ` +
    `busiest day ${humanDate(days[busiest])} with ${plural(counts[busiest], 'article')}. ` +
    (byDay.size ? `Developments marked on ${[...byDay.keys()].sort().map(humanDate).join(', ')}.` : 'No dated developments.');
  return (
    `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">Articles per day on this topic</title><desc id="${id}-desc">${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
