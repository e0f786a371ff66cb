import { z } from 'zod';
import { cardFromStory } from '../../briefing/build/build-card.ts';
import { defineCommand } from '../command.ts';
import { AnswerCache } from '../answer-cache.ts';
import type { BriefingCard } from '../../briefing/card.ts';
import { resolveTopic } from '../resolve-topic.ts';
import { parseSince } from '../parse-since.ts';
import { cardLinks } from '../../web/links.ts';
import { offThread } from '../../app/off-thread.ts';
import { readStory } from '../../app/stories.ts';

/** Cards while nothing new is stored on their topic (for the day). */
const cards = new AnswerCache<BriefingCard>(1000, 24 * 3600_000, 'cards');

export const brief = defineCommand({
  name: 'brief',
  description: 'A briefing card for a topic: what happened, who said what, disputes, what comes next.',
  usage: '/brief <topic> [since:DATE|24h] [page:N]',
  options: [
    { name: 'topic', description: 'Briefing topic', type: 'string', required: true, autocomplete: 'topic', positional: true },
    { name: 'since', description: 'Only what is new since (2025-04-22, yesterday, 24h)', type: 'string', positional: true },
    { name: 'page', description: 'Page of a long card', type: 'integer' },
  ],
  schema: z.object({
    topic: z.string({ error: 'Which topic? Try /topics to see them.' }).trim().min(1, 'Which topic? Try /topics to see them.').max(200, 'That topic name is too long.'),
    since: z.string().max(60).optional(),
    page: z.coerce.number({ error: 'page must be a number' }).int('page must be a whole number').min(1, 'page starts at 1').optional(),
  }),
  async handler(ctx, args) {
    const topic = await resolveTopic(ctx.store, args.topic);
    const now = ctx.now();
    const since = args.since ? parseSince(args.since, now) : null;
    // A card depends on the clock only through the day (what's next drops past events): it is
    // remembered for the day while the topic's articles do not change, and stamped with this moment.
    const key = JSON.stringify([topic, since, Math.min(args.page ?? 1, 1000), now.toISOString().slice(0, 10)]);
    const card = await cards.get(
      ctx.store,
      key,
      now.getTime(),
      async () => {
        // Off the main thread when the store has worker threads: a large article never stalls other requests.
        const work = offThread(ctx.store);
        if (work) return work.card({ topic, since, page: args.page, now: now.toISOString() });
        // The topic's story as kept at ingest (else read now, a chunk at a time, other requests
        // answered in between); `since` is about news (when it was published), not when it was stored.
        return cardFromStory(await readStory(ctx.store, topic), { now: now.toISOString(), since, page: args.page });
      },
      { topic: topic.id },
    );
    const stamped = { ...card, asOf: now.toISOString() };
    const links = cardLinks(ctx.config, stamped, now);
    return links ? { type: 'card', card: stamped, links } : { type: 'card', card: stamped };
  },
});
