import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/articles/dates.ts';

describe('normaliseDate', () => {
  it('keeps ISO dates and date-times as written', () => {
    expect(normaliseDate('2025-04-23')).toBe('2025-04-23');
    expect(normaliseDate('2025-04-23 10:00:00+02:00')).toBe('2025-04-23T10:00:00+02:00');
  });
  it('turns a YAML Date at midnight UTC into the day, and other Dates into ISO', () => {
    expect(normaliseDate(new Date(Date.UTC(2025, 3, 23)))).toBe('2025-04-23');
    expect(normaliseDate(new Date(Date.UTC(2025, 3, 23, 10, 5)))).toBe('2025-04-23T10:05:00.000Z');
  });
  it('reads RSS pubDates keeping their offset', () => {
    expect(normaliseDate('Wed, 23 Apr 2025 10:30:00 +0100')).toBe('2025-04-23T10:30:00+01:00');
    expect(normaliseDate('23 Apr 2025 10:30 EDT')).toBe('2025-04-23T10:30:00-04:00');
    expect(normaliseDate('Thu, 24 Apr 2025 09:00:00 GMT')).toBe('2025-04-24T09:00:00Z');
  });
  it('reads a written date without shifting the day', () => {
    expect(normaliseDate('April 23, 2025')).toBe('2025-04-23');
  });
  it('is undefined for what is not a date', () => {
    expect(normaliseDate('soon')).toBeUndefined();
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate(42)).toBeUndefined();
  });
});
