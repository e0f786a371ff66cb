/** A fake clock, a store on a temporary SQLite file, topics and articles with chosen storage times. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TopicSchema, type Topic } from '../../src/briefing/topic.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store, SubscriptionInput, Subscription } from '../../src/store/store.ts';
import type { Digest } from '../../src/schedule/digest.ts';
import { DigestEngine, type DigestEngineOptions } from '../../src/schedule/engine.ts';
import type { Logger } from '../../src/log.ts';
import { sampleArticle } from '../helpers/facts-fixture.ts';

export class FakeClock {
  t: number;
  constructor(iso: string) {
    this.t = Date.parse(iso);
  }
  now = () => new Date(this.t);
  set(iso: string) {
    this.t = Date.parse(iso);
  }
  advance(ms: number) {
    this.t += ms;
  }
  get iso() {
    return new Date(this.t).toISOString();
  }
}

export const topics: Topic[] = [
  TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on Ukraine', match: { terms: ['Ukraine'] } }),
  TopicSchema.parse({ id: 'budget', title: 'The budget', match: { terms: ['budget'] } }),
  TopicSchema.parse({ id: 'elections', title: 'Elections', match: { terms: ['election'] } }),
];

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-sched-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openStore(file: string, clock: FakeClock): Promise<Store> {
  const s = new SqliteStore(file, { clock: clock.now });
  await s.migrate();
  await s.upsertTopics(topics);
  return s;
}

let n = 0;
/** Store one article on `topic`, first stored at `storedAt`. Returns its quote words. */
export async function addArticle(store: Store, topic: string, storedAt: string): Promise<string> {
  n++;
  const words = `We will keep talking about item ${n} of ${topic}`;
  const { article, facts } = sampleArticle(n, { words, published: storedAt.slice(0, 10) });
  await store.putArticle(article, facts, [topic], { storedAt });
  return words;
}

export async function subscribe(store: Store, clock: FakeClock, at: string, input: Partial<SubscriptionInput> = {}): Promise<Subscription> {
  const keep = clock.t;
  clock.set(at);
  const sub = await store.addSubscription({ platform: 'slack', workspace: 'T1', channel: 'C1', topics: ['ukraine-talks'], time: '07:30', timezone: 'UTC', ...input });
  clock.t = keep;
  return sub;
}

export interface Posted {
  at: string;
  digest: Digest;
}

export function recorder(clock: FakeClock) {
  const posts: Posted[] = [];
  let failNext = 0;
  const poster = async (digest: Digest) => {
    if (failNext > 0) {
      failNext--;
      throw new Error('HTTP 503 from the platform');
    }
    posts.push({ at: clock.iso, digest });
  };
  return {
    posts,
    poster,
    failTimes(k: number) {
      failNext = k;
    },
    slots: () => posts.map((p) => p.digest.slot),
  };
}

export function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (l: string) => (m: string, e?: unknown) => lines.push(`${l} ${m}${e instanceof Error ? ` ${e.message}` : ''}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function engine(store: Store, clock: FakeClock, poster: (d: Digest) => Promise<void>, opts: Partial<DigestEngineOptions> = {}): DigestEngine {
  return new DigestEngine({ store, posters: { slack: poster }, clock: clock.now, maxLateHours: 6, ...opts });
}

/** Tick every `stepMs` from now until `untilIso` (inclusive), like the every-minute timer would. */
export async function runUntil(e: DigestEngine, clock: FakeClock, untilIso: string, stepMs = 60_000): Promise<void> {
  const end = Date.parse(untilIso);
  while (clock.t <= end) {
    await e.tick();
    clock.advance(stepMs);
  }
  clock.t = end;
}
