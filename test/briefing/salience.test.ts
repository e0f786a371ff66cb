/**
 * What brings a story's key developments to page 1 (issue 14, session 7): a topic's term of several
 * words as sentences write it; a pronoun subject that stands for the name the sentence opens with.
 * Made-up articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import { canonicalPlaces, consequenceEvent, decisiveEvent, eventEchoes } from '../../src/briefing/build/newsness.ts';
import { articleReports, Developments, topicHits, topicLex } from '../../src/briefing/build/developments.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-race',
  title: 'The Harbor County mayoral race',
  match: { terms: ['mayoral nomination', 'Harbor County', 'mayor', 'primary'], minTerms: 1, people: ['Lena Ortiz', 'Tom Becker'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe("a topic's term of several words", () => {
  const lex = topicLex(topic);
  it('counts with one word between its words ("the mayoral party nomination"), not with the words apart', () => {
    expect(topicHits(lex, 'The council handed out the mayoral party nomination on Friday.')).toBe(1);
    expect(topicHits(lex, 'The council handed out the mayoral nomination on Friday.')).toBe(1);
    expect(topicHits(lex, 'The mayoral candidates spoke before the board voted on a nomination for the port.')).toBe(0);
  });

  it('a sentence naming the topic only so is a development of the story', () => {
    const wa = articleWindow([art('acc', 'River Times', '2016-07-22', 'Convention night', 'Sam Lee accepted the mayoral party nomination on Thursday night before a cheering hall.')], 10)[0];
    expect(articleReports(wa, lex).map((r) => r.text)).toContain('Sam Lee accepted the mayoral party nomination on Thursday night before a cheering hall.');
  });
});

describe('a pronoun subject', () => {
  it('stands for the name the sentence opens with when it opens a joined clause ("… as he accepted …")', () => {
    expect(decisiveEvent('Tom Becker painted a grim picture of the harbor as he accepted the mayoral party nomination on Thursday night.')).toMatchObject({ subject: 'becker', lemma: 'nominate' });
    expect(decisiveEvent('Sen. Lena Ortiz thanked her volunteers after she won the Westport primary on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win', objects: ['westport'] });
  });

  it('stands for no one when two names come before it, when it follows a verb of saying, or when nothing names it', () => {
    expect(decisiveEvent('Lena Ortiz attacked Tom Becker after he won the Westport primary on Tuesday.')).toBeNull();
    expect(decisiveEvent('Lena Ortiz said she won the debate on Tuesday.')).toBeNull();
    expect(decisiveEvent('He accepted the mayoral party nomination on Thursday.')).toBeNull();
  });

  it('so the nomination accepted in a joined clause is a decisive event, dated by its sentence', async () => {
    const { storyMaterial } = await import('../../src/briefing/build/build-card.ts');
    const arts = [
      art('n1', 'River Times', '2016-07-22', 'Becker accepts', 'Tom Becker painted a grim picture of the harbor as he accepted the mayoral party nomination on Thursday night.'),
      art('n2', 'Daily Ledger', '2016-07-10', 'Forum', 'The mayoral candidates met voters at a harbor forum on Sunday.'),
    ];
    const d = storyMaterial({ topic, articles: arts }).developments.find((x) => /as he accepted/.test(x.text));
    expect(d).toMatchObject({ event: 'nominate', decisive: true, when: '2016-07-21' });
    const card = buildCard({ topic, articles: arts, now: '2016-07-23T08:00:00.000Z' });
    expect(card.tldr[0]?.text).toMatch(/as he accepted the mayoral party nomination/);
  });
});

describe('a decisive event told in the passive', () => {
  it('"X was defeated … by Y" is Y\'s win over X, with the places of its clause', () => {
    expect(decisiveEvent('Despite leading every poll, Mr. Becker was defeated in the Westport primary on Tuesday by Council member Lena Ortiz, who won by nine points.')).toMatchObject({
      subject: 'ortiz',
      lemma: 'win',
      objects: ['becker', 'westport'],
    });
    expect(decisiveEvent('Tom Becker was narrowly defeated by Lena Ortiz in Westport on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win', objects: ['becker', 'westport'] });
  });

  it('is no event when no one named did it, when the one it was done to is no name, or when it is hedged', () => {
    expect(decisiveEvent('Tom Becker was defeated by a wide margin in Westport on Tuesday.')).toBeNull();
    expect(decisiveEvent('The harbor levy was defeated by Lena Ortiz and her allies on Tuesday.')).toBeNull();
    expect(decisiveEvent('If Tom Becker was beaten by Lena Ortiz, the race would be over.')).toBeNull();
    expect(decisiveEvent('Tom Becker would be defeated by Lena Ortiz, a poll found.')).toBeNull();
  });

  it('so the night that report tells of is a decisive event of its winner, with the other reports of it', async () => {
    const { storyMaterial } = await import('../../src/briefing/build/build-card.ts');
    const night = (id: string, outlet: string, body: string) => art(id, outlet, '2016-05-11', `Westport primary ${id}`, body);
    const arts = [
      night('w1', 'River Times', 'Ray Dunn finished third behind Lena Ortiz and Tom Becker in the Westport mayoral primary on Tuesday night, with every ballot counted.'),
      night('w2', 'Daily Ledger', 'Despite leading every poll, Mr. Becker was defeated in the Westport mayoral primary on Tuesday night by Council member Lena Ortiz, with every ballot counted.'),
      night('w3', 'Evening Post', 'Turnout in the Westport mayoral primary on Tuesday night was the highest in a decade, with every ballot counted.'),
    ];
    const d = storyMaterial({ topic, articles: arts }).developments.find((x) => /was defeated/.test(x.text));
    expect(d).toMatchObject({ decisive: true, newsness: 1, event: 'win', actors: { subject: 'ortiz', objects: ['becker', 'westport'] }, when: '2016-05-10' });
    expect(d!.articleIds).toHaveLength(3);
  });
});

describe('what happened before the story', () => {
  it('a development dated more than a month before the story\'s first article is history', async () => {
    const { beforeStory } = await import('../../src/briefing/build/build-card.ts');
    expect(beforeStory('2008-06-04', '2016-01-10')).toBe(true);
    expect(beforeStory('2008', '2016-01-10')).toBe(true);
    expect(beforeStory('2015-12-20', '2016-01-10')).toBe(false);
    expect(beforeStory('2015-12', '2016-01-10')).toBe(false);
    expect(beforeStory(null, '2016-01-10')).toBe(false);
  });

  it('weighs half: a decisive event of years ago gives way on page 1 to the story\'s own news', async () => {
    const { rank, storyMaterial } = await import('../../src/briefing/build/build-card.ts');
    const arts = [
      art('h1', 'River Times', '2016-05-04', 'Ortiz looks back', 'On June 4, 2008, Tom Becker endorsed Lena Ortiz for the harbor council, days before she won the Harbor County primary.'),
      art('h2', 'Daily Ledger', '2016-05-04', 'Ortiz wins Westport', 'Lena Ortiz won the Westport mayoral primary on Tuesday, beating Tom Becker by nine points.'),
    ];
    const story = storyMaterial({ topic, articles: arts });
    const old = story.developments.find((d) => /June 4, 2008/.test(d.text))!;
    expect(old).toMatchObject({ when: '2008-06-04', history: true, decisive: true });
    const now = story.developments.find((d) => /Westport/.test(d.text))!;
    expect(now.history).toBe(false);
    const w = new Map(rank(story.developments).map((r) => [r.d, r.weight]));
    const weightIfNews = rank([{ ...old, history: false }])[0].weight;
    expect(w.get(old)).toBeCloseTo(weightIfNews / 2, 5);
  });
});

describe('page 1 spreads over news cycles', () => {
  const dev = (text: string, when: string) => ({
    text,
    key: text,
    tokens: text.toLowerCase().split(' '),
    when,
    lastReported: when,
    cites: [],
    articleIds: [text],
    importance: 1,
    centrality: 1,
    peak: 0,
    event: null,
    actors: null,
    newsness: 0,
    decisive: false,
  });
  it('a development of the next day is of the chosen one\'s news cycle; one six days later is not, whatever the calendar week', async () => {
    const { keyDevelopments } = await import('../../src/briefing/build/build-card.ts');
    // Thursday 3 March and Wednesday 9 March 2016: six days apart
    const a = { d: dev('alpha harbor forum', '2016-03-03'), weight: 10 };
    const nextDay = { d: dev('bravo ferry fares', '2016-03-04'), weight: 9 };
    const week = { d: dev('charlie port pensions', '2016-03-09'), weight: 8.9 };
    const april = { d: dev('delta dredging vote', '2016-04-20'), weight: 8 };
    const picked = (n: number) => keyDevelopments([a, nextDay, week, april], n, new Set()).map((k) => k.d.text);
    expect(picked(2)).toEqual(['alpha harbor forum', 'charlie port pensions']);
    expect(picked(3)).toEqual(['alpha harbor forum', 'charlie port pensions', 'delta dredging vote']);
  });
});

describe('a place that says who someone is', () => {
  it('"Bayside Sen. Lena Ortiz", "Lena Ortiz of Bayside", "the Bayside senator" describe her: no place of the event', async () => {
    const { epithets, eventEchoes } = await import('../../src/briefing/build/newsness.ts');
    expect(epithets('Bayside Sen. Lena Ortiz won the Westport primary on Tuesday.')).toEqual(['bayside']);
    expect(epithets('Council member Lena Ortiz of Bayside won the Westport primary.')).toEqual(['bayside']);
    expect(epithets('The Bayside senator won Westport.')).toEqual(['bayside']);
    expect(epithets('Lena Ortiz won Bayside.')).toEqual([]);
    expect([...eventEchoes('Bayside Sen. Lena Ortiz won the Westport primary on Tuesday.')[0].names]).toEqual(['lena ortiz', 'ortiz', 'westport']);
    // named twice, once as a place of the event: it stays
    expect([...eventEchoes('Ortiz won the Bayside primary after the Bayside senator conceded.')[0].names]).toContain('bayside');
  });

  it("so a win in someone's home state takes no looks back from every line naming them by it", () => {
    const arts = [
      art('h', 'River Times', '2016-03-01', 'Ortiz takes Bayside', 'Lena Ortiz won the Bayside mayoral primary on Tuesday.'),
      ...[0, 1, 2].map((n) =>
        art(`x${n}`, ['Daily Ledger', 'Evening Post', 'Valley Courier'][n], `2016-03-0${3 + n}`, `Westport notes ${n}`, `Bayside Sen. Lena Ortiz won voters at a Westport forum on Thursday, as the mayoral primary neared.`),
      ),
    ];
    const devs = new Developments(topicLex(topic));
    for (const wa of [...articleWindow(arts, 100)].reverse()) devs.addArticle(wa);
    devs.countEchoes();
    const home = devs.list.find((d) => /won the Bayside mayoral primary/.test(d.rep.text));
    expect(home?.echoes).toBe(0);
  });
});

describe('a turning point told twice', () => {
  it('undated beside its dated report ("Even as Ortiz effectively clinched the nomination …"), is one line on page 1', () => {
    const arts = [
      art('c1', 'River Times', '2016-06-07', 'Ortiz clinches', 'Lena Ortiz clinched the mayoral nomination on Monday night, when the last ward reported.'),
      art('c2', 'Daily Ledger', '2016-06-20', 'Becker holdouts', 'Tom Becker supporters rallied at the harbor on Sunday. They carried signs about ferry fares. Some of them sang old harbor songs. Even as Lena Ortiz effectively clinched the nomination by winning a majority of wards, many Becker supporters insist the race is open.'),
      art('c3', 'Evening Post', '2016-05-02', 'Harbor forum', 'Tom Becker won the Eastfield mayoral primary on Tuesday by a wide margin over Lena Ortiz.'),
    ];
    const card = buildCard({ topic, articles: arts, now: '2016-06-21T08:00:00.000Z' });
    const page1 = [...card.tldr, ...card.developments].map((l) => l.text);
    expect(page1.filter((t) => /clinched/.test(t))).toHaveLength(1);
    expect(page1.some((t) => /Eastfield/.test(t))).toBe(true);
  });
});

describe("an article's lead is its prose, not its beats", () => {
  it('a fragment ("Literally.") takes no place: the sentence after it is still the lead, news dated by its article', () => {
    const body =
      'Notes from the harbor forum follow below. Tom Becker threatened to walk out of the mayoral race on Thursday night at the forum. Literally. ' +
      'A dozen hopefuls who want to be mayor were on stage, but a grumpy Becker stood by his plan to boycott the next mayoral debate and hold a rally.';
    const wa = articleWindow([art('f1', 'River Times', '2016-01-29', 'Absent Becker', body)], 10)[0];
    const r = articleReports(wa, topicLex(topic)).find((x) => /grumpy Becker/.test(x.text));
    expect(r).toMatchObject({ news: true, day: '2016-01-29' });
  });
});

describe('a turning point told as what another event caused (session 8)', () => {
  it('"… leading Council member Sam Lee to drop out of the race" is a withdrawal; hedged or unnamed, none', () => {
    expect(consequenceEvent("Lena Ortiz's victory in Bay County on Tuesday night all but sealed the mayoral nomination, leading Council member Sam Lee to drop out of the race.")).toEqual({ subject: 'lee', lemma: 'withdraw' });
    expect(consequenceEvent('The harbor audit prompted Port Director Ann Vale to step down on Friday.')).toEqual({ subject: 'vale', lemma: 'resign' });
    expect(consequenceEvent('A loss in Bay County would lead Sam Lee to drop out of the race.')).toBeNull();
    expect(consequenceEvent('If the audit is damning, it could prompt Ann Vale to step down.')).toBeNull();
    expect(consequenceEvent('The scandal led him to quit the race.')).toBeNull();
  });

  it('it weighs as rare as its kind: a withdrawal told as a win\'s consequence, among many wins, outweighs a plain win', async () => {
    const { rank } = await import('../../src/briefing/build/build-card.ts');
    const dev = (text: string, consequence: string | null) => ({
      text, key: text, tokens: text.toLowerCase().split(' '), when: '2016-04-05', lastReported: '2016-04-05', cites: [], articleIds: [text],
      importance: 10, centrality: 1, peak: 0, event: 'win', actors: null, newsness: 1, decisive: true, consequence,
    });
    const wins = ['alpha', 'bravo', 'charlie', 'delta'].map((w) => dev(`Lena Ortiz won the ${w} ward.`, null));
    const ranked = rank([...wins, dev('Lena Ortiz won the echo ward, leading Sam Lee to drop out.', 'withdraw')]);
    expect(ranked[0].d.text).toBe('Lena Ortiz won the echo ward, leading Sam Lee to drop out.');
    expect(ranked[0].weight).toBeGreaterThan(ranked[1].weight + 1);
  });

  it('so a win that ended a rival\'s campaign is a turning point: it makes the TL;DR over plain results of the same weight', async () => {
    const win = (id: string, outlet: string, day: string, text: string) => art(id, outlet, day, 'Primary night', text);
    const arts = [
      win('w1', 'River Times', '2016-03-02', 'Lena Ortiz won the Westport mayoral primary on Tuesday, beating Tom Becker by nine points. Council member Sam Lee came third.'),
      win('w0', 'Daily Ledger', '2016-02-20', 'Council member Sam Lee opened his campaign office on Main Street on Friday.'),
      win('w2', 'Daily Ledger', '2016-03-16', 'Tom Becker won the Eastfield mayoral primary on Tuesday, his first win of the race.'),
      win('w3', 'Evening Post', '2016-04-06', 'Lena Ortiz won the Bay County mayoral primary on Tuesday, leading Council member Sam Lee to drop out of the race.'),
      win('w4', 'River Times', '2016-04-20', 'Tom Becker won the Northport mayoral primary on Tuesday, narrowing the gap in the race.'),
      win('w5', 'Daily Ledger', '2016-05-04', 'Tom Becker won the Southport mayoral primary on Tuesday by a wide margin.'),
      win('w6', 'Evening Post', '2016-05-18', 'Lena Ortiz won the Harbor Point mayoral primary on Tuesday with two thirds of the vote.'),
    ];
    const card = buildCard({ topic, articles: arts, now: '2016-05-20T08:00:00.000Z' });
    expect(card.tldr.map((l) => l.text)).toContain('Lena Ortiz won the Bay County mayoral primary on Tuesday, leading Council member Sam Lee to drop out of the race.');
  });
});

describe("a place's other name (session 8)", () => {
  it('"the Granite State", "N.H." are New Hampshire; not inside a longer name', () => {
    expect(canonicalPlaces('Ortiz won by a wide margin in the Granite State on Tuesday.')).toBe('Ortiz won by a wide margin in the New Hampshire on Tuesday.');
    expect(canonicalPlaces('CONCORD, N.H. - Becker conceded.')).toBe('CONCORD, New Hampshire - Becker conceded.');
    expect(canonicalPlaces('The Empire State Building was lit blue; Rep. Ann Vale (D-Fla.) spoke.')).toBe('The Empire State Building was lit blue; Rep. Ann Vale (D-Fla.) spoke.');
  });

  it('so an event told with the nickname names the place, and a later look back by its name refers to it', () => {
    expect(decisiveEvent('Lena Ortiz won by a wide margin in the Granite State over Tom Becker.')).toMatchObject({ subject: 'ortiz', lemma: 'win', objects: ['new hampshire', 'tom becker'] });
    const back = eventEchoes('After her New Hampshire win, Lena Ortiz flew to Nevada.');
    const nick = eventEchoes('After her win in the Granite State, Lena Ortiz flew to Nevada.');
    expect(nick.map((e) => [...e.names].sort())).toEqual(back.map((e) => [...e.names].sort()));
  });
});

describe('one event told by two subjects at once (session 8)', () => {
  it('"Lena Ortiz and Tom Becker have won …" has both subjects; a list of places after the verb is no second subject', () => {
    expect(decisiveEvent('Lena Ortiz and Tom Becker have won the mayoral primaries in Westport, widening their leads.')).toMatchObject({ subject: 'becker', lemma: 'win', objects: ['westport'], with: ['ortiz'] });
    expect(decisiveEvent('In Eastfield and Westport, Lena Ortiz won the mayoral primaries.')?.with).toBeUndefined();
  });

  it('so on page 1 an undated "Ortiz\'s big win in Westport" beside the dated report of both wins is told twice: shown once', async () => {
    const { keyDevelopments } = await import('../../src/briefing/build/build-card.ts');
    const dev = (text: string, when: string | null, actors: { subject: string; objects: string[]; with?: string[] }) => ({
      d: { text, key: text, tokens: text.toLowerCase().split(' '), when, lastReported: '2016-03-30', cites: [], articleIds: [text], importance: 1, centrality: 1, peak: 0, event: 'win', actors, newsness: 1, decisive: true },
      weight: 10,
    });
    const both = dev('Lena Ortiz and Tom Becker have won the mayoral primaries in Westport.', '2016-03-15', { subject: 'becker', objects: ['westport'], with: ['ortiz'] });
    const again = dev("Lena Ortiz's big win in the Westport primary is helping her stretch her lead.", null, { subject: 'ortiz', objects: ['westport'] });
    const other = dev('Lena Ortiz won the Bay County primary.', '2016-04-19', { subject: 'ortiz', objects: ['bay county'] });
    expect(keyDevelopments([both, again, other], 5, new Set()).map((k) => k.d.text)).toEqual([both.d.text, other.d.text]);
  });
});

describe('decisive events beyond elections (session 8)', () => {
  it('a verdict, a plea, a death, a firing, a deal, a bill passed are decisive; a form of them hedged or with no named subject is not', () => {
    expect(decisiveEvent('Sam Lee was convicted on Friday of defrauding the harbor authority.')).toMatchObject({ subject: 'lee', lemma: 'convict' });
    expect(decisiveEvent('Port Director Ann Vale pleaded guilty on Monday to two counts of fraud.')).toMatchObject({ subject: 'vale', lemma: 'plead' });
    expect(decisiveEvent('Harbor Freight agreed to buy Westport Marine for $40 million on Tuesday.')).toMatchObject({ lemma: 'acquire' });
    expect(decisiveEvent('The Westport Council passed the bill on Thursday after a long night.')).toMatchObject({ subject: 'council', lemma: 'pass' });
    expect(decisiveEvent('If Sam Lee was convicted, the harbor board would fold.')).toBeNull();
    expect(decisiveEvent('The convicted officials were led away on Friday.')).toBeNull();
  });

  it('so a verdict in a made-up trial is a decisive event and a turning point of the story', async () => {
    const { storyMaterial } = await import('../../src/briefing/build/build-card.ts');
    const fraud = TopicSchema.parse({ id: 'harbor-fraud', title: 'The harbor fraud trial', match: { terms: ['harbor fraud', 'fraud trial', 'jury'], minTerms: 1, people: ['Sam Lee'] } });
    const a = (id: string, day: string, body: string) => {
      const article = makeArticle({ id, outlet: 'River Times', published: day, headline: 'Harbor fraud trial', body, url: `https://rivertimes.example/${id}` });
      return { article, facts: extractFacts(article), topics: [fraud.id], storedAt: `${day}T12:00:00.000Z` };
    };
    const arts = [
      a('t1', '2016-03-01', 'Sam Lee went on trial on Monday in the harbor fraud case, with jurors hearing from the port auditors.'),
      a('t2', '2016-03-19', 'Sam Lee was convicted on Friday of harbor fraud by a jury in Westport after two days of deliberations.'),
    ];
    const d = storyMaterial({ topic: fraud, articles: arts }).developments.find((x) => /was convicted/.test(x.text));
    expect(d).toMatchObject({ event: 'convict', decisive: true, when: '2016-03-18' });
  });
});
