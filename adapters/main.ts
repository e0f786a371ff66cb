/** Entry point behind bin/briefbot.js: the CLI, with the adapters wired in. */
import { runCli } from '../src/cli.ts';
import { serve } from './launch.ts';
import { digestPosters } from './digest-posters.ts';

const code = await runCli(process.argv.slice(2), {
  serve,
  digestPosters,
  extra: {
    discord: {
      summary: 'discord register [--guild ID]: register the slash commands; discord shards: gateway shards',
      run: async (argv, config, log) => (await import('./discord/cli.ts')).discordCli(argv, config, log),
    },
  },
});
process.exitCode = code;
