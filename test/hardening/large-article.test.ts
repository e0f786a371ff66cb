/**
 * One large article must not freeze the bot (issue 19). A 5 MB article arrives through a watched
 * folder while another client keeps asking /who-said over Discord's HTTP interactions; then the
 * topic's card, which now includes it, is asked for. Reading, extracting and storing the article
 * and building the card run on the worker threads (src/app/work), so the main thread's event
 * loop keeps answering: its longest stall is measured with monitorEventLoopDelay in this process,
 * where the bot runs. On the main thread the same work stalled the loop for 7–37 s (5 s to read
 * the text, 26 s to extract it on a loaded 2-core machine); the bound asserted here is far below
 * that and generous enough for a loaded machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBot, type Running } from '../../adapters/launch.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { FakeDiscord, IDS, command, discordKeys, postInteraction, signed } from '../helpers/fake-platforms.ts';
import { memoryLog, testConfig } from '../discord/helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const STRING = 3;
const dir = mkdtempSync(join(tmpdir(), 'briefbot-large-'));
const folder = join(dir, 'incoming');
const keys = discordKeys();
const fake = new FakeDiscord();
let running: Running;
let base: string;

/** ~5 MB of news text on the ukraine-talks topic: the seed's body, over and over, each copy numbered. */
function largeArticle(): string {
  const seed = readFileSync(join(ROOT, 'seeds/ukraine-talks-2025-04-23.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < 5 * 1024 * 1024; k++) {
    const part = `${seed}\n\nUkraine peace talks, part ${k}.\n\n`;
    parts.push(part);
    size += part.length;
  }
  return `Ukraine talks: the whole record\n\n${parts.join('')}`;
}

async function ask(name: string, option: string, value: string): Promise<{ ms: number; status: number; type: number | undefined; token: string }> {
  const body = command(name, [{ name: option, type: STRING, value }]);
  const text = JSON.stringify(body);
  const t0 = performance.now();
  const r = await postInteraction(`${base}/discord/interactions`, text, signed(keys.privateKey, text));
  return { ms: performance.now() - t0, status: r.status, type: r.json?.type, token: body.token };
}

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(join(folder, 'large.txt'), largeArticle());
  const db = join(dir, 'bot.db');
  const pre = new SqliteStore(db);
  await pre.migrate();
  await pre.addSource({ kind: 'folder', location: folder, everySeconds: 3600 });
  await pre.close();
  await fake.start();
  const config = testConfig({
    BRIEFBOT_DB: db,
    BRIEFINGS_DIR: join(ROOT, 'briefings'),
    SEEDS_DIR: join(ROOT, 'seeds'),
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.app,
    DISCORD_API_URL: fake.url,
    WORKER_THREADS: '2',
  });
  running = await startBot(config, memoryLog());
  base = `http://127.0.0.1:${running.port}`;
});

afterAll(async () => {
  await running?.shutdown();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 5 MB article', () => {
  it('is ingested and briefed while another client is answered, the event loop never stalled', async () => {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // The other client: a /who-said question every 100 ms, each answered over HTTP.
    const answers: { ms: number; status: number; type: number | undefined }[] = [];
    let asking = true;
    const client = (async () => {
      while (asking) {
        answers.push(await ask('who-said', 'query', 'Peskov'));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    // The folder source is polled at start: wait until the large article is stored.
    const deadline = Date.now() + 240_000;
    let source = (await running.store.listSources())[0];
    while (!source.articlesTaken && !source.lastError && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      source = (await running.store.listSources())[0];
    }
    expect(source.lastError).toBeNull();
    expect(source.articlesTaken).toBe(1);
    // (Looked at in SQL: parsing the stored article here would stall this test's own loop.)
    const db = (running.store as SqliteStore).db;
    const stored = db.prepare('SELECT length(article_json) AS size FROM articles a JOIN article_topics t ON t.article_id = a.id WHERE headline = ? AND topic = ?').get('Ukraine talks: the whole record', 'ukraine-talks') as { size: number } | undefined;
    expect(stored?.size).toBeGreaterThan(5_000_000);

    // Its topic's card, built over it (deferred: the card comes as an edit of the original reply).
    const brief = await ask('brief', 'topic', 'ukraine-talks');
    expect(brief.status).toBe(200);
    // Its answer: the edit (PATCH), or an apology as a follow-up (POST), which fails at once below
    // rather than after the whole wait.
    const edit = brief.type === 5 ? await fake.waitFor((c) => c.path.includes(brief.token) && (c.method === 'PATCH' || c.method === 'POST'), 240_000) : null;
    asking = false;
    await client;
    loop.disable();

    if (edit) {
      expect(JSON.stringify(edit.body)).not.toMatch(/Sorry|failed on my side/);
      expect(edit.method).toBe('PATCH');
    } else expect(brief.type).toBe(4);
    expect(answers.length).toBeGreaterThan(10);
    // Every answer of the other client came within Discord's 3-second window, with the quotes.
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(3000);
    // The longest stall of the event loop over the whole run (synchronously: 7–37 s).
    expect(loop.max / 1e6).toBeLessThan(1000);
  }, 600_000);
});
