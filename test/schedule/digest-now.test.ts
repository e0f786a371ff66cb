/** `briefbot digest --channel ID --now` posts through the real Slack poster to a local Web API. */
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { runBriefbot, tempDb } from '../helpers/run-cli.ts';
import { startFakeSlack } from '../helpers/fake-platforms.ts';

const slack = await startFakeSlack();
afterAll(() => slack.close());

describe('digest --now from the command line', () => {
  it('posts the channel digest to Slack with chat.postMessage and records it, so a second --now covers only what is new', async () => {
    const db = tempDb();
    expect((await runBriefbot(['ingest', 'seeds', '--db', db])).code).toBe(0); // the store with the seeds
    const store = new SqliteStore(db);
    await store.addSubscription({ platform: 'slack', workspace: 'T0TEST', channel: 'C0DIGEST', topics: ['ukraine-talks'], time: '07:30', timezone: 'Europe/London' });
    // The seed was stored before the subscription existed: backdate the subscription so it is news.
    store.db.prepare("UPDATE subscriptions SET created_at = '2000-01-01T00:00:00.000Z'").run();
    await store.close();
    const env = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: slack.apiUrl };
    const r = await runBriefbot(['digest', '--channel', 'C0DIGEST', '--now', '--db', db], { env });
    expect(r.code, r.stderr).toBe(0);
    const posts = slack.posts().filter((p) => p.body.channel === 'C0DIGEST');
    expect(posts.length).toBeGreaterThan(0);
    expect(JSON.stringify(posts.map((p) => p.body.blocks))).toContain('Rubio');
    expect(r.stdout + r.stderr).not.toContain('xoxb-test-token');
    const again = await runBriefbot(['digest', '--channel', 'C0DIGEST', '--now', '--db', db], { env });
    expect(again.code, again.stderr).toBe(0);
    const later = slack.posts().filter((p) => p.body.channel === 'C0DIGEST').slice(posts.length);
    expect(JSON.stringify(later)).toMatch(/Nothing new/i);
  });
});
