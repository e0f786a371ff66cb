/**
 * The digest engine on a fake clock and a real SQLite store: days, restarts, DST transitions,
 * exactly-once, missed windows, retries, quiet days and what each digest covers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Store } from '../../src/store/store.ts';
import { addArticle, engine, FakeClock, memoryLog, openStore, recorder, runUntil, subscribe, tempDir } from './harness.ts';

const MIN = 60_000;
const _HOUR = 60 * MIN;
let tmp: ReturnType<typeof tempDir>;
let file: string;
const stores: Store[] = [];
async function store(clock: FakeClock): Promise<Store> {
  const s = await openStore(file, clock);
  stores.push(s);
  return s;
}
beforeEach(() => {
  tmp = tempDir();
  file = join(tmp.dir, 'b.db');
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  tmp.cleanup();
});

const quoteTexts = (cards: { quotes: { text: string }[] }[]) => cards.flatMap((c) => c.quotes.map((q) => q.text)).sort();

describe('digest engine: days and restarts', () => {
  it('posts each day once, at the slot, about what was stored since the previous one', async () => {
    const clock = new FakeClock('2025-01-06T00:00:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-05T12:00:00.000Z', { topics: ['ukraine-talks', 'budget'] });
    const day1 = await addArticle(s, 'ukraine-talks', '2025-01-05T18:00:00.000Z');
    const rec = recorder(clock);
    const e = engine(s, clock, rec.poster);
    await runUntil(e, clock, '2025-01-06T12:00:00.000Z');
    expect(rec.posts.map((p) => [p.at, p.digest.slot])).toEqual([['2025-01-06T07:30:00.000Z', '2025-01-06T07:30:00.000Z']]);
    const d1 = rec.posts[0].digest;
    expect(d1.since).toBe('2025-01-05T12:00:00.000Z');
    expect(d1.cards.map((c) => c.topic)).toEqual(['ukraine-talks']);
    expect(quoteTexts(d1.cards)).toEqual([day1]);
    expect(d1.quietTopics).toEqual([{ topic: 'budget', title: 'The budget' }]);
    const day2a = await addArticle(s, 'ukraine-talks', '2025-01-06T20:00:00.000Z');
    const day2b = await addArticle(s, 'budget', '2025-01-06T21:00:00.000Z');
    await runUntil(e, clock, '2025-01-08T07:29:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-06T07:30:00.000Z', '2025-01-07T07:30:00.000Z']);
    const d2 = rec.posts[1].digest;
    expect(d2.since).toBe('2025-01-06T07:30:00.000Z');
    expect(quoteTexts(d2.cards)).toEqual([day2a, day2b].sort());
    expect(d2.quietTopics).toEqual([]);
    expect((await s.getSubscription(d2.subscription.id!))?.lastPostedSlot).toBe('2025-01-07T07:30:00.000Z');
  });

  it('a restart does not post again, and the next day is still posted once', async () => {
    const clock = new FakeClock('2025-01-06T07:00:00.000Z');
    const s1 = await store(clock);
    await subscribe(s1, clock, '2025-01-01T00:00:00.000Z');
    const rec = recorder(clock);
    await runUntil(engine(s1, clock, rec.poster), clock, '2025-01-06T07:40:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-06T07:30:00.000Z']);
    // "restart": a new store connection and a new engine, with no memory of the first.
    for (const restartAt of ['2025-01-06T07:41:00.000Z', '2025-01-06T09:00:00.000Z', '2025-01-06T13:00:00.000Z']) {
      clock.set(restartAt);
      const e = engine(await store(clock), clock, rec.poster);
      await e.tick();
      await e.tick();
    }
    expect(rec.slots()).toEqual(['2025-01-06T07:30:00.000Z']);
    const e = engine(await store(clock), clock, rec.poster);
    await runUntil(e, clock, '2025-01-07T08:00:00.000Z', 7 * MIN);
    expect(rec.slots()).toEqual(['2025-01-06T07:30:00.000Z', '2025-01-07T07:30:00.000Z']);
  });

  it('two engines on one store, ticking together, post each digest exactly once', async () => {
    const clock = new FakeClock('2025-01-06T07:25:00.000Z');
    const a = await store(clock);
    const b = await store(clock);
    for (let i = 0; i < 20; i++) await subscribe(a, clock, '2025-01-01T00:00:00.000Z', { channel: `C${i}`, time: i % 2 ? '07:30' : '07:31' });
    const rec = recorder(clock);
    const ea = engine(a, clock, rec.poster, { workerId: 'a' });
    const eb = engine(b, clock, rec.poster, { workerId: 'b' });
    const end = Date.parse('2025-01-06T07:40:00.000Z');
    while (clock.t <= end) {
      await Promise.all([ea.tick(), eb.tick()]);
      clock.advance(30_000);
    }
    expect(rec.posts).toHaveLength(20);
    expect(new Set(rec.posts.map((p) => `${p.digest.subscription.channel}@${p.digest.slot}`)).size).toBe(20);
    const runs = await a.listDigestRuns({ since: '2025-01-06T00:00:00.000Z' });
    expect(runs.map((r) => r.status)).toEqual(Array(20).fill('posted'));
  });
});

describe('digest engine: daylight saving', () => {
  const cases = [
    { tz: 'Europe/London', time: '01:30', from: '2025-03-28T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z', want: ['2025-03-28T01:30:00.000Z', '2025-03-29T01:30:00.000Z', '2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z'] },
    { tz: 'Europe/London', time: '01:30', from: '2025-10-24T00:00:00.000Z', to: '2025-10-28T00:00:00.000Z', want: ['2025-10-24T00:30:00.000Z', '2025-10-25T00:30:00.000Z', '2025-10-26T00:30:00.000Z', '2025-10-27T01:30:00.000Z'] },
    { tz: 'Europe/London', time: '07:30', from: '2025-03-29T00:00:00.000Z', to: '2025-03-31T00:00:00.000Z', want: ['2025-03-29T07:30:00.000Z', '2025-03-30T06:30:00.000Z'] },
    { tz: 'America/New_York', time: '02:30', from: '2025-03-07T12:00:00.000Z', to: '2025-03-11T00:00:00.000Z', want: ['2025-03-08T07:30:00.000Z', '2025-03-09T07:00:00.000Z', '2025-03-10T06:30:00.000Z'] },
    { tz: 'America/New_York', time: '01:30', from: '2025-10-31T12:00:00.000Z', to: '2025-11-04T00:00:00.000Z', want: ['2025-11-01T05:30:00.000Z', '2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z'] },
    { tz: 'America/New_York', time: '07:30', from: '2025-11-01T00:00:00.000Z', to: '2025-11-04T00:00:00.000Z', want: ['2025-11-01T11:30:00.000Z', '2025-11-02T12:30:00.000Z', '2025-11-03T12:30:00.000Z'] },
  ];
  for (const c of cases) {
    it(`${c.tz} ${c.time} from ${c.from.slice(0, 10)}: one digest a day, none skipped or doubled`, async () => {
      const clock = new FakeClock(c.from);
      const s = await store(clock);
      await subscribe(s, clock, c.from, { time: c.time, timezone: c.tz });
      const rec = recorder(clock);
      await runUntil(engine(s, clock, rec.poster), clock, c.to, MIN);
      expect(rec.slots()).toEqual(c.want);
      expect(rec.posts.map((p) => p.at)).toEqual(c.want);
    });
  }
});

describe('digest engine: missed while down', () => {
  it('a slot missed by less than DIGEST_MAX_LATE_HOURS is posted once on start', async () => {
    const clock = new FakeClock('2025-01-06T12:59:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z');
    const rec = recorder(clock);
    const log = memoryLog();
    const e = engine(s, clock, rec.poster, { log });
    await runUntil(e, clock, '2025-01-06T13:10:00.000Z');
    expect(rec.posts.map((p) => [p.at, p.digest.slot])).toEqual([['2025-01-06T12:59:00.000Z', '2025-01-06T07:30:00.000Z']]);
    // Older slots in the look-back were skipped with a log line each.
    expect(log.lines.filter((l) => l.includes('skipped'))).toEqual([
      expect.stringMatching(/^info digest for slack\/T1\/C1 at 2025-01-04 07:30 \(UTC\) skipped: missed by 53\.5 h/),
      expect.stringMatching(/^info digest for slack\/T1\/C1 at 2025-01-05 07:30 \(UTC\) skipped: missed by 29\.5 h/),
    ]);
  });

  it('a slot missed by more is recorded skipped with a log line, and nothing is posted until the next slot', async () => {
    const clock = new FakeClock('2025-01-06T13:31:00.000Z');
    const s = await store(clock);
    const sub = await subscribe(s, clock, '2025-01-05T08:00:00.000Z');
    const words = await addArticle(s, 'ukraine-talks', '2025-01-06T01:00:00.000Z');
    const rec = recorder(clock);
    const log = memoryLog();
    const e = engine(s, clock, rec.poster, { log });
    await e.tick();
    expect(rec.posts).toEqual([]);
    expect(log.lines).toEqual([expect.stringMatching(/skipped: missed by 6\.0 h, more than the 6\.0 h allowed late \(DIGEST_MAX_LATE_HOURS\)/)]);
    expect((await s.listDigestRuns({ subscriptionId: sub.id! })).map((r) => [r.slot, r.status])).toEqual([['2025-01-06T07:30:00.000Z', 'skipped']]);
    await runUntil(e, clock, '2025-01-07T07:30:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-07T07:30:00.000Z']);
    // The skipped day's news is not lost: the digest covers everything since the last successful post.
    expect(quoteTexts(rec.posts[0].digest.cards)).toEqual([words]);
  });

  it('DIGEST_MAX_LATE_HOURS is honoured as configured', async () => {
    const clock = new FakeClock('2025-01-06T09:00:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z');
    const rec = recorder(clock);
    await engine(s, clock, rec.poster, { maxLateHours: 1 }).tick();
    expect(rec.posts).toEqual([]);
    clock.set('2025-01-06T08:00:00.000Z');
    const s2 = await store(clock);
    const sub2 = await subscribe(s2, clock, '2025-01-01T00:00:00.000Z', { channel: 'C2' });
    await engine(s2, clock, rec.poster, { maxLateHours: 1 }).tick();
    expect(rec.posts.map((p) => p.digest.subscription.id)).toEqual([sub2.id]);
  });
});

describe('digest engine: failures', () => {
  it('a failed post is retried with backoff, then posted once', async () => {
    const clock = new FakeClock('2025-01-06T07:29:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z');
    const rec = recorder(clock);
    rec.failTimes(2);
    const log = memoryLog();
    const e = engine(s, clock, rec.poster, { log });
    await runUntil(e, clock, '2025-01-06T08:00:00.000Z');
    expect(rec.posts.map((p) => [p.at, p.digest.slot])).toEqual([['2025-01-06T07:33:00.000Z', '2025-01-06T07:30:00.000Z']]);
    expect(log.lines.filter((l) => l.startsWith('warn'))).toEqual([
      expect.stringContaining('failed (attempt 1 of 4): HTTP 503 from the platform; retrying at 2025-01-06T07:31:00.000Z'),
      expect.stringContaining('failed (attempt 2 of 4): HTTP 503 from the platform; retrying at 2025-01-06T07:33:00.000Z'),
    ]);
    const [run] = await s.listDigestRuns({ since: '2025-01-06T00:00:00.000Z' });
    expect(run).toMatchObject({ status: 'posted', attempts: 3, error: null });
  });

  it('retries run out: recorded failed, and the next digest covers everything since the last success', async () => {
    const clock = new FakeClock('2025-01-05T07:00:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z');
    const rec = recorder(clock);
    const log = memoryLog();
    const e = engine(s, clock, rec.poster, { log });
    await runUntil(e, clock, '2025-01-05T08:00:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-05T07:30:00.000Z']);
    const a = await addArticle(s, 'ukraine-talks', '2025-01-05T10:00:00.000Z');
    rec.failTimes(4);
    await runUntil(e, clock, '2025-01-06T09:00:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-05T07:30:00.000Z']);
    expect(log.lines.filter((l) => l.startsWith('error'))).toEqual([
      expect.stringContaining('failed after 4 attempt(s): HTTP 503 from the platform; the next digest covers everything since 2025-01-05T07:30:00.000Z'),
    ]);
    expect((await s.listDigestRuns({ status: 'failed' })).map((r) => [r.slot, r.attempts, r.nextAttemptAt])).toEqual([['2025-01-06T07:30:00.000Z', 4, null]]);
    const b = await addArticle(s, 'ukraine-talks', '2025-01-06T10:00:00.000Z');
    await runUntil(e, clock, '2025-01-07T08:00:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-05T07:30:00.000Z', '2025-01-07T07:30:00.000Z']);
    expect(rec.posts[1].digest.since).toBe('2025-01-05T07:30:00.000Z');
    expect(quoteTexts(rec.posts[1].digest.cards)).toEqual([a, b].sort());
  });

  it('a claim whose process died mid-post is abandoned, never re-posted, and the next digest covers it', async () => {
    const clock = new FakeClock('2025-01-06T07:30:00.000Z');
    const s = await store(clock);
    const sub = await subscribe(s, clock, '2025-01-01T00:00:00.000Z');
    const w = await addArticle(s, 'ukraine-talks', '2025-01-06T03:00:00.000Z');
    expect((await s.claimDigestRun(sub.id!, '2025-01-06T07:30:00.000Z', { by: 'dead-process', now: clock.iso })).claimed).toBe(true);
    const rec = recorder(clock);
    const log = memoryLog();
    const e = engine(s, clock, rec.poster, { log });
    await runUntil(e, clock, '2025-01-07T07:30:00.000Z', 5 * MIN);
    expect(log.lines.filter((l) => l.includes('abandoned'))).toHaveLength(1);
    expect(rec.slots()).toEqual(['2025-01-07T07:30:00.000Z']);
    expect(quoteTexts(rec.posts[0].digest.cards)).toEqual([w]);
  });
});

describe('digest engine: quiet days and content', () => {
  it('quiet day "post" says nothing new; "skip" posts nothing and records it', async () => {
    const clock = new FakeClock('2025-01-06T07:00:00.000Z');
    const s = await store(clock);
    const post = await subscribe(s, clock, '2025-01-01T00:00:00.000Z', { channel: 'P', quietDay: 'post', topics: ['budget', 'elections'] });
    const skip = await subscribe(s, clock, '2025-01-01T00:00:00.000Z', { channel: 'S', quietDay: 'skip' });
    const rec = recorder(clock);
    const log = memoryLog();
    await runUntil(engine(s, clock, rec.poster, { log }), clock, '2025-01-06T08:00:00.000Z');
    expect(rec.posts.map((p) => p.digest.subscription.channel)).toEqual(['P']);
    expect(rec.posts[0].digest).toMatchObject({ quiet: true, cards: [], quietTopics: [{ topic: 'budget', title: 'The budget' }, { topic: 'elections', title: 'Elections' }] });
    expect((await s.listDigestRuns({ subscriptionId: skip.id!, since: '2025-01-06T00:00:00.000Z' }))[0]).toMatchObject({ status: 'skipped', error: expect.stringMatching(/^quiet day/) });
    expect(log.lines.some((l) => l.includes('slack/T1/S') && l.includes('skipped: quiet day'))).toBe(true);
    expect((await s.getSubscription(post.id!))?.lastPostedSlot).toBe('2025-01-06T07:30:00.000Z');
  });

  it('subscriptions of a platform this process has no adapter for are left alone', async () => {
    const clock = new FakeClock('2025-01-06T07:30:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z', { platform: 'discord', workspace: 'G1' });
    const rec = recorder(clock);
    await engine(s, clock, rec.poster).tick();
    expect(rec.posts).toEqual([]);
    expect(await s.listDigestRuns()).toEqual([]);
  });

  it('on demand: preview records nothing; postNow posts and the next scheduled digest starts after it', async () => {
    const clock = new FakeClock('2025-01-06T12:00:00.000Z');
    const s = await store(clock);
    const sub = await subscribe(s, clock, '2025-01-06T09:00:00.000Z');
    const a = await addArticle(s, 'ukraine-talks', '2025-01-06T10:00:00.000Z');
    const rec = recorder(clock);
    const e = engine(s, clock, rec.poster);
    const preview = await e.preview(sub);
    expect(quoteTexts(preview.cards)).toEqual([a]);
    expect(await s.listDigestRuns()).toEqual([]);
    const r = await e.postNow(sub);
    expect(r.outcome).toBe('posted');
    expect(rec.posts).toHaveLength(1);
    const b = await addArticle(s, 'ukraine-talks', '2025-01-06T15:00:00.000Z');
    await runUntil(e, clock, '2025-01-07T07:30:00.000Z');
    expect(rec.slots()).toEqual(['2025-01-06T12:00:00.000Z', '2025-01-07T07:30:00.000Z']);
    expect(quoteTexts(rec.posts[1].digest.cards)).toEqual([b]);
  });
});

describe('default digests from briefing files', () => {
  it('adds declared channels once; an existing channel keeps its own time', async () => {
    const { syncDefaultDigests } = await import('../../src/schedule/defaults.ts');
    const { TopicSchema } = await import('../../src/briefing/topic.ts');
    const clock = new FakeClock('2025-01-06T07:00:00.000Z');
    const s = await store(clock);
    await subscribe(s, clock, '2025-01-01T00:00:00.000Z', { channel: 'MINE', time: '06:15', topics: ['budget'] });
    const topic = TopicSchema.parse({
      id: 'ukraine-talks',
      title: 'Talks on Ukraine',
      match: { terms: ['Ukraine'] },
      digest: { channels: [{ platform: 'slack', workspace: 'T1', channel: 'NEWS', time: '08:00', timezone: 'Europe/London' }, { platform: 'slack', workspace: 'T1', channel: 'MINE' }] },
    });
    expect(await syncDefaultDigests(s, [topic], 'UTC')).toBe(2);
    expect(await syncDefaultDigests(s, [topic], 'UTC')).toBe(0);
    const subs = await s.listSubscriptions();
    expect(subs.map((x) => [x.channel, x.topics, x.time, x.timezone])).toEqual([
      ['MINE', ['budget', 'ukraine-talks'], '06:15', 'UTC'],
      ['NEWS', ['ukraine-talks'], '08:00', 'Europe/London'],
    ]);
  });
});
