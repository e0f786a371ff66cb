/** The console adapter and the CLI, as child processes: what a user on a fresh clone sees. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runBriefbot, tempDb, ROOT } from '../helpers/run-cli.ts';

describe('console adapter (npm start with no platform token)', () => {
  it('prints the card for `/brief ukraine-talks` piped on stdin, and a second start does not duplicate the seed', async () => {
    const db = tempDb();
    const first = await runBriefbot([], { env: { BRIEFBOT_DB: db }, input: '/brief ukraine-talks\n' });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Marco Rubio');
    expect(first.stdout).toContain('London talks on Ukraine crisis downgraded as Rubio pulls out');
    const second = await runBriefbot([], { env: { BRIEFBOT_DB: db }, input: '/topics\n/who-said Peskov\n/brief nowhere\n/nonsense\n' });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ukraine-talks — .*\(1 article\)/);
    expect(second.stdout).toContain('a lot of fakes are being published at the moment');
    expect(second.stdout).toContain('Unknown topic "nowhere"');
    expect(second.stdout).toContain('Unknown command "nonsense"');
    expect(second.stdout + second.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
  });
});

describe('briefbot CLI', () => {
  it('lists topics, briefs in every format, and names the nearest topic for a near miss; read-only commands write nothing', async () => {
    const db = tempDb();
    // Before anything is stored: the topics of the briefing files, and no store is created.
    const before = await runBriefbot(['topics', '--db', db]);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/ukraine-talks — .*\(0 articles\)/);
    expect(existsSync(db)).toBe(false);
    const none = await runBriefbot(['brief', 'ukraine-talks', '--db', db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Nothing is stored yet .*briefbot ingest/);
    expect(existsSync(db)).toBe(false);
    expect((await runBriefbot(['ingest', 'seeds', '--db', db])).code).toBe(0);
    const stamp = () => [readFileSync(db).toString('base64'), statSync(db).mtimeMs, readdirSync(dirname(db)).sort().join(',')];
    const stored = stamp();
    const topics = await runBriefbot(['topics', '--db', db]);
    expect(topics.code).toBe(0);
    expect(topics.stdout).toMatch(/ukraine-talks — .*\(1 article\)/);
    const json = await runBriefbot(['brief', 'ukraine-talks', '--format', 'json', '--db', db]);
    expect(json.code).toBe(0);
    const card = JSON.parse(json.stdout);
    expect(card.topic).toBe('ukraine-talks');
    expect(card.sources[0].headline).toContain('Rubio pulls out');
    for (const format of ['markdown', 'slack', 'discord', 'text']) {
      const r = await runBriefbot(['brief', 'Ukraine Talks', '--format', format, '--db', db]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('Rubio');
    }
    const miss = await runBriefbot(['brief', 'ukriane-tlaks', '--db', db]);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toContain('Did you mean "ukraine-talks"?');
    expect(miss.stderr).toContain('Known topics: ukraine-talks');
    expect((await runBriefbot(['who-said', 'Peskov', '--db', db])).stdout).toContain('Dmitry Peskov');
    expect(stamp()).toEqual(stored); // topics, brief and who-said wrote nothing
  }, 180_000);

  it('refuses an invalid briefing file with its name and line: at start, in `briefbot topics`, before any store is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-badbrief-'));
    mkdirSync(join(dir, 'briefings'));
    writeFileSync(join(dir, 'briefings', 'ok.yaml'), 'id: ok\ntitle: Fine\nmatch: { terms: [a] }\n');
    writeFileSync(join(dir, 'briefings', 'talks.yaml'), 'id: talks\ntitle: Talks: the next round\nmatch: { terms: [talks] }\n');
    const db = join(dir, 'bot.db');
    const env = { BRIEFINGS_DIR: join(dir, 'briefings'), BRIEFBOT_DB: db };
    const [topics, start] = await Promise.all([runBriefbot(['topics'], { env }), runBriefbot(['serve'], { env, input: '/topics\n' })]);
    for (const r of [topics, start]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join(dir, 'briefings', 'talks.yaml')}:2: not valid YAML`);
      expect(r.stderr).toMatch(/must be in quotes/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stdout).not.toMatch(/Topics/);
    }
    expect(existsSync(db)).toBe(false);
  }, 120_000);

  it('extracts facts with quote offsets into the file as read from disk', async () => {
    const file = join(ROOT, 'seeds/ukraine-talks-2025-04-23.md');
    const raw = readFileSync(file, 'utf8');
    const r = await runBriefbot(['extract', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    for (const key of ['people', 'quotes', 'claims', 'events', 'positions']) expect(Array.isArray(facts[key])).toBe(true);
    expect(facts.quotes.length).toBeGreaterThan(5);
    for (const q of facts.quotes) expect(raw.slice(q.start, q.end)).toBe(q.text);
    expect(facts.quotes.some((q: { speaker: string; text: string }) => q.speaker === 'JD Vance' && q.text.startsWith("We've issued a very explicit proposal"))).toBe(true);
  });

  it('ingests a batch with a broken file: names the file, stores the rest, and re-ingesting is a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-ingest-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/empty.txt'), '');
    writeFileSync(join(dir, 'in/good.txt'), 'Kremlin says talks on Ukraine continue\n\nMOSCOW — The Kremlin said on Thursday that talks on Ukraine would continue, Russia and Ukraine both said.\n');
    const db = tempDb();
    const r = await runBriefbot(['ingest', join(dir, 'in'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stdout).toContain('1 new');
    const again = await runBriefbot(['ingest', join(dir, 'in/good.txt'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 new, 1 already stored');
  });

  // Eleven processes, started together (one after another they passed 30 s on a busy machine).
  it('prints --help for each command and refuses unknown ones', { timeout: 90_000 }, async () => {
    const cmds = ['ingest', 'topics', 'brief', 'who-said', 'extract', 'serve', 'export', 'import', 'migrate'];
    const [main, bad, ...each] = await Promise.all([runBriefbot(['--help']), runBriefbot(['frobnicate']), ...cmds.map((cmd) => runBriefbot([cmd, '--help']))]);
    each.forEach((r, i) => {
      expect(r.code, cmds[i]).toBe(0);
      expect(r.stdout).toContain(`Usage: briefbot ${cmds[i]}`);
    });
    expect(main.stdout).toContain('Commands:');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown command "frobnicate"');
  });
});
