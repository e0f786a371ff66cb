import { z } from 'zod';
import { defineCommand } from '../command.ts';

export const help = defineCommand({
  name: 'help',
  description: 'What briefbot can do.',
  usage: '/help',
  options: [],
  schema: z.object({}),
  async handler() {
    // Imported lazily: the registry imports this module.
    const { commands } = await import('../registry.ts');
    return { type: 'text', title: 'briefbot commands', lines: commands.map((c) => `${c.usage} — ${c.description}`) };
  },
});
