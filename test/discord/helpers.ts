/**
 * Discord test helpers that are not the platform (the platform's stand-in and the requests it
 * sends are in test/helpers/fake-platforms.ts): a logger that keeps its lines, a config, and a
 * real SQLite store holding fixtures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store, StoredArticle } from '../../src/store/store.ts';
import { openStore } from '../../src/app/open-store.ts';
import type { Topic } from '../../src/briefing/topic.ts';
import { ConfigSchema, type Config } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';

/** A quiet logger that keeps what it was told. */
export function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (lvl: string) => (m: string, extra?: unknown) => void lines.push(`${lvl} ${m}${extra instanceof Error ? ' ' + extra.message : extra ? ' ' + JSON.stringify(extra) : ''}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function testConfig(over: Record<string, string> = {}): Config {
  return ConfigSchema.parse({ LOG_LEVEL: 'silent', PORT: '0', ...over });
}

/**
 * A real SQLite store in a temp folder holding the given articles and topics, wrapped so that
 * `touched` counts every call (a test can prove nothing ran).
 */
export async function fixtureStore(articles: StoredArticle[], topics: Topic[]): Promise<Store & { touched: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const store = await openStore({ BRIEFBOT_DB: join(dir, 'test.db'), DATABASE_URL: undefined });
  await store.upsertTopics(topics);
  for (const a of articles) await store.putArticle(a.article, a.facts, a.topics, { storedAt: a.storedAt });
  const counter = { touched: 0, dir };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'touched') return counter.touched;
      if (prop === 'dir') return dir;
      const v = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        counter.touched++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store & { touched: number; dir: string };
}
