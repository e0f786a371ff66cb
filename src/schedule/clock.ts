/**
 * Clocks and wake-up schedules for the digest engine, from settings.
 *
 * - `DIGEST_CRON` (a node-cron expression, seconds optional) says when the engine wakes; what is
 *   due is still decided from the store, so a coarser schedule posts later, never less.
 * - `BRIEFBOT_TEST_CLOCK_FILE` is for tests only: the digest clock reads "now" from that file (one
 *   ISO 8601 instant), so a test can move the time of real `briefbot serve` processes across
 *   digest slots in seconds. Never set it in production.
 */

import { readFileSync } from 'node:fs';
import cron from 'node-cron';

/** The schedule of a process that is told nothing: every minute, at second 0. */
export const DEFAULT_DIGEST_CRON = '* * * * *';

/** Null when `expr` is a valid node-cron expression, else a plain reason (without echoing the value). */
export function cronProblem(expr: string): string | null {
  const r = cron.validateDetailed(expr);
  if (r.valid) return null;
  const fields = [...new Set(r.errors.map((e) => e.field).filter(Boolean))];
  return (
    'must be a cron expression: 5 fields (minute hour day month weekday), or 6 with seconds first, e.g. "* * * * *" or "*/2 * * * * *"' +
    (fields.length ? ` (bad field: ${fields.join(', ')})` : '')
  );
}

function readInstant(path: string): Date {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (e) {
    throw new Error(`BRIEFBOT_TEST_CLOCK_FILE: cannot read the clock file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error('BRIEFBOT_TEST_CLOCK_FILE: the clock file must hold one ISO 8601 instant, e.g. 2025-01-06T07:30:00.000Z');
  return new Date(ms);
}

/**
 * Tests only: a clock that reads now from `path` at each call. The file is read once here, so a
 * missing or bad file stops the start with a clear message; later, a file caught mid-write keeps
 * the last good time.
 */
export function fileClock(path: string): () => Date {
  let last = readInstant(path);
  return () => {
    try {
      last = readInstant(path);
    } catch {
      /* keep the last good time */
    }
    return new Date(last.getTime());
  };
}
