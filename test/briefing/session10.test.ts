/**
 * What brings a story's key developments to page 1 (issue 14, session 10): a decisive event done by
 * one of the story's own people is central to it, however few of the topic's words its sentence
 * carries; "won over" someone's voters is persuading, not a contest won; a relative clause tells no
 * news; a turning point in the days of another kind of event is a development of its own on page 1.
 * Made-up articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { keyDevelopments, storyMaterial, type StoryDev } from '../../src/briefing/build/build-card.ts';
import { contentTokens, normKey } from '../../src/briefing/build/text.ts';
import { articleReports, ownActor, topicLex } from '../../src/briefing/build/developments.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { decisiveEvent } from '../../src/briefing/build/newsness.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-race',
  title: 'Ortiz and the Harbor County mayoral race',
  match: { terms: ['mayoral nomination', 'Harbor County', 'mayor', 'primary'], minTerms: 1, people: ['Tom Becker'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe("a decisive event done by one of the story's own", () => {
  const lex = topicLex(topic);

  it("is one whose subject is a name of the topic's people, terms or title", () => {
    expect(ownActor(lex, { subject: 'becker' })).toBe(true);
    // a name of the title ("Ortiz and the Harbor County mayoral race")
    expect(ownActor(lex, { subject: 'ortiz' })).toBe(true);
    expect(ownActor(lex, { subject: 'lee' })).toBe(false);
    expect(ownActor(lex, { subject: 'lee', with: ['becker'] })).toBe(true);
  });

  it('counts as one more word of the topic in its centrality; the same event done by someone else does not', () => {
    const arts = [
      art('b1', 'River Times', '2016-03-10', 'Westport', 'Becker arrived buoyant and rested after his surprising victory in Westport on Tuesday.'),
      art('l1', 'Daily Ledger', '2016-03-11', 'Eastfield', 'Sam Lee arrived buoyant and rested after his surprising victory in Eastfield over Becker on Wednesday.'),
    ];
    const devs = storyMaterial({ topic, articles: arts }).developments;
    const own = devs.find((d) => d.text.startsWith('Becker arrived'));
    const other = devs.find((d) => d.text.startsWith('Sam Lee arrived'));
    expect(own).toMatchObject({ event: 'win', decisive: true });
    expect(other).toMatchObject({ event: 'win', decisive: true });
    // each names one of the topic's people ("Becker") and none of its title's words
    expect(own!.centrality).toBeCloseTo(2 / 3);
    expect(other!.centrality).toBeCloseTo(1 / 3);
    expect(own!.importance).toBeGreaterThan(other!.importance);
  });
});

describe('"won over"', () => {
  it("someone's voters, skeptics or a crowd is persuading, not a contest won", () => {
    expect(decisiveEvent('Tom Becker has won over many harbor voters through both grit and luck.')).toBeNull();
    expect(decisiveEvent('Lena Ortiz won over skeptics in Westport on Tuesday.')).toBeNull();
  });

  it('a named rival, or a stretch of time, is still a contest won', () => {
    expect(decisiveEvent('Lena Ortiz won over Tom Becker in the Westport primary on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
    expect(decisiveEvent('Lena Ortiz won over the weekend in Westport, beating two rivals.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
  });
});

describe('a relative clause', () => {
  it('tells what its antecedent did once, not the news ("…, who unlike Mr. Becker won her council seat …")', () => {
    expect(decisiveEvent('Lena Ortiz, who unlike Mr. Becker won her council seat easily, faces a harder race in Westport this year.')).toBeNull();
    expect(decisiveEvent('The harbor board, which unlike the council approved the levy, meets again on Monday.')).toBeNull();
  });

  it('leaves the main clause\'s event alone', () => {
    expect(decisiveEvent('Lena Ortiz won the Westport primary on Tuesday, which surprised her rivals.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
  });
});

describe('a thing withdrawn', () => {
  it('is no withdrawal from the race ("withdrew that bill", "withdrew his support")', () => {
    expect(decisiveEvent('Tom Becker withdrew that bill after the harbor council objected on Tuesday.')).toBeNull();
    expect(decisiveEvent('Lena Ortiz withdrew her support for the levy on Tuesday.')).toBeNull();
  });

  it('one\'s candidacy or bid is', () => {
    expect(decisiveEvent('Tom Becker withdrew his candidacy on Tuesday.')).toMatchObject({ subject: 'becker', lemma: 'withdraw' });
    expect(decisiveEvent('Tom Becker withdrew from the race on Tuesday.')).toMatchObject({ subject: 'becker', lemma: 'withdraw' });
  });
});

describe('"earlier this campaign"', () => {
  it('marks a sentence past the lead as background, not news of its article\'s day', () => {
    const a = art('e1', 'River Times', '2016-03-01', 'Super Tuesday', 'Voters lined up early across Harbor County on Tuesday. The mayoral primary drew a record crowd. Lena Ortiz also won the Westport primary earlier this campaign.');
    const r = articleReports(articleWindow([a], 10)[0], topicLex(topic)).find((x) => x.text.startsWith('Lena Ortiz also won'));
    expect(r).toMatchObject({ news: false, day: null });
  });
});

describe("page 1's news cycles", () => {
  // developments as a story hands them to the card (made-up sentences; what keyDevelopments reads of them is their weight, date, kind and words)
  const dev = (text: string, when: string, event: string | null, newsness = 1): StoryDev => ({
    text,
    key: normKey(text),
    tokens: contentTokens(text),
    when,
    lastReported: when,
    cites: [{ articleId: normKey(text).slice(0, 12), sentenceIndex: 0, charStart: 0, charEnd: text.length }],
    articleIds: [normKey(text).slice(0, 12)],
    importance: 10,
    centrality: 1,
    peak: 0,
    event,
    actors: event ? { subject: 'x', objects: [] } : null,
    newsness,
    decisive: event !== null,
  });
  const westport = dev('Lena Ortiz won the Westport primary on Tuesday by nine points.', '2016-02-20', 'win');
  const quits = { ...dev('Tom Becker suspended his campaign on Thursday after finishing third.', '2016-02-22', 'withdraw'), ownActor: true as const };
  // another race's withdrawal: no turning point of this story
  const elsewhere = dev('Sam Lee suspended his campaign for the county board on Thursday.', '2016-02-22', 'withdraw');
  const eastfield = dev('Sam Lee carried the Eastfield caucuses on Wednesday with a late surge.', '2016-02-21', 'win');
  const levy = dev('The harbor board released its audit of the levy funds on Friday.', '2016-05-13', 'release');
  const common = new Set<string>();

  it("a withdrawal by one of the story's own two days after a win is its own development: it costs no news-cycle share", () => {
    const key = keyDevelopments(
      [
        { d: westport, weight: 20 },
        { d: quits, weight: 11 },
        { d: levy, weight: 10.2 },
      ],
      2,
      common,
    );
    expect(key.map((k) => k.d)).toEqual([westport, quits]);
  });

  it("another race's withdrawal, or a second win of the same days, still does (one primary week, not the story's arc)", () => {
    const other = keyDevelopments(
      [
        { d: westport, weight: 20 },
        { d: elsewhere, weight: 11 },
        { d: levy, weight: 10.2 },
      ],
      2,
      common,
    );
    expect(other.map((k) => k.d)).toEqual([westport, levy]);
    const key = keyDevelopments(
      [
        { d: westport, weight: 20 },
        { d: eastfield, weight: 11 },
        { d: levy, weight: 10.2 },
      ],
      2,
      common,
    );
    expect(key.map((k) => k.d)).toEqual([westport, levy]);
  });
});

describe('an occasion held on a day the sentence names', () => {
  it('is a decisive event: the occasion held, with the names that tell which', () => {
    expect(decisiveEvent('The Channel 9 debate from Westport on Thursday night opened with a sharp exchange over the harbor levy.')).toEqual({ subject: 'debate', lemma: 'hold', objects: ['westport'] });
    expect(decisiveEvent("Lena Ortiz pressed Tom Becker on the harbor levy at Tuesday's mayoral debate.")).toMatchObject({ subject: 'debate', lemma: 'hold' });
    expect(decisiveEvent('In the second mayoral debate Saturday, Tom Becker apologized to his volunteers.')).toMatchObject({ subject: 'debate', lemma: 'hold' });
    expect(decisiveEvent("Nobody gained much in last night's Channel 9 town hall in Eastfield.")).toMatchObject({ subject: 'town hall', lemma: 'hold' });
  });

  it('is none when it is to come, previewed, or has no day', () => {
    expect(decisiveEvent("Tuesday's mayoral debate will air on Channel 9 at 8 p.m.")).toBeNull();
    expect(decisiveEvent("Ahead of Thursday's debate, Tom Becker rested at home in Westport.")).toBeNull();
    expect(decisiveEvent("Tom Becker prepared for Thursday's debate with his aides in Westport.")).toBeNull();
    expect(decisiveEvent('The mayoral debate in Westport was the liveliest of the campaign.')).toBeNull();
    // what someone says of it is their claim
    expect(decisiveEvent("Tom Becker said he won Tuesday's debate in Westport.")).toBeNull();
  });

  it("so a debate held is one of the story's decisive developments, dated by its day", () => {
    const arts = [art('d1', 'River Times', '2016-03-04', 'Debate night', 'The Channel 9 debate from Westport on Thursday night opened with a sharp exchange over the harbor levy between Lena Ortiz and Tom Becker.')];
    const d = storyMaterial({ topic, articles: arts }).developments.find((x) => x.text.startsWith('The Channel 9 debate'));
    expect(d).toMatchObject({ event: 'hold', decisive: true, when: '2016-03-03' });
  });
});

describe('a plan or a threat carried out', () => {
  it('"stood by her plan to skip", "made good on his threat to sue": the event done, by the one named before it', () => {
    expect(decisiveEvent('Lena Ortiz stood by her plan to skip the Channel 9 forum, holding a rally in Westport instead.')).toMatchObject({ subject: 'ortiz', lemma: 'skip' });
    expect(decisiveEvent('Tom Becker made good on his threat to sue the harbor board over the levy.')).toMatchObject({ subject: 'becker', lemma: 'sue' });
  });

  it('past an aside between dashes ("Becker -- angry at the board -- stood by …")', () => {
    expect(decisiveEvent('A grumpy Tom Becker -- angry at how the harbor board treated him -- stood by his plan to boycott the forum in Westport.')).toMatchObject({ subject: 'becker', lemma: 'skip' });
    expect(decisiveEvent('Tom Becker — tired after a long week — withdrew from the race on Tuesday.')).toMatchObject({ subject: 'becker', lemma: 'withdraw' });
  });

  it('not a plan alone ("has a plan to skip", "would stand by his plan to")', () => {
    expect(decisiveEvent('Lena Ortiz has a plan to skip the Channel 9 forum in Westport.')).toBeNull();
    expect(decisiveEvent('Tom Becker said he would stand by his plan to boycott the forum.')).toBeNull();
  });
});
