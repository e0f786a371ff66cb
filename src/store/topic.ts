import { z } from 'zod';

/** A briefing topic, as declared by a file in briefings/. */
export const TopicSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'topic id: lowercase letters, digits and dashes'),
  title: z.string().min(1),
  match: z.object({
    /** Terms (case-insensitive, whole words); an article matches when it names at least `minTerms` of them. */
    terms: z.array(z.string().min(1)).default([]),
    /** People whose mention puts an article in the topic. */
    people: z.array(z.string().min(1)).default([]),
    minTerms: z.number().int().positive().default(2),
  }),
  digest: z
    .object({
      /** Default digests declared by the file: channels that always get this topic. */
      channels: z
        .array(
          z.object({
            platform: z.enum(['slack', 'discord', 'console']),
            workspace: z.string().default(''),
            channel: z.string().min(1),
            time: z.string().regex(/^\d{2}:\d{2}$/).default('07:30'),
            timezone: z.string().optional(),
          }),
        )
        .default([]),
    })
    .default({ channels: [] }),
});
export type Topic = z.infer<typeof TopicSchema>;
