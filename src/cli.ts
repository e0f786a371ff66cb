/**
 * The `briefbot` command. Platform adapters are handed in by the composition root
 * (adapters/main.ts), so nothing in src/ imports from adapters/.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { createLogger, type Logger } from './log.ts';
import { existsSync } from 'node:fs';
import { syncTopics } from './app/boot.ts';
import { BriefingFileError, loadBriefingFilesStrict } from './app/briefing-files.ts';
import type { Topic } from './briefing/topic.ts';
import { ingestPaths } from './app/ingest.ts';
import { ingestInThread } from './app/work/ingest-in-thread.ts';
import { workerStoreConfig } from './app/work/worker-store.ts';
import { openStore } from './app/open-store.ts';
import { exportStore, importStore } from './app/transfer.ts';
import { readArticleFile } from './articles/index.ts';
import { extractFacts } from './facts/index.ts';
import { toFileOffsets } from './app/extract-output.ts';
import { runCommand, findCommand, type CommandContext, type Reply } from './commands/index.ts';
import { replyToText } from './commands/reply-text.ts';
import { runDigestCli, DIGEST_HELP, DIGEST_SUMMARY, type DigestCliDeps } from './schedule/cli.ts';
import { runSourcesCli, SOURCES_HELP, SOURCES_SUMMARY } from './sources/cli.ts';
import { renderJson, renderMarkdown } from './briefing/render/index.ts';
import type { BriefingCard } from './briefing/card.ts';

export interface CliHooks {
  /** Start the bot: the adapters whose settings are present, else the console. */
  serve?: (config: Config, log: Logger) => Promise<number>;
  /** Extra subcommands provided by the composition root (e.g. `discord register`). */
  extra?: Record<string, { summary: string; run: (argv: string[], config: Config, log: Logger) => Promise<number> }>;
  /** Start platform adapters to post one digest (`digest --now`); without it the digest is printed. */
  digestPosters?: DigestCliDeps['posters'];
  /** Platform renderings of a card for `brief --format NAME` (slack, discord): the adapters' own renderers. */
  cardFormats?: Record<string, (card: BriefingCard) => string>;
}

const HELP: Record<string, string> = {
  main: `briefbot — news briefing cards, exact quotes and morning digests for Slack and Discord.

Usage: briefbot <command> [options]

Commands:
  serve                       Run the bot (default): Slack/Discord/web pages when their settings are set, else the console
  ingest <files|dirs...>      Read articles (.txt, .md, .html, RSS/Atom) and store their facts
  topics                      List the briefing topics
  brief <topic>               Print a briefing card
  who-said <query...>         Exact quotes by a person or of a "phrase"
  extract <file>              Print the facts extracted from one article (JSON)
  migrate                     Apply pending store migrations and print the schema version
  export [--out FILE]         Write the whole store as JSON lines (stdout by default)
  import <file>               Read an export into the store (SQLite, or PostgreSQL with DATABASE_URL)
  digest --channel ID [--now] ${DIGEST_SUMMARY}
  sources <add|list|remove>   ${SOURCES_SUMMARY}
{extra}
Global options:
  --db PATH                   SQLite file (default ./data/briefbot.db, or BRIEFBOT_DB)
  -h, --help                  Help for a command: briefbot <command> --help

Settings come from the environment; see .env.example.`,
  serve: `Usage: briefbot serve

Runs the bot. Slack runs when SLACK_BOT_TOKEN is set (Socket Mode with SLACK_APP_TOKEN, else HTTP
with SLACK_SIGNING_SECRET on PORT); Discord runs with DISCORD_TOKEN (gateway) or with
DISCORD_PUBLIC_KEY + DISCORD_APPLICATION_ID (HTTP interactions on PORT). With WEB_SECRET or
WEB_PUBLIC=true, card and article pages are served on PORT too (GET /cards/<topic>,
GET /articles/<id>); with PUBLIC_URL, chat cards link to them. With none set it runs the
console: type /brief ukraine-talks, /who-said Peskov, /topics, /help (or pipe them on stdin).
The shipped seeds/ are ingested on start (a no-op once stored).
METRICS=true serves Prometheus metrics at GET /metrics (on PORT, or METRICS_PORT);
LOG_FORMAT=json writes one JSON object a log line.`,
  ingest: `Usage: briefbot ingest <files|dirs...> [--db PATH]

Reads .txt, .md (YAML front matter), .html pages and RSS/Atom feed files, extracts their facts,
assigns topics and stores them, a few files at a time. Re-ingesting an article changes nothing;
a re-run after an interruption skips what is stored. A bad file is reported by name and the rest
still go in; the exit code is 1 if any file failed. Memory stays bounded whatever the number of
files: the work runs on a thread whose JavaScript heap is capped at INGEST_HEAP_MB (default 384).`,
  topics: `Usage: briefbot topics [--db PATH]

Lists the briefing topics (from briefings/) and how many articles each holds. Writes nothing;
an invalid briefing file is refused with its name and line.`,
  brief: `Usage: briefbot brief <topic> [--since DATE|24h] [--page N] [--format text|json|markdown|slack|discord]

Prints the briefing card for a topic. --since keeps only news published after that time (an old
article stored recently is not news). A card has at most 5 pages; a page past the last shows the last.
Reads the store as it is and writes nothing (run briefbot ingest first).`,
  'who-said': `Usage: briefbot who-said <person | "exact phrase" | words> [--topic T] [--since DATE] [--format text|json]

Prints the matching quotes word for word, with speaker, role, date and source.`,
  extract: `Usage: briefbot extract <file> [--format json]

Prints one JSON object with arrays people, quotes, claims, events, positions (and sentences).
Quote start/end are character offsets into the file exactly as read from disk.`,
};

HELP.migrate = `Usage: briefbot migrate [--db PATH]

Applies pending versioned migrations to the store (PostgreSQL when DATABASE_URL is set, else the
SQLite file) and prints the schema version. Safe to run while other processes start.`;
HELP.export = `Usage: briefbot export [--out FILE] [--db PATH]

Writes topics, articles with their facts and storage times, and subscriptions as JSON lines.`;
HELP.import = `Usage: briefbot import <file> [--db PATH]

Reads an export (JSON lines) into the store. Articles already stored are left as they are, so
importing twice changes nothing. To move from SQLite to PostgreSQL:
  briefbot export --out store.jsonl && DATABASE_URL=postgres://... briefbot import store.jsonl`;

HELP.sources = SOURCES_HELP;

HELP.digest = DIGEST_HELP;

const globalOptions = {
  out: { type: 'string' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  since: { type: 'string' },
  page: { type: 'string' },
  topic: { type: 'string' },
} satisfies ParseArgsConfig['options'];

function out(s: string) {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
}

function renderReply(reply: Reply, format: string, cardFormats: CliHooks['cardFormats'] = {}): string {
  if (reply.type === 'card') {
    if (format === 'json') return renderJson(reply.card);
    if (format === 'markdown') return renderMarkdown(reply.card);
    const platform = Object.hasOwn(cardFormats, format) ? cardFormats[format] : undefined;
    if (platform) return platform(reply.card);
  }
  if (format === 'json') return JSON.stringify(reply.type === 'quotes' ? reply.result : reply, null, 2);
  return replyToText(reply);
}

export async function runCli(argv: string[], hooks: CliHooks = {}): Promise<number> {
  const [sub = 'serve', ...rest] = argv[0]?.startsWith('-') && !['-h', '--help'].includes(argv[0]) ? ['serve', ...argv] : argv;
  if (sub === '-h' || sub === '--help' || sub === 'help') {
    const extra = Object.entries(hooks.extra ?? {}).map(([k, v]) => `  ${k.padEnd(28)}${v.summary}`).join('\n');
    out(HELP.main.replace('{extra}', extra));
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(e.message + '\n');
      return 2;
    }
    throw e;
  }
  const log = createLogger(config);
  if (hooks.extra?.[sub]) return hooks.extra[sub].run(rest, config, log);
  if (sub === 'sources') return runSourcesCli(rest, config, log);
  if (sub === 'digest') return runDigestCli(rest, config, log, { posters: hooks.digestPosters });
  if (!HELP[sub]) {
    process.stderr.write(`Unknown command "${sub}". Run briefbot --help.\n`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof globalOptions; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: rest, options: globalOptions, allowPositionals: true });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${HELP[sub]}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(HELP[sub]);
    return 0;
  }
  if (values.db) config = { ...config, BRIEFBOT_DB: values.db, DATABASE_URL: undefined };
  const format = values.format ?? 'text';

  if (sub === 'serve') {
    if (!hooks.serve) throw new Error('serve is not wired');
    return hooks.serve(config, log);
  }
  if (sub === 'extract') {
    if (positionals.length !== 1) {
      process.stderr.write(HELP.extract + '\n');
      return 2;
    }
    try {
      const articles = await readArticleFile(positionals[0]);
      const results = articles.map((a) => toFileOffsets(extractFacts(a), a));
      out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
      return 0;
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 1;
    }
  }
  if (sub === 'migrate' || sub === 'export' || sub === 'import') {
    if (sub === 'import' && positionals.length !== 1) {
      process.stderr.write(HELP.import + '\n');
      return 2;
    }
    const store = await openStore(config);
    try {
      if (sub === 'migrate') {
        out(`${store.engine} store at schema version ${await store.schemaVersion()}`);
      } else if (sub === 'export') {
        const { createWriteStream } = await import('node:fs');
        const dest = values.out ? createWriteStream(values.out) : process.stdout;
        const r = await exportStore(store, (l) => new Promise<void>((res) => (dest.write(l + '\n') ? res() : dest.once('drain', res))));
        if (values.out) await new Promise((res) => (dest as import('node:fs').WriteStream).end(res));
        process.stderr.write(`exported ${r.articles} article(s)\n`);
      } else {
        const r = await importStore(store, positionals[0]);
        for (const e of r.errors) process.stderr.write(`skipped ${e}\n`);
        out(`imported ${r.articles} new article(s), ${r.topics} topic(s), ${r.subscriptions} subscription(s) into ${store.engine}`);
        return r.errors.length ? 1 : 0;
      }
      return 0;
    } catch (e) {
      process.stderr.write(`${sub} failed: ${(e as Error).message}\n`);
      return 1;
    } finally {
      await store.close();
    }
  }
  if (sub === 'ingest') {
    if (!positionals.length) {
      process.stderr.write(HELP.ingest + '\n');
      return 2;
    }
    loadBriefingFilesStrict(config.BRIEFINGS_DIR); // an invalid briefing file: refused before the store is touched
    const store = await openStore(config);
    try {
      const topics = await syncTopics(store, config.BRIEFINGS_DIR, log);
      const bar = process.stderr.isTTY ? (d: number, t: number) => t >= 10 && process.stderr.write(`\r[${'#'.repeat(Math.round((d / t) * 30)).padEnd(30)}] ${d}/${t}`) : undefined;
      // On a thread of its own with a capped heap (memory bounded whatever the number of files),
      // unless the store is one the thread cannot open (in memory).
      const onThread = workerStoreConfig(store);
      const r = onThread ? await ingestInThread(onThread, positionals, topics, bar, { heapMb: config.INGEST_HEAP_MB }) : await ingestPaths(store, positionals, topics, bar);
      if (bar) process.stderr.write('\n');
      for (const e of r.errors) process.stderr.write(`skipped ${e.file}: ${e.message}\n`);
      out(`read ${r.read} article(s): ${r.inserted} new, ${r.unchanged} already stored, ${r.errors.length} error(s)`);
      return r.errors.length ? 1 : 0;
    } finally {
      await store.close();
    }
  }

  // Read-only commands write nothing: no seeds ingested, no topics synced, no store created.
  let fileTopics: Topic[];
  try {
    fileTopics = loadBriefingFilesStrict(config.BRIEFINGS_DIR, (m) => log.warn(m));
  } catch (e) {
    if (!(e instanceof BriefingFileError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
  const stored = Boolean(config.DATABASE_URL) || existsSync(config.BRIEFBOT_DB);
  if (!stored && sub !== 'topics') {
    process.stderr.write(`Nothing is stored yet (${config.BRIEFBOT_DB} does not exist): run \`briefbot ingest ${config.SEEDS_DIR}\` or start the bot first.\n`);
    return 1;
  }
  const store = stored ? await openStore(config) : null;
  if (!store) {
    out(replyToText({ type: 'text', title: 'Topics', lines: [...fileTopics.map((t) => `${t.id} — ${t.title} (0 articles)`), `Nothing is stored yet: ${config.BRIEFBOT_DB} does not exist.`] }));
    return 0;
  }
  try {
    if (sub === 'topics') {
      // From the briefing files, as they are now; counts from the store.
      const lines: string[] = [];
      for (const t of fileTopics) {
        const n = await store.countArticles(t.id);
        lines.push(`${t.id} — ${t.title} (${n} article${n === 1 ? '' : 's'})`);
      }
      if (!fileTopics.length) lines.push(`No topics yet: add a file to ${config.BRIEFINGS_DIR}.`);
      const norm = (ts: Topic[]) => JSON.stringify([...ts].sort((a, b) => (a.id < b.id ? -1 : 1)));
      if (norm(await store.listTopics()) !== norm(fileTopics)) lines.push('(The briefing files changed since the store last applied them: the next ingest or start applies them.)');
      out(format === 'json' ? JSON.stringify({ type: 'text', title: 'Topics', lines }, null, 2) : replyToText({ type: 'text', title: 'Topics', lines }));
      return 0;
    }
    const ctx: CommandContext = { store, config, now: () => new Date(), caller: { platform: 'cli', workspace: '', channel: 'cli', user: 'local', canManage: true } };
    const name = sub;
    const cmd = findCommand(name)!;
    const args: Record<string, unknown> = {};
    if (name === 'brief') Object.assign(args, { topic: positionals[0], since: values.since, page: values.page });
    if (name === 'who-said') Object.assign(args, { query: positionals.join(' ') || undefined, topic: values.topic, since: values.since });
    if (name === 'brief' && positionals.length > 1) args._extra = positionals.slice(1).join(' ');
    for (const k of Object.keys(args)) if (args[k] === undefined) delete args[k];
    const reply = await runCommand(ctx, cmd, args, (e) => log.error(`${name} failed`, e));
    if (reply.type === 'error') {
      process.stderr.write(`Error: ${reply.message}\n`);
      return 1;
    }
    out(renderReply(reply, format, hooks.cardFormats));
    return 0;
  } finally {
    await store.close();
  }
}
