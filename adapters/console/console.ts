import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import type { Store } from '../../src/store/store.ts';
import { runChatLine, type CommandContext } from '../../src/commands/index.ts';
import { replyToText } from '../../src/commands/reply-text.ts';
import { DigestEngine, renderDigestText } from '../../src/schedule/index.ts';
import { runRequest } from '../../src/request.ts';

export interface ConsoleOptions {
  store: Store;
  config: Config;
  log: Logger;
  input?: Readable;
  output?: Writable;
  /** Show a prompt (when stdin is a terminal). */
  interactive?: boolean;
  /** Print the digests of console subscriptions (/subscribe here) when they fall due (default true). */
  digests?: boolean;
  /** Clock for the digest engine (tests). */
  clock?: () => Date;
}

/**
 * The console adapter: reads chat-style commands (`/brief ukraine-talks`) line by line, from a
 * prompt or piped stdin, and prints each answer as text. Resolves when input ends.
 */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.interactive ?? Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const ctx: CommandContext = {
    store: opts.store,
    config: opts.config,
    now: () => new Date(),
    caller: { platform: 'console', workspace: 'local', channel: 'console', user: 'local', canManage: true },
  };
  // Digests of console subscriptions are printed, between prompts, when they fall due.
  const digests =
    opts.digests === false
      ? null
      : new DigestEngine({
          store: opts.store,
          log: opts.log,
          clock: opts.clock,
          maxLateHours: opts.config.DIGEST_MAX_LATE_HOURS,
          posters: {
            console: async (digest) => {
              output.write('\n' + renderDigestText(digest) + '\n');
              if (interactive) rl.prompt(true);
            },
          },
        }).start();
  if (interactive) {
    output.write('briefbot console — try /brief ukraine-talks, /who-said Peskov, /topics, /help; Ctrl-D to quit.\n');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) {
      if (['/quit', '/exit', 'quit', 'exit'].includes(line.trim())) break;
      await runRequest(
        'console',
        async () => {
          const reply = await runChatLine(ctx, line, (e, where) => opts.log.error(`${where} failed`, e));
          output.write(replyToText(reply) + '\n\n');
        },
        { log: opts.log },
      );
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  await digests?.stop();
}
