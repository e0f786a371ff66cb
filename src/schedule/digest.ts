import { z } from 'zod';
import { BriefingCardSchema } from '../briefing/card.ts';
import { SubscriptionSchema } from '../store/store.ts';

/** One channel's digest: per subscribed topic the "what's new since the last digest" card, then an index of the rest. */
export const DigestSchema = z.object({
  subscription: SubscriptionSchema,
  /** The scheduled slot this digest is for (ISO, UTC). */
  slot: z.string(),
  /** Start of "new" (the last successful post, or the subscription's creation): articles stored after it that are also news (published after it, or shortly before). */
  since: z.string().nullable(),
  /** Cards of topics with something new. */
  cards: z.array(BriefingCardSchema),
  /** One line per other subscribed topic (nothing new): id, title. */
  quietTopics: z.array(z.object({ topic: z.string(), title: z.string() })),
  /** True when no topic has anything new. */
  quiet: z.boolean(),
});
export type Digest = z.infer<typeof DigestSchema>;

/** Posts a digest to its channel; throws on failure (the engine retries and records). */
export type DigestPoster = (digest: Digest) => Promise<void>;
