import type { ArticleClaim, Store, StoredArticle } from '../store/store.ts';
import { choosePerson, foldName, lookupKeys, nameCandidates, resolvePerson, type Resolved } from './names.ts';
import { isGivenName, isSpeakerName, nameParts, sideOf, twinPairs, type Person } from './people.ts';
import { parseQuestion, QUESTION_FORMS, type Question } from './question.ts';
import { answerWhoSaid, stem, claimItem, quoteItem, containsPhrase, contentWords, hitsIn, positionItem, tokensOf, wordHits, type HasHead, type WhoSaidItem, type WhoSaidResult } from './who-said.ts';
import type { Claim, Position, Quote } from '../facts/schema.ts';
import { writtenSurname } from '../facts/person-forms.ts';
import { REPORT_WORDS } from '../facts/lexicon.ts';
import { indexWords } from '../store/fts-query.ts';

/** Newest articles whose claims and positions a question looks at (their rows, migration 10). */
export const ASK_WINDOW = 300;
/** Stored quotes fetched per question before ranking (full-text hits, or one speaker's quotes). */
export const ASK_FETCH = 100;
/** Quotes fetched per topic word to find older articles for denials and positions. */
export const WORD_FETCH = 50;

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
  if (!groups.length) return 0;
  const tokens = tokensOf(text);
  return groups.filter((g) => hitsIn(tokens, g) > 0).length;
}

/** Enough of the topic: every group for one or two, at least half for longer topics. */
const enough = (hits: number, groups: string[][]) => hits > 0 && hits >= Math.min(groups.length, Math.max(1, Math.ceil(groups.length / 2)));
/** For a denial or confirmation: every group of a short topic ("the FT report": both), half of a long one. */
const enoughAll = (hits: number, groups: string[][]) => hits > 0 && hits >= Math.min(groups.length, Math.max(2, Math.ceil(groups.length / 2)));

/** Quotes holding a question's words (one search a word group, newest first) by a speaker with these names' surname; none when they have no one surname. */
async function wordMatches(store: Store, names: string[], groups: string[][], scope: Scope): Promise<Hit[]> {
  const surnames = new Set(names.map((n) => writtenSurname(n).toLowerCase()));
  const [surname] = surnames;
  if (!groups.length || surnames.size !== 1 || !surname) return [];
  const hits = new Map<string, Hit>();
  for (const g of groups) for (const h of await store.searchQuotes(ftsWords(g[0]) || g[0], { ...scope, speaker: surname, limit: ASK_FETCH })) hits.set(hitKey(h), h);
  return [...hits.values()];
}

/** Older articles a question's words point to: those quoting any of the topic's words (the newest window is read anyway). */
async function articlesWith(store: Store, groups: string[][], scope: Scope, have: Set<string>): Promise<string[]> {
  const ids = new Set<string>();
  for (const g of groups) {
    const word = ftsWords(g[0]) || g[0];
    for (const h of await store.searchQuotes(word, { ...scope, limit: WORD_FETCH })) if (!have.has(h.articleId)) ids.add(h.articleId);
  }
  return [...ids];
}

/** The articles of these rows, parsed (only those the answer cites). */
async function articlesOf(store: Store, rows: { articleId: string }[]): Promise<Map<string, StoredArticle>> {
  return new Map((await store.getArticles(rows.map((r) => r.articleId))).map((a) => [a.article.id, a]));
}

/** Words for the full-text index: lower case, accents off, no stop words, stems as prefixes. */
function ftsWords(text: string): string {
  // Each word's stem as a prefix ("denial" → deni*, "deny" → den*: every inflection matches; wordHits filters after).
  return indexWords(text)
    .filter((w) => contentWords(w).length > 0)
    .map((w) => stem(w).replace(/(?<=...)i$/, ''))
    .map((w) => (w.length > 6 ? w.slice(0, Math.max(5, w.length - 3)) : w))
    .join(' ');
}

interface Scope {
  topic?: string;
  since?: string;
}
type Candidate = { stored: HasHead; item: WhoSaidItem; score: number };
type Hit = { articleId: string; quoteIndex: number };
const hitKey = (h: Hit) => `${h.articleId}\u0000${h.quoteIndex}`;
type Loaded = { stored: HasHead; quote: Quote };

/** The quotes of the hits with their articles' heads: one query, no whole articles parsed. */
async function load(store: Store, hits: Hit[]): Promise<Loaded[]> {
  return (await store.getQuotes(hits)).map((q) => ({ stored: { article: q.head }, quote: q.quote }));
}

/** The speakers whose names are names (a person's or an organisation's), once per list the store hands out (one a data version). */
const named = new WeakMap<readonly { name: string }[], string[]>();
function namedSpeakers(list: readonly { name: string }[]): string[] {
  let names = named.get(list);
  if (!names) named.set(list, (names = list.map((s) => s.name).filter((n) => isSpeakerName(n, 'person') || isSpeakerName(n, 'organisation'))));
  return names;
}

/** Who a name means: the archive's people first (src/briefing/people.ts), then a near spelling among speakers. */
async function resolveSpeaker(store: Store, person: string, scope: Scope = {}): Promise<Resolved & { also?: string }> {
  const forms = await store.findPeople(lookupKeys(person));
  // A suffixed name joins its plain one ("Joseph Ames Jr.", "Joe Ames") unless an article quotes both (a father and a son).
  const apart = new Set<string>();
  for (const [suffixed, plain] of twinPairs(forms)) if (await store.quotedTogether(suffixed, plain)) apart.add(suffixed);
  const cands = nameCandidates(person, forms, (suffixed) => apart.has(suffixed));
  let id = choosePerson(cands);
  // In a topic, prominence is what the person said in it.
  if (scope.topic && cands.people.length > 1) {
    const inTopic = new Map<Person, number>();
    for (const p of cands.people) inTopic.set(p, (await store.quotesBySpeaker(p.names, { topic: scope.topic, limit: ASK_FETCH })).length);
    id = choosePerson(cands, (p) => inTopic.get(p) ?? 0);
  }
  if (id.kind === 'ambiguous') return { kind: 'ambiguous', people: id.people.map((p) => p.display) };
  if (id.kind === 'one') {
    // Others worth naming: quoted more than once, or with a given name the lexicon knows.
    const others = id.others.filter((p) => p.quotes > 1 || (p.quotes === 1 && isGivenName(p.display)));
    const also = others.length
      ? `Also: ${others.slice(0, 3).map((p) => `${p.display}, ${p.quotes} quote${p.quotes === 1 ? '' : 's'}`).join('; ')}${others.length > 3 ? ` (and ${others.length - 3} more)` : ''} — ask with the full name.`
      : undefined;
    return { kind: 'one', display: id.person.display, names: id.names, near: false, also, person: id.person.kind === 'person' && !id.person.surnameOnly ? id.person.keys : undefined };
  }
  // Nobody by that name: a near spelling ("Peskof") of a speaker whose name is a name.
  const r = resolvePerson(person, namedSpeakers(await store.listSpeakers()));
  if (r.kind === 'one' && (r.near || r.names.some((n) => foldName(n) === foldName(person)))) return r;
  return r.kind === 'ambiguous' ? r : { kind: 'none' };
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const unsure = (who: string, people: string[]) =>
  `I am not sure who you mean by “${clip(who, 60)}”: ${people.slice(0, 5).join(' or ')}${people.length > 5 ? ` (and ${people.length - 5} more)` : ''}? Ask again with the full name; I attribute nothing until it is clear.`;

const RESPONSE_CUE = /\b(?:deni|deny|dismiss|reject|refut|disput|confirm|respond|repl|rebut|call|answer)/i;

/** Quotes (and denials/confirmations answering claims) of one resolved person, scored against a topic. */
async function quotesOf(store: Store, names: string[], groups: string[][], scope: Scope, person?: string[]): Promise<{ found: Candidate[]; capped: boolean }> {
  // A person: the quotes their own articles make clearly theirs (under one of their names, or a
  // surname alone the article resolves); anyone else (organisations, a near spelling): by name.
  const refs = person ? await store.quotesByPerson(person, { ...scope, limit: ASK_FETCH }) : await store.quotesBySpeaker(names, { ...scope, limit: ASK_FETCH });
  const newest = person
    ? (await load(store, refs)).filter(({ quote }) => names.includes(quote.speaker ?? '') || !nameParts(quote.speaker ?? '')?.first)
    : await load(store, refs);
  // With a topic and more quotes than were read, also their quotes holding its words, however old:
  // one search a word group within the quotes whose speaker has their surname, kept only under one
  // of their own names.
  const read = new Set(refs.map(hitKey));
  const older = refs.length < ASK_FETCH ? [] : (await wordMatches(store, names, groups, scope)).filter((h) => !read.has(hitKey(h)));
  const byWords = (await load(store, older)).filter(({ quote }) => names.includes(quote.speaker ?? ''));
  const rows = [...newest, ...byWords];
  // Scored in two passes: the words themselves, then (for words that may answer a report) the
  // claims they answer, read for all such articles in one query (migration 10's rows).
  const scored: { stored: HasHead; it: WhoSaidItem; quote: Quote; score: number | null }[] = [];
  for (const { stored, quote } of rows) {
    const it = quoteItem(stored, quote);
    if (!it) continue;
    if (!groups.length) {
      scored.push({ stored, it, quote, score: 0 });
      continue;
    }
    // The words themselves count double; a report the words answer ("the FT report") counts once.
    const score = 2 * groupHits(quote.text, groups);
    // Only words said in answer to a report (denied, dismissed, responded …) can be about that report.
    scored.push({ stored, it, quote, score: !enough(score / 2, groups) && RESPONSE_CUE.test(quote.cue ?? '') ? null : score });
  }
  const asked = scored.filter((x) => x.score === null).map((x) => x.stored.article.id);
  const answers = new Map<string, ArticleClaim[]>();
  for (const c of asked.length ? await store.claimsIn(asked) : []) answers.set(c.articleId, [...(answers.get(c.articleId) ?? []), c]);
  const out: Candidate[] = [];
  for (const { stored, it, quote, score } of scored) {
    if (score !== null) {
      if (score > 0 || !groups.length) out.push({ stored, item: it, score });
      continue;
    }
    const answered = (answers.get(stored.article.id) ?? [])
      .filter(({ claim: c }) => c.cite.sentenceIndex === quote.cite.sentenceIndex && c.by === quote.speaker && c.responds !== null)
      .map((c) => c.target)
      .filter((c): c is Claim => Boolean(c));
    const ctx = groupHits(answered.map((c) => `${c.text} ${c.source ?? ''}`).join(' '), groups);
    if (enough(ctx, groups)) out.push({ stored, item: it, score: ctx });
  }
  // Only the newest ASK_FETCH were read: what they hold is a count of at least that many.
  return { found: out, capped: refs.length >= ASK_FETCH };
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
      const r = await resolveSpeaker(store, q.person, scope);
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
      const { found, capped } = await quotesOf(store, r.names, groups, scope, r.person);
      const notes = [
        r.near ? `Showing ${r.display}, the closest name to “${clip(q.person, 60)}”.` : null,
        q.about && !found.length ? `${r.display} said nothing about “${clip(q.about, 80)}” in the stored articles.` : null,
        r.also ?? null,
      ];
      return answerWhoSaid(query, found, {
        limit,
        atLeast: capped,
        interpretation: `Quotes by ${r.display}${q.about ? ` about “${clip(q.about, 80)}”` : ''}`,
        note: notes.filter(Boolean).join(' ') || (found.length ? null : `No quotes from ${r.display} are stored${scope.topic || scope.since ? ' for that topic or time' : ''}.`),
      });
    }
    case 'response': {
      // "the FT report": what is denied is the FT's; "report" itself says nothing (unless it is all there is).
      const all = topicGroups(q.about);
      const groups = all.filter((g) => !REPORT_WORDS.has(g[0])).length ? all.filter((g) => !REPORT_WORDS.has(g[0])) : all;
      // The denials (or confirmations) of the newest articles and of older ones the words point to,
      // read from their own rows (migration 10); only the articles of the matches are read.
      const recent = await store.listArticleIds({ ...scope, limit: ASK_WINDOW });
      const ids = [...recent, ...(await articlesWith(store, groups, scope, new Set(recent)))];
      const matches: { articleId: string; claim: Claim; hits: number }[] = [];
      let unattributed = 0;
      for (const { articleId, claim: c, target } of await store.claimsIn(ids, q.response)) {
        const hits = groups.length ? groupHits(`${c.text} ${target?.text ?? ''} ${target?.source ?? ''}`, groups) : 1;
        if (!enoughAll(hits, groups.length ? groups : [['*']])) continue;
        if (!c.by) {
          unattributed++;
          continue;
        }
        matches.push({ articleId, claim: c, hits });
      }
      const stored = await articlesOf(store, matches);
      const found: Candidate[] = matches.flatMap(({ articleId, claim, hits }) => {
        const a = stored.get(articleId);
        return a ? [{ stored: a, item: claimItem(a, claim), score: hits }] : [];
      });
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
      // The party and every name that speaks for its side ("Russia", "Moscow", "the Kremlin").
      const side = new Set(sideOf(q.party).flatMap((n) => [n, ...(ALIASES[n] ? [foldName(ALIASES[n])] : [])]));
      const isParty = (name: string) => sideOf(name).some((n) => side.has(n) || (ALIASES[n] !== undefined && side.has(foldName(ALIASES[n]))));
      const r = await resolveSpeaker(store, q.party, scope);
      // The positions of the newest articles, from their own rows (migration 10); only the articles of the matches are read.
      const matches: { articleId: string; p: Position; hits: number }[] = [];
      for (const { articleId, position: p } of await store.positionsIn(await store.listArticleIds({ ...scope, limit: ASK_WINDOW }))) {
        // The party itself, or the person who stated it when that is who was asked about.
        const byMatch = p.by !== null && r.kind === 'one' && r.names.includes(p.by);
        if (!isParty(p.party) && !byMatch) continue;
        const hits = groups.length ? groupHits(p.stance, groups) : 1;
        if (enough(hits, groups.length ? groups : [['*']])) matches.push({ articleId, p, hits });
      }
      const stored = await articlesOf(store, matches);
      const positions: Candidate[] = matches.flatMap(({ articleId, p, hits }) => {
        const a = stored.get(articleId);
        return a ? [{ stored: a, item: positionItem(a, p), score: 2 * hits + 1 }] : [];
      });
      if (r.kind === 'ambiguous' && !positions.length) {
        return answerWhoSaid(query, [], { interpretation: `Where “${clip(q.party, 60)}” stands`, note: unsure(q.party, r.people) });
      }
      // Quotes by the person asked about, and by every organisation of the party's side.
      const sideNames = (await store.findPeople([...side].map((k) => k.split(' ').at(-1)!))).filter((f) => f.kind === 'organisation' && isParty(f.name)).map((f) => f.name);
      const own = r.kind === 'one' ? await quotesOf(store, r.names, groups, scope, r.person) : { found: [], capped: false };
      const others = sideNames.filter((n) => r.kind !== 'one' || !r.names.includes(n));
      const theirs = others.length ? await quotesOf(store, others, groups, scope) : { found: [], capped: false };
      const quotes = [...own.found, ...theirs.found];
      const found = [...positions, ...quotes.map((c) => ({ ...c, score: groups.length ? c.score : 0 }))];
      const near = r.kind === 'one' && r.near && quotes.length ? `Quotes shown are by ${r.display}, the closest name to “${clip(q.party, 60)}”.` : null;
      return answerWhoSaid(query, found, {
        limit,
        atLeast: own.capped || theirs.capped,
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
  // Whether each quote has the words as written, computed once (it filters exact questions and ranks all).
  const loaded = (await load(store, hits)).map((r) => ({ ...r, asWritten: containsPhrase(r.quote.text, phrase) }));
  const rows = loaded.filter(({ quote, asWritten }) => (asExact ? asWritten : wordHits(quote.text, words) === words.length));
  const named = rows.filter(({ quote }) => quote.speaker !== null && quote.speakerType !== 'unknown');
  const unknown = rows.length - named.length;
  const shownWords = phrase
    .split(/\s+/)
    .filter((w) => contentWords(w).length > 0)
    .map((w) => `“${w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')}”`);
  return answerWhoSaid(
    query,
    named.map(({ stored, quote, asWritten }) => ({ stored, quote, score: asWritten ? 2 : 1 })),
    {
      limit,
      atLeast: hits.length >= ASK_FETCH,
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
