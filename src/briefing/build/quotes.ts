/**
 * Who said what: quotes of named speakers (never an unknown speaker), verbatim in their article,
 * de-duplicated across outlets (same speaker, similar words), then ordered one per speaker before a
 * second from anyone, direct before partial before reported within each round.
 */
import type { Citation, Quote } from '../../facts/schema.ts';
import type { CardQuote } from '../card.ts';
import { clusterBySimilarity, groupClusters } from './cluster.ts';
import { cmp, contentTokens, fold } from './text.ts';
import { isVerbatim } from './verbatim.ts';
import type { WindowArticle } from './window.ts';

export const QUOTE_DUP_THRESHOLD = 0.6;
const KIND_RANK = { direct: 3, partial: 2, reported: 1 } as const;

interface QuoteCand {
  wa: WindowArticle;
  q: Quote;
  role: string | null;
  score: number;
}

export interface RankedQuote {
  quote: CardQuote;
  firstStored: string;
  speakerKey: string;
  score: number;
}

function quoteScore(q: Quote, wa: WindowArticle, topicPeople: Set<string>): number {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  let s = KIND_RANK[q.kind];
  s += words < 4 ? -1.5 : words < 8 ? 0 : words <= 45 ? 1 : 0.3;
  if (q.speakerType === 'person') s += 0.5;
  if (q.speakerType === 'unnamed') s -= 1;
  if (q.speaker && topicPeople.has(fold(q.speaker))) s += 0.5;
  s -= Math.min(wa.rank, 50) * 0.02;
  return s;
}

/** De-duplicated quote items (call `roundRobin` on the ones to show). */
export function rankQuotes(window: readonly WindowArticle[], topicPeople: Set<string>): RankedQuote[] {
  const cands: QuoteCand[] = [];
  for (const wa of window) {
    const people = wa.sa.facts.people;
    for (const q of wa.sa.facts.quotes) {
      if (q.speakerType === 'unknown' || !q.speaker || !q.speaker.trim()) continue;
      if (!isVerbatim(wa, q.text, q.start)) continue;
      const role = q.role ?? people.find((p) => p.name === q.speaker)?.role ?? null;
      cands.push({ wa, q, role, score: quoteScore(q, wa, topicPeople) });
    }
  }
  cands.sort(
    (a, b) =>
      KIND_RANK[b.q.kind] - KIND_RANK[a.q.kind] || b.score - a.score || a.wa.rank - b.wa.rank || a.q.start - b.q.start,
  );
  const ids = clusterBySimilarity(
    cands.map((c) => ({ key: fold(c.q.speaker!), norm: c.q.text.trim(), tokens: contentTokens(c.q.text) })),
    QUOTE_DUP_THRESHOLD,
  );
  const items: RankedQuote[] = groupClusters(cands, ids).map((members) => {
    const rep = members[0];
    const seen = new Set<string>([rep.wa.id]);
    const cites: Citation[] = [rep.q.cite];
    for (const m of [...members].sort((a, b) => a.wa.rank - b.wa.rank)) if (!seen.has(m.wa.id)) (seen.add(m.wa.id), cites.push(m.q.cite));
    const q = rep.q;
    return {
      quote: {
        speaker: q.speaker,
        speakerType: q.speakerType,
        role: rep.role,
        text: q.text.trim() === q.text ? q.text : q.text.trim(),
        kind: q.kind,
        cue: q.cue,
        via: q.via,
        venue: q.venue,
        saidOn: q.saidOn ?? rep.wa.date.slice(0, 10),
        cites,
      },
      firstStored: members.reduce((m, c) => (c.wa.storedAt < m ? c.wa.storedAt : m), rep.wa.storedAt),
      speakerKey: fold(q.speaker!),
      score: rep.score + Math.log2(seen.size),
    };
  });
  return items;
}

/** One per speaker before a second from anyone; in each round direct > partial > reported, then score. */
export function roundRobin(items: RankedQuote[]): RankedQuote[] {
  const bySpeaker = new Map<string, RankedQuote[]>();
  const sorted = [...items].sort(
    (a, b) =>
      KIND_RANK[b.quote.kind] - KIND_RANK[a.quote.kind] ||
      b.score - a.score ||
      cmp(a.speakerKey, b.speakerKey) ||
      cmp(a.quote.text, b.quote.text),
  );
  for (const it of sorted) {
    const l = bySpeaker.get(it.speakerKey);
    if (l) l.push(it);
    else bySpeaker.set(it.speakerKey, [it]);
  }
  const out: RankedQuote[] = [];
  for (let round = 0; out.length < items.length; round++) {
    const r: RankedQuote[] = [];
    for (const l of bySpeaker.values()) if (l[round]) r.push(l[round]);
    r.sort(
      (a, b) =>
        KIND_RANK[b.quote.kind] - KIND_RANK[a.quote.kind] || b.score - a.score || cmp(a.speakerKey, b.speakerKey),
    );
    out.push(...r);
  }
  return out;
}
