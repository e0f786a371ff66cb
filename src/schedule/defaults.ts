/** Briefing files may declare default digests (`digest.channels`): those channels always get the topic. */
import type { Topic } from '../briefing/topic.ts';
import type { Store } from '../store/store.ts';

/** Add each declared (channel, topic) that is missing; a channel's own time and settings are kept. Returns how many were added. */
export async function syncDefaultDigests(store: Store, topics: readonly Topic[], defaultTimezone: string): Promise<number> {
  let added = 0;
  for (const topic of topics) {
    for (const ch of topic.digest.channels) {
      const cur = (await store.listSubscriptions({ platform: ch.platform, workspace: ch.workspace, channel: ch.channel }))[0];
      if (cur?.topics.includes(topic.id)) continue;
      await store.addSubscription(
        cur
          ? { ...cur, topics: [topic.id] }
          : { platform: ch.platform, workspace: ch.workspace, channel: ch.channel, topics: [topic.id], time: ch.time, timezone: ch.timezone ?? defaultTimezone },
      );
      added++;
    }
  }
  return added;
}
