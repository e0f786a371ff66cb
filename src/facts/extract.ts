/** Article -> Facts: pure, deterministic, offline. */
import type { Article } from '../articles/article.ts';
import type { Facts, Person } from './schema.ts';
import { splitParagraphs, splitSentences } from './sentences.ts';
import { findQuoteSpans } from './quote-marks.ts';
import { words } from './names.ts';
import { buildRegistry } from './people.ts';
import { extractQuotes } from './quotes.ts';
import { extractClaims } from './claims.ts';
import { extractEvents } from './events.ts';
import { extractPositions } from './positions.ts';

export function extractFacts(article: Article): Facts {
  const body = article.body;
  const paragraphs = splitParagraphs(body, article.subheads ?? []);
  const spans = findQuoteSpans(body, paragraphs);
  const sentences = splitSentences(body, paragraphs, spans);
  const sw = sentences.map((s) => words(body, s.start, s.end));
  const reg = buildRegistry(body, sentences);
  const doubles = spans.filter((q) => q.style === 'double' || true);
  const { quotes, attributions } = extractQuotes({ body, articleId: article.id, published: article.published, sentences, sw, quotes: doubles, reg });
  const claims = extractClaims(body, article.id, sentences, attributions, quotes);
  const events = extractEvents(body, article.id, sentences, reg, doubles, article.published);
  const positions = extractPositions(body, article.id, sentences, attributions, reg);
  const people: Person[] = reg.entities.map((e) => {
    const s = sentences[e.sentence];
    return {
      name: e.name,
      aliases: [...e.aliases],
      role: e.role,
      affiliation: e.affiliation,
      kind: e.kind,
      cite: { articleId: article.id, sentenceIndex: e.sentence, charStart: s?.start ?? 0, charEnd: s?.end ?? 0 },
    };
  });
  return { articleId: article.id, sentences, people, quotes, claims, events, positions };
}
