import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeArticle, type Article } from '../../src/articles/article.ts';

/** The seed article as the golden test reads it: body from "Talks among" to before the credit line. */
export function seedArticle(): Article {
  const raw = readFileSync(fileURLToPath(new URL('../fixtures/facts/seed.txt', import.meta.url)), 'utf8');
  const lines = raw.split('\n');
  const bodyStart = raw.indexOf('Talks among');
  const bodyEnd = raw.lastIndexOf('\nAgencies via Xinhua');
  const body = raw.slice(bodyStart, bodyEnd);
  const sub = body.indexOf("'Fake' reports");
  return makeArticle({
    headline: lines[0],
    standfirst: lines[1],
    dateline: 'LONDON/PARIS',
    published: '2025-04-23',
    body,
    subheads: [[sub, sub + "'Fake' reports".length]],
  });
}
