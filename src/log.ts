/**
 * The logger: pino underneath, behind the small API the code uses (`log.info(msg, extra?)`).
 *
 * - LOG_FORMAT=json: one JSON object a line: time (ISO), level, msg, and fields: reqId, platform
 *   and command while a request runs (src/request.ts), `err` for an error, and whatever object a
 *   call site passes (e.g. outcome, duration_ms).
 * - LOG_FORMAT=text (default): the same record as one readable line for a terminal:
 *   `2026-11-30T05:00:00.000Z INFO [slack /brief 3fa2c1d0e4b5] msg {"fields":1} Error: message`.
 *
 * Secrets: pino's `redact` removes the fields that hold them (tokens, secrets, passwords,
 * authorization headers, the database URL, settings objects; a Discord interaction token inside an
 * error's URL), and every finished line is scrubbed of the configured secret values (`redact()` in
 * config.ts), since an error message can quote a token or the database password.
 */
import pino from 'pino';
import { redact, SECRET_KEYS, type Config } from './config.ts';
import { currentRequest, noteOutcome } from './request.ts';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

const CENSOR = '[redacted]';
const SECRET_FIELDS = ['token', 'accessToken', 'botToken', 'appToken', 'secret', 'signingSecret', 'clientSecret', 'password', 'authorization', 'Authorization', 'cookie', 'databaseUrl', 'connectionString', ...SECRET_KEYS];

/** Fields redacted wherever they appear at the top of a log record or one level down (`*.token`), plus headers and errors. */
export const REDACT_PATHS = [
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]),
  ...['headers', 'req.headers', 'request.headers', 'err.headers', 'err.config.headers'].flatMap((h) => [`${h}.authorization`, `${h}.Authorization`, `${h}.cookie`]),
  'err.url',
  'err.requestBody',
  'err.rawError',
];

/** A Discord interaction token in a webhook or callback URL: the URL stays, the token goes. */
const INTERACTION_TOKEN = /(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.~-]{8,}/g;

function censor(value: unknown, path: string[]): unknown {
  if (path[path.length - 1] === 'url' && typeof value === 'string') return value.replace(INTERACTION_TOKEN, `$1${CENSOR}`);
  return CENSOR;
}

/** Only the parts of an error worth logging: never its request, headers or body, which may hold credentials. */
function serializeError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const x = e as Error & { code?: unknown; status?: unknown; url?: unknown; method?: unknown };
  const out: Record<string, unknown> = { type: x.name, message: x.message };
  if (x.stack) out.stack = x.stack;
  for (const k of ['code', 'status', 'method', 'url'] as const) if (typeof x[k] === 'string' || typeof x[k] === 'number') out[k] = x[k];
  return out;
}

/** Every configured secret value (and its JSON-escaped form), the Slack token patterns, interaction tokens. */
function scrubber(config: Partial<Config>): (line: string) => string {
  const values: unknown[] = SECRET_KEYS.map((k) => config[k]);
  try {
    const pw = config.DATABASE_URL ? new URL(config.DATABASE_URL).password : '';
    if (pw) values.push(pw, decodeURIComponent(pw));
  } catch {
    /* not a URL: redact() removes the whole value */
  }
  const escaped: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' && v.length >= 4) {
      const j = JSON.stringify(v).slice(1, -1);
      if (j !== v) escaped.push(j);
    }
  }
  return (line) => {
    let out = redact(line, config);
    for (const v of escaped) out = out.split(v).join(CENSOR);
    return out.replace(INTERACTION_TOKEN, `$1${CENSOR}`);
  };
}

const RESERVED = new Set(['time', 'level', 'msg', 'err', 'extra', 'reqId', 'platform', 'command']);

/** One JSON record as today's readable line. */
function textLine(rec: Record<string, unknown>): string {
  const req = rec.reqId ? ` [${rec.platform} ${rec.command === 'unknown' ? '' : `/${rec.command} `}${rec.reqId}]` : '';
  let line = `${rec.time} ${String(rec.level).toUpperCase()}${req} ${rec.msg ?? ''}`;
  const fields = Object.fromEntries(Object.entries(rec).filter(([k]) => !RESERVED.has(k)));
  if (Object.keys(fields).length) line += ' ' + JSON.stringify(fields);
  if ('extra' in rec) line += ' ' + (typeof rec.extra === 'string' ? JSON.stringify(rec.extra) : JSON.stringify(rec.extra));
  const err = rec.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err && typeof err === 'object') line += ` ${err.type}: ${err.message}${err.stack ? '\n' + err.stack.split('\n').slice(1, 6).join('\n') : ''}`;
  return line;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
}

/**
 * The logger for these settings (LOG_LEVEL, LOG_FORMAT; the secrets to scrub). Lines go to stderr
 * unless `write` is given (it receives each finished line without its newline).
 */
export function createLogger(config: Partial<Config>, write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const json = config.LOG_FORMAT === 'json';
  const scrub = scrubber(config);
  const destination = {
    write(chunk: string) {
      const raw = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      write(scrub(json ? raw : textLine(JSON.parse(raw) as Record<string, unknown>)));
    },
  };
  const p = pino(
    {
      level: config.LOG_LEVEL ?? 'info',
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const r = currentRequest();
        return r ? { reqId: r.id, platform: r.platform, command: r.command } : {};
      },
      serializers: { err: serializeError },
      redact: { paths: REDACT_PATHS, censor },
    },
    destination,
  );
  const at = (level: Level) => (msg: string, extra?: unknown) => {
    if (level === 'error') noteOutcome('error'); // a request that logged an error went wrong, whatever it answered
    if (extra === undefined) p[level](msg);
    else if (extra instanceof Error) p[level]({ err: extra }, msg);
    else if (isPlainObject(extra)) p[level](extra, msg);
    else p[level]({ extra }, msg);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
