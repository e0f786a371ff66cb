import { describe, expect, it } from 'vitest';
import { checkMessage, blockTextLength, LIMITS } from '../../adapters/slack/render/index.ts';
import { renderError, renderQuotes, renderReply, renderText } from '../../adapters/slack/render/index.ts';
import { slackSettings, SlackSettingsError } from '../../adapters/slack/settings.ts';
import { WhoSaidResultSchema, type WhoSaidItem } from '../../src/briefing/who-said.ts';
import { loadConfig } from '../../src/config.ts';
import { blocksText } from '../helpers/fake-platforms.ts';

const cite = { articleId: 'a1', sentenceIndex: 0, charStart: 0, charEnd: 10 };
function item(over: Partial<WhoSaidItem> = {}): WhoSaidItem {
  return {
    speaker: 'Dmitry Peskov',
    speakerType: 'person',
    role: 'Kremlin spokesman',
    text: 'a lot of fakes are being published at the moment',
    kind: 'direct',
    cue: 'said',
    via: null,
    venue: 'Moscow',
    saidOn: '2025-04-23',
    cites: [cite],
    source: { articleId: 'a1', outlet: 'Xinhua', headline: 'London talks downgraded', published: '2025-04-23T10:00:00Z', url: 'https://example.com/a?x=1&y=<2>|z' },
    ...over,
  };
}
const result = (items: WhoSaidItem[], over: Record<string, unknown> = {}) =>
  WhoSaidResultSchema.parse({ query: 'Peskov', total: items.length, items, more: 0, ...over });

describe('renderQuotes', () => {
  it('gives the words verbatim with speaker, role, venue, date and a safe source link', () => {
    const m = renderQuotes(result([item()]));
    expect(checkMessage(m)).toEqual([]);
    const text = blocksText(m.blocks);
    expect(text).toContain('*Dmitry Peskov*, Kremlin spokesman — said in Moscow on 2025-04-23');
    expect(text).toContain('> “a lot of fakes are being published at the moment”');
    expect(text).toContain('Source: <https://example.com/a?x=1&amp;y=%3C2%3E%7Cz|Xinhua — London talks downgraded> · 2025-04-23');
    for (const b of m.blocks.filter((b) => b.type === 'section')) expect((b.text as { verbatim?: boolean }).verbatim).toBe(true);
  });

  it('marks reported speech "(reported)" and never puts it in quotation marks', () => {
    const m = renderQuotes(result([item({ kind: 'reported', text: 'Putin remained open to talks' })]));
    const text = blocksText(m.blocks);
    expect(text).toContain('> (reported) Putin remained open to talks');
    expect(text).not.toMatch(/[“"]Putin remained/);
    expect(m.text).not.toMatch(/[“"]Putin remained/);
  });

  it('makes mentions and links in article text inert', () => {
    const m = renderQuotes(result([item({ text: 'hello <!everyone> <!channel> <!here> <@U123> <https://evil|click> & @here', speaker: '<@U999>', role: '<!subteam^S1>' })]));
    const raw = JSON.stringify(m);
    for (const bad of ['<!everyone>', '<!channel>', '<!here>', '<@U123>', '<@U999>', '<https://evil', '<!subteam']) expect(raw).not.toContain(bad);
    expect(blocksText(m.blocks)).toContain('&lt;!everyone&gt;');
    expect(raw).not.toMatch(/@here/);
  });

  it('stays within Block Kit limits with huge quotes, and counts what it leaves out', () => {
    const huge = Array.from({ length: 5 }, (_, i) => item({ text: `word${i} `.repeat(1200), speaker: 'S'.repeat(500), role: 'R'.repeat(500) }));
    const m = renderQuotes(result(huge, { total: 40, more: 35 }));
    expect(checkMessage(m)).toEqual([]);
    expect(blockTextLength(m.blocks)).toBeLessThanOrEqual(LIMITS.totalText);
    expect(blocksText(m.blocks)).toMatch(/shortened: the full quote is in the source/);
    expect(blocksText(m.blocks)).toMatch(/…and \d+ more/);
  });

  it('says so when nobody said it', () => {
    const m = renderQuotes(result([], { note: 'Nobody in the stored articles said that.' }));
    expect(checkMessage(m)).toEqual([]);
    expect(blocksText(m.blocks)).toContain('Nobody in the stored articles said that.');
  });
});

describe('renderText and renderError', () => {
  it('packs many lines into valid sections and counts the rest', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `topic-${i} — A <b>title</b> & more ${'x'.repeat(50)}`);
    const m = renderText('Topics', lines);
    expect(checkMessage(m)).toEqual([]);
    expect(blocksText(m.blocks)).toMatch(/…and \d+ more\./);
    expect(JSON.stringify(m)).not.toContain('<b>');
  });

  it('an error is one plain sentence', () => {
    const m = renderError('Unknown topic "<!here>".');
    expect(checkMessage(m)).toEqual([]);
    expect(m.blocks).toHaveLength(1);
    expect(JSON.stringify(m)).not.toContain('<!here>');
  });

  it('renderReply handles every reply kind', () => {
    expect(checkMessage(renderReply({ type: 'text', lines: ['ok'] }))).toEqual([]);
    expect(checkMessage(renderReply({ type: 'error', message: 'no' }))).toEqual([]);
    expect(checkMessage(renderReply({ type: 'quotes', result: result([item()]) }))).toEqual([]);
  });
});

describe('slackSettings', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-secret-value-1' };
  it('HTTP mode needs the signing secret; the message names it and shows no value', () => {
    const run = () => slackSettings(loadConfig(base));
    expect(run).toThrow(SlackSettingsError);
    expect(run).toThrow(/SLACK_SIGNING_SECRET is missing/);
    try {
      run();
    } catch (e) {
      expect(String(e)).not.toContain('xoxb-secret-value-1');
    }
  });
  it('Socket Mode when an app token is set; a wrong token kind is named', () => {
    expect(slackSettings(loadConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1-abc' })).mode).toBe('socket');
    expect(() => slackSettings(loadConfig({ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }))).toThrow(/SLACK_APP_TOKEN should start with "xapp-"/);
    const s = slackSettings(loadConfig({ ...base, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://localhost:9/api', SLACK_ADMIN_USERS: 'U1, U2,' }));
    expect(s).toMatchObject({ mode: 'http', apiUrl: 'http://localhost:9/api/' });
    expect([...s.admins]).toEqual(['U1', 'U2']);
  });
});

describe('startSlack', () => {
  it('a token Slack rejects stops the start with a clear message naming the setting, not its value', async () => {
    const { startFakeSlack } = await import('../helpers/fake-platforms.ts');
    const { startSlack } = await import('../../adapters/slack/index.ts');
    const { HttpServer } = await import('../../adapters/http-server.ts');
    const { createLogger } = await import('../../src/log.ts');
    const { SqliteStore } = await import('../../src/store/sqlite.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-slack-start-'));
    const store = new SqliteStore(join(dir, 'briefbot.db'));
    const fake = await startFakeSlack();
    fake.authError = 'invalid_auth';
    const lines: string[] = [];
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-revoked-token-77', SLACK_SIGNING_SECRET: 'sss-secret', SLACK_API_URL: fake.apiUrl });
    const log = createLogger(config, (l) => lines.push(l));
    try {
      const err = await startSlack({ store, config, log, http: new HttpServer(log) }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SlackSettingsError);
      expect(String(err)).toMatch(/Slack did not accept SLACK_BOT_TOKEN \(invalid_auth\)/);
      expect(String(err) + lines.join('\n')).not.toContain('xoxb-revoked-token-77');
    } finally {
      await fake.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
