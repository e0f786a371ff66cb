/**
 * Block Kit limits (the documented per-block ones, plus Slack's undocumented ~13,000 characters of
 * block text per message, `msg_blocks_too_long`) and the budgets the renderers keep under them: the
 * one table every Slack renderer and the checker read. `blockTextLength` is the one text counter.
 */
import type { types } from '@slack/bolt';

export const LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  url: 3000,
  /**
   * Our budget for all block text in one message (`blockTextLength`): Slack rejects long messages
   * with msg_blocks_too_long somewhere around 13,000 characters (undocumented); stay well under it.
   */
  totalText: 11_000,
  /** Slack truncates top-level text past 40,000; a message's fallback text must stay under this. */
  fallbackText: 4000,
  /** Our budget for the fallback text (notifications, screen readers): one short line. */
  notificationText: 300,
  /** One item of user text in a card before escaping; an escaped line never exceeds `lineHardCap`. */
  lineChars: 600,
  lineHardCap: 1000,
  /** A name or label (speaker, role, party) in a card, after escaping. */
  labelHardCap: 300,
} as const;

/** A Block Kit message as sent: fallback text and blocks, typed with Slack's own block types. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The characters of text in a message's blocks that count toward `LIMITS.totalText`: every string
 * held under a `text` key (text objects of sections, headers, context elements, buttons, fields)
 * and every `value` (button values). Walks any shape, so the checker can use it on untrusted input.
 */
export function blockTextLength(blocks: readonly unknown[]): number {
  let n = 0;
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key === 'text' || key === 'value') n += v.length;
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(blocks);
  return n;
}
