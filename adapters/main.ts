/** Entry point behind bin/briefbot.js: the CLI, with the adapters wired in. */
import { runCli } from '../src/cli.ts';
import { serve } from './launch.ts';

const code = await runCli(process.argv.slice(2), { serve });
process.exitCode = code;
