/**
 * Key developments on page 1 (issue 14): one event told twice on a day is shown once; a list of
 * places after the verb is the event's objects; an article's lead is its first prose, not section
 * labels; "once again" is no cue of background; an event whose object is a pronoun ("endorsed him")
 * takes no looks back meant for another event of its subject. Made-up articles through the real
 * extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import { decisiveEvent } from '../../src/briefing/build/newsness.ts';
import { articleReports, Developments, topicLex } from '../../src/briefing/build/developments.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-race',
  title: 'The Harbor County mayoral race',
  match: { terms: ['mayoral', 'Harbor County', 'mayor', 'primary'], minTerms: 1, people: ['Lena Ortiz', 'Tom Becker', 'Ray Dunn'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe('the objects of an event', () => {
  it('a list of names after the verb is every object, up to the first item that is not a name', () => {
    expect(decisiveEvent('Lena Ortiz won the mayoral primaries in Westport, Eastfield and Bay County, widening her lead over Tom Becker.')?.objects).toEqual([
      'westport',
      'eastfield',
      'bay county',
    ]);
    expect(decisiveEvent('Lena Ortiz won the Westport mayoral primary, Tom Becker said on Wednesday.')?.objects).toEqual(['westport']);
    expect(decisiveEvent('Lena Ortiz won the mayoral primaries in Westport, Eastfield and Bay County on Tuesday, aides said.')?.objects).toEqual(['westport', 'eastfield', 'bay county']);
  });
});

describe('what is no decisive event', () => {
  it('a condition or a denial in the verb\'s clause ("if … wins … and … wins", "neither … nor … has won") and a tally ("won at least 25 delegates")', () => {
    expect(decisiveEvent('Analysts said on Monday that, if Lena Ortiz wins Westport and Tom Becker wins Eastfield, the race goes to a runoff.')).toBeNull();
    expect(decisiveEvent('Neither Tom Becker nor Ray Dunn has won a ward in the mayoral race so far.')).toBeNull();
    expect(decisiveEvent('Lena Ortiz has won at least 25 delegates and Tom Becker has won at least 13.')).toBeNull();
    // the result itself, and a result after a condition that is over, are events
    expect(decisiveEvent('Lena Ortiz won the Westport mayoral primary on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
    expect(decisiveEvent('Pollsters said nobody could catch Tom Becker, but Lena Ortiz won Westport on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
  });
});

describe('one event, one line on page 1', () => {
  it('two sentences of a night of results telling the same win are one line; another result of that night stays', () => {
    const arts = [
      art(
        'live',
        'River Times',
        '2016-05-11',
        'Primary night',
        'Lena Ortiz won the mayoral primaries in Westport, Eastfield and Bay County on Tuesday, widening her lead over Tom Becker. ' +
          'Turnout was high across the harbor. ' +
          'Lena Ortiz has won Eastfield on Tuesday night, a second victory for the mayoral hopeful as turnout surged along the waterfront.',
      ),
      art('north', 'Daily Ledger', '2016-05-11', 'Becker takes Northside', 'Tom Becker won the Northside mayoral primary on Tuesday, his first win in the race for mayor.'),
      art('dunn', 'Evening Post', '2016-04-20', 'Dunn quits', 'Council member Ray Dunn dropped out of the mayoral race on Tuesday, citing his health.'),
    ];
    const card = buildCard({ topic, articles: arts, now: '2016-05-12T08:00:00.000Z' });
    const page1 = [...card.tldr, ...card.developments].map((l) => l.text);
    expect(page1.filter((t) => /Ortiz (?:has )?won (?:Eastfield|the mayoral primaries)/.test(t))).toHaveLength(1);
    expect(page1.some((t) => /Becker won the Northside/.test(t))).toBe(true);
  });
});

describe("an article's lead is its first prose", () => {
  const body =
    'ABSTRACT.\n\nThe harbor board meets on Friday as questions nag the campaign.\n\nFULL TEXT.\n\n' +
    "Lena Ortiz has been formally named the mayoral nominee at the party's convention in Harbor County, as she once again faces questions about the harbor budget.\n\n" +
    'Delegates cheered her for ten minutes before the vote was read.';
  const wa = articleWindow([art('n1', 'River Times', '2016-07-21', 'Ortiz named nominee', body)], 10)[0];

  it('section labels ("ABSTRACT.", "FULL TEXT.") take no place: the sentence after them is the lead, reported as news and dated', () => {
    const r = articleReports(wa, topicLex(topic)).find((x) => /formally named/.test(x.text));
    expect(r).toBeDefined();
    expect(r!.lead).toBe(true);
    expect(r!.news).toBe(true);
    expect(r!.day).toBe('2016-07-21');
    const card = buildCard({ topic, articles: [wa.sa], now: '2016-07-22T08:00:00.000Z' });
    const line = [...card.tldr, ...card.developments].find((l) => /formally named/.test(l.text));
    expect(line?.when).toBe('2016-07-21');
  });
});

describe('looks back go to the event they name', () => {
  it('"after Tom Becker endorsed him" takes none of the looks back to Becker\'s endorsement of Ortiz', () => {
    const arts = [
      art('s1', 'Valley Courier', '2016-03-01', 'Lee wins seat', 'Dockworker Sam Lee won a harbor council seat on Tuesday, weeks after mayoral hopeful Tom Becker endorsed him at a rally.'),
      art('e1', 'Harbor Gazette', '2016-03-10', 'Becker backs Ortiz', 'Tom Becker endorsed Lena Ortiz for mayor on Thursday, ending his own campaign for the office.'),
      ...[0, 1, 2].map((n) =>
        art(`b${n}`, ['River Times', 'Daily Ledger', 'Evening Post'][n], `2016-03-${12 + n}`, `Mayoral notes ${n}`, `The mayoral candidates met voters on Saturday. Lena Ortiz, fresh from the Becker endorsement, toured the docks with harbor pilots.`),
      ),
    ];
    const devs = new Developments(topicLex(topic));
    for (const wa of [...articleWindow(arts, 100)].reverse()) devs.addArticle(wa);
    devs.countEchoes();
    const lee = devs.list.find((d) => d.reports.some((r) => /endorsed him/.test(r.text)));
    const ortiz = devs.list.find((d) => /endorsed Lena Ortiz/.test(d.rep.text));
    expect(lee).toBeDefined();
    expect(decisiveEvent('Dockworker Sam Lee won a seat after Tom Becker endorsed him at a rally.')).toBeTruthy();
    expect(decisiveEvent('Tom Becker endorsed him at a rally on the docks, aides said.')).toMatchObject({ subject: 'becker', lemma: 'endorse', unnamedObject: true });
    expect(lee!.echoes).toBe(0);
    expect(ortiz!.echoes).toBe(3);
  });
});

describe('what is still to come', () => {
  it('"stood by his plan to boycott" is done, not to come (a plan as a noun is no future); "plans to boycott" is to come', () => {
    const lex = topicLex(topic);
    const wa = (id: string, body: string) => articleWindow([art(id, 'River Times', '2016-05-11', 'Forum', body)], 10)[0];
    const done = wa('p1', 'Mayoral hopefuls met at the harbor forum on Tuesday, but a grumpy Tom Becker stood by his plan to boycott the mayoral debate and hold a rally instead.');
    const toCome = wa('p2', 'Mayoral hopefuls met at the harbor forum on Tuesday, and Tom Becker plans to boycott the mayoral debate and hold a rally instead.');
    expect(articleReports(done, lex).some((r) => /boycott/.test(r.text))).toBe(true);
    expect(articleReports(toCome, lex).some((r) => /boycott/.test(r.text))).toBe(false);
  });
});

describe('minor actors', () => {
  it('a line led by someone no other article of the story names weighs less than a like line led by someone the story keeps naming', async () => {
    const { rank, storyMaterial } = await import('../../src/briefing/build/build-card.ts');
    const arts = [
      art('lee', 'River Times', '2016-05-10', 'Foreman slams board', 'Dock foreman Sam Lee slammed the harbor board on Tuesday for delaying the mayoral debate by a week.'),
      art('ruiz', 'Daily Ledger', '2016-05-10', 'Ruiz slams budget', 'Council member Ana Ruiz slammed the port budget on Tuesday at a mayoral forum downtown, calling it reckless.'),
      ...[0, 1, 2].map((n) =>
        art(`n${n}`, ['Evening Post', 'Valley Courier', 'Harbor Gazette'][n], `2016-04-${10 + n}`, `Council notes ${n}`, `Council member Ana Ruiz spoke about ferry fares at the mayoral debate on Monday, and Lena Ortiz listened.`),
      ),
    ];
    const story = storyMaterial({ topic, articles: arts });
    const lee = story.developments.find((d) => /Sam Lee/.test(d.text))!;
    const ruiz = story.developments.find((d) => /Ana Ruiz slammed/.test(d.text))!;
    expect(lee.minorActor).toBe(true);
    expect(ruiz.minorActor).toBe(false);
    const order = rank(story.developments).map((r) => r.d.text);
    expect(order.indexOf(ruiz.text)).toBeLessThan(order.indexOf(lee.text));
  });
});
