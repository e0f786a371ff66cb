import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');
export const seedPath = fileURLToPath(new URL('../../seeds/ukraine-talks-2025-04-23.md', import.meta.url));

/** The text of each subhead span. */
export const subheadTexts = (a: { body: string; subheads: [number, number][] }): string[] =>
  a.subheads.map(([s, e]) => a.body.slice(s, e));

/** The body is the file's text from bodyOffset, exactly. */
export const sliceOf = (raw: string, a: { body: string; bodyOffset?: number }): string =>
  raw.slice(a.bodyOffset ?? -1, (a.bodyOffset ?? -1) + a.body.length);
