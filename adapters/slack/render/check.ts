/**
 * A checker for Block Kit messages: every way a message breaks Slack's limits (LIMITS), as
 * readable strings. Takes any shape (tests feed it whatever a renderer produced).
 */
import { LIMITS, blockTextLength } from './limits.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function textObj(t: unknown, where: string, max: number, problems: string[], kinds = ['plain_text', 'mrkdwn']): number {
  if (!isObj(t) || typeof t.text !== 'string' || !kinds.includes(String(t.type))) {
    problems.push(`${where}: not a ${kinds.join('/')} text object`);
    return 0;
  }
  if (!t.text.length) problems.push(`${where}: empty text`);
  if (t.text.length > max) problems.push(`${where}: ${t.text.length} chars > ${max}`);
  return t.text.length;
}

function element(e: unknown, where: string, problems: string[]): number {
  if (!isObj(e)) {
    problems.push(`${where}: not an object`);
    return 0;
  }
  if (e.type !== 'button') return 0;
  const n = textObj(e.text, `${where}.text`, LIMITS.buttonText, problems, ['plain_text']);
  if (typeof e.action_id !== 'string' || !e.action_id || e.action_id.length > LIMITS.actionId) problems.push(`${where}: bad action_id`);
  if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > LIMITS.buttonValue)) problems.push(`${where}: bad value`);
  if (e.url !== undefined && (typeof e.url !== 'string' || e.url.length > LIMITS.url)) problems.push(`${where}: bad url`);
  return n;
}

/** Problems with a message, as readable strings; empty when Slack would take it. */
export function checkMessage(msg: { text: unknown; blocks: unknown }): string[] {
  const problems: string[] = [];
  if (typeof msg.text !== 'string' || !msg.text.trim()) problems.push('text: missing fallback text');
  else if (msg.text.length > LIMITS.fallbackText) problems.push(`text: ${msg.text.length} chars > ${LIMITS.fallbackText}`);
  if (!Array.isArray(msg.blocks)) return [...problems, 'blocks: not an array'];
  if (!msg.blocks.length) problems.push('blocks: empty');
  if (msg.blocks.length > LIMITS.blocks) problems.push(`blocks: ${msg.blocks.length} > ${LIMITS.blocks}`);
  const ids = new Set<string>();
  msg.blocks.forEach((b, i) => {
    const w = `blocks[${i}]`;
    if (!isObj(b)) return problems.push(`${w}: not an object`);
    if (b.block_id !== undefined) {
      if (typeof b.block_id !== 'string' || !b.block_id || b.block_id.length > LIMITS.blockId) problems.push(`${w}: bad block_id`);
      else if (ids.has(b.block_id)) problems.push(`${w}: duplicate block_id ${b.block_id}`);
      else ids.add(b.block_id);
    }
    switch (b.type) {
      case 'header':
        textObj(b.text, `${w}.text`, LIMITS.headerText, problems, ['plain_text']);
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) problems.push(`${w}: section needs text or fields`);
        if (b.text !== undefined) textObj(b.text, `${w}.text`, LIMITS.sectionText, problems);
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length > LIMITS.fields) problems.push(`${w}.fields: more than ${LIMITS.fields}`);
          else b.fields.forEach((f, j) => textObj(f, `${w}.fields[${j}]`, LIMITS.fieldText, problems));
        }
        if (b.accessory !== undefined) element(b.accessory, `${w}.accessory`, problems);
        break;
      }
      case 'context':
        if (!Array.isArray(b.elements) || !b.elements.length || b.elements.length > LIMITS.contextElements) problems.push(`${w}.elements: 1..${LIMITS.contextElements} required`);
        else b.elements.forEach((e, j) => (isObj(e) && e.type === 'image' ? undefined : textObj(e, `${w}.elements[${j}]`, LIMITS.contextText, problems)));
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || !b.elements.length || b.elements.length > LIMITS.actionsElements) problems.push(`${w}.elements: 1..${LIMITS.actionsElements} required`);
        else {
          b.elements.forEach((e, j) => element(e, `${w}.elements[${j}]`, problems));
          const aids = b.elements.map((e) => (isObj(e) ? e.action_id : undefined)).filter(Boolean);
          if (new Set(aids).size !== aids.length) problems.push(`${w}: duplicate action_id`);
        }
        break;
      case 'divider':
      case 'rich_text':
      case 'image':
        break;
      default:
        problems.push(`${w}: unknown block type ${String(b.type)}`);
    }
  });
  const total = blockTextLength(msg.blocks);
  if (total > LIMITS.totalText) problems.push(`blocks: ${total} chars of text > ${LIMITS.totalText}`);
  return problems;
}
