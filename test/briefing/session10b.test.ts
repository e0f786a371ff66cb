/**
 * Generalising the card beyond elections (issue 14, session 10b): an event told as a time of
 * reference ("before Justice Ortiz died", "two weeks after Becker resigned") is not what its sentence
 * reports; "carried out an attack" is no state carried; a month and day without a year in a report of
 * the past ("the Feb. 13 death of …" in September) is of that year, not the next. Made-up sentences
 * and articles through the real extractor; page 1's spread over a story of one busy week keeps
 * its news over filler from a quiet month.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { keyDevelopments, storyMaterial, type StoryDev } from '../../src/briefing/build/build-card.ts';
import { contradictsDate, dateMentions } from '../../src/briefing/build/event-date.ts';
import { decisiveEvent } from '../../src/briefing/build/newsness.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'bay-court',
  title: 'The Bay County high court vacancy',
  match: { terms: ['high court', 'vacancy', 'justice', 'Bay County'], minTerms: 1, people: ['Lena Ortiz'] },
});

function art(id: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet: 'Bay Ledger', published, headline, body, url: `https://bayledger.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe('an event told as a time of reference is not the sentence’s news', () => {
  it('before, since, until, or a measured time after it: no decisive event', () => {
    expect(decisiveEvent('The panel had put the case on its docket a month before Justice Lena Ortiz died.')).toBeNull();
    expect(decisiveEvent('Before Justice Ortiz died, the high court had agreed to hear three cases.')).toBeNull();
    expect(decisiveEvent('Two weeks after Mayor Tom Becker resigned, the council picked a new chair.')).toBeNull();
    expect(decisiveEvent('Since Becker resigned, the council has met twice.')).toBeNull();
    expect(decisiveEvent("A month before Becker's exit, the board approved the harbor plan.")).toBeNull();
  });

  it('still an event: told with its own date, after a plain "after", or with the time word after the verb', () => {
    expect(decisiveEvent('Becker held a wide lead in the polls taken before Ortiz narrowly won the Harbor County primary this week.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
    expect(decisiveEvent("After Becker's exit, the party establishment rallied to Ortiz.")).toMatchObject({ subject: 'becker', lemma: 'withdraw' });
    expect(decisiveEvent('Mayor Tom Becker resigned before the vote on Tuesday.')).toMatchObject({ subject: 'becker', lemma: 'resign' });
    expect(decisiveEvent('Shortly before midnight Ortiz conceded the race.')).toMatchObject({ subject: 'ortiz', lemma: 'lose' });
  });

  it('on a card: the later article’s line about the court’s term is no report of the death', () => {
    const a = art('a1', '2016-02-14', 'Justice Ortiz dies at 79', 'Justice Lena Ortiz died Saturday at her ranch in Bay County, leaving a vacancy on the high court.\n\nShe had served for 30 years.');
    const b = art(
      'b1',
      '2016-06-28',
      'The high court ends its term',
      'The term that ended on Monday included several big cases, but all of them had been put on the docket before Justice Ortiz died.\n\nThe court split four to four twice.',
    );
    const story = storyMaterial({ topic, articles: [b, a] });
    const term = story.developments.find((d) => d.text.startsWith('The term that ended'));
    expect(term).toBeDefined();
    expect(term!.event).toBeNull();
    expect(term!.decisive).toBe(false);
    const death = story.developments.find((d) => d.text.startsWith('Justice Lena Ortiz died'));
    expect(death).toMatchObject({ event: 'die', when: '2016-02-13' });
  });
});

describe('"carried out" is another verb than "carried" (a state won)', () => {
  it('reads no win in it, and still reads one in "carried Harbor County"', () => {
    expect(decisiveEvent('Becker carried out a deadly attack on the depot on Sunday.')).toBeNull();
    expect(decisiveEvent('Just after Becker carried out the audit, Ortiz was calling for change.')).toBeNull();
    expect(decisiveEvent('Ortiz carried Harbor County on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win', objects: ['harbor county'] });
  });
});

describe('a month and day without a year, in a report of the past', () => {
  it('is of the publication’s own year when earlier in it ("the Feb. 13 death" in September)', () => {
    expect(dateMentions('The Feb. 13 death of Justice Lena Ortiz left the court split.', '2016-09-27').map((m) => m.from)).toEqual(['2016-02-13']);
    expect(dateMentions('The high court has been split since February.', '2016-09-27').map((m) => m.from)).toEqual(['2016-02-01']);
    // the text contradicts a September date (it was the next February, which no check could see)
    expect(contradictsDate('The Feb. 13 death of Justice Lena Ortiz left the court split.', '2016-09-27', '2016-09-27')).toBe(true);
  });

  it('is still the next one when put ahead ("by Jan. 20", "until January", "next January") or soon after publication', () => {
    expect(dateMentions('The board must decide until January.', '2016-09-27').map((m) => m.from)).toEqual(['2017-01-01']);
    expect(dateMentions('The new justice takes the oath next January.', '2016-09-27').map((m) => m.from)).toEqual(['2017-01-01']);
    expect(dateMentions('The vote on Nov. 8 decides the seat.', '2016-05-10').map((m) => m.from)).toEqual(['2016-11-08']);
  });

  it('on a card: a later article restating the death is dated when it happened, not when it was published', () => {
    const a = art('a1', '2016-02-14', 'Justice Ortiz dies at 79', 'Justice Lena Ortiz died Saturday at her ranch in Bay County, leaving a vacancy on the high court.\n\nShe had served for 30 years.');
    const c = art('c1', '2016-09-27', 'A court divided', 'The Feb. 13 death of Justice Lena Ortiz left the high court split four to four.\n\nNo successor has been confirmed.');
    const story = storyMaterial({ topic, articles: [c, a] });
    const restated = story.developments.filter((d) => d.articleIds.includes('c1'));
    expect(restated.length).toBeGreaterThan(0);
    for (const d of restated) expect(d.when).not.toBe('2016-09-27');
    expect(restated.some((d) => d.when === '2016-02-13')).toBe(true);
  });
});

describe("page 1's spread over time", () => {
  const dev = (text: string, when: string, weight: number): { d: StoryDev; weight: number } => ({
    d: {
      text,
      key: text.toLowerCase(),
      tokens: text.toLowerCase().replace(/[^a-z ]/g, '').split(' '),
      when,
      lastReported: when,
      cites: [],
      articleIds: [text],
      importance: weight,
      centrality: 1,
      peak: 0,
      event: null,
      actors: null,
      newsness: 0,
      decisive: false,
    },
    weight,
  });

  it('takes at most half of an item’s weight: a story of one busy week keeps its news over a weak line from a quiet month', () => {
    const week = [
      dev('Judge Ortiz ordered the records unsealed', '2016-06-01', 10),
      dev('Becker attacked the judge at a rally', '2016-06-02', 9),
      dev('Lawyers for the students filed new motions', '2016-06-02', 8),
      dev('The council speaker called the remarks racist', '2016-06-03', 7),
      dev('Becker issued a statement saying he was misunderstood', '2016-06-03', 6),
      dev('Legal scholars warned about attacks on judges', '2016-06-01', 5),
    ];
    const filler = dev('Another school faces a separate fraud suit', '2016-03-10', 2);
    const page = keyDevelopments([...week, filler], 6, new Set()).map((k) => k.d.text);
    expect(page).toEqual(week.map((k) => k.d.text));
    // a line of another month still wins over one of the same week when the two weigh alike
    const rival = dev('The students won class status in March', '2016-03-10', 4.5);
    const page2 = keyDevelopments([...week, rival], 6, new Set()).map((k) => k.d.text);
    expect(page2).toContain(rival.d.text);
  });
});
