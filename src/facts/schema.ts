import { z } from 'zod';

/** Where a fact comes from: an article, a sentence of its body, and body-relative char offsets. */
export const CitationSchema = z.object({
  articleId: z.string(),
  sentenceIndex: z.number().int().nonnegative(),
  charStart: z.number().int().nonnegative(),
  charEnd: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const EntityKind = z.enum(['person', 'organisation', 'outlet', 'place', 'country']);

export const PersonSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  role: z.string().nullable().default(null),
  affiliation: z.string().nullable().default(null),
  kind: EntityKind.default('person'),
  cite: CitationSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const SpeakerType = z.enum(['person', 'organisation', 'unnamed', 'unknown']);
export const QuoteKind = z.enum(['direct', 'partial', 'reported']);

export const QuoteSchema = z.object({
  /** Canonical full name, organisation name, the unnamed source's description, or null. */
  speaker: z.string().nullable(),
  speakerType: SpeakerType,
  role: z.string().nullable().default(null),
  /** The words: verbatim for direct/partial; the reported clause for reported speech. */
  text: z.string(),
  kind: QuoteKind,
  cue: z.string().nullable().default(null),
  via: z.string().nullable().default(null),
  venue: z.string().nullable().default(null),
  /** ISO date the words were said, when the text gives it. */
  saidOn: z.string().nullable().default(null),
  /** Body-relative offsets of `text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  cite: CitationSchema,
  /**
   * Additive: for the second half of a quote split by its attribution (`"A," X said. "B"`), the
   * index in `quotes` of the half it continues; null or absent otherwise.
   */
  continues: z.number().int().nonnegative().nullable().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ClaimSchema = z.object({
  text: z.string(),
  source: z.string().nullable(),
  kind: z.enum(['reported', 'denied', 'confirmed']),
  /** For a denial/confirmation: index into `claims` of the claim it answers. */
  responds: z.number().int().nullable().default(null),
  by: z.string().nullable().default(null),
  cite: CitationSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EventSchema = z.object({
  what: z.string(),
  when: z.string().nullable().default(null),
  status: z.enum(['happened', 'scheduled']),
  who: z.string().nullable().default(null),
  cite: CitationSchema,
});
export type Event = z.infer<typeof EventSchema>;

export const PositionSchema = z.object({
  party: z.string(),
  stance: z.string(),
  /** Additive: who stated the position (a person speaking for the party), when known. */
  by: z.string().nullable().default(null),
  cite: CitationSchema,
});
export type Position = z.infer<typeof PositionSchema>;

export const FactsSchema = z.object({
  articleId: z.string(),
  sentences: z.array(SentenceSchema),
  people: z.array(PersonSchema),
  quotes: z.array(QuoteSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  positions: z.array(PositionSchema),
});
export type Facts = z.infer<typeof FactsSchema>;
