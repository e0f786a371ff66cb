/** Where each party stands: the newest stated stance per party, with every outlet that carries it. */
import type { Citation } from '../../facts/schema.ts';
import { clusterBySimilarity, groupClusters } from './cluster.ts';
import { cmp, contentTokens, fold } from './text.ts';
import { verbatimOrSentence } from './verbatim.ts';
import type { WindowArticle } from './window.ts';

export interface RankedPosition {
  party: string;
  stance: string;
  cites: Citation[];
  firstStored: string;
  score: number;
}

export function rankPositions(window: readonly WindowArticle[], topicPeople: Set<string>): RankedPosition[] {
  const cands: { wa: WindowArticle; party: string; stance: string; cite: Citation }[] = [];
  for (const wa of window) {
    for (const p of wa.sa.facts.positions) {
      if (!p.party.trim()) continue;
      const v = verbatimOrSentence(wa, p.stance, p.cite);
      if (v) cands.push({ wa, party: p.party.trim(), stance: v.text, cite: v.cite });
    }
  }
  // newest first, so a cluster's representative (and a party's first cluster) is the newest stance
  cands.sort((a, b) => a.wa.rank - b.wa.rank || a.cite.sentenceIndex - b.cite.sentenceIndex);
  const ids = clusterBySimilarity(
    cands.map((c) => ({ key: fold(c.party), norm: c.stance.trim(), tokens: contentTokens(c.stance) })),
    0.6,
  );
  const mentions = new Map<string, number>();
  for (const c of cands) mentions.set(fold(c.party), (mentions.get(fold(c.party)) ?? 0) + 1);
  const out: RankedPosition[] = [];
  const parties = new Set<string>();
  for (const members of groupClusters(cands, ids)) {
    const rep = members[0];
    const key = fold(rep.party);
    if (parties.has(key)) continue; // one stance per party: the newest
    parties.add(key);
    const seen = new Set<string>();
    const cites: Citation[] = [];
    for (const m of members) if (!seen.has(m.wa.id)) (seen.add(m.wa.id), cites.push(m.cite));
    out.push({
      party: rep.party,
      stance: rep.stance,
      cites,
      firstStored: members.reduce((m, c) => (c.wa.storedAt < m ? c.wa.storedAt : m), rep.wa.storedAt),
      score: (mentions.get(key) ?? 0) + (topicPeople.has(key) ? 2 : 0),
    });
  }
  return out.sort((a, b) => b.score - a.score || cmp(a.party, b.party));
}
