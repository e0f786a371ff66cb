/** `/sources` in chat (admins only) and `briefbot sources` on the command line. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChatLine } from '../../src/commands/run.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { CallerSchema, type CommandContext } from '../../src/commands/command.ts';
import { replyToText } from '../../src/commands/reply-text.ts';
import { loadConfig } from '../../src/config.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/store.ts';
import { runBriefbot, tempDb } from '../helpers/run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefbot-sources-cmd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('/sources (chat)', () => {
  let store: Store;
  const now = new Date('2025-04-24T09:00:00.000Z');
  const ctx = (canManage: boolean, platform: 'slack' | 'discord' = 'slack'): CommandContext => ({
    store,
    config: loadConfig({}),
    now: () => now,
    caller: CallerSchema.parse({ platform, workspace: 'T1', channel: 'C1', user: 'U1', canManage }),
  });
  beforeEach(async () => {
    store = new SqliteStore(join(tmp, `c${Math.random().toString(36).slice(2)}.db`), { clock: () => now });
    await store.migrate();
    return () => store.close();
  });

  it('is registered and marked admin-only', () => {
    expect(findCommand('sources')?.manage).toBe(true);
    expect(findCommand('/sources')?.options.map((o) => o.name)).toEqual(['action', 'target', 'every']);
  });

  it('refuses a plain member, whatever the action', async () => {
    for (const line of ['/sources', '/sources add https://example.com/feed.xml', '/sources remove 1']) {
      const r = await runChatLine(ctx(false), line);
      expect(r).toEqual({ type: 'error', message: 'Only channel managers can use /sources.' });
    }
    expect(await store.listSources()).toEqual([]);
  });

  it('lets an admin add, list and remove feeds and pages', async () => {
    expect(replyToText(await runChatLine(ctx(true), '/sources'))).toContain('No sources yet');
    const added = await runChatLine(ctx(true), '/sources add <https://news.example.com/rss.xml> every:30m');
    expect(added).toMatchObject({ type: 'text', title: 'Source added' });
    expect(replyToText(added)).toContain('#1 url https://news.example.com/rss.xml, polled every 30m');
    await runChatLine(ctx(true, 'discord'), '/sources add https://news.example.com/story.html 1h');
    const again = await runChatLine(ctx(true), '/sources add https://news.example.com/rss.xml every:15m');
    expect(again).toMatchObject({ title: 'Source updated' });
    await store.recordSourcePoll(1, {
      lastFetchAt: '2025-04-24T08:55:00.000Z',
      lastSuccessAt: '2025-04-24T08:55:00.000Z',
      nextDueAt: '2025-04-24T09:10:00.000Z',
      lastError: null,
      errorCount: 0,
      articlesTaken: 4,
      format: 'feed',
    });
    await store.recordSourcePoll(2, { lastFetchAt: '2025-04-24T08:58:00.000Z', nextDueAt: '2025-04-24T10:58:00.000Z', lastError: 'HTTP 503 Service Unavailable', errorCount: 1, articlesTaken: 0 });
    const list = replyToText(await runChatLine(ctx(true), '/sources list'));
    expect(list).toContain('#1 feed https://news.example.com/rss.xml — every 15m · last fetch 2025-04-24 08:55 UTC (5m ago) · 4 articles taken');
    expect(list).toContain('#2 url https://news.example.com/story.html — every 1h · last fetch 2025-04-24 08:58 UTC (2m ago) · 0 articles taken · failing (1x): HTTP 503 Service Unavailable · next try 2025-04-24 10:58 UTC');
    const removed = await runChatLine(ctx(true), '/sources remove #2');
    expect(replyToText(removed)).toContain('#2 https://news.example.com/story.html is no longer polled');
    expect((await store.listSources()).map((s) => s.id)).toEqual([1]);
  });

  it('explains mistakes in plain words, and never takes a folder or a non-web URL from chat', async () => {
    const err = async (line: string) => {
      const r = await runChatLine(ctx(true), line);
      expect(r.type, line).toBe('error');
      return (r as { message: string }).message;
    };
    expect(await err('/sources add /etc')).toMatch(/Give an http\(s\) URL.*command line/);
    expect(await err('/sources add file:///etc/passwd')).toMatch(/only http and https/i);
    expect(await err('/sources add ftp://example.com/feed')).toMatch(/only http and https/i);
    expect(await err('/sources add https://example.com/feed every:often')).toMatch(/not an interval/);
    expect(await err('/sources add https://example.com/feed every:10s')).toMatch(/at most once a minute/);
    expect(await err('/sources add')).toMatch(/Add what\?/);
    expect(await err('/sources remove')).toMatch(/Remove which\?/);
    expect(await err('/sources remove abc')).toMatch(/not a source id/);
    expect(await err('/sources remove 42')).toMatch(/There is no source #42/);
    expect(await err('/sources purge')).toMatch(/Use \/sources list/);
    expect(await store.listSources()).toEqual([]);
  });
});

describe('briefbot sources (CLI)', () => {
  it('lists the sources of a store that does not exist yet without creating it', async () => {
    const db = tempDb();
    const r = await runBriefbot(['sources', 'list', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No sources yet');
    expect(existsSync(db)).toBe(false);
  });

  it('adds a folder and a URL, lists them, polls the folder, and removes a source', async () => {
    const db = tempDb();
    const dir = mkdtempSync(join(tmp, 'watch-'));
    writeFileSync(join(dir, 'ferry.md'), '---\nheadline: Ferry timetable changes from May\npublished: 2025-04-24\n---\n\nThe ferry operator said on Thursday that sailings to the islands would run every ninety minutes from May.\n');
    const help = await runBriefbot(['sources', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('sources add <url|dir> [--every 15m]');
    expect((await runBriefbot(['--help'])).stdout).toMatch(/sources <add\|list\|remove>\s+Feeds, pages and folders/);

    const add = await runBriefbot(['sources', 'add', dir, '--every', '5m', '--db', db]);
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain(`added #1 folder ${dir}, polled every 5m`);
    const url = await runBriefbot(['sources', 'add', 'https://news.example.com/rss.xml', '--db', db]);
    expect(url.stdout).toContain('added #2 url https://news.example.com/rss.xml, polled every 15m');

    const poll = await runBriefbot(['sources', 'poll', '1', '--db', db]);
    expect(poll.code).toBe(0);
    expect(poll.stdout).toContain(`#1 ${dir}: 1 new, 0 already stored`);

    const list = await runBriefbot(['sources', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`#1 folder ${dir} — every 5m · last fetch .* UTC \\(\\d+s ago\\) · 1 article taken`));
    expect(list.stdout).toContain('#2 url https://news.example.com/rss.xml — every 15m · not fetched yet · 0 articles taken');

    const rm = await runBriefbot(['sources', 'remove', '2', '--db', db]);
    expect(rm.stdout).toContain('removed #2');
    expect((await runBriefbot(['sources', 'list', '--db', db])).stdout).not.toContain('#2');
    // eight runs of the CLI, about 20 s on an idle machine of two cores: room for a busy one
  }, 120_000);

  it('refuses bad input with a usage message and exit code 2 (1 for a missing id)', async () => {
    const db = tempDb();
    const r1 = await runBriefbot(['sources', 'add', 'gopher://example.com/', '--db', db]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/only http and https/i);
    const r2 = await runBriefbot(['sources', 'add', join(tmp, 'no-such-dir'), '--db', db]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/No such folder/);
    const r3 = await runBriefbot(['sources', 'frobnicate', '--db', db]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/Unknown sources action/);
    const r4 = await runBriefbot(['sources', 'remove', '7', '--db', db]);
    expect(r4.code).toBe(1);
    expect(r4.stderr).toMatch(/no source #7/);
    const r5 = await runBriefbot(['sources', 'list', '--every', '5m', '--db', db]);
    expect(r5.code).toBe(2);
  });
});
