import { z } from 'zod';
import { defineCommand, UserError } from '../command.ts';
import { listSourceLines, parseSourceId, sourceFromInput, sourceLabel, SourceInputError } from '../../sources/manage.ts';
import { formatEvery } from '../../sources/source.ts';

/** `/sources`, `/sources add <url> [every:15m]`, `/sources remove <id>`: admins only. */
export const sources = defineCommand({
  name: 'sources',
  description: 'Feeds and pages briefbot keeps reading: list, add or remove (admins only).',
  usage: '/sources [list | add <feed or page URL> [every:15m] | remove <id>]',
  manage: true,
  options: [
    { name: 'action', description: 'list, add or remove', type: 'string', positional: true },
    { name: 'target', description: 'Feed or page URL (add), or source id (remove)', type: 'string', positional: true },
    { name: 'every', description: 'How often to poll, e.g. 15m, 1h (add)', type: 'string', positional: true },
  ],
  schema: z.object({
    action: z.enum(['list', 'add', 'remove'], { error: 'Use /sources list, /sources add <url> or /sources remove <id>.' }).default('list'),
    target: z.string().trim().min(1).max(2000).optional(),
    every: z.string().trim().max(20).optional(),
  }),
  async handler(ctx, args) {
    try {
      if (args.action === 'list') {
        if (args.target || args.every) throw new UserError('/sources list takes nothing more.');
        const lines = await listSourceLines(ctx.store, ctx.now());
        return { type: 'text', title: 'Sources', lines: lines.length ? lines : ['No sources yet. Add one: /sources add https://example.com/feed.xml'] };
      }
      if (!args.target) throw new UserError(args.action === 'add' ? 'Add what? /sources add <feed or page URL> [every:15m]' : 'Remove which? /sources remove <id> (see /sources)');
      if (args.action === 'add') {
        const input = await sourceFromInput(args.target, args.every, { allowFolders: ctx.caller.platform === 'cli' });
        const { source, created } = await ctx.store.addSource(input);
        return {
          type: 'text',
          title: created ? 'Source added' : 'Source updated',
          lines: [`#${source.id} ${sourceLabel(source)} ${source.location}, polled every ${formatEvery(source.everySeconds)}${created ? '; first fetch within a minute.' : '.'}`],
        };
      }
      if (args.every) throw new UserError('/sources remove takes only the source id.');
      const id = parseSourceId(args.target);
      const existing = await ctx.store.getSource(id);
      if (!existing || !(await ctx.store.removeSource(id))) return { type: 'error', message: `There is no source #${id}. See /sources.` };
      return { type: 'text', title: 'Source removed', lines: [`#${id} ${existing.location} is no longer polled; its articles stay in the store.`] };
    } catch (e) {
      if (e instanceof SourceInputError) throw new UserError(e.message);
      throw e;
    }
  },
});
