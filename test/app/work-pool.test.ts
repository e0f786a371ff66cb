/**
 * The worker pool keeps a thread for requests: work no one waits on in chat (reading and storing
 * articles, keeping stories) runs on all threads but one, so a card or a who-said answer never
 * queues behind two large articles being read at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkPool } from '../../src/app/work/pool.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';

const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-pool-'));
let pool: WorkPool;

/** ~2 MB of article text: the seed's body over and over (reading it takes a worker a while). */
function bigArticle(name: string): string {
  const seed = readFileSync(join(ROOT, 'seeds/ukraine-talks-2025-04-23.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, `Ukraine talks: ${name}\n\n${Array.from({ length: Math.ceil((2 << 20) / seed.length) }, (_, k) => `${seed}\n\nPart ${k}.\n\n`).join('')}`);
  return file;
}

beforeAll(async () => {
  const file = join(dir, 'pool.db');
  const store = new SqliteStore(file);
  await store.migrate();
  await store.close();
  pool = new WorkPool({ engine: 'sqlite', file }, { threads: 2 });
  // Both threads started and their code loaded before anything is timed against anything.
  await Promise.all([pool.ask({ query: 'Peskov' }), pool.ask({ query: 'Vance' })]);
}, 60_000);

afterAll(async () => {
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('work pool', () => {
  it('a question asked while two large articles are read is answered first: one thread stays free for requests', async () => {
    const [a, b] = [bigArticle('a'), bigArticle('b')];
    const done: string[] = [];
    const read = (file: string, name: string) =>
      pool.read(file).then((r) => {
        expect('articles' in r && r.articles.length).toBe(1);
        done.push(name);
      });
    const reads = [read(a, 'read a'), read(b, 'read b')];
    const asked = pool.ask({ query: 'what did Peskov say about talks' }).then(() => done.push('ask'));
    await Promise.all([...reads, asked]);
    expect(done[0]).toBe('ask');
    expect(done.slice(1).sort()).toEqual(['read a', 'read b']);
  }, 120_000);
});
