/** `briefbot sources ...`: kept here so src/cli.ts only dispatches to it. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openStore } from '../app/open-store.ts';
import { syncTopics } from '../app/boot.ts';
import { formatEvery } from './source.ts';
import { listSourceLines, parseSourceId, sourceFromInput, sourceLabel, SourceInputError } from './manage.ts';
import { pollerFromConfig } from './from-config.ts';

export const SOURCES_SUMMARY = 'Feeds, pages and folders kept fresh: add, list, remove, poll';

export const SOURCES_HELP = `Usage: briefbot sources <add|list|remove|poll> [options]

  sources add <url|dir> [--every 15m]   Keep reading an RSS/Atom feed, a web page or a folder of
                                        article files (polled every 15m for URLs, 1m for folders)
  sources list                          Each source: id, kind, interval, last fetch, articles
                                        taken, last error
  sources remove <id>                   Stop polling a source (its articles stay stored)
  sources poll [id...]                  Poll now (all sources, or these), and print what came in

The bot (briefbot serve) polls due sources on its own. Feeds are fetched with ETag /
If-Modified-Since and retried with backoff after errors. Fetches are bounded (SOURCES_MAX_BYTES,
SOURCES_TIMEOUT_SECONDS, SOURCES_MAX_REDIRECTS) and private addresses are refused unless
SOURCES_ALLOW_PRIVATE=true. Options: --every 15m|1h|1d, --db PATH.`;

export async function runSourcesCli(argv: string[], config: Config, log: Logger): Promise<number> {
  const out = (s: string) => process.stdout.write(s + '\n');
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { every: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${SOURCES_HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action = 'list', ...args] = positionals;
  if (values.help || action === 'help') {
    out(SOURCES_HELP);
    return 0;
  }
  const usage = (msg: string) => {
    process.stderr.write(`${msg}\n${SOURCES_HELP}\n`);
    return 2;
  };
  if (!['add', 'list', 'remove', 'poll'].includes(action)) return usage(`Unknown sources action "${action}".`);
  if (action === 'add' && args.length !== 1) return usage('sources add takes one URL or folder.');
  if (action === 'remove' && args.length !== 1) return usage('sources remove takes one source id.');
  if (action === 'list' && args.length) return usage('sources list takes no arguments.');
  if (values.every !== undefined && action !== 'add') return usage('--every goes with sources add.');
  if (values.db) config = { ...config, BRIEFBOT_DB: values.db, DATABASE_URL: undefined };

  // Read-only: listing the sources of a store that does not exist yet creates nothing.
  if (action === 'list' && !config.DATABASE_URL && !existsSync(config.BRIEFBOT_DB)) {
    out(`No sources yet (${config.BRIEFBOT_DB} does not exist). Add one: briefbot sources add <url|dir>`);
    return 0;
  }
  const store = await openStore(config);
  try {
    if (action === 'add') {
      const input = await sourceFromInput(args[0], values.every, { allowFolders: true });
      const { source, created } = await store.addSource(input);
      out(`${created ? 'added' : 'updated'} #${source.id} ${sourceLabel(source)} ${source.location}, polled every ${formatEvery(source.everySeconds)}`);
      return 0;
    }
    if (action === 'list') {
      const lines = await listSourceLines(store, new Date());
      out(lines.length ? lines.join('\n') : 'No sources yet. Add one: briefbot sources add <url|dir>');
      return 0;
    }
    if (action === 'remove') {
      const id = parseSourceId(args[0]);
      if (!(await store.removeSource(id))) {
        process.stderr.write(`There is no source #${id}.\n`);
        return 1;
      }
      out(`removed #${id}; its articles stay in the store`);
      return 0;
    }
    // poll
    const ids = args.map(parseSourceId);
    const all = await store.listSources();
    const chosen = ids.length ? all.filter((s) => ids.includes(s.id)) : all;
    const missing = ids.filter((id) => !all.some((s) => s.id === id));
    if (missing.length) throw new SourceInputError(`There is no source ${missing.map((i) => `#${i}`).join(', ')}.`);
    const topics = await syncTopics(store, config.BRIEFINGS_DIR, log);
    const reports = await pollerFromConfig(store, config, log, { topics: async () => topics }).pollMany(chosen);
    for (const r of reports) {
      const what = r.ok
        ? `${r.unchanged ? 'unchanged' : `${r.inserted} new, ${r.known} already stored`}${r.itemErrors.length ? `, ${r.itemErrors.length} item(s) skipped: ${r.itemErrors[0]}` : ''}`
        : `failed: ${r.error}`;
      out(`#${r.source.id} ${r.source.location}: ${what}`);
    }
    return reports.every((r) => r.ok) ? 0 : 1;
  } catch (e) {
    if (e instanceof SourceInputError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(`sources ${action} failed: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
