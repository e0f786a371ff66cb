import { z } from 'zod';
import { ask } from '../../briefing/ask.ts';
import { defineCommand } from '../command.ts';
import { AnswerCache } from '../answer-cache.ts';
import type { WhoSaidResult } from '../../briefing/who-said.ts';
import { resolveTopic } from '../resolve-topic.ts';
import { parseSince } from '../parse-since.ts';
import { offThread } from '../../app/off-thread.ts';

/** Answers while nothing new is stored (at most an hour old). */
const answers = new AnswerCache<WhoSaidResult>(1000, 3600_000, 'who-said');

export const whoSaid = defineCommand({
  name: 'who-said',
  description: 'Exact quotes by a person, or of a "phrase", with speaker, role, date and source.',
  usage: '/who-said <person | "exact phrase" | question> [topic:T] [since:DATE]',
  options: [
    { name: 'query', description: 'A person, a "quoted phrase", or a question', type: 'string', required: true, rest: true },
    { name: 'topic', description: 'Only this topic', type: 'string', autocomplete: 'topic' },
    { name: 'since', description: 'Only since (2025-04-22, yesterday, 24h)', type: 'string' },
  ],
  schema: z.object({
    query: z.string({ error: 'Who or what? Try /who-said Peskov or /who-said "fakes".' }).trim().min(1, 'Who or what? Try /who-said Peskov or /who-said "fakes".').max(300, 'That question is too long (300 characters at most).'),
    topic: z.string().max(200).optional(),
    since: z.string().max(60).optional(),
  }),
  async handler(ctx, args) {
    const topic = args.topic ? (await resolveTopic(ctx.store, args.topic)).id : undefined;
    const since = args.since ? parseSince(args.since, ctx.now()) : undefined;
    const key = JSON.stringify([args.query, topic ?? null, since ?? null]);
    const work = offThread(ctx.store);
    const result = await answers.get(ctx.store, key, ctx.now().getTime(), () => (work ? work.ask({ query: args.query, topic, since }) : ask(ctx.store, args.query, { topic, since })));
    return { type: 'quotes', result };
  },
});
