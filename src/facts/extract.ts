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
import { applySpeakerModel, type ModelInput, type SpeakerModel } from './speaker-model.ts';
import modelData from './speaker-model.json' with { type: 'json' };

/** The committed speaker model (bench/train.ts writes it). */
export const SPEAKER_MODEL: SpeakerModel = modelData as SpeakerModel;

/**
 * The rules' stage: quotes with the speakers the rules chose, and what the speaker model reads.
 * `extractFacts` applies the model; training reads this stage.
 */
export function extractStage(article: Article) {
  const body = article.body;
  const paragraphs = splitParagraphs(body, article.subheads ?? []);
  const spans = findQuoteSpans(body, paragraphs);
  const sentences = splitSentences(body, paragraphs, spans);
  const sw = sentences.map((s) => words(body, s.start, s.end));
  const reg = buildRegistry(body, sentences);
  const { quotes, attributions, meta } = extractQuotes({ body, articleId: article.id, published: article.published, sentences, sw, quotes: spans, reg });
  const model: ModelInput = { body, sentences, sw, reg, doubles: spans, quotes, meta };
  return { body, sentences, sw, reg, spans, quotes, attributions, model };
}

export function extractFacts(article: Article, speakerModel: SpeakerModel | null = SPEAKER_MODEL): Facts {
  const { body, sentences, reg, spans: doubles, quotes, attributions, model } = extractStage(article);
  if (speakerModel) applySpeakerModel(model, speakerModel);
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
