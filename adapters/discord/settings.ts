import { z } from 'zod';
import type { Config } from '../../src/config.ts';

const snowflake = /^\d{17,20}$/;

/**
 * The Discord settings, checked at start. Messages name the setting, never its value.
 * - HTTP interactions mode: DISCORD_PUBLIC_KEY + DISCORD_APPLICATION_ID (DISCORD_TOKEN optional:
 *   needed only to post digests).
 * - Gateway mode: DISCORD_TOKEN alone.
 */
export const DiscordSettingsSchema = z
  .object({
    DISCORD_TOKEN: z.string().min(20, 'DISCORD_TOKEN does not look like a bot token').optional(),
    DISCORD_PUBLIC_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the application page')
      .optional(),
    DISCORD_APPLICATION_ID: z.string().regex(snowflake, 'DISCORD_APPLICATION_ID must be the numeric application id').optional(),
    DISCORD_API_URL: z.string().optional(),
    DISCORD_SHARDS: z
      .string()
      .regex(/^(auto|[1-9]\d*)$/, 'DISCORD_SHARDS must be "auto" or a positive number')
      .optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.DISCORD_TOKEN && !s.DISCORD_PUBLIC_KEY) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_TOKEN'], message: 'set DISCORD_TOKEN (gateway mode) or DISCORD_PUBLIC_KEY + DISCORD_APPLICATION_ID (HTTP interactions mode)' });
    }
    if (s.DISCORD_PUBLIC_KEY && !s.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'DISCORD_APPLICATION_ID is missing: HTTP interactions mode needs it with DISCORD_PUBLIC_KEY' });
    }
  });
export type DiscordSettings = z.infer<typeof DiscordSettingsSchema> & { mode: 'http' | 'gateway' };

export class DiscordSettingsError extends Error {}

export function discordSettings(config: Config): DiscordSettings {
  const r = DiscordSettingsSchema.safeParse({
    DISCORD_TOKEN: config.DISCORD_TOKEN,
    DISCORD_PUBLIC_KEY: config.DISCORD_PUBLIC_KEY,
    DISCORD_APPLICATION_ID: config.DISCORD_APPLICATION_ID,
    DISCORD_API_URL: config.DISCORD_API_URL,
    DISCORD_SHARDS: config.DISCORD_SHARDS,
  });
  if (!r.success) {
    // zod messages here are written by us and never include the value.
    throw new DiscordSettingsError(`Discord settings are incomplete:\n${r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return { ...r.data, mode: r.data.DISCORD_PUBLIC_KEY ? 'http' : 'gateway' };
}

/** REST options shared by every @discordjs/rest instance we make. */
export function restOptions(config: Pick<Config, 'DISCORD_API_URL'>): { api?: string } {
  return config.DISCORD_API_URL ? { api: config.DISCORD_API_URL.replace(/\/+$/, '') } : {};
}
