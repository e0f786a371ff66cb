import type { Store, StoredArticle } from '../store/store.ts';
import { foldName, resolvePerson, type Resolved } from './names.ts';
import { parseQuestion, QUESTION_FORMS, type Question } from './question.ts';
import { answerWhoSaid, claimItem, quoteItem, containsPhrase, contentWords, positionItem, wordHits, type HasHead, type WhoSaidItem, type WhoSaidResult } from './who-said.ts';
import type { Claim, Quote } from '../facts/schema.ts';

/** Newest articles scanned for claims and positions (they are not in the quote index). */
export const ASK_WINDOW = 300;
/** Stored quotes fetched per question before ranking (full-text hits, or one speaker's quotes). */
export const ASK_FETCH = 300;

const ALIASES: Record<string, string> = {
  ft: 'financial times',
  nyt: 'new york times',
  wsj: 'wall street journal',
  ap: 'associated press',
  ria: 'ria novosti',
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  eu: 'european union',
  un: 'united nations',
};

/**
 * The topic of a question as groups of words: one group per content word, with its abbreviation's
 * long form ("FT" → ft | financial | times). A group counts once however many of its words occur.
 */
export function topicGroups(about: string | null): string[][] {
  if (!about) return [];
  const words = contentWords(about);
  return words.map((w) => (ALIASES[w] ? [w, ...contentWords(ALIASES[w])] : [w]));
}

/** How many groups have a word in `text`. */
export function groupHits(text: string, groups: string[][]): number {
  return groups.filter((g) => wordHits(text, g) > 0).length;
}

/** Enough of the topic: every group for one or two, at least half for longer topics. */
const enough = (hits: number, groups: string[][]) => hits > 0 && hits >= Math.min(groups.length, Math.max(1, Math.ceil(groups.length / 2)));

/** Words for the full-text index: lower case, accents off, no stop words, stems as prefixes. */
function ftsWords(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const keep = words.filter((w) => contentWords(w).length > 0);
  return keep.map((w) => (w.length > 6 ? w.slice(0, Math.max(5, w.length - 3)) : w)).join(' ');
}

interface Scope {
  topic?: string;
  since?: string;
}
type Candidate = { stored: HasHead; item: WhoSaidItem; score: number };
type Hit = { articleId: string; quoteIndex: number };
type Loaded = { stored: HasHead; quote: Quote };

/** The quotes of the hits with their articles' heads: one query, no whole articles parsed. */
async function load(store: Store, hits: Hit[]): Promise<Loaded[]> {
  return (await store.getQuotes(hits)).map((q) => ({ stored: { article: q.head }, quote: q.quote }));
}

async function resolveSpeaker(store: Store, person: string): Promise<Resolved> {
  const speakers = (await store.listSpeakers()).map((s) => s.name);
  return resolvePerson(person, speakers);
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const unsure = (who: string, people: string[]) =>
  `I am not sure who you mean by “${clip(who, 60)}”: ${people.slice(0, 5).join(' or ')}${people.length > 5 ? ` (and ${people.length - 5} more)` : ''}? Ask again with the full name; I attribute nothing until it is clear.`;

/** Quotes (and denials/confirmations answering claims) of one resolved person, scored against a topic. */
async function quotesOf(store: Store, names: string[], groups: string[][], scope: Scope): Promise<Candidate[]> {
  const rows = await load(store, await store.quotesBySpeaker(names, { ...scope, limit: ASK_FETCH }));
  const out: Candidate[] = [];
  const claimsOf = new Map<string, Claim[]>();
  for (const { stored, quote } of rows) {
    const it = quoteItem(stored, quote);
    if (!it) continue;
    if (!groups.length) {
      out.push({ stored, item: it, score: 0 });
      continue;
    }
    // The words themselves count double; a report the words answer ("the FT report") counts once.
    let score = 2 * groupHits(quote.text, groups);
    if (!enough(score / 2, groups)) {
      const id = stored.article.id;
      if (!claimsOf.has(id)) claimsOf.set(id, await store.getClaims(id));
      const claims = claimsOf.get(id) ?? [];
      const answered = claims
        .filter((c) => c.cite.sentenceIndex === quote.cite.sentenceIndex && c.by === quote.speaker && c.responds !== null)
        .map((c) => claims[c.responds!])
        .filter(Boolean);
      const ctx = groupHits(answered.map((c) => `${c.text} ${c.source ?? ''}`).join(' '), groups);
      score = enough(ctx, groups) ? ctx : 0;
    }
    if (score > 0) out.push({ stored, item: it, score });
  }
  return out;
}

/** Answer a who-said question from the store. Every item is a stored quote, claim or position. */
export async function ask(store: Store, query: string, scope: Scope = {}, limit = 5): Promise<WhoSaidResult> {
  const q: Question = parseQuestion(query);
  switch (q.form) {
    case 'unknown':
      return answerWhoSaid(query, [], { note: `I did not understand that as a question about who said what. I can answer questions like: ${QUESTION_FORMS.join('; ')}.` });
    case 'phrase':
      return byPhrase(store, query, q.phrase, q.exact, scope, limit);
    case 'person': {
      const r = await resolveSpeaker(store, q.person);
      if (r.kind === 'ambiguous') return answerWhoSaid(query, [], { interpretation: `Quotes by “${clip(q.person, 60)}”`, note: unsure(q.person, r.people) });
      if (r.kind === 'none') {
        // A bare word that is nobody's name may be words someone said ("ceasefire").
        if (q.bare) {
          const byWords = await byPhrase(store, query, q.person, false, scope, limit);
          if (byWords.total) return { ...byWords, note: [`Nobody named “${clip(q.person, 60)}” is quoted; these quotes have the word${q.person.includes(' ') ? 's' : ''}.`, byWords.note].filter(Boolean).join(' ') };
        }
        return answerWhoSaid(query, [], { note: `No quotes from “${clip(q.person, 60)}” are stored.` });
      }
      const groups = topicGroups(q.about);
      const found = await quotesOf(store, r.names, groups, scope);
      const notes = [
        r.near ? `Showing ${r.display}, the closest name to “${clip(q.person, 60)}”.` : null,
        q.about && !found.length ? `${r.display} said nothing about “${clip(q.about, 80)}” in the stored articles.` : null,
      ];
      return answerWhoSaid(query, found, {
        limit,
        interpretation: `Quotes by ${r.display}${q.about ? ` about “${clip(q.about, 80)}”` : ''}`,
        note: notes.filter(Boolean).join(' ') || (found.length ? null : `No quotes from ${r.display} are stored${scope.topic || scope.since ? ' for that topic or time' : ''}.`),
      });
    }
    case 'response': {
      const groups = topicGroups(q.about);
      const articles = await store.listArticles({ ...scope, limit: ASK_WINDOW });
      const found: Candidate[] = [];
      let unattributed = 0;
      for (const stored of articles) {
        const claims = stored.facts.claims;
        for (const c of claims) {
          if (c.kind !== q.response) continue;
          const target = c.responds !== null ? claims[c.responds] : null;
          const hits = groups.length ? groupHits(`${c.text} ${target?.text ?? ''} ${target?.source ?? ''}`, groups) : 1;
          if (!enough(hits, groups.length ? groups : [['*']])) continue;
          if (!c.by) {
            unattributed++;
            continue;
          }
          found.push({ stored, item: claimItem(stored, c), score: hits });
        }
      }
      const note = found.length
        ? unattributed
          ? `${unattributed} more report(s) ${q.response === 'denied' ? 'deny' : 'confirm'} it without saying who; they are not attributed.`
          : null
        : unattributed
          ? `Stored articles report it ${q.response}, but do not say by whom.`
          : `No stored article reports anyone having ${q.response} “${clip(q.about, 80)}”.`;
      return answerWhoSaid(query, found, { limit, interpretation: `Who ${q.response} “${clip(q.about, 80)}”`, note });
    }
    case 'stance': {
      const groups = topicGroups(q.about);
      const party = foldName(q.party);
      const partyAlias = ALIASES[party] ? foldName(ALIASES[party]) : null;
      const isParty = (name: string) => {
        const f = foldName(name.replace(/^the\s+/i, ''));
        const fa = ALIASES[f] ? foldName(ALIASES[f]) : null;
        return f === party || f === partyAlias || fa === party || (partyAlias !== null && fa === partyAlias);
      };
      const r = await resolveSpeaker(store, q.party);
      const articles = await store.listArticles({ ...scope, limit: ASK_WINDOW });
      const positions: Candidate[] = [];
      for (const stored of articles) {
        for (const p of stored.facts.positions) {
          // The party itself, or the person who stated it when that is who was asked about.
          const byMatch = p.by !== null && r.kind === 'one' && r.names.includes(p.by);
          if (!isParty(p.party) && !byMatch) continue;
          const hits = groups.length ? groupHits(p.stance, groups) : 1;
          if (enough(hits, groups.length ? groups : [['*']])) positions.push({ stored, item: positionItem(stored, p), score: 2 * hits + 1 });
        }
      }
      if (r.kind === 'ambiguous' && !positions.length) {
        return answerWhoSaid(query, [], { interpretation: `Where “${clip(q.party, 60)}” stands`, note: unsure(q.party, r.people) });
      }
      const quotes = r.kind === 'one' ? await quotesOf(store, r.names, groups, scope) : [];
      const found = [...positions, ...quotes.map((c) => ({ ...c, score: groups.length ? c.score : 0 }))];
      const near = r.kind === 'one' && r.near && quotes.length ? `Quotes shown are by ${r.display}, the closest name to “${clip(q.party, 60)}”.` : null;
      return answerWhoSaid(query, found, {
        limit,
        interpretation: `Where ${q.party} stands${q.about ? ` on “${clip(q.about, 80)}”` : ''}`,
        note: near ?? (found.length ? null : `The stored articles do not say where ${clip(q.party, 60)} stands${q.about ? ` on “${clip(q.about, 60)}”` : ''}.`),
      });
    }
  }
}

/** Quotes containing a phrase (exact) or all of its content words; exact wording ranks first, then recency. */
async function byPhrase(store: Store, query: string, phrase: string, exact: boolean, scope: Scope, limit: number): Promise<WhoSaidResult> {
  const words = contentWords(phrase);
  // "who said it": no words to look for.
  if (!exact && !words.length) return answerWhoSaid(query, [], { note: `Which words? I can answer questions like: ${QUESTION_FORMS.join('; ')}.` });
  const asExact = exact;
  const fts = asExact ? `"${phrase.replace(/["“”«»„]/g, ' ')}"` : ftsWords(phrase);
  const hits = fts.trim() ? await store.searchQuotes(fts, { ...scope, limit: ASK_FETCH }) : [];
  const rows = (await load(store, hits)).filter(({ quote }) => (asExact ? containsPhrase(quote.text, phrase) : wordHits(quote.text, words) === words.length));
  const named = rows.filter(({ quote }) => quote.speaker !== null && quote.speakerType !== 'unknown');
  const unknown = rows.length - named.length;
  const shownWords = phrase
    .split(/\s+/)
    .filter((w) => contentWords(w).length > 0)
    .map((w) => `“${w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}”`);
  return answerWhoSaid(
    query,
    named.map(({ stored, quote }) => ({ stored, quote, score: containsPhrase(quote.text, phrase) ? 2 : 1 })),
    {
      limit,
      interpretation: `Quotes with ${asExact ? `the words “${clip(phrase, 80)}”` : `the words ${shownWords.join(', ')}`}`,
      note: named.length
        ? unknown
          ? `${unknown} more matching quote(s) have no clear speaker in the text and are not attributed.`
          : null
        : unknown
          ? `Stored articles carry those words, but the text does not say clearly who said them.`
          : `Nobody in the stored articles said “${clip(phrase, 80)}”.`,
    },
  );
}
