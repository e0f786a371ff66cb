import { describe, expect, it } from 'vitest';
import { argsFromText, tokenize } from '../../src/commands/parse-args.ts';
import { parseSince } from '../../src/commands/parse-since.ts';
import { editDistance, nearestTopic } from '../../src/commands/resolve-topic.ts';
import { brief } from '../../src/commands/all/brief.ts';
import { whoSaid } from '../../src/commands/all/who-said.ts';
import { subscribe } from '../../src/commands/all/subscribe.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { UserError } from '../../src/commands/command.ts';

describe('tokenize', () => {
  it('keeps quoted phrases together, curly or straight, and survives an unclosed quote', () => {
    expect(tokenize('Peskov  topic:ukraine-talks')).toEqual(['Peskov', 'topic:ukraine-talks']);
    expect(tokenize('"a lot of fakes" since:24h')).toEqual(['"a lot of fakes"', 'since:24h']);
    expect(tokenize('“a lot of fakes”')).toEqual(['"a lot of fakes"']);
    expect(tokenize('"never closed words')).toEqual(['"never closed words"']);
    expect(tokenize('topic:"ukraine talks"')).toEqual(['topic:"ukraine talks"']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('argsFromText', () => {
  it('fills positional options in order and named ones by name', () => {
    expect(argsFromText('ukraine-talks 2025-04-22', brief.options)).toEqual({ topic: 'ukraine-talks', since: '2025-04-22' });
    expect(argsFromText('page:2 ukraine-talks', brief.options)).toEqual({ page: '2', topic: 'ukraine-talks' });
    expect(argsFromText('ukraine-talks 24h surplus', brief.options)).toEqual({ topic: 'ukraine-talks', since: '24h', _extra: 'surplus' });
    expect(argsFromText('ukraine-talks 08:00 Europe/London', subscribe.options)).toEqual({ topic: 'ukraine-talks', time: '08:00', timezone: 'Europe/London' });
  });
  it('gives the rest of the text to a rest option, minus named options', () => {
    expect(argsFromText('what did Vance say topic:ukraine-talks', whoSaid.options)).toEqual({ query: 'what did Vance say', topic: 'ukraine-talks' });
    expect(argsFromText('"a lot of fakes"', whoSaid.options)).toEqual({ query: '"a lot of fakes"' });
  });
});

describe('parseSince', () => {
  const now = new Date('2025-04-24T12:00:00Z');
  it('understands dates, spans and words', () => {
    expect(parseSince('2025-04-22', now)).toBe('2025-04-22T00:00:00.000Z');
    expect(parseSince('24h', now)).toBe('2025-04-23T12:00:00.000Z');
    expect(parseSince('3d', now)).toBe('2025-04-21T12:00:00.000Z');
    expect(parseSince('yesterday', now)).toBe('2025-04-23T00:00:00.000Z');
    expect(parseSince('2025-04-22T10:00:00Z', now)).toBe('2025-04-22T10:00:00.000Z');
  });
  it('refuses nonsense with a plain sentence', () => {
    expect(() => parseSince('last blue moon', now)).toThrow(UserError);
    expect(() => parseSince('2025-13-45', now)).toThrow(/there is no month 13/);
  });
  it('refuses impossible dates and times instead of rolling them over', () => {
    expect(() => parseSince('2025-02-30', now)).toThrow(/"2025-02-30" is not a date: February 2025 has 28 days/);
    expect(() => parseSince('2025-02-29', now)).toThrow(/February 2025 has 28 days/);
    expect(parseSince('2024-02-29', now)).toBe('2024-02-29T00:00:00.000Z');
    expect(() => parseSince('2025-04-31T10:00:00Z', now)).toThrow(/April 2025 has 30 days/);
    expect(() => parseSince('2025-04-00', now)).toThrow(UserError);
    expect(() => parseSince('2025-04-22T24:30', now)).toThrow(/not a time of day/);
    expect(() => parseSince('2025-04-22 10:61', now)).toThrow(/not a time of day/);
    expect(parseSince('2025-04-22 23:59', now)).toBe(new Date('2025-04-22T23:59').toISOString());
  });
});

describe('topic matching', () => {
  const topics = [
    TopicSchema.parse({ id: 'ukraine-talks', title: 'Talks on Ukraine', match: {} }),
    TopicSchema.parse({ id: 'us-election', title: 'US election', match: {} }),
  ];
  it('finds the nearest topic for a near miss', () => {
    expect(editDistance('ukraine-talk', 'ukraine-talks')).toBe(1);
    expect(nearestTopic('ukrain-talks', topics)?.topic.id).toBe('ukraine-talks');
    expect(nearestTopic('US Election', topics)?.topic.id).toBe('us-election');
  });
});
