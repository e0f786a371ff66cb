/**
 * Turn a user's search text into terms for full-text search: "quoted phrases" stay phrases,
 * other words become terms; punctuation and operators are dropped so no input is a syntax error.
 */
export interface FtsTerms {
  phrases: string[][];
  words: string[];
  /** A word the speaker's name must hold (a surname), or none. */
  speaker?: string;
}

/** One word of a query: a phrase's word exactly, a free word as a prefix. */
export interface FtsTerm {
  word: string;
  prefix: boolean;
  /** In the speaker's name only. */
  speaker?: boolean;
}

/** The query's words one by one (each once), longest first: the likeliest to be rare. */
export function ftsTerms(t: FtsTerms): FtsTerm[] {
  const all: FtsTerm[] = [
    ...t.phrases.flat().map((word) => ({ word, prefix: false })),
    ...t.words.map((word) => ({ word, prefix: true })),
    ...(t.speaker ? [{ word: t.speaker, prefix: false, speaker: true }] : []),
  ];
  const seen = new Set<string>();
  const key = (x: FtsTerm) => `${x.prefix}${x.speaker ?? false}${x.word}`;
  return all
    .filter((x) => !seen.has(key(x)) && seen.add(key(x)))
    .sort((a, b) => b.word.length - a.word.length || Number(a.prefix) - Number(b.prefix));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A text's words as the full-text index holds them: lower case, accents off. */
export function indexWords(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
}

/** A surname's word as the index holds it (its last: "de blasio" → blasio), or none. */
export function nameWord(name: string): string | undefined {
  return name.toLowerCase().match(WORD)?.at(-1);
}

export function parseFtsQuery(query: string): FtsTerms {
  const phrases: string[][] = [];
  const rest = query.replace(/["“”«»„]([^"“”«»„]*)["“”«»„]?/g, (_m, inner: string) => {
    const ws = inner.toLowerCase().match(WORD) ?? [];
    if (ws.length) phrases.push(ws);
    return ' ';
  });
  const words = (rest.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1 || /\d/.test(w));
  return { phrases, words };
}

/**
 * The stored words a free word stands for as a prefix ("think": think, thinking, thinks), from
 * quote_words (migration 17); null: searched as a prefix. Never an empty list: a search holding a
 * word that begins no stored word has no match and is not run.
 */
export type PrefixWords = (word: string) => string[] | null;
const asPrefix: PrefixWords = () => null;

/** FTS5 MATCH expression: every phrase and every word must match (each token double-quoted). */
export function toFts5(t: FtsTerms, words: PrefixWords = asPrefix): string | null {
  const parts = [...t.phrases.map((p) => `"${p.join(' ')}"`), ...t.words.map((word) => termToFts5({ word, prefix: true }, words))];
  if (!parts.length) return null;
  if (t.speaker) parts.push(termToFts5({ word: t.speaker, prefix: false, speaker: true }));
  return parts.join(' AND ');
}

/** One word as an FTS5 MATCH expression (the speaker column's: a column filter); a prefix as the words it begins when listed. */
export function termToFts5(t: FtsTerm, words: PrefixWords = asPrefix): string {
  const list = t.prefix ? words(t.word) : null;
  if (list) return `(${list.map((w) => `"${w}"`).join(' OR ')})`;
  return `${t.speaker ? 'speaker : ' : ''}"${t.word}"${t.prefix ? '*' : ''}`;
}

/**
 * What marks a word of the speaker's name among a quote's words: PostgreSQL's tsvector holds each
 * as a lexeme of its own ('@clinton', beside 'clinton' weighted A), so its index finds a speaker's
 * quotes without reading every row that merely mentions the name; the word statistics of both
 * engines count them apart the same way.
 */
export const SPEAKER_MARK = '@';

/** The word statistics' key of a term (a speaker's word marked). */
export const statsWord = (t: FtsTerm): string => (t.speaker ? SPEAKER_MARK + t.word : t.word);

/** One word of the text as tsquery text for to_tsquery (a speaker's word is a tsquery of its own: speakerTsquery); a prefix as the words it begins when listed. */
export function termToTsquery(t: FtsTerm, words: PrefixWords = asPrefix): string {
  const quoted = (w: string) => `'${w.replace(/'/g, "''")}'`;
  const list = t.prefix ? words(t.word) : null;
  if (list) return `(${list.map(quoted).join(' | ')})`;
  return `${quoted(t.word)}${t.prefix ? ':*' : ''}`;
}

/** A speaker's name word as tsquery input (a cast, not to_tsquery, whose parser would drop the mark). */
export function speakerTsquery(word: string): string {
  return `'${SPEAKER_MARK}${word.replace(/'/g, "''")}'`;
}

/** PostgreSQL tsquery text of the text's terms: phrases as `a <-> b`, words as prefix terms, all ANDed (the speaker apart: speakerTsquery). */
export function toTsquery(t: FtsTerms, words: PrefixWords = asPrefix): string | null {
  const parts = [...t.phrases.map((p) => `(${p.map((word) => termToTsquery({ word, prefix: false })).join(' <-> ')})`), ...t.words.map((word) => termToTsquery({ word, prefix: true }, words))];
  return parts.length ? parts.join(' & ') : null;
}
