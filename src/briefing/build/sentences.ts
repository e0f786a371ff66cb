/**
 * Sentence candidates for the TL;DR and developments: the lead sentences of each article and every
 * sentence that carries a happened event, scored, then clustered across articles so that the same
 * sentence carried by several outlets becomes one item with several citations.
 */
import type { Citation, Event, Sentence } from '../../facts/schema.ts';
import type { Topic } from '../topic.ts';
import { clusterBySimilarity, groupClusters } from './cluster.ts';
import { cmp, contentTokens, fold, quotedShare } from './text.ts';
import { citedSentence, sentenceAt, sentenceCite } from './verbatim.ts';
import { daysBetween, LEAD_SENTENCES, type WindowArticle } from './window.ts';

/** Two sentences with at least this token-Jaccard similarity are the same item. */
export const SENTENCE_DUP_THRESHOLD = 0.6;

const EVENT_VERB =
  /\b(cancel\w*|pull\w* out|announc\w*|agree[sd]?|sign\w*|meet|meets|met|visit\w*|warn\w*|reject\w*|den(?:y|ies|ied)|confirm\w*|launch\w*|propos\w*|halt\w*|resign\w*|attack\w*|struck|strikes?|ruled? out|downgrad\w*|walk\w* away|falter\w*|collaps\w*|accept\w*|offer\w*|invad\w*|withdr[ae]w\w*|postpon\w*|suspend\w*|held|hold\w*|arriv\w*|travel\w*|present\w*|kill\w*|vote[sd]?)\b/i;
const NAMED_ACTOR = /(?:^|[^.!?]\s)[A-Z][\p{Ll}]+(?:[ -][A-Z][\p{Ll}]+)+/u;

export interface SentenceCand {
  wa: WindowArticle;
  s: Sentence;
  cite: Citation;
  score: number;
  lead: boolean;
  happened: Event | null;
  scheduled: boolean;
}

export interface Story {
  text: string;
  cites: Citation[];
  score: number;
  /** Event date when the text resolves one, else the date of the first article that carried it. */
  when: string;
  /** Earliest storage time among the articles carrying it. */
  firstStored: string;
  /** Newest article date carrying it. */
  latest: string;
  lead: boolean;
  happened: boolean;
  scheduledOnly: boolean;
  tokens: string[];
}

/** Topic words and people, folded once per card. */
export interface Lexicon {
  terms: string[];
  people: string[];
}

export function topicLexicon(topic: Topic): Lexicon {
  const people = new Set<string>();
  for (const p of topic.match.people) {
    const f = fold(p);
    people.add(f);
    const last = f.split(/\s+/).pop();
    if (last && last.length > 3) people.add(last);
  }
  return { terms: topic.match.terms.map(fold), people: [...people] };
}

function isSubhead(wa: WindowArticle, s: Sentence): boolean {
  for (const [a, b] of wa.sa.article.subheads ?? []) if (s.start < b && s.end > a) return true;
  const t = s.text.trim();
  return t.length < 40 || !/[.!?"”’')]$/.test(t) || !/^[\p{Lu}\p{N}"“‘']/u.test(t);
}

function scoreSentence(_wa: WindowArticle, s: Sentence, lex: Lexicon, articlePeople: string[], hasEvent: boolean): number {
  const text = s.text;
  const f = fold(text);
  let score = s.index === 0 ? 3 : s.index === 1 ? 2 : s.index === 2 ? 1.5 : s.index < 6 ? 1 : 0.5;
  let terms = 0;
  for (const t of lex.terms) if (f.includes(t)) terms++;
  score += Math.min(terms, 4) * 0.5;
  let people = 0;
  for (const p of lex.people) if (f.includes(p)) people++;
  for (const p of articlePeople) if (f.includes(p)) people++;
  score += Math.min(people, 3) * 0.5;
  if (NAMED_ACTOR.test(text)) score += 0.5;
  if (EVENT_VERB.test(text)) score += 1;
  if (hasEvent) score += 1;
  const q = quotedShare(text);
  if (q > 0.3) score -= 2 * q;
  if (text.length > 320) score -= 1;
  return score;
}

/** Candidate sentences of every article in the window (bounded: LEAD_SENTENCES + event sentences per article). */
export function sentenceCandidates(window: readonly WindowArticle[], lex: Lexicon): SentenceCand[] {
  const out: SentenceCand[] = [];
  for (const wa of window) {
    const facts = wa.sa.facts;
    const happened = new Map<number, Event>();
    const scheduled = new Set<number>();
    for (const e of facts.events) {
      if (e.status === 'happened') {
        if (!happened.has(e.cite.sentenceIndex)) happened.set(e.cite.sentenceIndex, e);
      } else scheduled.add(e.cite.sentenceIndex);
    }
    const articlePeople: string[] = [];
    for (const p of facts.people) {
      if (p.kind !== 'person') continue;
      const last = fold(p.name).split(/\s+/).pop();
      if (last && last.length > 3) articlePeople.push(last);
    }
    const indices = new Set<number>();
    for (let i = 0; i < Math.min(LEAD_SENTENCES, facts.sentences.length); i++) indices.add(facts.sentences[i].index);
    for (const i of happened.keys()) indices.add(i);
    for (const i of [...indices].sort((a, b) => a - b)) {
      const s = sentenceAt(facts, i);
      if (!s || isSubhead(wa, s)) continue;
      if (quotedShare(s.text) > 0.6) continue;
      if (!citedSentence(wa, sentenceCite(wa, s))) continue;
      const ev = happened.get(i) ?? null;
      out.push({
        wa,
        s,
        cite: sentenceCite(wa, s),
        score: scoreSentence(wa, s, lex, articlePeople, ev !== null),
        lead: s.index <= 1,
        happened: ev,
        scheduled: scheduled.has(i),
      });
    }
  }
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Cluster candidates into stories; each story's text is its best-scoring member's sentence. */
export function clusterStories(cands: SentenceCand[], newest: string): Story[] {
  const ordered = [...cands].sort(
    (a, b) => b.score - a.score || a.wa.rank - b.wa.rank || a.s.index - b.s.index,
  );
  const ids = clusterBySimilarity(
    ordered.map((c) => ({ key: '', norm: c.s.text.trim(), tokens: contentTokens(c.s.text) })),
    SENTENCE_DUP_THRESHOLD,
  );
  return groupClusters(ordered, ids).map((members) => {
    const rep = members[0];
    const byDate = [...members].sort((a, b) => a.wa.rank - b.wa.rank || cmp(a.wa.id, b.wa.id));
    const first = byDate[byDate.length - 1];
    const seen = new Set<string>();
    const cites: Citation[] = [rep.cite];
    seen.add(rep.wa.id);
    for (const m of byDate) if (!seen.has(m.wa.id)) (seen.add(m.wa.id), cites.push(m.cite));
    const evWhen = members.map((m) => m.happened?.when).find((w): w is string => !!w && ISO_DAY.test(w));
    const latest = byDate[0].wa.date;
    const outlets = seen.size;
    const age = Math.max(0, daysBetween(latest, newest));
    const score = rep.score + Math.log2(outlets) + Math.max(0, 2 - 0.5 * age);
    return {
      text: rep.s.text.trim(),
      cites,
      score,
      when: evWhen ? evWhen.slice(0, 10) : first.wa.date.slice(0, 10),
      firstStored: members.reduce((m, c) => (c.wa.storedAt < m ? c.wa.storedAt : m), rep.wa.storedAt),
      latest,
      lead: members.some((m) => m.lead),
      happened: members.some((m) => m.happened !== null),
      scheduledOnly: members.every((m) => m.scheduled && !m.happened),
      tokens: contentTokens(rep.s.text),
    };
  });
}
