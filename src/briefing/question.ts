import { z } from 'zod';

/** A who-said question, as understood. */
export const QuestionSchema = z.discriminatedUnion('form', [
  /** "who said X" / a quoted phrase: quotes whose words contain X. */
  z.object({ form: z.literal('phrase'), phrase: z.string(), exact: z.boolean() }),
  /** "what did P say [about T]" / a bare name. */
  z.object({ form: z.literal('person'), person: z.string(), about: z.string().nullable(), bare: z.boolean().optional() }),
  /** "did anyone deny/confirm X". */
  z.object({ form: z.literal('response'), response: z.enum(['denied', 'confirmed']), about: z.string() }),
  /** "where does P stand on T". */
  z.object({ form: z.literal('stance'), party: z.string(), about: z.string().nullable() }),
  /** Anything else. */
  z.object({ form: z.literal('unknown'), text: z.string() }),
]);
export type Question = z.infer<typeof QuestionSchema>;

const clean = (s: string) => s.replace(/[?!.。]+\s*$/, '').trim();
const unquote = (s: string) => s.replace(/^["“”'‘’«»]+|["“”'‘’«»]+$/g, '').trim();
/** "the Kremlin" → "Kremlin", "the US" → "US". */
const noArticle = (s: string) => s.trim().replace(/^the\s+/i, '');

/** Understand a question in plain words. Pure; never throws. */
export function parseQuestion(input: string): Question {
  const text = clean(input.replace(/\s+/g, ' ').replace(/^@?briefbot\b[:,]?\s*/i, ''));
  if (!text) return { form: 'unknown', text: input };
  let m: RegExpExecArray | null;
  if ((m = /^["“]([^"”]+)["”]$/.exec(text))) return { form: 'phrase', phrase: m[1].trim(), exact: true };
  if ((m = /^who (?:said|says|has said|called|described)\s+(.+)$/i.exec(text))) {
    const phrase = m[1].trim();
    return { form: 'phrase', phrase: unquote(phrase), exact: /^["“].*["”]$/.test(phrase) };
  }
  if ((m = /^(?:who wants|who is calling for|who called for)\s+(.+)$/i.exec(text))) return { form: 'phrase', phrase: unquote(m[1]), exact: false };
  if (
    (m = /^what (?:did|does|has|have) (.+?) (?:say|said|tell|told)(?: (?:reporters|journalists|the press|the media))?(?: (?:about|on|of|regarding|over) (.+))?$/i.exec(text)) ||
    (m = /^what (?:is|was|are|were) (.+?) saying(?: (?:about|on|of|regarding|over) (.+))?$/i.exec(text))
  ) {
    return { form: 'person', person: noArticle(m[1]), about: m[2] ? unquote(m[2]) : null };
  }
  if ((m = /^who (deny|denied|denies|disputed|rejected|dismissed|confirm|confirmed|confirms)\s+(?:that )?(.+)$/i.exec(text))) {
    return { form: 'response', response: /^confirm/i.test(m[1]) ? 'confirmed' : 'denied', about: unquote(m[2]) };
  }
  if ((m = /^(?:did|has|have) (?:anyone|anybody|someone|any\w*) (deny|denied|dispute|disputed|reject|rejected|dismiss|dismissed|confirm|confirmed)(?: that)? (.+)$/i.exec(text))) {
    const confirm = /^confirm/i.test(m[1]);
    return { form: 'response', response: confirm ? 'confirmed' : 'denied', about: unquote(m[2]) };
  }
  if ((m = /^(?:where|what) (?:does|do|did) (.+?) stand(?: on (.+))?$/i.exec(text)) || (m = /^what is (.+?)(?:'s|’s) (?:position|stance)(?: on (.+))?$/i.exec(text))) {
    return { form: 'stance', party: noArticle(m[1]), about: m[2] ? unquote(m[2]) : null };
  }
  if (/^(who|what|where|when|why|how|did|does|is|are|can)\b/i.test(text)) return { form: 'unknown', text };
  // A bare name: a few capitalised or plain words with no quote marks.
  if (/^[\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,3}$/u.test(text)) return { form: 'person', person: noArticle(text), about: null, bare: true };
  return { form: 'phrase', phrase: unquote(text), exact: /^["“]/.test(text) };
}

/** What the bot understands, for the answer to anything else. */
export const QUESTION_FORMS = [
  'who said "a lot of fakes"',
  'what did Peskov say about the reports',
  'did anyone deny the FT report',
  'where does Ukraine stand on territory',
  'a name alone (Peskov) or a "quoted phrase"',
];
