/** Entry point behind bin/briefbot.js: the CLI, with the adapters wired in. */
import { runCli } from '../src/cli.ts';
import { redact } from '../src/config.ts';
import { serve } from './launch.ts';
import { digestPosters } from './digest-posters.ts';
import { cardFormats } from './card-formats.ts';

let code: number;
try {
  code = await runCli(process.argv.slice(2), {
    serve,
    digestPosters,
    cardFormats,
    extra: {
      discord: {
        summary: 'discord register [--guild ID]: register the slash commands; discord shards: gateway shards',
        run: async (argv, config, log) => (await import('./discord/cli.ts')).discordCli(argv, config, log),
      },
    },
  });
} catch (e) {
  // A start-up failure (a setting the platform refused, a store that cannot open) is one plain
  // line with secrets removed, not a stack trace.
  process.stderr.write(`briefbot: ${redact((e as Error)?.message ?? String(e), process.env)}\n`);
  code = 1;
}
process.exitCode = code;
