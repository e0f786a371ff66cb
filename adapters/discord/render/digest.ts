/** A digest as Discord messages: a card per topic with news, then one line for the quiet ones. */
import type { BriefingCard } from '../../../src/briefing/card.ts';
import type { CardLinks } from '../../../src/briefing/render/index.ts';
import type { Digest } from '../../../src/schedule/digest.ts';
import { renderReply, type MessageBody } from './reply.ts';
import { clip, safe } from './safe-text.ts';
import { LIMITS } from './limits.ts';

/** The messages of one digest, in order: a card per topic with news, then one line for the quiet ones. */
export function digestMessages(digest: Digest, links?: (card: BriefingCard) => CardLinks | undefined): MessageBody[] {
  const out: MessageBody[] = [];
  for (const card of digest.cards) {
    const l = links?.(card);
    out.push(renderReply(l ? { type: 'card', card, links: l } : { type: 'card', card }));
  }
  if (digest.quietTopics.length) {
    const names = digest.quietTopics.map((t) => `${t.title} (${t.topic})`).join('; ');
    out.push({ content: clip(safe(`Nothing new since the last digest: ${names}.`), LIMITS.content), allowed_mentions: { parse: [] } });
  }
  if (!out.length) out.push({ content: 'Nothing new since the last digest.', allowed_mentions: { parse: [] } });
  return out;
}
