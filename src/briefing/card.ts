import { z } from 'zod';
import { CitationSchema } from '../facts/schema.ts';

const cites = z.array(CitationSchema).min(1);

export const CardQuoteSchema = z.object({
  speaker: z.string().nullable(),
  speakerType: z.enum(['person', 'organisation', 'unnamed', 'unknown']),
  role: z.string().nullable(),
  text: z.string(),
  kind: z.enum(['direct', 'partial', 'reported']),
  cue: z.string().nullable(),
  via: z.string().nullable(),
  venue: z.string().nullable(),
  saidOn: z.string().nullable(),
  cites,
});
export type CardQuote = z.infer<typeof CardQuoteSchema>;

export const CardLineSchema = z.object({
  /** Verbatim text from a stored article (a sentence or a span of one). */
  text: z.string(),
  when: z.string().nullable().default(null),
  cites,
});
export type CardLine = z.infer<typeof CardLineSchema>;

export const CardPositionSchema = z.object({ party: z.string(), stance: z.string(), cites });
export const CardDisputeSchema = z.object({
  claim: z.string(),
  claimSource: z.string().nullable(),
  response: z.string().nullable(),
  responder: z.string().nullable(),
  responseKind: z.enum(['denied', 'confirmed']).nullable(),
  cites,
});
export const CardSourceSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  headline: z.string(),
  published: z.string().nullable(),
  url: z.string().nullable(),
});
export type CardSource = z.infer<typeof CardSourceSchema>;

export const BriefingCardSchema = z.object({
  topic: z.string(),
  title: z.string(),
  asOf: z.string(),
  since: z.string().nullable().default(null),
  /** Template sentence(s) saying what changed since `since` ("Dmitry Peskov denied the Financial Times report"). */
  changes: z.array(CardLineSchema).default([]),
  tldr: z.array(CardLineSchema),
  developments: z.array(CardLineSchema),
  quotes: z.array(CardQuoteSchema),
  positions: z.array(CardPositionSchema),
  disputes: z.array(CardDisputeSchema),
  next: z.array(CardLineSchema),
  sources: z.array(CardSourceSchema),
  /** Page of a long card (1-based) and how many there are. */
  page: z.number().int().positive().default(1),
  pages: z.number().int().positive().default(1),
  /** What the card's pages leave out (a card has at most 5 pages), or null when nothing is left out. */
  omitted: z
    .object({ developments: z.number().int().nonnegative(), quotes: z.number().int().nonnegative(), positions: z.number().int().nonnegative(), disputes: z.number().int().nonnegative() })
    .nullable()
    .default(null),
});
export type BriefingCard = z.infer<typeof BriefingCardSchema>;
