/**
 * Session 12 (issue 14): distinct events of one kind by the same person stay distinct on a card.
 * Made-up sentences and articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard } from '../../src/briefing/build/build-card.ts';
import { cleanSentence, forgetStories, storyDevelopments, topicLex } from '../../src/briefing/build/developments.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { dateMentions, eventDate } from '../../src/briefing/build/event-date.ts';
import { decisiveEvent, newsness } from '../../src/briefing/build/newsness.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-race',
  title: 'Lena Ortiz and the Harbor Party nomination',
  match: { terms: ['Ortiz', 'nomination', 'caucuses', 'primary'], minTerms: 1, people: ['Lena Ortiz', 'Tom Becker'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://news.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

const everyLine = (c: ReturnType<typeof buildCard>) => [...c.tldr, ...c.developments].map((l) => `${l.when} ${l.text}`);

describe('two events of one kind by the same person a week apart', () => {
  it('are two items, though told in the same words ("won Iowa", a week later "won New Hampshire")', () => {
    forgetStories();
    const articles = [
      art('a1', 'Daily', '2016-02-02', 'Ortiz wins Iowa', 'Lena Ortiz won the Iowa caucuses on Monday, beating Tom Becker by four points in the race for the Harbor Party nomination. Becker said he would fight on in New Hampshire.'),
      art('a2', 'Post', '2016-02-02', 'Ortiz takes Iowa', 'Lena Ortiz won the Iowa caucuses on Monday night, a blow to Tom Becker in the Harbor Party race. Turnout was high.'),
      art('b1', 'Daily', '2016-02-10', 'Ortiz wins New Hampshire', 'Lena Ortiz won the New Hampshire primary on Tuesday, beating Tom Becker by nine points in the race for the Harbor Party nomination. Becker said he would go on to Nevada.'),
      art('b2', 'Post', '2016-02-10', 'Ortiz takes New Hampshire', 'Lena Ortiz won the New Hampshire primary on Tuesday night, a second blow to Tom Becker in the Harbor Party race. Turnout was high.'),
    ];
    const lines = everyLine(buildCard({ topic, articles, now: '2016-02-12T00:00:00Z' }));
    expect(lines.filter((l) => /^2016-02-01 .*won the Iowa caucuses/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^2016-02-09 .*won the New Hampshire primary/.test(l))).toHaveLength(1);
  });

  it('one event reported twice the same day is still shown once', () => {
    forgetStories();
    const articles = [
      art('c1', 'Daily', '2016-02-10', 'Ortiz wins New Hampshire', 'Lena Ortiz won the New Hampshire primary on Tuesday, beating Tom Becker by nine points in the race for the Harbor Party nomination. Becker said he would go on to Nevada.'),
      art('c2', 'Post', '2016-02-10', 'Ortiz takes New Hampshire', 'Lena Ortiz won the New Hampshire primary on Tuesday night, beating Tom Becker in the race for the Harbor Party nomination. Turnout was high.'),
    ];
    const lines = everyLine(buildCard({ topic, articles, now: '2016-02-12T00:00:00Z' }));
    expect(lines.filter((l) => /won the New Hampshire primary/.test(l))).toHaveLength(1);
  });
});

describe('a dateline naming a state or a date before the sentence proper', () => {
  it('is left off: "JACKSON, Miss. - ", "DES MOINES, Iowa, Aug. 10 (UPI) — ", "PARIS, Aug 31 (Reuters) - ", "PHILADELPHIA ― "', () => {
    const cases: [string, string][] = [
      ['JACKSON, Miss. - U.S. District Judge Carlton W. Reeves late Thursday night issued an injunction blocking the harbor bill.', 'U.S. District Judge'],
      ['DES MOINES, Iowa, Aug. 10 (UPI) — Lena Ortiz on Wednesday had her second run-in with a protester in a week.', 'Lena Ortiz'],
      ['PARIS, Aug 31 (Reuters) - France’s far-right party leader voiced support for Lena Ortiz on Wednesday.', 'France’s'],
      ['STATE COLLEGE, Pa. - Lena Ortiz’s victory in the primary Tuesday has brought Tom Becker one step closer to defeat.', 'Lena Ortiz’s'],
      ['PHILADELPHIA ― Lena Ortiz’s campaign said it is looking for a replacement to Tom Becker as party chair.', 'Lena Ortiz’s'],
      ['PURCHASE, N.Y., April 1 (UPI) — The race for the Harbor Party nomination is taking on a testier tone, with Lena Ortiz ahead.', 'The race'],
    ];
    for (const [text, opens] of cases) {
      const c = cleanSentence(text, 100);
      expect(c?.text.startsWith(opens)).toBe(true);
      // still a verbatim span of the article: where it starts moves past the dateline
      expect(text.slice(c!.start - 100)).toBe(c!.text);
    }
  });

  it('a sentence opening with a name in capitals and an aside is no dateline', () => {
    expect(cleanSentence('U.S. District Judge Carlton W. Reeves - a former prosecutor - blocked the harbor bill on Friday.', 0)?.text).toMatch(/^U\.S\. District Judge/);
  });
});

describe('"In response to …" names what it responds to', () => {
  it('stands alone; "In response, …" still leans on the sentence before', () => {
    expect(cleanSentence('In response to Tom Becker’s proposal to close the harbor, Lena Ortiz rallied supporters on Monday.', 0)?.text).toMatch(/^In response to/);
    expect(cleanSentence('In addition to the harbor plan, Lena Ortiz proposed a new ferry line on Monday.', 0)?.text).toMatch(/^In addition to/);
    expect(cleanSentence('In response, Lena Ortiz rallied her supporters against the proposal on Monday.', 0)).toBeNull();
  });
});

describe('a poll’s standings and a view rejected are no decisive events', () => {
  it('"won out with 22 percent" among respondents, "dropped out of the top three", "rejected the notion that …"', () => {
    expect(newsness('Among conservative respondents, Lena Ortiz won out with 22 percent, followed closely by Tom Becker with 20 percent.')).toBe(-1);
    expect(newsness('In hypothetical match-ups, Lena Ortiz would beat Tom Becker by four points.')).toBe(-1);
    expect(newsness('For the first time since early October, Ortiz has dropped out of the top three in the weekly Harbor Power Rankings.')).toBe(-1);
    expect(newsness('Continuing to explain his perspective, Becker rejected the notion that the episode should be water under the bridge.')).toBe(-1);
    expect(newsness('A random survey conducted by the Harbor News Network found Tom Becker the winner of Tuesday night’s debate.')).toBe(-1);
  });

  it('a result with its percentages is still a win; a bill rejected is still a rejection', () => {
    expect(newsness('Lena Ortiz won the Iowa caucuses on Monday, 27.6 percent to 24.3 percent, with 100 percent of precincts reporting.')).toBe(1);
    expect(newsness('Tom Becker dropped out of the race on Tuesday.')).toBe(1);
    expect(newsness('The Harbor Council rejected the ferry bill on Tuesday.')).toBe(1);
  });
});

describe('what the topic’s people did on a day of the article’s news, told mid-article', () => {
  it('is read as a report of that day’s development (another outlet’s words for it, even with "will" in a clause)', () => {
    forgetStories();
    const articles = [
      art('p1', 'Daily', '2016-05-06', 'Ortiz withholds support', 'Speaker Lena Ortiz on Thursday declared that she cannot currently support Tom Becker for the Harbor Party nomination, throwing a wrench in his efforts to unify the party. Becker called the decision a mistake.'),
      art('p2', 'Post', '2016-05-06', 'Council debates the budget', 'The Harbor City council spent Friday arguing over the ferry budget. Members said the vote could slip to June. The mayor was absent. Fares are expected to rise next year. Several members objected. The port authority declined to comment. On Thursday, Ortiz said she was not ready to support Tom Becker for the nomination, and suggested that Becker must show he will unify the party first.'),
    ];
    const lines = [...buildCard({ topic, articles, now: '2016-05-07T00:00:00Z' }).tldr, ...buildCard({ topic, articles, now: '2016-05-07T00:00:00Z' }).developments];
    const thursday = lines.filter((l) => l.when === '2016-05-05');
    expect(thursday).toHaveLength(1);
    expect(thursday[0].cites.map((c) => c.articleId).sort()).toEqual(['p1', 'p2']);
  });
});

describe('what the topic’s people did in the week of the article, told mid-article', () => {
  it('is a development of that week ("last week", paragraph eight of a story about something else)', () => {
    forgetStories();
    const articles = [
      art('k1', 'Post', '2016-05-12', 'Council debates the budget', 'The Harbor City council spent Wednesday arguing over the ferry budget. Members said the vote could slip to June. The mayor was absent. Fares are expected to rise next year. Several members objected. The port authority declined to comment. Lena Ortiz quietly met Tom Becker at the statehouse last week to discuss the nomination fight.'),
    ];
    const lines = [...buildCard({ topic, articles, now: '2016-05-13T00:00:00Z' }).tldr, ...buildCard({ topic, articles, now: '2016-05-13T00:00:00Z' }).developments];
    expect(lines.filter((l) => /quietly met Tom Becker/.test(l.text)).map((l) => l.when)).toEqual(['2016-05-02']);
  });
});

describe('a report dated to a day', () => {
  it('is compared with the developments of that day, not only with those sharing its rarest words', () => {
    forgetStories();
    // earlier news of the race, each in one of the words the later report uses for its details
    const words = ['precincts', 'percentage', 'average', 'polls', 'reporting', 'points', 'leading', 'finished', 'second', 'behind'];
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const earlier = words.map((w, i) =>
      art(`f${i}`, `Outlet${i}`, `2016-01-${String(10 + i).padStart(2, '0')}`, `Race note ${i}`, `Lena Ortiz talked about ${w} with Tom Becker at a stunning diner in Iowa before the caucuses on ${days[i % 7]}, her aides said. Voters were unmoved.`),
    );
    const articles = [
      ...earlier,
      art('d1', 'Daily', '2016-02-02', 'Becker wins Iowa', 'Tom Becker won the Iowa caucuses on Monday, defeating Lena Ortiz in a stunning upset for the Harbor Party nomination. Ortiz vowed to fight on.'),
      art('d2', 'Post', '2016-02-04', 'How Ortiz lost Iowa', 'Despite leading each of the last ten polls by an average of seven percentage points, Lena Ortiz finished a stunning second in the Iowa caucuses on Monday behind Tom Becker, with all precincts reporting. Her aides were stunned.'),
    ];
    const card = buildCard({ topic, articles, now: '2016-02-05T00:00:00Z' });
    const monday = [...card.tldr, ...card.developments].filter((l) => l.when === '2016-02-01');
    expect(monday).toHaveLength(1);
    expect(monday[0].cites.map((c) => c.articleId).sort()).toEqual(['d1', 'd2']);
  });
});

describe('"… ago" dates what happened', () => {
  const at = (text: string) => dateMentions(text, '2016-05-12').map((m) => [m.from, m.to, m.precision]);
  it('"two days ago" a day, "a week ago" that week, "three months ago" that month, "two years ago" that year', () => {
    expect(at('Becker withdrew from the race two days ago.')).toEqual([['2016-05-10', '2016-05-10', 'day']]);
    expect(at('Ortiz stunned the party by withholding her endorsement a week ago.')).toEqual([['2016-05-02', '2016-05-08', 'week']]);
    expect(at('Ortiz won the harbor primary three months ago.')).toEqual([['2016-02-01', '2016-02-29', 'month']]);
    expect(at('Two years ago, Becker ran for mayor.')).toEqual([['2014-01-01', '2014-12-31', 'year']]);
    expect(at('The talks began a few days ago.')).toEqual([['2016-05-07', '2016-05-10', 'week']]);
    // not in a relative clause or after "since": "Becker, who just a week ago refused …" dates the clause, not the news
    expect(at('For an hour Ortiz sat face to face with Becker, who just a week ago refused to back the harbor plan.')).toEqual([]);
    expect(at('Ortiz has led the race since two weeks ago.')).toEqual([]);
  });

  it('a card’s item told that way is dated, not shown undated', () => {
    forgetStories();
    const articles = [
      art('w1', 'Daily', '2016-05-12', 'Ortiz and Becker meet', 'Speaker Lena Ortiz and Tom Becker met on Thursday to discuss the Harbor Party nomination. Lena Ortiz stunned the Harbor Party by withholding her endorsement of Tom Becker a week ago, when it became clear he would win the nomination.'),
    ];
    const card = buildCard({ topic, articles, now: '2016-05-13T00:00:00Z' });
    const line = [...card.tldr, ...card.developments].find((l) => /withholding her endorsement/.test(l.text));
    expect(line?.when).toBe(eventDate(line!.text, '2016-05-12')?.date);
    expect(line?.when).toBe('2016-05-02');
  });
});

describe('a role standing for its holder is the subject of what was done', () => {
  it('"The harbor city’s new mayor on Tuesday rejected …", "The House speaker on Thursday endorsed …"', () => {
    expect(decisiveEvent("The harbor city's new mayor on Tuesday rejected Governor Tom Becker's offer to make an exception to his ferry ban.")).toMatchObject({ subject: 'mayor', lemma: 'reject' });
    expect(decisiveEvent('The House speaker on Thursday endorsed Lena Ortiz for governor.')).toMatchObject({ subject: 'speaker', lemma: 'endorse', objects: ['lena ortiz'] });
  });

  it('not one someone else talks about, nor a role of many holders', () => {
    expect(decisiveEvent("Critics said the mayor rejected Governor Tom Becker's offer on Tuesday.")).toBeNull();
    expect(decisiveEvent("A senior aide rejected Governor Tom Becker's offer on Tuesday.")).toBeNull();
    expect(decisiveEvent("The official rejected Governor Tom Becker's offer on Tuesday.")).toBeNull();
  });
});

describe('decisive events of other doers in news cycles apart', () => {
  it('are two items, though they repeat the same description of what they are about', () => {
    forgetStories();
    const ban = (id: string, outlet: string, published: string, headline: string, body: string) => art(id, outlet, published, headline, body);
    const articles = [
      ban('c1', 'Daily', '2015-12-17', 'Council condemns ferry ban', 'The Bay City Council on Wednesday approved a resolution condemning Governor Tom Becker’s call for a ban on ferries entering the harbor of Harbor City. Members voted 7-0.'),
      ban('c2', 'Post', '2016-05-11', 'Mayor rebuffs Becker', "Harbor City's new mayor on Tuesday rejected Governor Tom Becker's offer to make an exception to his call for a ban on ferries entering the harbor of Harbor City. Lena Ortiz said the ban was divisive."),
    ];
    const card = buildCard({ topic, articles, now: '2016-05-12T00:00:00Z' });
    const lines = [...card.tldr, ...card.developments].map((l) => `${l.when} ${l.text}`);
    expect(lines.filter((l) => /^2015-12-16 The Bay City Council/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^2016-05-10 Harbor City's new mayor/.test(l))).toHaveLength(1);
  });
});

describe('"signed up" is enlisting, not signing', () => {
  it('"has signed up to serve as a delegate" reports no signing; "signed the harbor bill" does', () => {
    expect(decisiveEvent('House Majority Leader Kevin Rowe has signed up to serve as a delegate for Lena Ortiz at the convention.')).toBeNull();
    expect(decisiveEvent('Governor Tom Becker signed up for the race on Monday.')).toBeNull();
    expect(decisiveEvent('Governor Tom Becker signed the harbor bill on Monday.')).toMatchObject({ subject: 'becker', lemma: 'sign' });
  });
});

describe('later coverage looking back to an event dated to a month', () => {
  it('counts from the start of that month, not from the event’s first report ("Ortiz endorsed Becker in early June", first told in August)', () => {
    forgetStories();
    const articles = [
      art('e0', 'Gazette', '2016-06-20', 'Becker campaigns', 'Tom Becker campaigned in Harbor County on Monday for the nomination. Since Ortiz endorsed Tom Becker, the party has rallied behind him.'),
      art('e1', 'Ledger', '2016-06-25', 'Becker raises money', 'Tom Becker raised $2 million on Friday for the nomination fight. Ortiz’s endorsement of Tom Becker brought in new donors.'),
      art('e2', 'Tribune', '2016-07-10', 'Becker picks a running mate', 'Tom Becker chose a running mate on Saturday for the fall campaign. The pick came weeks after Ortiz endorsed Tom Becker.'),
      art('e3', 'Daily', '2016-08-05', 'Ortiz on the trail', 'Lena Ortiz campaigned with Tom Becker on Thursday for the nomination. Lena Ortiz endorsed Tom Becker in early June, after weeks of deliberation.'),
    ];
    const devs = storyDevelopments(articleWindow(articles, 100), topicLex(topic));
    const june = devs.list.find((d) => d.when === '2016-06' && /endorsed Tom Becker in early June/.test(d.rep.text));
    expect(june?.echoes).toBe(3);
  });
});
