/**
 * Discord's hard limits for a message and its embeds, and the budgets the renderers keep under
 * them: the one table every Discord renderer and the checker read. `embedChars` is the one counter.
 */
import type { APIEmbed } from '@discordjs/core/http-only';

export const LIMITS = {
  embeds: 10,
  /** Characters across every embed of a message (title, description, field names and values, footer, author). */
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Message content. */
  content: 2000,
  /** custom_id of a component. */
  customId: 100,
  buttonLabel: 80,
  /** One item of user text in a card before escaping; an escaped line never exceeds `lineHardCap`. */
  lineChars: 300,
  lineHardCap: 450,
  /** A name or label (speaker, role, party) in a card, after escaping. */
  labelHardCap: 120,
} as const;

/** Characters Discord counts toward the 6000 total, for one embed or a message's embeds. */
export function embedChars(e: APIEmbed | readonly APIEmbed[]): number {
  if (Array.isArray(e)) return e.reduce((n: number, x: APIEmbed) => n + embedChars(x), 0);
  const one = e as APIEmbed;
  return (
    (one.title?.length ?? 0) +
    (one.description?.length ?? 0) +
    (one.footer?.text.length ?? 0) +
    (one.author?.name.length ?? 0) +
    (one.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every way a set of embeds breaks Discord's limits (empty when it fits). */
export function embedProblems(embeds: readonly APIEmbed[]): string[] {
  const p: string[] = [];
  if (embeds.length > LIMITS.embeds) p.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  const total = embedChars(embeds);
  if (total > LIMITS.total) p.push(`${total} characters in all (max ${LIMITS.total})`);
  embeds.forEach((e, i) => {
    if ((e.title?.length ?? 0) > LIMITS.title) p.push(`embed ${i}: title too long`);
    if ((e.description?.length ?? 0) > LIMITS.description) p.push(`embed ${i}: description too long`);
    if ((e.footer?.text.length ?? 0) > LIMITS.footer) p.push(`embed ${i}: footer too long`);
    if ((e.author?.name.length ?? 0) > LIMITS.author) p.push(`embed ${i}: author too long`);
    const fields = e.fields ?? [];
    if (fields.length > LIMITS.fields) p.push(`embed ${i}: ${fields.length} fields (max ${LIMITS.fields})`);
    fields.forEach((f, j) => {
      if (!f.name.length || f.name.length > LIMITS.fieldName) p.push(`embed ${i} field ${j}: name length ${f.name.length}`);
      if (!f.value.length || f.value.length > LIMITS.fieldValue) p.push(`embed ${i} field ${j}: value length ${f.value.length}`);
    });
  });
  return p;
}
