import { z } from 'zod';
import type { Claim, Position, Quote } from '../facts/schema.ts';
import type { ArticleHead, StoredArticle } from '../store/store.ts';
import { CardQuoteSchema, CardSourceSchema } from './card.ts';
import { foldName } from './names.ts';
import { foldText } from '../facts/fold.ts';
import { isSpeakerName } from './people.ts';
import { writtenSurname } from '../facts/person-forms.ts';


/** What an answer item needs of its article (a stored article, or just its head). */
export type HasHead = { article: ArticleHead };

export const WhoSaidItemSchema = CardQuoteSchema.extend({ source: CardSourceSchema });
export type WhoSaidItem = z.infer<typeof WhoSaidItemSchema>;

export const WhoSaidResultSchema = z.object({
  query: z.string(),
  /** How the question was understood ("Quotes by Dmitry Peskov about “reports”"). */
  interpretation: z.string().nullable().default(null),
  total: z.number().int(),
  items: z.array(WhoSaidItemSchema),
  /** How many more matched than are shown. */
  more: z.number().int().default(0),
  /** Only the newest matches were read (ASK_FETCH): `total` and `more` are at least that many. */
  atLeast: z.boolean().default(false),
  /** A plain sentence when the answer needs a caveat (uncertain match, nothing found). */
  note: z.string().nullable().default(null),
});
export type WhoSaidResult = z.infer<typeof WhoSaidResultSchema>;

export interface QuoteCandidate {
  stored: StoredArticle;
  quote: Quote;
  score: number;
}

const STOP = new Set('the a an of to in on at for and or but is are was were be been it its that this these those about what who did does say said with by from as has have had any anyone'.split(' '));

/**
 * A small stemmer: plural and inflected forms share a stem ("reports" ~ "report" ~ "reported",
 * "denied" ~ "denies" ~ "denial" ~ "deny", "talks" ~ "talking").
 */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  let s = w
    .replace(/(?<=..)(?:ies|ied|ial|ials)$/, 'i')
    .replace(/(?<=...)(?:ings?|ed|ers?)$/, '')
    .replace(/(?<=...)(?<=[sxz]|ch|sh)es$/, '')
    .replace(/(?<=...[^su])s$/, '')
    .replace(/(?<=..)y$/, 'i');
  // "stopped" → "stop", "planned" → "plan"; a stem stays three letters long ("inner" → "inn", not "in": a prefix of every "in…" word).
  s = s.replace(/(?<=..)([bdgmnprt])\1$/, '$1');
  return s;
}

/** Content words of a phrase, folded; stems, and short stems for prefix matching ("territory" ~ "territorial"). */
export function contentWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => stem(w))
    .map((w) => (w.length > 6 ? w.slice(0, Math.max(5, w.length - 3)) : w));
}

/** How many of `words` occur (as prefixes of a word or of its stem) in `text`. */
export function wordHits(text: string, words: string[]): number {
  return hitsIn(tokensOf(text), words);
}

/** A text's words, folded, with each pair of neighbours joined ("shake-up" ~ "shakeup"), and their stems. */
export interface TextTokens {
  toks: string[];
  stems: string[];
}

/** Stems already computed: a question scores hundreds of quotes, with the same words over and over. */
const stems = new Map<string, string>();
function stemOf(t: string): string {
  let s = stems.get(t);
  if (s === undefined) {
    if (stems.size >= 50_000) stems.clear();
    stems.set(t, (s = stem(t)));
  }
  return s;
}

/** Texts' tokens already computed: the same quotes are scored question after question. Cleared when full. */
const tokenized = new Map<string, TextTokens>();

/** The words of `text` as `wordHits` matches them: computed once, tested against many word lists (read only). */
export function tokensOf(text: string): TextTokens {
  let t = tokenized.get(text);
  if (t === undefined) {
    const split = foldText(text).split(' ');
    const toks = [...split, ...split.slice(1).map((w, i) => split[i] + w)];
    if (tokenized.size >= 20_000) tokenized.clear();
    tokenized.set(text, (t = { toks, stems: toks.map(stemOf) }));
  }
  return t;
}

/** How many of `words` occur in a text's tokens (`wordHits` of tokens computed once). */
export function hitsIn({ toks, stems }: TextTokens, words: string[]): number {
  return words.filter((w) => toks.some((t, i) => t.startsWith(w) || stems[i].startsWith(w))).length;
}

/** Whether `text` contains the phrase word for word (case, accents and punctuation folded). */
export function containsPhrase(text: string, phrase: string): boolean {
  const f = (s: string) => ` ${foldName(s)} `;
  return f(text).includes(f(phrase));
}

function item(stored: HasHead, q: Pick<Quote, 'speaker' | 'speakerType' | 'role' | 'text' | 'kind' | 'cue' | 'via' | 'venue' | 'saidOn' | 'cite'>): WhoSaidItem {
  return {
    speaker: q.speaker,
    speakerType: q.speakerType,
    role: q.role,
    text: q.text,
    kind: q.kind,
    cue: q.cue,
    // The extractor takes `via` only from "according to X": say so, as the renderers expect.
    via: q.via ? (/^according to\b/i.test(q.via) ? q.via : `according to ${q.via}`) : null,
    venue: q.venue,
    saidOn: q.saidOn,
    cites: [q.cite],
    source: {
      articleId: stored.article.id,
      outlet: stored.article.outlet ?? null,
      headline: stored.article.headline,
      published: stored.article.published ?? null,
      url: stored.article.url ?? null,
    },
  };
}

/** Whether words may be shown as someone's: the text makes the speaker clear, and the speaker is a name (or an unnamed source's description), never a fragment. */
function attributable(q: Pick<Quote, 'speaker' | 'speakerType'>): boolean {
  return q.speaker !== null && q.speakerType !== 'unknown' && isSpeakerName(q.speaker, q.speakerType);
}

const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|de|la)$/i;

/** A title or a name in quotation marks ("Here's the Thing.", "Carlos Danger,"): not words anyone said. */
export function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[\s.,;:!?"“”'‘’]+$/u, '').trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return /^[\p{Lu}]/u.test(words[0]) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORD.test(w)));
}

/** A surname as a whole word, compiled once a surname. */
const surnames = new Map<string, RegExp>();
function surnamePattern(surname: string): RegExp {
  let re = surnames.get(surname);
  if (!re) {
    if (surnames.size >= 5000) surnames.clear();
    surnames.set(surname, (re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')));
  }
  return re;
}

/**
 * Whether a stored quote is the speaker's own words: never a title or name in quotation marks, and
 * never reported "speech" that names the speaker in the third person (a sentence about them:
 * "Trump was also accused of …" stored as Trump's).
 */
export function ownWords(q: Pick<Quote, 'speaker' | 'speakerType' | 'text' | 'kind'>): boolean {
  if (!attributable(q)) return false;
  if (q.kind !== 'reported' && looksLikeTitle(q.text)) return false;
  if (q.kind === 'reported' && q.speakerType === 'person') {
    const surname = writtenSurname(q.speaker!);
    if (surname.length > 1 && surnamePattern(surname).test(q.text)) return false;
  }
  return true;
}

/** A stored quote as an answer item, or null when it is not clearly the speaker's own words (never shown as anyone's). */
export function quoteItem(stored: HasHead, quote: Quote): WhoSaidItem | null {
  return ownWords(quote) ? item(stored, quote) : null;
}

/** A quote-shaped answer item for a denial/confirmation claim, from the article's own facts. */
export function claimItem(stored: StoredArticle, claim: Claim): WhoSaidItem {
  // The speaker's own words in the same sentence, direct words first ("denied the report, saying “…”").
  const same = stored.facts.quotes.filter((q) => q.cite.sentenceIndex === claim.cite.sentenceIndex && q.speaker === claim.by && q.speakerType !== 'unknown');
  const sameSentence = same.find((q) => q.kind !== 'reported') ?? same[0];
  if (sameSentence) return item(stored, sameSentence);
  const person = stored.facts.people.find((p) => p.name === claim.by);
  return item(stored, {
    speaker: claim.by,
    speakerType: claim.by ? (person && person.kind !== 'person' ? 'organisation' : 'person') : 'unknown',
    role: person?.role ?? null,
    text: claim.text,
    kind: 'reported',
    cue: claim.kind,
    via: null,
    venue: null,
    saidOn: null,
    cite: claim.cite,
  });
}

/**
 * A position as an answer item. When the article quotes the person who stated it in the same
 * sentence, that quote is the item (verbatim, with cue and via); otherwise the stance is reported
 * speech by the person who stated it (or the party itself), never in quotation marks.
 */
export function positionItem(stored: StoredArticle, p: Position): WhoSaidItem {
  const by = p.by ?? p.party;
  const same = stored.facts.quotes.filter((q) => q.cite.sentenceIndex === p.cite.sentenceIndex && q.speaker === by && q.speakerType !== 'unknown');
  const fp = foldName(p.stance);
  const best = same.find((q) => foldName(q.text) === fp) ?? same.find((q) => fp.includes(foldName(q.text)) || foldName(q.text).includes(fp)) ?? null;
  if (best) return item(stored, best);
  const person = stored.facts.people.find((x) => x.name === by);
  const speakerType = person ? (person.kind === 'person' ? 'person' : 'organisation') : p.by ? 'person' : 'organisation';
  const cue = foldName(by) === foldName(p.party) ? 'position' : `position of ${p.party}`;
  return item(stored, { speaker: by, speakerType, role: person?.role ?? null, text: p.stance, kind: 'reported', cue, via: null, venue: null, saidOn: null, cite: p.cite });
}

/** When it was said: the date given in the text, else the article's date. */
export function whenSaid(it: WhoSaidItem): string {
  return it.saidOn ?? it.source.published ?? '';
}

/** "12 quotes", "95+ quotes" (only the newest matches were read), for every renderer. */
export function quoteCount(r: Pick<WhoSaidResult, 'total' | 'atLeast'>): string {
  return `${r.total}${r.atLeast ? '+' : ''} quote${r.total === 1 && !r.atLeast ? '' : 's'}`;
}

/** "…and 7 more", "…and 90+ more". */
export function moreCount(n: number, atLeast: boolean): string {
  return `…and ${n}${atLeast ? '+' : ''} more`;
}

/**
 * Turn scored matches into an answer: relevance, then recency, then direct before reported;
 * `limit` shown, the rest counted. Quotes whose speaker is unknown are never shown as anyone's.
 */
export function answerWhoSaid(
  query: string,
  candidates: { stored: HasHead; item?: WhoSaidItem; quote?: Quote; score: number }[],
  opts: { limit?: number; interpretation?: string | null; note?: string | null; atLeast?: boolean } = {},
): WhoSaidResult {
  const kindRank = { direct: 0, partial: 1, reported: 2 } as const;
  // Never shown as anyone's: words whose speaker the text does not make clear.
  // Each item's identity (speaker and words, folded) computed once: the sort compares many pairs.
  const items = candidates
    .filter((c) => c.item || ownWords(c.quote!))
    .map((c) => ({ score: c.score, it: c.item ?? item(c.stored, c.quote!) }))
    .filter(({ it }) => attributable(it))
    .map((x) => ({ ...x, key: `${foldName(x.it.speaker ?? '')}|${foldName(x.it.text)}`, day: whenSaid(x.it).slice(0, 10) }));
  // Prominence of the words: how many articles (outlets) carry them.
  const outlets = new Map<string, Set<string>>();
  for (const { it, key } of items) outlets.set(key, (outlets.get(key) ?? new Set()).add(it.source.outlet ?? it.source.articleId));
  const carried = (key: string) => outlets.get(key)!.size;
  // Relevance, then prominence, then recency (the day it was said, then the article's time), then direct words first.
  items.sort(
    (a, b) =>
      b.score - a.score ||
      carried(b.key) - carried(a.key) ||
      b.day.localeCompare(a.day) ||
      (b.it.source.published ?? '').localeCompare(a.it.source.published ?? '') ||
      kindRank[a.it.kind] - kindRank[b.it.kind] ||
      a.it.source.articleId.localeCompare(b.it.source.articleId) ||
      a.it.cites[0].sentenceIndex - b.it.cites[0].sentenceIndex,
  );
  // The same words by the same speaker (a syndicated copy) count once: the best-ranked copy.
  const seen = new Set<string>();
  const unique = items.filter(({ key }) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const limit = opts.limit ?? 5;
  const shown = unique.slice(0, limit).map((u) => u.it);
  return WhoSaidResultSchema.parse({
    query,
    interpretation: opts.interpretation ?? null,
    total: unique.length,
    items: shown,
    more: Math.max(0, unique.length - shown.length),
    atLeast: !!opts.atLeast && unique.length > 0,
    note: opts.note ?? (unique.length ? null : `No stored quote matches "${query.slice(0, 80)}".`),
  });
}
