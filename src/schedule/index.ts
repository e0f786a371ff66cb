export { DigestSchema, type Digest, type DigestPoster } from './digest.ts';
export { DigestEngine, DEFAULT_RETRY, describeSub, type DigestEngineOptions, type DigestPosters, type Platform, type RetryPolicy, type TickReport } from './engine.ts';
export { DigestBuilder, assembleDigest, cardHasNews, DIGEST_CARD_WINDOW, type DigestRequest } from './build-digest.ts';
export { renderDigestText, digestTitle, quietIndexLine, localTime } from './digest-text.ts';
export { nextSlot, previousSlot, slotsBetween, slotOn, dueSlots, type DuePlan, type DueOptions } from './slots.ts';
export { zonedInstant, localParts, isTimeZone } from './zoned.ts';
export { syncDefaultDigests } from './defaults.ts';
