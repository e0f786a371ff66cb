import type { APIEmbed } from '@discordjs/core/http-only';

/** Discord's hard limits for a message's embeds. */
export const LIMITS = {
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  content: 2000,
} as const;

/** Characters Discord counts toward the 6000 total of one embed. */
export function embedChars(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every way a set of embeds breaks Discord's limits (empty when it fits). */
export function embedProblems(embeds: APIEmbed[]): string[] {
  const p: string[] = [];
  if (embeds.length > LIMITS.embeds) p.push(`${embeds.length} embeds (max ${LIMITS.embeds})`);
  const total = embeds.reduce((n, e) => n + embedChars(e), 0);
  if (total > LIMITS.total) p.push(`${total} characters in all (max ${LIMITS.total})`);
  embeds.forEach((e, i) => {
    if ((e.title?.length ?? 0) > LIMITS.title) p.push(`embed ${i}: title too long`);
    if ((e.description?.length ?? 0) > LIMITS.description) p.push(`embed ${i}: description too long`);
    if ((e.footer?.text.length ?? 0) > LIMITS.footer) p.push(`embed ${i}: footer too long`);
    if ((e.author?.name.length ?? 0) > LIMITS.author) p.push(`embed ${i}: author too long`);
    if ((e.fields?.length ?? 0) > LIMITS.fields) p.push(`embed ${i}: ${e.fields!.length} fields (max ${LIMITS.fields})`);
    (e.fields ?? []).forEach((f, j) => {
      if (!f.name.length || f.name.length > LIMITS.fieldName) p.push(`embed ${i} field ${j}: name length ${f.name.length}`);
      if (!f.value.length || f.value.length > LIMITS.fieldValue) p.push(`embed ${i} field ${j}: value length ${f.value.length}`);
    });
  });
  return p;
}
