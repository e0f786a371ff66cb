import { z } from 'zod';
import { cronProblem, DEFAULT_DIGEST_CRON } from './schedule/clock.ts';

const optional = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));
/** A true/false setting: true, 1 or yes (any case); unset is false. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .refine((s) => s === undefined || ['', 'true', 'false', '1', '0', 'yes', 'no'].includes(s), 'must be true or false')
  .transform((s) => s === 'true' || s === '1' || s === 'yes');
const url = optional.refine((s) => s === undefined || /^https?:\/\//.test(s), 'must be an http(s) URL');

/**
 * The JavaScript heap of `briefbot ingest`'s thread, in MB (INGEST_HEAP_MB). V8 collects lazily
 * while it has room: uncapped, the heap of a long ingest grows to several hundred MB though what
 * is live stays under 100 MB; capped, V8 also grows it less eagerly. A 5 MB article (the largest a
 * source may serve by default) needs about 300 MB while it is extracted.
 */
export const INGEST_HEAP_MB = 384;

/** Every setting briefbot reads from the environment. `.env.example` documents each one. */
export const ConfigSchema = z.object({
  BRIEFBOT_DB: z.string().default('./data/briefbot.db'),
  DATABASE_URL: optional.refine((s) => s === undefined || /^postgres(ql)?:\/\//.test(s), 'must be a postgres:// URL'),
  // --- store resilience (PostgreSQL): fail fast while the server does not answer, heal when it does ---
  PG_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  PG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  /** A Slack or Discord request not answered within this many seconds gets a plain apology instead (the work is abandoned). */
  REPLY_DEADLINE_SECONDS: z.coerce.number().positive().max(600).default(8),
  BRIEFINGS_DIR: z.string().default('./briefings'),
  SEEDS_DIR: z.string().default('./seeds'),
  DEFAULT_TIMEZONE: z
    .string()
    .default('UTC')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/London'),
  DIGEST_MAX_LATE_HOURS: z.coerce.number().positive().default(6),
  /** When the digest engine wakes (node-cron; 6 fields for seconds). What is due comes from the store. */
  DIGEST_CRON: z
    .string()
    .trim()
    .optional()
    .transform((s) => s || DEFAULT_DIGEST_CRON)
    .superRefine((s, ctx) => {
      const problem = cronProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Tests only: the digest clock reads now from this file (one ISO instant). Never set in production. */
  BRIEFBOT_TEST_CLOCK_FILE: optional,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: url,
  SLACK_ADMIN_USERS: optional,
  DISCORD_TOKEN: optional,
  DISCORD_PUBLIC_KEY: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_API_URL: url,
  DISCORD_SHARDS: optional,
  // --- worker threads (src/app/work): cards, who-said answers, reading and extracting articles ---
  WORKER_THREADS: optional.pipe(z.coerce.number<string | undefined>().int().min(0).max(64).optional()),
  // `briefbot ingest` runs on a thread whose JavaScript heap is capped at this (MB): memory stays bounded.
  INGEST_HEAP_MB: z.coerce.number().int().min(64).max(16_384).default(INGEST_HEAP_MB),
  // --- sources (src/sources) ---
  SOURCES_ALLOW_PRIVATE: flag,
  SOURCES_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  SOURCES_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(20),
  SOURCES_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  // --- operations (src/metrics.ts, src/log.ts) ---
  METRICS: flag,
  /** Serve /metrics on its own port instead of PORT (0: any free port). */
  METRICS_PORT: optional
    .refine((s) => s === undefined || (/^\d{1,5}$/.test(s) && Number(s) <= 65535), 'must be a port number (0-65535)')
    .transform((s) => (s === undefined ? undefined : Number(s))),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  // --- web pages (adapters/web): cards and articles in a browser, linked from chat ---
  PUBLIC_URL: url,
  WEB_SECRET: optional.refine((s) => s === undefined || s.length >= 32, 'must be at least 32 characters (e.g. openssl rand -hex 32)'),
  WEB_PUBLIC: flag,
}).refine((c) => !c.PUBLIC_URL || c.WEB_SECRET || c.WEB_PUBLIC, {
  path: ['WEB_SECRET'],
  message: 'PUBLIC_URL is set: set WEB_SECRET (to sign the links) or WEB_PUBLIC=true (pages open to anyone)',
});
export type Config = z.infer<typeof ConfigSchema>;

/** Names of settings that are secrets: never logged, never echoed in errors. */
export const SECRET_KEYS = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'DATABASE_URL', 'WEB_SECRET'] as const;

export class ConfigError extends Error {}

/** Validate the environment; a clear message naming each bad setting (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = ConfigSchema.safeParse(env);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n${lines.join('\n')}`);
  }
  return r.data;
}

/** Strip every secret value from a string (for logs and error replies). */
export function redact(text: string, config: Partial<Config>): string {
  let out = text;
  const values: unknown[] = SECRET_KEYS.map((k) => config[k]);
  // The password inside DATABASE_URL too, in case an error quotes the URL in another form.
  try {
    const pw = config.DATABASE_URL ? new URL(config.DATABASE_URL).password : '';
    if (pw) values.push(pw, decodeURIComponent(pw));
  } catch {
    /* not a URL: the whole value is redacted above */
  }
  for (const v of values) {
    if (typeof v === 'string' && v.length >= 4) out = out.split(v).join('[redacted]');
  }
  return (
    out
      .replace(/\b(xox[abprs]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)/g, '[redacted]')
      // Discord interaction tokens (each lets its holder answer as the bot for 15 minutes): in webhook
      // and callback paths, which API errors quote, and on their own ("interaction:" in base64).
      .replace(/(\/(?:webhooks|interactions)\/\d{5,25}\/)[^\s/"'?#\\]+/g, '$1[redacted]')
      .replace(/\baW50ZXJhY3Rpb246[A-Za-z0-9_-]+/g, '[redacted]')
  );
}
