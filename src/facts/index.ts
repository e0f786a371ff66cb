export { extractFacts } from './extract.ts';
export * from './schema.ts';
export { resolveDate } from './dates.ts';
export { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
export { splitParagraphs, splitSentences } from './sentences.ts';
export { extractHeadlineQuotes } from './headline.ts';
