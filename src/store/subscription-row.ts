import { SubscriptionSchema, type Subscription } from './store.ts';

/** A `subscriptions` row (either engine) as a Subscription. */
export function subscriptionFromRow(r: Record<string, unknown>): Subscription {
  return SubscriptionSchema.parse({
    id: r.id,
    platform: r.platform,
    workspace: r.workspace,
    channel: r.channel,
    topics: JSON.parse(r.topics_json as string),
    time: r.time,
    timezone: r.timezone,
    quietDay: r.quiet_day,
    createdAt: r.created_at,
    lastPostedSlot: r.last_posted_slot ?? null,
    lastPostedAt: r.last_posted_at ?? null,
  });
}
