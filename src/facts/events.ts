/**
 * Events: what happened ("Rubio abruptly canceled his trip to London") and what is scheduled
 * ("Witkoff is to visit Moscow this week"), with the date resolved when the text gives it.
 */
import type { Event, Sentence } from './schema.ts';
import type { Registry } from './people.ts';
import { ACTION_VERBS, SCHEDULE_MARKERS } from './lexicon.ts';
import { resolveDate } from './dates.ts';
import { insideSpan, type QuoteSpan } from './quote-marks.ts';

const ADVERB = /^(?:\s+(?:abruptly|also|quickly|suddenly|reportedly|finally|formally|officially|then|later|previously|already|has|have|had|recently))*\s+/;

export function extractEvents(body: string, articleId: string, sentences: Sentence[], reg: Registry, quotes: QuoteSpan[], published?: string): Event[] {
  const out: Event[] = [];
  const inQuote = (p: number) => insideSpan(quotes, p);
  let mi = 0;
  for (const s of sentences) {
    const cite = { articleId, sentenceIndex: s.index, charStart: s.start, charEnd: s.end };
    while (mi < reg.mentions.length && reg.mentions[mi].start < s.start) mi++;
    for (let k = mi; k < reg.mentions.length && reg.mentions[k].start < s.end; k++) {
      const m = reg.mentions[k];
      if (inQuote(m.start)) continue;
      const e = reg.entities[m.entity];
      if (e.kind === 'outlet') continue;
      const after = body.slice(m.end, s.end);
      if (/^['’]s\b/.test(after)) continue;
      // Clause: to the next comma/semicolon/sentence end.
      const clauseEnd = (() => {
        const r = /[,;:]\s|\.\s*$|\s[—–]\s|$/.exec(after);
        return m.end + (r ? r.index : after.length);
      })();
      const clause = body.slice(m.end, clauseEnd);
      // The phrase starts at the role before the name when there is one.
      const start = m.start;
      const sched = SCHEDULE_MARKERS.exec(clause);
      if (sched && sched.index <= 12) {
        const d = resolveDate(body, m.end, clauseEnd, published, true);
        out.push({ what: body.slice(start, clauseEnd).trim(), when: d?.value ?? null, status: 'scheduled', who: e.name, cite });
        continue;
      }
      const adv = ADVERB.exec(clause);
      const rest = adv ? clause.slice(adv[0].length) : '';
      const verb = /^([a-z]+(?:\s(?:off|out|away))?)\b/.exec(rest);
      if (verb && (ACTION_VERBS.has(verb[1]) || ACTION_VERBS.has(verb[1].split(' ')[0]))) {
        const d = resolveDate(body, s.start, s.end, published, false);
        out.push({ what: body.slice(start, clauseEnd).trim(), when: d && /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? d.value : null, status: 'happened', who: e.name, cite });
      }
    }
  }
  return out;
}
