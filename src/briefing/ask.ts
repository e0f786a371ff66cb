import type { Store, StoredArticle } from '../store/store.ts';
import { bestSpeakers, foldName } from './names.ts';
import { parseQuestion, QUESTION_FORMS, type Question } from './question.ts';
import { answerWhoSaid, claimItem, containsPhrase, contentWords, positionItem, wordHits, type WhoSaidItem, type WhoSaidResult } from './who-said.ts';

/** Newest articles scanned for claims and positions (they are not in the quote index). */
export const ASK_WINDOW = 300;

const ALIASES: Record<string, string> = { ft: 'financial times', nyt: 'new york times', wsj: 'wall street journal', ap: 'associated press', ria: 'ria novosti', us: 'united states', uk: 'united kingdom', eu: 'european union' };
const expand = (words: string[]) => words.flatMap((w) => (ALIASES[w] ? [w, ...ALIASES[w].split(' ')] : [w]));

interface Scope {
  topic?: string;
  since?: string;
}
type Candidate = { stored: StoredArticle; item: WhoSaidItem; score: number };

async function load(store: Store, hits: { articleId: string; quoteIndex: number; score: number }[]): Promise<Candidate[]> {
  const cache = new Map<string, StoredArticle | null>();
  const out: Candidate[] = [];
  for (const h of hits) {
    if (!cache.has(h.articleId)) cache.set(h.articleId, await store.getArticle(h.articleId));
    const stored = cache.get(h.articleId);
    const q = stored?.facts.quotes[h.quoteIndex];
    if (stored && q) out.push({ stored, item: answerItem(stored, q), score: h.score });
  }
  return out;
}

function answerItem(stored: StoredArticle, quote: StoredArticle['facts']['quotes'][number]): WhoSaidItem {
  return answerWhoSaid('', [{ stored, quote, score: 0 }]).items[0];
}

async function bySpeaker(store: Store, person: string, scope: Scope): Promise<{ names: string[]; ambiguous: string[] | null; near: boolean }> {
  const speakers = (await store.listSpeakers()).map((s) => s.name);
  const best = bestSpeakers(person, speakers);
  if (!best.length) return { names: [], ambiguous: null, near: false };
  // Variants of one name (Zelensky / Zelenskyy) are one person; different given names are not.
  const people = new Map<string, string[]>();
  for (const m of best) {
    const key = foldName(m.name);
    people.set(key, [...(people.get(key) ?? []), m.name]);
  }
  if (people.size > 1) return { names: [], ambiguous: [...people.values()].map((v) => v[0]), near: false };
  void scope;
  return { names: best.map((m) => m.name), ambiguous: null, near: best[0].grade === 2 };
}

/** Answer a who-said question from the store. Every item is a stored quote, claim or position. */
export async function ask(store: Store, query: string, scope: Scope = {}, limit = 5): Promise<WhoSaidResult> {
  const q: Question = parseQuestion(query);
  switch (q.form) {
    case 'unknown':
      return answerWhoSaid(query, [], { note: `I can answer questions like: ${QUESTION_FORMS.join('; ')}.` });
    case 'phrase': {
      const hits = await store.searchQuotes(q.exact ? `"${q.phrase}"` : q.phrase, { ...scope, limit: 200 });
      const words = contentWords(q.phrase);
      const found = (await load(store, hits)).filter((c) => (q.exact ? containsPhrase(c.item.text, q.phrase) : wordHits(c.item.text, words) === words.length && words.length > 0));
      const named = found.filter((c) => c.item.speakerType !== 'unknown');
      const unknown = found.length - named.length;
      return answerWhoSaid(query, named, {
        limit,
        interpretation: `Quotes with ${q.exact ? `the words “${q.phrase}”` : `the words ${words.map((w) => `“${w}”`).join(', ')}`}`,
        note: named.length
          ? unknown
            ? `${unknown} more matching quote(s) have no clear speaker in the text and are not attributed.`
            : null
          : unknown
            ? `Stored articles carry those words, but the text does not say clearly who said them.`
            : `Nobody in the stored articles said “${q.phrase.slice(0, 80)}”.`,
      });
    }
    case 'person': {
      const r = await bySpeaker(store, q.person, scope);
      if (r.ambiguous) {
        return answerWhoSaid(query, [], { note: `I am not sure who you mean by “${q.person.slice(0, 60)}”: ${r.ambiguous.join(' or ')}? Ask again with the full name.` });
      }
      if (!r.names.length) return answerWhoSaid(query, [], { note: `No quotes from “${q.person.slice(0, 60)}” are stored.` });
      const hits = await store.quotesBySpeaker(r.names, { ...scope, limit: 200 });
      let found = await load(store, hits);
      const about = q.about ? expand(contentWords(q.about)) : [];
      if (about.length) {
        found = found.map((c) => ({ ...c, score: wordHits(c.item.text, about) })).filter((c) => c.score > 0);
      }
      const who = r.names[0];
      return answerWhoSaid(query, found, {
        limit,
        interpretation: `Quotes by ${who}${q.about ? ` about “${q.about}”` : ''}`,
        note: r.near ? `Showing ${who}, the closest name to “${q.person.slice(0, 60)}”.` : found.length ? null : `${who} said nothing about “${q.about}” in the stored articles.`,
      });
    }
    case 'response': {
      const about = expand(contentWords(q.about));
      const articles = await store.listArticles({ ...scope, limit: ASK_WINDOW });
      const found: Candidate[] = [];
      for (const stored of articles) {
        const claims = stored.facts.claims;
        for (const c of claims) {
          if (c.kind !== q.response) continue;
          const target = c.responds !== null ? claims[c.responds] : null;
          const text = `${c.text} ${target?.text ?? ''} ${target?.source ?? ''}`;
          const score = about.length ? wordHits(text, about) : 1;
          if (score > 0 && c.by) found.push({ stored, item: claimItem(stored, c), score });
        }
      }
      return answerWhoSaid(query, found, {
        limit,
        interpretation: `Who ${q.response} “${q.about}”`,
        note: found.length ? null : `No stored article reports anyone having ${q.response} “${q.about.slice(0, 80)}”.`,
      });
    }
    case 'stance': {
      const party = foldName(q.party);
      const about = q.about ? expand(contentWords(q.about)) : [];
      const articles = await store.listArticles({ ...scope, limit: ASK_WINDOW });
      const found: Candidate[] = [];
      for (const stored of articles) {
        for (const p of stored.facts.positions) {
          const f = foldName(p.party);
          if (!(f === party || f.split(' ').includes(party) || party.split(' ').includes(f))) continue;
          const score = about.length ? wordHits(p.stance, about) : 1;
          if (score > 0) found.push({ stored, item: positionItem(stored, p), score: score + 1 });
        }
      }
      const quotes = await ask(store, `what did ${q.party} say${q.about ? ` about ${q.about}` : ''}`, scope, 50);
      for (const it of quotes.items) {
        const stored = articles.find((a) => a.article.id === it.source.articleId) ?? (await store.getArticle(it.source.articleId));
        if (stored) found.push({ stored, item: it, score: 1 });
      }
      return answerWhoSaid(query, found, {
        limit,
        interpretation: `Where ${q.party} stands${q.about ? ` on “${q.about}”` : ''}`,
        note: found.length ? null : `The stored articles do not say where ${q.party.slice(0, 60)} stands${q.about ? ` on “${q.about.slice(0, 60)}”` : ''}.`,
      });
    }
  }
}
