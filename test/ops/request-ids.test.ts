/**
 * Console requests carry one request id through their log lines too, in both log formats, and
 * are counted like Slack's and Discord's (src/request.ts): the real console adapter on a temp
 * SQLite store, its input piped, a command handler forced to fail.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runConsole } from '../../adapters/console/console.ts';
import { boot } from '../../src/app/boot.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { enableMetrics, metricsText } from '../../src/metrics.ts';
import { findCommand } from '../../src/commands/index.ts';
import { parsePrometheus, valueOf } from './prometheus-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-reqids-'));
enableMetrics();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function consoleRun(format: 'json' | 'text', input: string): Promise<{ lines: string[]; out: string }> {
  const config = loadConfig({ BRIEFBOT_DB: join(dir, `${format}.db`), SEEDS_DIR: './seeds', BRIEFINGS_DIR: './briefings', LOG_LEVEL: 'debug', LOG_FORMAT: format });
  const lines: string[] = [];
  const log = createLogger(config, (l) => lines.push(l));
  const { store } = await boot(config, log);
  const output = new PassThrough();
  let out = '';
  output.on('data', (b) => (out += b));
  const brief = findCommand('brief')!;
  const handler = brief.handler;
  brief.handler = async () => {
    throw new Error('forced failure');
  };
  try {
    await runConsole({ store, config, log, input: Readable.from([input]), output, interactive: false, digests: false });
  } finally {
    brief.handler = handler;
    await store.close();
  }
  return { lines, out };
}

describe('console requests', () => {
  it('JSON: each line holds one request id for all the lines of its request; requests get different ids', async () => {
    const before = parsePrometheus(await metricsText());
    const { lines, out } = await consoleRun('json', '/brief ukraine-talks\n/topics\n');
    expect(out).toContain('Sorry, /brief failed on my side');
    const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const failed = recs.find((r) => r.msg === '/brief failed')!;
    expect(failed).toMatchObject({ level: 'error', platform: 'console', command: 'brief' });
    expect(failed.reqId).toMatch(/^[0-9a-f]{12}$/);
    const done = recs.filter((r) => r.msg === 'request done');
    expect(done.map((r) => [r.command, r.outcome, r.level])).toEqual([
      ['brief', 'error', 'debug'],
      ['topics', 'answered', 'debug'],
    ]);
    expect(done[0].reqId).toBe(failed.reqId);
    expect(done[1].reqId).not.toBe(failed.reqId);
    // Lines outside a request (start-up) carry no request id.
    expect(recs.find((r) => String(r.msg).startsWith('ingested'))?.reqId).toBeUndefined();
    const after = parsePrometheus(await metricsText());
    const delta = (labels: Record<string, string>) => valueOf(after, 'briefbot_requests_total', labels) - valueOf(before, 'briefbot_requests_total', labels);
    expect(delta({ platform: 'console', command: 'brief', outcome: 'error' })).toBe(1);
    expect(delta({ platform: 'console', command: 'topics', outcome: 'answered' })).toBe(1);
  });

  it('text: the request id, platform and command are on each line of the request', async () => {
    const { lines } = await consoleRun('text', '/brief ukraine-talks\n/nonsense\n');
    const failed = lines.find((l) => / ERROR \[console \/brief [0-9a-f]{12}\] \/brief failed Error: forced failure/.test(l));
    expect(failed, lines.join('\n')).toBeDefined();
    const id = /\[console \/brief ([0-9a-f]{12})\]/.exec(failed!)![1];
    expect(lines.filter((l) => l.includes(id)).map((l) => l.replace(/^\S+ /, '').split('\n')[0])).toEqual([
      `ERROR [console /brief ${id}] /brief failed Error: forced failure`,
      expect.stringMatching(new RegExp(`^DEBUG \\[console /brief ${id}\\] request done \\{"outcome":"error","duration_ms":\\d+\\}$`)),
    ]);
    // An unknown command is refused, under a request of its own.
    expect(lines.some((l) => /^\S+ DEBUG \[console [0-9a-f]{12}\] request done \{"outcome":"refused"/.test(l))).toBe(true);
  });
});
