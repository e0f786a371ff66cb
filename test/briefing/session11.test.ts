/**
 * Session 11 (issue 14): a day's news between the same people, told in other words by several
 * outlets, is one development; a day named between a subject and its verb ("Roe on Friday
 * endorsed Lee") is when, not who; the TL;DR tells a news cycle once. Made-up sentences and
 * articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard, storyMaterial } from '../../src/briefing/build/build-card.ts';
import { forgetStories } from '../../src/briefing/build/developments.ts';
import { decisiveEvent } from '../../src/briefing/build/newsness.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-feud',
  title: 'Mayor Lena Ortiz and Governor Tom Becker',
  match: { terms: ['harbor plan', 'Ortiz', 'Becker', 'mayor', 'governor'], minTerms: 1, people: ['Lena Ortiz', 'Tom Becker'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://news.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe('a day named between the subject and its verb', () => {
  it('is when, not who: "Roe on Friday endorsed Lee" is Roe’s endorsement', () => {
    expect(decisiveEvent('Governor Tom Becker on Friday endorsed the re-election of Mayor Lena Ortiz.')).toMatchObject({ subject: 'becker', lemma: 'endorse', objects: ['mayor lena ortiz'] });
    expect(decisiveEvent('Mayor Lena Ortiz late Tuesday night signed the harbor plan.')).toMatchObject({ subject: 'ortiz', lemma: 'sign' });
    expect(decisiveEvent('Mayor Lena Ortiz on Jan. 5 signed the harbor plan.')).toMatchObject({ subject: 'ortiz', lemma: 'sign' });
    expect(decisiveEvent('Mayor Lena Ortiz last week announced her bid for a third term.')).toMatchObject({ subject: 'ortiz', lemma: 'announce' });
  });

  it('still no subject when none is named before it', () => {
    expect(decisiveEvent('On Friday endorsed the harbor plan.')).toBeNull();
  });
});

describe('a name’s appositive between commas before its verb', () => {
  it('"Ortiz, a Democrat, was elected" is Ortiz’s election', () => {
    expect(decisiveEvent('Ortiz, a Democrat, was elected as mayor of Harbor City last week.')).toMatchObject({ subject: 'ortiz', lemma: 'elect' });
    expect(decisiveEvent("Mayor Tom Becker, the council's longtime chair, resigned on Friday.")).toMatchObject({ subject: 'becker', lemma: 'resign' });
  });

  it('one naming a place with its state ("in Harbor City, Florida,") too', () => {
    expect(decisiveEvent('Ann Roe and Tom Becker, the parents of two workers killed in the 2014 blast at the depot in Harbor City, Florida, have filed a wrongful death lawsuit against the port.')).toMatchObject({
      subject: 'becker',
      lemma: 'sue',
    });
  });

  it('a relative clause between commas still tells no event', () => {
    expect(decisiveEvent('Ortiz, who is a Democrat, was elected mayor.')).toBeNull();
  });
});

describe('lawsuits and charges', () => {
  it('"filed a wrongful death lawsuit", "has sued" are suits; "critics charged that" is no charge', () => {
    expect(decisiveEvent('Ann Roe filed a class action lawsuit against the port on Monday.')).toMatchObject({ subject: 'roe', lemma: 'sue' });
    expect(decisiveEvent('Ann Roe has filed a wrongful death lawsuit against the port.')).toMatchObject({ subject: 'roe', lemma: 'sue' });
    expect(decisiveEvent('Critics charged that the hearing in Harbor City failed to provide any new information.')).toBeNull();
    expect(decisiveEvent('Prosecutors charged Becker with fraud on Monday.')).toMatchObject({ lemma: 'charge', objects: ['becker'] });
  });
});

describe('a participle after a possessive describes a noun', () => {
  it('"the county’s newly elected mayor" and "Becker’s defeated rival" report no election and no win', () => {
    expect(decisiveEvent('Governor Tom Becker criticised Harbor County’s newly elected mayor Lena Ortiz for her rude remarks.')).toBeNull();
    expect(decisiveEvent('Harbor County’s newly elected mayor Lena Ortiz spoke on Tuesday.')).toBeNull();
    expect(decisiveEvent("Becker's defeated rival Lena Ortiz spoke on Tuesday.")).toBeNull();
  });

  it('a verb after a possessive contraction with its object is still one ("Ortiz’s announced the plan")', () => {
    expect(decisiveEvent("Ortiz's announced the harbor plan on Monday.")).toMatchObject({ subject: 'ortiz', lemma: 'announce' });
  });
});

describe('an event named by a noun that has not happened', () => {
  it('"X’s endorsement of Y … is only a matter of time" reports no endorsement', () => {
    expect(decisiveEvent('Becker’s endorsement of Ortiz, many think, is only a matter of time.')).toBeNull();
    expect(decisiveEvent("Becker's exit from the race is widely expected after Tuesday's vote.")).toBeNull();
    expect(decisiveEvent('Governor Tom Becker said his endorsement of Ortiz remains to be seen.')).toBeNull();
  });

  it('one that happened still is, whatever follows it', () => {
    expect(decisiveEvent('Becker’s endorsement of Ortiz is not good news for the council.')).toMatchObject({ subject: 'becker', lemma: 'endorse', objects: ['ortiz'] });
    expect(decisiveEvent("Ortiz's victory in Harbor County could help her in the south.")).toMatchObject({ subject: 'ortiz', lemma: 'win' });
  });
});

describe('the same day, the same people, other words: one development', () => {
  const body = (lead: string) => `${lead}\n\nResidents packed the hall.`;
  const articles = [
    art('m1', 'Bay Ledger', '2016-05-12', 'Ortiz and Becker meet', body('Mayor Lena Ortiz and Governor Tom Becker pledged to work together despite their differences after a meeting on Thursday at the statehouse.')),
    art('m2', 'Coast Times', '2016-05-12', 'A truce at the statehouse', body('Becker and Ortiz issued a statement describing their talks as a very positive step toward unity between city and state, Governor Tom Becker and Mayor Lena Ortiz said.')),
    art('m3', 'Harbor Post', '2016-05-12', 'Face to face', body('For an hour Mayor Lena Ortiz sat face to face with Governor Tom Becker, who just a week ago surprised her by refusing to back the harbor plan.')),
    art('x1', 'Bay Ledger', '2016-05-12', 'Budget passes', body('The county council approved a budget that leaves the harbor plan unfunded for another year.')),
  ];

  it('merges the reports naming both of them that day, and nothing else', () => {
    forgetStories();
    const story = storyMaterial({ topic, articles: [...articles].reverse() });
    const meeting = story.developments.filter((d) => /Ortiz|Becker/.test(d.text) && d.when === '2016-05-12');
    expect(meeting).toHaveLength(1);
    expect(new Set(meeting[0].articleIds)).toEqual(new Set(['m1', 'm2', 'm3']));
    // the council's budget names neither: another development
    expect(story.developments.some((d) => d.text.startsWith('The county council approved') && d.articleIds.length === 1)).toBe(true);
  });

  it('keeps a day’s decisive events apart (two results of one night between the same rivals)', () => {
    forgetStories();
    const results = [
      art('r1', 'Bay Ledger', '2016-03-09', 'Ortiz wins the north', body('Mayor Lena Ortiz won the North County primary on Tuesday, beating Governor Tom Becker by ten points.')),
      art('r2', 'Coast Times', '2016-03-09', 'Becker takes the south', body('Governor Tom Becker won the South County primary on Tuesday, edging Mayor Lena Ortiz in a late count.')),
    ];
    const story = storyMaterial({ topic, articles: [...results].reverse() });
    expect(story.developments.filter((d) => d.when === '2016-03-08')).toHaveLength(2);
  });

  it('does not merge one person’s news of a day with another’s', () => {
    forgetStories();
    const apart = [
      art('p1', 'Bay Ledger', '2016-06-01', 'Ortiz visits the docks', body('Mayor Lena Ortiz toured the docks on Wednesday with the port director and promised new cranes.')),
      art('p2', 'Coast Times', '2016-06-01', 'Becker in the capital', body('Governor Tom Becker met lawmakers in the capital on Wednesday to press for a road bill.')),
    ];
    const story = storyMaterial({ topic, articles: [...apart].reverse() });
    expect(story.developments.filter((d) => d.when === '2016-06-01')).toHaveLength(2);
  });
});

describe('the TL;DR tells a news cycle once', () => {
  it('of two weighty items two days apart about one fight, it keeps one and takes news of another week', () => {
    forgetStories();
    const body = (lead: string, more = 'The harbor plan has divided the county for a year.') => `${lead}\n\n${more}`;
    const articles = [
      art('a1', 'Bay Ledger', '2016-07-30', 'Becker answers', body('Facing criticism from both parties, Governor Tom Becker released a statement on Saturday night insisting that Mayor Lena Ortiz had no right to attack the harbor plan.')),
      art('a2', 'Bay Ledger', '2016-08-01', 'Becker again', body('Governor Tom Becker released a second statement on Monday, calling the attacks of Mayor Lena Ortiz on the harbor plan unfair.')),
      art('a3', 'Coast Times', '2016-08-01', 'Becker again', body('Governor Tom Becker released a second statement on Monday that called the attacks of Mayor Lena Ortiz on the harbor plan unfair.')),
      art('b1', 'Coast Times', '2016-06-10', 'Ortiz signs', body('Mayor Lena Ortiz signed the harbor plan on Friday after the council approved it, defying Governor Tom Becker.')),
      art('c1', 'Harbor Post', '2016-04-05', 'Becker vetoes', body('Governor Tom Becker vetoed the state money for the harbor plan on Tuesday, a blow to Mayor Lena Ortiz.')),
    ];
    forgetStories();
    const card = buildCard({ topic, articles: [...articles].reverse(), now: '2016-08-02T12:00:00Z' });
    const days = card.tldr.map((l) => l.when);
    // never both of the last days of July and the first of August
    expect(days.filter((d) => d === '2016-07-30' || d === '2016-08-01')).toHaveLength(1);
    expect(days).toContain('2016-06-10');
  });
});
