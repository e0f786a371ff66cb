/** Pure scheduling: slots per local date, DST transitions in Europe/London and America/New_York, what is due. */
import { describe, expect, it } from 'vitest';
import { dueSlots, nextSlot, previousSlot, slotsBetween } from '../../src/schedule/slots.ts';
import { zonedInstant } from '../../src/schedule/zoned.ts';

const iso = (ds: Date[]) => ds.map((d) => d.toISOString());
const H = 3_600_000;

describe('slots', () => {
  it('one slot per local day at the local time, in the zone', () => {
    const s = { time: '07:30', timezone: 'Europe/London' };
    expect(iso(slotsBetween(s, new Date('2025-01-10T00:00Z'), new Date('2025-01-13T00:00Z')))).toEqual([
      '2025-01-10T07:30:00.000Z',
      '2025-01-11T07:30:00.000Z',
      '2025-01-12T07:30:00.000Z',
    ]);
    expect(nextSlot(s, new Date('2025-01-10T07:30:00.000Z')).toISOString()).toBe('2025-01-11T07:30:00.000Z');
    expect(nextSlot(s, new Date('2025-01-10T07:29:59.999Z')).toISOString()).toBe('2025-01-10T07:30:00.000Z');
    expect(previousSlot(s, new Date('2025-01-10T07:30:00.000Z'))?.toISOString()).toBe('2025-01-10T07:30:00.000Z');
    expect(nextSlot({ time: '07:30', timezone: 'Asia/Kolkata' }, new Date('2025-01-01T00:00Z')).toISOString()).toBe('2025-01-01T02:00:00.000Z');
    expect(nextSlot({ time: '23:45', timezone: 'Pacific/Auckland' }, new Date('2025-06-30T12:00Z')).toISOString()).toBe('2025-07-01T11:45:00.000Z');
  });

  it('07:30 London keeps its wall-clock time across both transitions (UTC moves by an hour)', () => {
    const s = { time: '07:30', timezone: 'Europe/London' };
    expect(iso(slotsBetween(s, new Date('2025-03-29T00:00Z'), new Date('2025-03-31T00:00Z')))).toEqual(['2025-03-29T07:30:00.000Z', '2025-03-30T06:30:00.000Z']);
    expect(iso(slotsBetween(s, new Date('2025-10-25T00:00Z'), new Date('2025-10-27T00:00Z')))).toEqual(['2025-10-25T06:30:00.000Z', '2025-10-26T07:30:00.000Z']);
  });

  it('Europe/London spring forward: a 01:30 that does not exist posts at the first valid instant after (02:00 BST)', () => {
    const s = { time: '01:30', timezone: 'Europe/London' };
    expect(iso(slotsBetween(s, new Date('2025-03-29T00:00Z'), new Date('2025-04-01T00:00Z')))).toEqual([
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:00:00.000Z',
      '2025-03-31T00:30:00.000Z',
    ]);
  });

  it('Europe/London fall back: a 01:30 that happens twice posts once, at the first', () => {
    const s = { time: '01:30', timezone: 'Europe/London' };
    expect(iso(slotsBetween(s, new Date('2025-10-25T00:00Z'), new Date('2025-10-28T00:00Z')))).toEqual([
      '2025-10-25T00:30:00.000Z',
      '2025-10-26T00:30:00.000Z',
      '2025-10-27T01:30:00.000Z',
    ]);
  });

  it('America/New_York spring forward: 02:30 becomes 03:00 EDT, once', () => {
    const s = { time: '02:30', timezone: 'America/New_York' };
    expect(iso(slotsBetween(s, new Date('2025-03-08T00:00Z'), new Date('2025-03-11T00:00Z')))).toEqual([
      '2025-03-08T07:30:00.000Z',
      '2025-03-09T07:00:00.000Z',
      '2025-03-10T06:30:00.000Z',
    ]);
  });

  it('America/New_York fall back: 01:30 (twice on the clock) posts once, at the EDT one', () => {
    const s = { time: '01:30', timezone: 'America/New_York' };
    expect(iso(slotsBetween(s, new Date('2025-11-01T00:00Z'), new Date('2025-11-04T00:00Z')))).toEqual([
      '2025-11-01T05:30:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-03T06:30:00.000Z',
    ]);
    // Asked for from inside the repeated hour, the next slot is the next day's: no second post.
    expect(nextSlot(s, new Date('2025-11-02T06:15:00.000Z')).toISOString()).toBe('2025-11-03T06:30:00.000Z');
  });

  it('zonedInstant: gaps map forward, overlaps to the earlier instant', () => {
    expect(new Date(zonedInstant({ year: 2025, month: 3, day: 9 }, 2, 0, 'America/New_York')).toISOString()).toBe('2025-03-09T07:00:00.000Z');
    expect(new Date(zonedInstant({ year: 2025, month: 3, day: 9 }, 2, 59, 'America/New_York')).toISOString()).toBe('2025-03-09T07:00:00.000Z');
    expect(new Date(zonedInstant({ year: 2025, month: 3, day: 9 }, 3, 0, 'America/New_York')).toISOString()).toBe('2025-03-09T07:00:00.000Z');
    expect(new Date(zonedInstant({ year: 2025, month: 11, day: 2 }, 1, 0, 'America/New_York')).toISOString()).toBe('2025-11-02T05:00:00.000Z');
    expect(new Date(zonedInstant({ year: 2025, month: 11, day: 2 }, 2, 0, 'America/New_York')).toISOString()).toBe('2025-11-02T07:00:00.000Z');
  });
});

describe('dueSlots', () => {
  const sub = { time: '07:30', timezone: 'UTC', createdAt: '2025-01-01T00:00:00.000Z', lastPostedSlot: null };

  it('nothing before the first slot; the slot itself once it comes', () => {
    expect(dueSlots(sub, new Date('2025-01-05T07:29:59Z'), { after: new Date('2025-01-05T07:29:00Z'), maxLateMs: 6 * H })).toEqual({ post: null, skip: [] });
    expect(dueSlots(sub, new Date('2025-01-05T07:30:00Z'), { after: new Date('2025-01-05T07:29:00Z'), maxLateMs: 6 * H })).toEqual({ post: '2025-01-05T07:30:00.000Z', skip: [] });
  });

  it('after downtime: the newest slot within the allowed lateness is posted, older ones skipped with a reason', () => {
    const p = dueSlots(sub, new Date('2025-01-05T12:00:00Z'), { maxLateMs: 6 * H });
    expect(p.post).toBe('2025-01-05T07:30:00.000Z');
    expect(p.skip.map((s) => s.slot)).toEqual(['2025-01-03T07:30:00.000Z', '2025-01-04T07:30:00.000Z']);
    expect(p.skip[0].reason).toMatch(/missed by 52\.5 h, more than the 6\.0 h allowed late/);
    const late = dueSlots(sub, new Date('2025-01-05T14:00:00Z'), { maxLateMs: 6 * H });
    expect(late.post).toBeNull();
    expect(late.skip.map((s) => s.slot)).toContain('2025-01-05T07:30:00.000Z');
  });

  it('never a slot before the subscription existed or at/before the last successful post', () => {
    expect(dueSlots({ ...sub, createdAt: '2025-01-05T08:00:00.000Z' }, new Date('2025-01-05T09:00Z'), { maxLateMs: 6 * H })).toEqual({ post: null, skip: [] });
    expect(dueSlots({ ...sub, lastPostedSlot: '2025-01-05T07:30:00.000Z' }, new Date('2025-01-05T09:00Z'), { maxLateMs: 6 * H })).toEqual({ post: null, skip: [] });
  });

  it('several slots within a long allowed lateness: only the newest is posted', () => {
    const p = dueSlots(sub, new Date('2025-01-05T08:00:00Z'), { maxLateMs: 30 * H, after: new Date('2025-01-04T00:00Z') });
    expect(p.post).toBe('2025-01-05T07:30:00.000Z');
    expect(p.skip).toEqual([{ slot: '2025-01-04T07:30:00.000Z', reason: 'superseded by the later digest at 2025-01-05T07:30:00.000Z' }]);
  });
});
