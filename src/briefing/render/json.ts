/** JSON: the card itself, validated, pretty-printed. */
import { BriefingCardSchema, type BriefingCard } from '../card.ts';

export function renderJson(card: BriefingCard): string {
  return JSON.stringify(BriefingCardSchema.parse(card), null, 2) + '\n';
}
