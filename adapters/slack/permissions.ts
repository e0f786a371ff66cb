import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

const TTL_MS = 5 * 60_000;

/**
 * Who may manage a channel's digests: workspace admins and owners (users.info), and the user
 * ids in SLACK_ADMIN_USERS. Answers are cached for a few minutes; a failed lookup is a "no".
 */
export function managerCheck(client: webApi.WebClient, admins: Set<string>, log: Logger) {
  const cache = new Map<string, { ok: boolean; at: number }>();
  return async function canManage(user: string): Promise<boolean> {
    if (admins.has(user)) return true;
    const hit = cache.get(user);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.ok;
    try {
      const r = await client.users.info({ user });
      const u = r.user;
      const ok = Boolean(u && (u.is_admin || u.is_owner || u.is_primary_owner));
      cache.set(user, { ok, at: Date.now() });
      return ok;
    } catch (e) {
      log.warn(`slack: users.info failed for ${user}; treating as not an admin`, e);
      return false;
    }
  };
}
