/**
 * Pure scheduling: when a subscription's digests fall due. No timers, no I/O; the clock is a
 * parameter. A slot is the instant (ISO, UTC) of one scheduled digest: the subscription's local
 * time on one local date in its time zone (see zoned.ts for the daylight-saving rules).
 */
import type { Subscription } from '../store/store.ts';
import { addDays, localParts, zonedInstant, type LocalDate } from './zoned.ts';

export type SlotSchedule = Pick<Subscription, 'time' | 'timezone'>;

function hm(time: string): [number, number] {
  const [h, m] = time.split(':').map(Number);
  return [h, m];
}

/** The slot of a subscription on one local date. */
export function slotOn(sub: SlotSchedule, date: LocalDate): Date {
  const [h, m] = hm(sub.time);
  return new Date(zonedInstant(date, h, m, sub.timezone));
}

/** The first slot strictly after `after`. */
export function nextSlot(sub: SlotSchedule, after: Date): Date {
  const t = after.getTime();
  const today = localParts(t, sub.timezone);
  let best: number | null = null;
  for (let k = -1; k <= 2; k++) {
    const s = slotOn(sub, addDays(today, k)).getTime();
    if (s > t && (best === null || s < best)) best = s;
  }
  return new Date(best!);
}

/** The last slot at or before `at`, or null when there is none in the two days before it. */
export function previousSlot(sub: SlotSchedule, at: Date): Date | null {
  const t = at.getTime();
  const today = localParts(t, sub.timezone);
  let best: number | null = null;
  for (let k = -2; k <= 1; k++) {
    const s = slotOn(sub, addDays(today, k)).getTime();
    if (s <= t && (best === null || s > best)) best = s;
  }
  return best === null ? null : new Date(best);
}

/** Every slot in (from, to], oldest first. */
export function slotsBetween(sub: SlotSchedule, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  for (let s = nextSlot(sub, from); s.getTime() <= to.getTime(); s = nextSlot(sub, s)) out.push(s);
  return out;
}

export interface DuePlan {
  /** The slot to post now (the newest unhandled slot not older than the allowed lateness). */
  post: string | null;
  /** Older unhandled slots, to be recorded as skipped, with the reason. */
  skip: { slot: string; reason: string }[];
}

export interface DueOptions {
  /** Slots at or before this were already considered (the engine's last pass); default: `lookbackMs` ago. */
  after?: Date | null;
  /** A slot missed by more than this is skipped instead of posted late. */
  maxLateMs: number;
  /** How far back to look when there was no earlier pass (start-up); default maxLate + 48 h. */
  lookbackMs?: number;
}

const HOUR = 3_600_000;

/**
 * Which slots of a subscription are due at `now`: those after the engine's last pass, the
 * subscription's creation and its last successful post. The newest is posted if it is at most
 * `maxLateMs` late; every older one is skipped (a digest covers everything since the last
 * successful post, so one late digest replaces several missed ones).
 */
export function dueSlots(sub: SlotSchedule & Pick<Subscription, 'createdAt' | 'lastPostedSlot'>, now: Date, opts: DueOptions): DuePlan {
  const lookback = opts.lookbackMs ?? opts.maxLateMs + 48 * HOUR;
  let floor = opts.after?.getTime() ?? now.getTime() - lookback;
  if (sub.createdAt) floor = Math.max(floor, Date.parse(sub.createdAt));
  if (sub.lastPostedSlot) floor = Math.max(floor, Date.parse(sub.lastPostedSlot));
  const slots = slotsBetween(sub, new Date(floor), now);
  const plan: DuePlan = { post: null, skip: [] };
  slots.forEach((s, i) => {
    const late = now.getTime() - s.getTime();
    const iso = s.toISOString();
    if (late > opts.maxLateMs) {
      plan.skip.push({ slot: iso, reason: `missed by ${(late / HOUR).toFixed(1)} h, more than the ${(opts.maxLateMs / HOUR).toFixed(1)} h allowed late (DIGEST_MAX_LATE_HOURS)` });
    } else if (i < slots.length - 1) {
      plan.skip.push({ slot: iso, reason: `superseded by the later digest at ${slots[slots.length - 1].toISOString()}` });
    } else plan.post = iso;
  });
  return plan;
}
