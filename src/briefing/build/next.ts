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

/** A scheduled event as a card may show it, before `now` decides whether it is still to come. */
export interface NextCandidate {
  text: string;
  when: string | null;
  /** The last day it names, or null (undated). */
  day: string | null;
  /** Its article's date (an undated event is kept only while the article is young). */
  articleDate: string;
  articleRank: number;
  storedAt: string;
  cite: Citation;
  /** Whether a card may show it (decided by the card: on topic, no markup). */
  shown: boolean;
}

/** Every scheduled event of the window that is verbatim in its article, newest article first (what `rankNext` ranks). */
export function nextCandidates(window: readonly WindowArticle[]): Omit<NextCandidate, 'shown'>[] {
  const cands: Omit<NextCandidate, 'shown'>[] = [];
  for (const wa of window) {
    for (const e of wa.sa.facts.events) {
      if (e.status !== 'scheduled') continue;
      const s = citedSentence(wa, e.cite);
      if (!s) continue;
      cands.push({
        text: s.text.trim(),
        when: e.when,
        day: lastDay(e.when),
        articleDate: wa.date,
        articleRank: wa.rank,
        storedAt: wa.storedAt,
        cite: { articleId: wa.id, sentenceIndex: s.index, charStart: s.start, charEnd: s.end },
      });
    }
  }
  return cands;
}

/** Those of the candidates still to come at `now`, one per event (similar sentences merged), soonest first. */
export function rankNextCandidates<C extends Omit<NextCandidate, 'shown'>>(all: readonly C[], now: string): (RankedNext & { rep: C })[] {
  const today = now.slice(0, 10);
  const cands = all
    .filter((c) => (c.day ? c.day >= today : daysBetween(c.articleDate, today) <= UNDATED_NEXT_MAX_AGE_DAYS))
    .sort((a, b) => a.articleRank - b.articleRank || a.cite.sentenceIndex - b.cite.sentenceIndex);
  const ids = clusterBySimilarity(
    cands.map((c) => ({ key: '', norm: c.text.trim(), tokens: contentTokens(c.text) })),
    0.5,
  );
  return groupClusters(cands, ids)
    .map((members) => {
      const rep = members[0];
      const seen = new Set<string>();
      const cites: Citation[] = [];
      for (const m of members) if (!seen.has(m.cite.articleId)) (seen.add(m.cite.articleId), cites.push(m.cite));
      return {
        rep,
        text: rep.text,
        when: rep.when,
        sortDay: rep.day ?? '9999-99-99',
        cites,
        firstStored: members.reduce((m, c) => (c.storedAt < m ? c.storedAt : m), rep.storedAt),
      };
    })
    .sort((a, b) => cmp(a.sortDay, b.sortDay) || cmp(a.text, b.text))
    .map(({ sortDay: _s, ...rest }) => rest);
}
