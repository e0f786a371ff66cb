import { redact, type Config } from './config.ts';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

function describe(extra: unknown): string {
  if (extra === undefined) return '';
  if (extra instanceof Error) return ` ${extra.name}: ${extra.message}${extra.stack ? '\n' + extra.stack.split('\n').slice(1, 6).join('\n') : ''}`;
  try {
    return ' ' + JSON.stringify(extra);
  } catch {
    return ' ' + String(extra);
  }
}

/** A line logger on stderr; every line passes through `redact` so no secret is ever written. */
export function createLogger(config: Partial<Config>, write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const min = order[config.LOG_LEVEL ?? 'info'];
  const at = (level: Level) => (msg: string, extra?: unknown) => {
    if (order[level] < min) return;
    write(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${msg}${describe(extra)}`, config));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
