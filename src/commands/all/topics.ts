import { z } from 'zod';
import { defineCommand } from '../command.ts';

export const topics = defineCommand({
  name: 'topics',
  description: 'The briefing topics and how many articles each holds.',
  usage: '/topics',
  options: [],
  schema: z.object({}),
  async handler(ctx) {
    const all = await ctx.store.listTopics();
    if (!all.length) return { type: 'text', title: 'Topics', lines: ['No topics yet: add a file to briefings/.'] };
    const lines: string[] = [];
    for (const t of all) {
      const n = await ctx.store.countArticles(t.id);
      lines.push(`${t.id} — ${t.title} (${n} article${n === 1 ? '' : 's'})`);
    }
    return { type: 'text', title: 'Topics', lines };
  },
});
