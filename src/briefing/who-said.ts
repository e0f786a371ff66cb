import { z } from 'zod';
import type { Quote } from '../facts/schema.ts';
import type { StoredArticle } from '../store/store.ts';
import { CardQuoteSchema, CardSourceSchema } from './card.ts';

export const WhoSaidItemSchema = CardQuoteSchema.extend({ source: CardSourceSchema });
export type WhoSaidItem = z.infer<typeof WhoSaidItemSchema>;

export const WhoSaidResultSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  items: z.array(WhoSaidItemSchema),
  /** How many more matched than are shown. */
  more: z.number().int().default(0),
  /** A plain sentence when the answer needs a caveat (uncertain match, nothing found). */
  note: z.string().nullable().default(null),
});
export type WhoSaidResult = z.infer<typeof WhoSaidResultSchema>;

export interface QuoteCandidate {
  stored: StoredArticle;
  quote: Quote;
  score: number;
}

/** Turn ranked quote matches into an answer: relevance, then recency; `limit` shown, the rest counted. */
export function answerWhoSaid(query: string, candidates: QuoteCandidate[], limit = 5): WhoSaidResult {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      (b.stored.article.published ?? '').localeCompare(a.stored.article.published ?? '') ||
      a.quote.start - b.quote.start,
  );
  const items = sorted.slice(0, limit).map(({ stored, quote }) => ({
    speaker: quote.speaker,
    speakerType: quote.speakerType,
    role: quote.role,
    text: quote.text,
    kind: quote.kind,
    cue: quote.cue,
    via: quote.via,
    venue: quote.venue,
    saidOn: quote.saidOn,
    cites: [quote.cite],
    source: {
      articleId: stored.article.id,
      outlet: stored.article.outlet ?? null,
      headline: stored.article.headline,
      published: stored.article.published ?? null,
      url: stored.article.url ?? null,
    },
  }));
  return WhoSaidResultSchema.parse({
    query,
    total: candidates.length,
    items,
    more: Math.max(0, candidates.length - items.length),
    note: candidates.length ? null : `Nobody in the stored articles said that: no quote matches "${query.slice(0, 80)}".`,
  });
}
