/** A digest as terminal text (the console adapter prints digests; the CLI prints one on demand). */
import { renderText } from '../briefing/render/index.ts';
import { localParts } from './zoned.ts';
import type { Digest } from './digest.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the subscription's local time: "2025-04-23 07:30 (Europe/London)". */
export function localTime(iso: string, tz: string): string {
  const p = localParts(Date.parse(iso), tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)} (${tz})`;
}

/** One line naming the quiet topics, or null when there are none. */
export function quietIndexLine(d: Digest): string | null {
  if (!d.quietTopics.length) return null;
  return `${d.quiet ? 'Nothing new' : 'Also followed, nothing new'}${d.since ? ` since ${localTime(d.since, d.subscription.timezone)}` : ''}: ${d.quietTopics.map((t) => t.title).join(' · ')}`;
}

export function digestTitle(d: Digest): string {
  const where = [d.subscription.platform, d.subscription.workspace, d.subscription.channel].filter(Boolean).join('/');
  return `Digest for ${where} — ${localTime(d.slot, d.subscription.timezone)}`;
}

export function renderDigestText(d: Digest): string {
  const out = [`=== ${digestTitle(d)} ===`];
  if (d.quiet) out.push(`Nothing new since ${d.since ? localTime(d.since, d.subscription.timezone) : 'the last digest'}.`);
  for (const card of d.cards) out.push('', renderText(card).trimEnd());
  const idx = quietIndexLine(d);
  if (idx && !d.quiet) out.push('', idx);
  else if (d.quiet && d.quietTopics.length) out.push(`Topics: ${d.quietTopics.map((t) => t.title).join(' · ')}`);
  return out.join('\n') + '\n';
}
