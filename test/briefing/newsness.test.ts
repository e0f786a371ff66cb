/**
 * News-ness (issue 14): a sentence reports a decisive event by its form (a finite past or
 * present-perfect verb of a decisive kind with a named subject), not commentary, a feature, a habit,
 * an interview or a preview; the TL;DR and page 1 prefer decisive events; reports of one event in
 * different words merge (same subject, verb lemma and object, within a day); a dispute's response
 * addresses its claim. Made-up articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard } from '../../src/briefing/build/index.ts';
import { addressesClaim, storyMaterial } from '../../src/briefing/build/build-card.ts';
import { rankDisputes } from '../../src/briefing/build/disputes.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { decisiveEvent, eventEchoes, newsness, nonEvent } from '../../src/briefing/build/newsness.ts';
import { cleanSentence, Developments, importance, topicLex } from '../../src/briefing/build/developments.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-race',
  title: 'The Harbor County mayoral race',
  match: { terms: ['mayoral', 'Harbor County', 'mayor'], minTerms: 1, people: ['Lena Ortiz', 'Tom Becker', 'Ray Dunn'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

describe('the form of a sentence', () => {
  it('a decisive event with a named subject is news; its subject, lemma and object are read', () => {
    expect(decisiveEvent('Lena Ortiz won the Harbor County mayoral primary on Tuesday, beating two rivals.')).toEqual({ subject: 'ortiz', lemma: 'win', objects: ['harbor county'] });
    expect(decisiveEvent('Council member Ray Dunn dropped out of the mayoral race on Monday.')?.lemma).toBe('withdraw');
    expect(decisiveEvent('Tom Becker formally endorsed Lena Ortiz at a rally on Friday.')).toMatchObject({ subject: 'becker', lemma: 'endorse', objects: ['lena ortiz'] });
    expect(decisiveEvent("Lena Ortiz's victory in the Harbor County primary surprised the party.")).toMatchObject({ subject: 'ortiz', lemma: 'win' });
    expect(newsness('Tom Becker formally endorsed Lena Ortiz at a rally on Friday.')).toBe(1);
  });

  it('conditionals, features, habits, interviews and previews are not events', () => {
    for (const s of [
      'If Lena Ortiz could cut a ribbon somewhere, she would be there before the mayor.',
      'Ever since Tom Becker announced his mayoral bid last year, he has said the same thing.',
      'The last time Ray Dunn came to this harbor, in April, he was cheered by dockworkers.',
      'On Tuesday, a radio host interviewed mayoral candidate Lena Ortiz about the budget.',
      'Heading into the mayoral primary, Tom Becker held a narrow lead in the polls.',
      'Lena Ortiz has long argued that the mayor should not run the harbor board.',
    ]) {
      expect(nonEvent(s), s).toBe(true);
      expect(newsness(s), s).toBe(-1);
      expect(decisiveEvent(s), s).toBeNull();
    }
  });

  it("a sentence ending in a doubled closing quote (''…'' as some archives write quotes) is a whole sentence", () => {
    const t = "At a rally on Tuesday, Tom Becker endorsed Lena Ortiz, saying she would ''make an outstanding mayor.''";
    expect(cleanSentence(t, 0)?.text).toBe(t);
  });

  it('"his surprising victory in Westport" is the win of the one the sentence opens with, when no one else is named before it', () => {
    expect(decisiveEvent('Ortiz arrived at the mayoral forum reenergized after her surprising victory in Westport.')).toEqual({ subject: 'ortiz', lemma: 'win', objects: ['westport'] });
    expect(decisiveEvent('Lena Ortiz thanked volunteers on the waterfront after her narrow win in the Harbor County primary.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
    // two names before it: no telling whose; a sentence opening with no one ("Even with his victory …", "Despite her win …")
    expect(decisiveEvent('Becker mocked Ortiz after her surprising victory in Westport.')).toBeNull();
    expect(decisiveEvent('Even with his victory in the Westport primary, it remains hard for the mayor to win a second term.')).toBeNull();
    expect(decisiveEvent('Despite her win in Westport, the mayoral race remains close.')).toBeNull();
  });

  it('a share won is a count, not a contest ("won a majority of the delegates", "won most of the wards")', () => {
    expect(decisiveEvent('Lena Ortiz won a majority of the delegates at the Harbor County convention on Saturday.')).toBeNull();
    expect(decisiveEvent('Tom Becker won most of the waterfront wards in the mayoral primary.')).toBeNull();
    // a tally first, then a contest won in the same sentence: the contest is the event
    expect(decisiveEvent('Tom Becker won a narrow share of the delegates while Lena Ortiz won the Harbor County primary.')).toMatchObject({ subject: 'ortiz', lemma: 'win', objects: ['harbor county'] });
    expect(decisiveEvent('Lena Ortiz won the majority vote of the Harbor County board on Tuesday.')).toMatchObject({ subject: 'ortiz', lemma: 'win' });
  });

  it('a hedged or quoted verb is no event ("would win", "who won", a quote)', () => {
    expect(decisiveEvent('Analysts said Lena Ortiz would win the mayoral primary easily.')).toBeNull();
    expect(decisiveEvent('Voters who backed Becker said "Ortiz won nothing" at the mayoral forum.')).toBeNull();
  });
});

describe('the TL;DR and page 1', () => {
  // a commentary lede in three outlets (more coverage than any event), and two decisive events
  const arts = [
    art('c1', 'River Times', '2016-05-10', 'Ortiz column', 'If Lena Ortiz could win votes by cutting ribbons, the mayoral race would already be over. Columnists keep saying so.'),
    art('c2', 'Daily Ledger', '2016-05-10', 'Ortiz column', 'If Lena Ortiz could win votes by cutting ribbons, the mayoral race would be over by now, one columnist wrote.'),
    art('c3', 'Evening Post', '2016-05-11', 'Ortiz feature', 'Ever since Lena Ortiz entered the mayoral race last year, she has said the same thing about the harbor.'),
    art('w1', 'Valley Courier', '2016-05-11', 'Ortiz wins', 'Lena Ortiz won the Harbor County mayoral primary on Tuesday, beating two rivals by a wide margin.'),
    art('d1', 'Harbor Gazette', '2016-05-04', 'Dunn quits', 'Council member Ray Dunn dropped out of the mayoral race on Tuesday, citing his health.'),
    art('f1', 'River Times', '2016-05-08', 'Becker profile', 'The last time Tom Becker came to the harbor, in April, he was cheered by dockworkers and the mayor.'),
  ];
  const card = buildCard({ topic, articles: arts, now: '2016-05-12T08:00:00.000Z' });

  it('a commentary lede is not in the TL;DR; the decisive event leads it', () => {
    expect(card.tldr.length).toBeGreaterThan(0);
    expect(card.tldr[0].text).toMatch(/^Lena Ortiz won the Harbor County mayoral primary/);
    for (const l of card.tldr) expect(l.text).not.toMatch(/^(?:If|Ever since|The last time)\b/);
  });

  it('decisive events come before feature prose on page 1', () => {
    const texts = [...card.tldr, ...card.developments].map((l) => l.text);
    const won = texts.findIndex((t) => /Ortiz won/.test(t));
    const quit = texts.findIndex((t) => /Dunn dropped out/.test(t));
    expect(won).toBeGreaterThanOrEqual(0);
    expect(quit).toBeGreaterThanOrEqual(0);
    // in the TL;DR (the two events) rather than the commentary
    const tl = card.tldr.map((l) => l.text);
    expect(tl.some((t) => /Dunn dropped out/.test(t))).toBe(true);
    expect(tl.some((t) => /^If |^Ever since|^The last time/.test(t))).toBe(false);
  });
});

describe('turning points', () => {
  it('a withdrawal reported once makes the TL;DR among routine results each reported twice', () => {
    const wards = ['North', 'South', 'East', 'West', 'Central'];
    const arts: StoredArticle[] = [];
    wards.forEach((w, i) => {
      const d = `2016-05-${String(10 + i).padStart(2, '0')}`;
      arts.push(art(`r${i}a`, 'River Times', d, `${w} ward`, `Lena Ortiz won the ${w} Ward mayoral straw poll on ${['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][i]}, carrying most precincts.`));
      arts.push(art(`r${i}b`, 'Daily Ledger', d, `${w} ward`, `Mayoral hopeful Lena Ortiz won the ${w} Ward straw poll, her campaign said, carrying most precincts again.`));
    });
    arts.push(art('q1', 'Evening Post', '2016-05-12', 'Dunn quits', 'Council member Ray Dunn dropped out of the mayoral race on Thursday, citing his health.'));
    const t = buildCard({ topic, articles: arts, now: '2016-05-15T08:00:00.000Z' }).tldr.map((l) => l.text);
    expect(t.some((x) => /Dunn dropped out/.test(x))).toBe(true);
  });
});

describe('a decisive event told through a verb of deciding or acting', () => {
  it('"took the unusual step Friday of announcing", "made the decision to drop out": the event after it, done by the one named before it', () => {
    expect(decisiveEvent('Though the fight was far from over, Harbor Attorney Mara Quill took the unusual step Friday of announcing that her office would not charge Tom Becker.')).toEqual({
      subject: 'quill',
      lemma: 'announce',
      objects: ['tom becker'],
    });
    expect(decisiveEvent('Council member Ray Dunn made the difficult decision to drop out of the mayoral race on Monday.')).toMatchObject({ subject: 'dunn', lemma: 'withdraw' });
    expect(decisiveEvent('Tom Becker decided to endorse Lena Ortiz after the mayoral debate.')).toMatchObject({ subject: 'becker', lemma: 'endorse', objects: ['lena ortiz'] });
    expect(newsness('Council member Ray Dunn made the difficult decision to drop out of the mayoral race on Monday.')).toBe(1);
  });

  it('not a decision to do something that is no decisive event, nor a hedged one', () => {
    expect(decisiveEvent('Tom Becker decided to stay in the mayoral race for now.')).toBeNull();
    expect(decisiveEvent('Analysts said Ray Dunn would have decided to drop out of the mayoral race by now.')).toBeNull();
    expect(decisiveEvent('If Ray Dunn made the decision to drop out, the mayoral race would tighten.')).toBeNull();
  });

  it('on a card: a withdrawal told that way makes the TL;DR among routine results each reported twice', () => {
    const wards = ['North', 'South', 'East', 'West', 'Central'];
    const arts: StoredArticle[] = [];
    wards.forEach((w, i) => {
      const d = `2016-05-${String(10 + i).padStart(2, '0')}`;
      arts.push(art(`p${i}a`, 'River Times', d, `${w} ward`, `Lena Ortiz won the ${w} Ward mayoral straw poll on ${['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][i]}, carrying most precincts.`));
      arts.push(art(`p${i}b`, 'Daily Ledger', d, `${w} ward`, `Mayoral hopeful Lena Ortiz won the ${w} Ward straw poll, her campaign said, carrying most precincts again.`));
    });
    arts.push(art('p9', 'Evening Post', '2016-05-12', 'Dunn out', 'Citing his health, council member Ray Dunn took the painful step Thursday of ending his campaign for mayor, leaving two candidates in the race.'));
    const t = buildCard({ topic, articles: arts, now: '2016-05-15T08:00:00.000Z' }).tldr.map((l) => l.text);
    expect(t.some((x) => /Ray Dunn took the painful step/.test(x))).toBe(true);
  });
});

describe('a possessive pronoun for the one the sentence opens with', () => {
  it('in a story: "after her surprising victory in the primary" is read as Ortiz\'s win, a decisive event of the story', () => {
    const arts = [
      art('s1', 'River Times', '2016-05-10', 'Ads', 'The Harbor County mayoral campaigns spent two million dollars on television ads, the county clerk said on Tuesday.'),
      art('s3', 'Valley Courier', '2016-05-09', 'Ortiz at city hall', 'Ortiz arrived at city hall reenergized on Monday after her surprising victory in the Harbor County mayoral primary.'),
    ];
    const devs = storyMaterial({ topic, articles: arts }).developments;
    const ortiz = devs.find((d) => /^Ortiz arrived at city hall/.test(d.text));
    expect(ortiz).toMatchObject({ event: 'win', decisive: true, actors: { subject: 'ortiz', objects: ['harbor county'] } });
    expect(devs.find((d) => /television ads/.test(d.text))?.decisive).toBe(false);
  });
});

describe('paraphrases of one event merge', () => {
  it('"won the primary" and "beat … in the primary" the next day, in other words: one item citing both; another contest stays apart', () => {
    const arts = [
      art('p1', 'River Times', '2016-05-11', 'Ortiz wins', 'Lena Ortiz won the Harbor County mayoral primary on Tuesday, carrying every ward.'),
      art('p2', 'Daily Ledger', '2016-05-11', 'Becker loses', 'Mayoral hopeful Lena Ortiz defeated Tom Becker in Harbor County on Tuesday, her aides confirmed to reporters.'),
      art('p3', 'Evening Post', '2016-05-12', 'Next steps', "Lena Ortiz's victory in Harbor County left Tom Becker weighing his next steps in the mayoral race."),
      // the same winner, another county, a week later: another event
      art('p4', 'Valley Courier', '2016-05-18', 'Ortiz again', 'Lena Ortiz won the Bay County mayoral straw poll on Tuesday, carrying most precincts.'),
    ];
    const c = buildCard({ topic, articles: arts, now: '2016-05-19T08:00:00.000Z' });
    const lines = [...c.tldr, ...c.developments];
    const harbor = lines.filter((l) => /Harbor County/.test(l.text) && /Ortiz/.test(l.text));
    expect(harbor).toHaveLength(1);
    expect(new Set(harbor[0].cites.map((x) => x.articleId))).toEqual(new Set(['p1', 'p2', 'p3']));
    expect(harbor[0].when).toBe('2016-05-10');
    const bay = lines.filter((l) => /Bay County/.test(l.text));
    expect(bay).toHaveLength(1);
    expect(bay[0].cites.map((x) => x.articleId)).toEqual(['p4']);
  });
});

describe('disputes address their claim', () => {
  it('a response sharing no salient word of the claim (beyond the topic words) is refused; one about the same thing is kept', () => {
    const common = new Set(['ortiz', 'becker', 'mayor', 'mayoral', 'harbor', 'county']);
    expect(addressesClaim('The four loopholes he cited are the ability to offset real estate losses against other income', 'Hill', 'a proposal by Ortiz for one final mayoral debate', common)).toBe(false);
    expect(addressesClaim('Becker took campaign money from the harbor dredging contractor', 'Ledger', 'that Becker ever took money from the dredging contractor', common)).toBe(true);
  });

  it('a response is linked to a claim by naming its source as whole words ("the Hill" is not in "Hillary")', () => {
    const arts = [
      art('h1', 'River Times', '2016-05-10', 'Loopholes', 'Tom Becker said real estate loopholes cost Harbor County millions, the Hill reported on Tuesday.'),
      art('h2', 'Evening Post', '2016-05-11', 'No debate', 'Mayoral candidate Hillary Ortiz denied a request for one final debate with Tom Becker on Wednesday.'),
    ];
    const d = rankDisputes(articleWindow(arts, 10));
    expect(d.filter((x) => x.response)).toEqual([]);
    expect(buildCard({ topic, articles: arts, now: '2016-05-12T08:00:00.000Z' }).disputes).toEqual([]);
  });

  it('on a card: a response naming the claim\'s source a month later, about something else, is not a dispute; the same denial days later is', () => {
    const claim = art('y1', 'River Times', '2016-05-10', 'Loopholes', 'Tom Becker took money from the harbor dredging contractor, the Daily Ledger reported on Tuesday, citing campaign filings.');
    const late = art('y2', 'Evening Post', '2016-06-20', 'Budget', 'Lena Ortiz on Monday denied the Daily Ledger report that the mayoral budget would cut harbor police.');
    const soon = art('y3', 'Valley Courier', '2016-05-12', 'Becker denies', 'Tom Becker on Thursday denied the Daily Ledger report, saying he never took money from the dredging contractor.');
    // the builder's candidates link both responses to the claim (they name its source)
    const cand = rankDisputes(articleWindow([claim, late, soon], 10)).filter((x) => x.response);
    expect(cand.map((x) => x.cites[1].articleId).sort()).toEqual(['y2', 'y3']);
    const shown = buildCard({ topic, articles: [claim, late, soon], now: '2016-06-21T08:00:00.000Z' }).disputes;
    expect(shown.map((x) => x.cites[1].articleId)).toEqual(['y3']);
    expect(shown[0].claim).toMatch(/dredging contractor/);
  });
});

describe('a response that is a phrase', () => {
  it('"Ortiz rejected the harbor plan Wednesday" is shown as its sentence, not as "the harbor plan Wednesday"', () => {
    const a = art('r1', 'River Times', '2016-05-11', 'Harbor fee', 'Tom Becker will cut the harbor fee for all fishing boats in the county next year, the Daily Ledger reported on Tuesday. Lena Ortiz rejected the harbor plan Wednesday.');
    expect(a.facts.claims.find((c) => c.kind === 'denied')?.text).toBe('the harbor plan Wednesday');
    const [d] = buildCard({ topic, articles: [a], now: '2016-05-12T08:00:00.000Z' }).disputes;
    expect(d.response).toBe('Lena Ortiz rejected the harbor plan Wednesday.');
    expect(d.responder).toBe('Lena Ortiz');
    // its citation is that sentence, verbatim
    expect(a.article.body.slice(d.cites[1].charStart, d.cites[1].charEnd)).toBe(d.response);
  });

  it('a clause stays as reported', () => {
    const a = art('r2', 'River Times', '2016-05-11', 'Harbor fee', 'Tom Becker will cut the harbor fee for all fishing boats in the county next year, the Daily Ledger reported on Tuesday. Becker denied that he would cut the harbor fee.');
    const [d] = buildCard({ topic, articles: [a], now: '2016-05-12T08:00:00.000Z' }).disputes;
    expect(d?.response).toBe('he would cut the harbor fee');
  });
});

describe('later coverage looking back to an event (echoes)', () => {
  it('reads an event referred to in passing, in any tense, with the names around it; not a hedged one', () => {
    const [e] = eventEchoes('Harbor winner Lena Ortiz urged her rivals to unite behind her at a rally on Friday.');
    expect(e.lemma).toBe('win');
    expect([...e.names]).toEqual(expect.arrayContaining(['lena ortiz', 'ortiz', 'harbor']));
    expect(eventEchoes("After Mr. Dunn's exit, the mayoral field narrowed to two.").map((x) => x.lemma)).toEqual(['withdraw']);
    expect(eventEchoes('Analysts said Lena Ortiz would win the Westport primary easily.')).toEqual([]);
    // a routine kind of event (a release) is not one a story looks back to
    expect(eventEchoes('The Harbor County clerk released the Westport ballots.')).toEqual([]);
  });

  it('a relative clause on a name looks back to what that one did ("Ray Dunn, who dropped out on Saturday, …"); "who" after no name still hedges', () => {
    const [e] = eventEchoes('Ortiz urged backers of Tom Becker and Ray Dunn, who dropped out on Saturday, to join her campaign.');
    expect(e?.lemma).toBe('withdraw');
    expect([...e.names]).toEqual(expect.arrayContaining(['ray dunn', 'dunn']));
    expect(eventEchoes('Ortiz thanked Ray Dunn, who had quietly ended his campaign in May, for his support.').map((x) => x.lemma)).toEqual(['withdraw']);
    expect(eventEchoes('Voters who won the raffle met Lena Ortiz at the harbor on Friday.')).toEqual([]);
  });

  // two decisive results of one kind, each reported by one article; later articles look back to one of them
  const results = [
    art('r1', 'Valley Courier', '2016-03-02', 'Ortiz wins Westport', 'Lena Ortiz won the Westport mayoral primary on Tuesday, beating Tom Becker by nine points.'),
    art('r2', 'Harbor Gazette', '2016-03-09', 'Becker wins Eastfield', 'Tom Becker won the Eastfield mayoral primary on Tuesday, beating Lena Ortiz by four points.'),
  ];
  const looksBack = (n: number, text: string) =>
    art(`b${n}`, ['River Times', 'Daily Ledger', 'Evening Post'][n % 3], `2016-03-${String(12 + n).padStart(2, '0')}`, `Mayoral notes ${n}`, `The mayoral candidates met voters at the harbor on Saturday. ${text}`);
  const later = [
    looksBack(0, 'Lena Ortiz, fresh from her surprise win in Westport, toured the docks.'),
    looksBack(1, "Ortiz's victory in Westport still shapes the mayoral race, aides said."),
    looksBack(2, 'Since her Westport win, Lena Ortiz has led every mayoral poll.'),
    // naming only the protagonists tells no result apart
    looksBack(3, 'Tom Becker and Lena Ortiz have each won a primary in the mayoral race.'),
  ];
  const echoesOf = (arts: StoredArticle[]) => {
    const devs = new Developments(topicLex(topic));
    for (const wa of [...articleWindow(arts, 1000)].reverse()) devs.addArticle(wa);
    devs.countEchoes();
    const of = (re: RegExp) => devs.list.find((d) => re.test(d.rep.text))!;
    return { westport: of(/won the Westport/), eastfield: of(/won the Eastfield/), devs };
  };

  it('a relative clause on a name in a later article counts as a look back ("Tom Becker, who won the Eastfield primary, …")', () => {
    // (past the article's lead, so that it is no report of the result itself)
    const body = 'The mayoral candidates met voters at the harbor on Saturday. The ferry ran late. Gulls circled the pier. A band played. Vendors sold fish. Rain held off until noon. Tom Becker, who won the Eastfield primary last week, toured the docks.';
    const relative = [art('v1', 'River Times', '2016-03-20', 'Becker tours', body)];
    expect(echoesOf([...results, ...relative]).eastfield.echoes).toBe(1);
  });

  it('counts the other articles that look back to an event, from its day on, by its subject and a name that tells it apart', () => {
    const { westport, eastfield } = echoesOf([...results, ...later]);
    expect(westport.echoes).toBe(3);
    expect(eastfield.echoes).toBe(0);
    expect(importance(westport)).toBeGreaterThan(importance(eastfield));
    // without the looks back, the two results weigh about alike (their sentences differ a little); the looks back add the difference
    const bare = echoesOf(results);
    expect(bare.westport.echoes).toBe(0);
    expect(importance(westport) - importance(eastfield)).toBeGreaterThan(importance(bare.westport) - importance(bare.eastfield) + 2);
  });

  it('an article from before the event is no look back', () => {
    const early = art('e0', 'River Times', '2016-02-20', 'Preview', 'Lena Ortiz hopes for a Westport win next month; her Westport victory in the council race came in 2012.');
    expect(echoesOf([...results, early]).westport.echoes).toBe(0);
  });
});
