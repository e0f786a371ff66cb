import { z } from 'zod';
import type { Config } from '../../src/config.ts';

/** The Slack settings in force: Socket Mode (app token) or HTTP mode (signing secret). */
export type SlackSettings =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string; admins: Set<string> }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl?: string; admins: Set<string> };

const token = (name: string, prefix: string) =>
  z
    .string({ error: `${name} is missing` })
    .min(1, `${name} is missing`)
    .refine((s) => s.startsWith(prefix), `${name} should start with "${prefix}"`);

const Socket = z.object({
  SLACK_BOT_TOKEN: token('SLACK_BOT_TOKEN', 'xox'),
  SLACK_APP_TOKEN: token('SLACK_APP_TOKEN', 'xapp-'),
});
const Http = z.object({
  SLACK_BOT_TOKEN: token('SLACK_BOT_TOKEN', 'xox'),
  SLACK_SIGNING_SECRET: z
    .string({ error: 'SLACK_SIGNING_SECRET is missing (HTTP mode needs it; or set SLACK_APP_TOKEN for Socket Mode)' })
    .min(1, 'SLACK_SIGNING_SECRET is missing (HTTP mode needs it; or set SLACK_APP_TOKEN for Socket Mode)'),
});

export class SlackSettingsError extends Error {}

/** Validate the Slack settings; the message names what is missing or wrong, never a value. */
export function slackSettings(config: Config): SlackSettings {
  const admins = new Set((config.SLACK_ADMIN_USERS ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const apiUrl = config.SLACK_API_URL ? (config.SLACK_API_URL.endsWith('/') ? config.SLACK_API_URL : `${config.SLACK_API_URL}/`) : undefined;
  const schema = config.SLACK_APP_TOKEN ? Socket : Http;
  const r = schema.safeParse(config);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.message}`);
    throw new SlackSettingsError(`Slack adapter cannot start:\n${lines.join('\n')}`);
  }
  return config.SLACK_APP_TOKEN
    ? { mode: 'socket', botToken: config.SLACK_BOT_TOKEN!, appToken: config.SLACK_APP_TOKEN, apiUrl, admins }
    : { mode: 'http', botToken: config.SLACK_BOT_TOKEN!, signingSecret: config.SLACK_SIGNING_SECRET!, apiUrl, admins };
}
