import { z } from 'zod';
import { defineCommand, UserError } from '../command.ts';
import { resolveTopic } from '../resolve-topic.ts';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const subscribe = defineCommand({
  name: 'subscribe',
  description: "Send this channel a topic's morning digest (channel managers only).",
  usage: '/subscribe <topic> [HH:MM] [time zone] [quiet:post|skip]',
  manage: true,
  options: [
    { name: 'topic', description: 'Briefing topic', type: 'string', required: true, autocomplete: 'topic', positional: true },
    { name: 'time', description: 'Local time HH:MM (default 07:30)', type: 'string', positional: true },
    { name: 'timezone', description: 'IANA time zone, e.g. Europe/London', type: 'string', positional: true },
    { name: 'quiet', description: 'On a day with nothing new: post a line, or skip', type: 'string' },
  ],
  schema: z.object({
    topic: z.string({ error: 'Which topic? Try /topics to see them.' }).trim().min(1).max(200),
    time: z
      .string()
      .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'Time must be HH:MM on a 24-hour clock, e.g. 07:30.')
      .optional(),
    timezone: z.string().max(64).refine(isTimeZone, 'That is not a time zone I know: use an IANA name such as Europe/London.').optional(),
    quiet: z.enum(['post', 'skip'], { error: 'quiet must be "post" or "skip".' }).optional(),
  }),
  async handler(ctx, args) {
    const topic = await resolveTopic(ctx.store, args.topic);
    const existing = (await ctx.store.listSubscriptions({ platform: ctx.caller.platform, workspace: ctx.caller.workspace, channel: ctx.caller.channel }))[0];
    if (ctx.caller.platform === 'cli') throw new UserError('Subscriptions belong to a chat channel: use /subscribe in Slack, Discord or the console.');
    const sub = await ctx.store.addSubscription({
      platform: ctx.caller.platform,
      workspace: ctx.caller.workspace,
      channel: ctx.caller.channel,
      topics: [topic.id],
      time: args.time ? args.time.padStart(5, '0') : (existing?.time ?? '07:30'),
      timezone: args.timezone ?? existing?.timezone ?? ctx.config.DEFAULT_TIMEZONE,
      quietDay: args.quiet ?? existing?.quietDay ?? 'post',
    });
    return {
      type: 'text',
      title: 'Subscribed',
      lines: [`This channel gets the digest of ${sub.topics.join(', ')} at ${sub.time} (${sub.timezone}).`],
    };
  },
});

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: "Stop a topic's digest in this channel (channel managers only).",
  usage: '/unsubscribe <topic>',
  manage: true,
  options: [{ name: 'topic', description: 'Briefing topic', type: 'string', required: true, autocomplete: 'topic', positional: true }],
  schema: z.object({ topic: z.string({ error: 'Which topic?' }).trim().min(1, 'Which topic?').max(200) }),
  async handler(ctx, args) {
    const topic = await resolveTopic(ctx.store, args.topic);
    const removed = await ctx.store.removeSubscription(ctx.caller.platform, ctx.caller.workspace, ctx.caller.channel, topic.id);
    return removed
      ? { type: 'text', title: 'Unsubscribed', lines: [`This channel no longer gets the digest of ${topic.id}.`] }
      : { type: 'error', message: `This channel was not subscribed to ${topic.id}.` };
  },
});

export const subscriptions = defineCommand({
  name: 'subscriptions',
  description: "This channel's digests: topics, time and time zone.",
  usage: '/subscriptions',
  options: [],
  schema: z.object({}),
  async handler(ctx) {
    const subs = await ctx.store.listSubscriptions({ platform: ctx.caller.platform, workspace: ctx.caller.workspace, channel: ctx.caller.channel });
    if (!subs.length) return { type: 'text', title: 'Subscriptions', lines: ['This channel has no digests. Try /subscribe <topic>.'] };
    return {
      type: 'text',
      title: 'Subscriptions',
      lines: subs.map((s) => `${s.topics.join(', ')} at ${s.time} (${s.timezone}); on a quiet day: ${s.quietDay === 'post' ? 'post a line' : 'skip'}`),
    };
  },
});
