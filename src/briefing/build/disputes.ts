/**
 * Disputed: sourced claims side by side with their denials or confirmations. A response is linked to
 * its claim by `responds` inside one article; a response in a later article that names the claim's
 * source ("the Financial Times report") is linked to that claim across articles.
 */
import type { Citation, Claim } from '../../facts/schema.ts';
import { clusterBySimilarity } from './cluster.ts';
import { cmp, contentTokens, fold } from './text.ts';
import { citedSentence, verbatimOrSentence, wholeSentence } from './verbatim.ts';
import type { WindowArticle } from './window.ts';

export interface RankedDispute {
  claim: string;
  claimSource: string | null;
  response: string | null;
  responder: string | null;
  responseKind: 'denied' | 'confirmed' | null;
  cites: Citation[];
  /** When the newest part of the dispute (the response, else the claim) was first stored. */
  firstStored: string;
  score: number;
}

interface ClaimRef {
  wa: WindowArticle;
  c: Claim;
  text: string;
  cite: Citation;
  cluster: number;
}

function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '');
}

/** `text` names `name` as whole words ("the Hill" is not in "Hillary"). */
export function namesWord(text: string, name: string): boolean {
  if (!name) return false;
  let re = NAME_PATTERNS.get(name);
  if (!re) {
    // compiled once per name (a card over a 5 MB article asked the same few names thousands of times: 1.9 s of 6.5)
    if (NAME_PATTERNS.size >= NAME_PATTERNS_MAX) NAME_PATTERNS.clear();
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
    NAME_PATTERNS.set(name, re);
  }
  return re.test(text);
}
/** Whole-word patterns by name (no `g` flag, so a pattern keeps no state between tests). */
const NAME_PATTERNS = new Map<string, RegExp>();
const NAME_PATTERNS_MAX = 10_000;

/** A few words with no verb or "that" ("the plan Wednesday", "Trump's offer"): a phrase, not a clause. */
export function phraseOnly(text: string): boolean {
  return text.trim().split(/\s+/).length <= 6 && !/\b(?:that|is|are|was|were|be|been|has|have|had|will|would|could|should|can|did|does|do|[a-z]{2,}ed)\b/i.test(text);
}

export function rankDisputes(window: readonly WindowArticle[]): RankedDispute[] {
  const claims: ClaimRef[] = [];
  const responses: { wa: WindowArticle; c: Claim; target: ClaimRef | null; text: string; cite: Citation }[] = [];
  for (const wa of window) {
    const local: (ClaimRef | null)[] = [];
    for (const c of wa.sa.facts.claims) {
      const v = c.kind === 'reported' ? verbatimOrSentence(wa, c.text, c.cite) : null;
      const ref = v ? { wa, c, text: v.text, cite: v.cite, cluster: -1 } : null;
      local.push(ref);
      if (ref) claims.push(ref);
    }
    wa.sa.facts.claims.forEach((c, i) => {
      if (c.kind === 'reported') return;
      const said = verbatimOrSentence(wa, c.text, c.cite);
      // "Khan rejected Trump's offer Tuesday.": what was rejected is a phrase ("Trump's offer
      // Tuesday"), no clause a reader can take alone; the response shown is its whole sentence.
      const v = said && phraseOnly(said.text) ? (wholeSentence(wa, c.cite) ?? said) : said;
      if (!v) return;
      const target = c.responds !== null && c.responds !== i ? local[c.responds] ?? null : null;
      responses.push({ wa, c, target, text: v.text, cite: v.cite });
    });
  }
  // the same claim carried by several outlets: one cluster
  const ids = clusterBySimilarity(
    claims.map((c) => ({ key: '', norm: c.text.trim(), tokens: contentTokens(c.text) })),
    0.6,
  );
  claims.forEach((c, i) => (c.cluster = ids[i]));
  const clusterClaims = new Map<number, ClaimRef[]>();
  for (const c of claims) (clusterClaims.get(c.cluster) ?? clusterClaims.set(c.cluster, []).get(c.cluster)!).push(c);

  // cross-article link: an unlinked response whose sentence names a claim's source
  for (const r of responses) {
    if (r.target) continue;
    const sentence = fold(citedSentence(r.wa, r.c.cite)?.text ?? r.text);
    r.target =
      claims.find((c) => c.c.source && c.wa.storedAt <= r.wa.storedAt && namesWord(sentence, fold(stripThe(c.c.source)))) ?? null;
  }

  const out = new Map<string, RankedDispute>();
  const answered = new Set<number>();
  for (const r of responses) {
    if (!r.target) continue;
    const group = clusterClaims.get(r.target.cluster) ?? [r.target];
    answered.add(r.target.cluster);
    const responder = r.c.by ?? r.c.source ?? null;
    const key = `${r.target.cluster}\u0000${fold(responder ?? '')}\u0000${r.c.kind}`;
    const prev = out.get(key);
    if (prev && prev.firstStored >= r.wa.storedAt) {
      if (!prev.cites.some((x) => x.articleId === r.wa.id)) prev.cites.push(r.cite);
      continue;
    }
    const cites = [r.target.cite, r.cite];
    const seen = new Set([r.target.wa.id, r.wa.id]);
    for (const g of group) if (!seen.has(g.wa.id)) (seen.add(g.wa.id), cites.push(g.cite));
    out.set(key, {
      claim: r.target.text,
      claimSource: r.target.c.source,
      response: r.text,
      responder,
      responseKind: r.c.kind === 'denied' ? 'denied' : 'confirmed',
      cites,
      firstStored: r.wa.storedAt,
      score: 10 - Math.min(r.wa.rank, 50) * 0.05 + Math.log2(group.length),
    });
  }
  // unanswered sourced claims come after answered ones
  for (const [cluster, group] of clusterClaims) {
    if (answered.has(cluster)) continue;
    const rep = group[0];
    if (!rep.c.source) continue;
    const cites: Citation[] = [];
    const seen = new Set<string>();
    for (const g of group) if (!seen.has(g.wa.id)) (seen.add(g.wa.id), cites.push(g.cite));
    out.set(`u${cluster}`, {
      claim: rep.text,
      claimSource: rep.c.source,
      response: null,
      responder: null,
      responseKind: null,
      cites,
      firstStored: group.reduce((m, c) => (c.wa.storedAt < m ? c.wa.storedAt : m), rep.wa.storedAt),
      score: 1 + Math.log2(group.length) - Math.min(rep.wa.rank, 50) * 0.02,
    });
  }
  return [...out.values()].sort((a, b) => b.score - a.score || cmp(a.claim, b.claim) || cmp(a.response ?? '', b.response ?? ''));
}
