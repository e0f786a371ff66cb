/**
 * What's next: scheduled events whose date is today or later (relative to `now`), soonest first.
 * An event without a resolved date is kept only while its article is under a week old.
 */
import type { Citation } from '../../facts/schema.ts';
import { clusterBySimilarity, groupClusters } from './cluster.ts';
import { cmp, contentTokens } from './text.ts';
import { citedSentence } from './verbatim.ts';
import { daysBetween, type WindowArticle } from './window.ts';

export const UNDATED_NEXT_MAX_AGE_DAYS = 7;

export interface RankedNext {
  text: string;
  when: string | null;
  cites: Citation[];
  firstStored: string;
}

/** The last ISO day in a `when` value ("2025-04-25", "2025-04-21/2025-04-27", a date-time), or null. */
export function lastDay(when: string | null): string | null {
  if (!when) return null;
  const days = when.match(/\d{4}-\d{2}-\d{2}/g);
  return days ? days[days.length - 1] : null;
}

export function rankNext(window: readonly WindowArticle[], now: string): RankedNext[] {
  const today = now.slice(0, 10);
  const cands: { wa: WindowArticle; text: string; when: string | null; sortDay: string; cite: Citation }[] = [];
  for (const wa of window) {
    for (const e of wa.sa.facts.events) {
      if (e.status !== 'scheduled') continue;
      const day = lastDay(e.when);
      if (day ? day < today : daysBetween(wa.date, today) > UNDATED_NEXT_MAX_AGE_DAYS) continue;
      const s = citedSentence(wa, e.cite);
      if (!s) continue;
      cands.push({
        wa,
        text: s.text.trim(),
        when: e.when,
        sortDay: day ?? '9999-99-99',
        cite: { articleId: wa.id, sentenceIndex: s.index, charStart: s.start, charEnd: s.end },
      });
    }
  }
  cands.sort((a, b) => a.wa.rank - b.wa.rank || a.cite.sentenceIndex - b.cite.sentenceIndex);
  const ids = clusterBySimilarity(
    cands.map((c) => ({ key: '', norm: c.text.trim(), tokens: contentTokens(c.text) })),
    0.5,
  );
  return groupClusters(cands, ids)
    .map((members) => {
      const rep = members[0];
      const seen = new Set<string>();
      const cites: Citation[] = [];
      for (const m of members) if (!seen.has(m.wa.id)) (seen.add(m.wa.id), cites.push(m.cite));
      return {
        text: rep.text,
        when: rep.when,
        sortDay: rep.sortDay,
        cites,
        firstStored: members.reduce((m, c) => (c.wa.storedAt < m ? c.wa.storedAt : m), rep.wa.storedAt),
      };
    })
    .sort((a, b) => cmp(a.sortDay, b.sortDay) || cmp(a.text, b.text))
    .map(({ sortDay: _s, ...rest }) => rest);
}
