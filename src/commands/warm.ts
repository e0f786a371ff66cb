import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { brief } from './all/brief.ts';
import { runCommand } from './run.ts';
import type { Command } from './command.ts';
import { offThread } from '../app/off-thread.ts';
import { keepStories } from '../app/stories.ts';

/**
 * When the bot starts taking requests (in the background, on the worker threads when there are
 * some): read and keep the story of every topic whose kept story is missing or stale (articles
 * stored by a process that keeps none, a briefing file changed, a new briefbot), then build every
 * topic's first card page once, so the first /brief of most topics is answered from the answer cache.
 */
export async function warmCards(store: Store, config: Config, log: Logger, opts: { signal?: AbortSignal } = {}): Promise<number> {
  const started = Date.now();
  let n = 0;
  let read = 0;
  for (const t of await store.listTopics()) {
    if (opts.signal?.aborted) break;
    if (!(await store.countArticles(t.id))) continue;
    const work = offThread(store);
    read += await (work ? work.keepStories([t]) : keepStories(store, [t]));
    const ctx = { store, config, now: () => new Date(), caller: { platform: 'cli' as const, workspace: '', channel: 'warm', user: 'briefbot', canManage: false } };
    const r = await runCommand(ctx, brief as Command, { topic: t.id }, (e) => log.warn(`warming the card of ${t.id} failed`, e));
    if (r.type === 'card') n++;
  }
  log.info(`answer cache: ${read} stor${read === 1 ? 'y' : 'ies'} read, ${n} card(s) built in ${Date.now() - started} ms`);
  return n;
}
