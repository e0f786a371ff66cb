import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

const text = (msg: unknown[]) =>
  msg
    .map((m) => (m instanceof Error ? `${m.name}: ${m.message}` : typeof m === 'string' ? m : (() => { try { return JSON.stringify(m); } catch { return String(m); } })()))
    .join(' ');

/** Bolt's and the Web API client's logging, through briefbot's redacting logger. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug(`slack: ${text(m)}`),
    info: (...m: unknown[]) => log.info(`slack: ${text(m)}`),
    warn: (...m: unknown[]) => log.warn(`slack: ${text(m)}`),
    error: (...m: unknown[]) => log.error(`slack: ${text(m)}`),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}
