/**
 * The story first (issue 14), on made-up articles through the real extractor: page 1 carries the
 * story's most important developments (coverage across outlets, later articles looking back,
 * centrality, event-ness; recency breaks ties) in date order, whatever its length; the TL;DR is the
 * most important recent ones plus one line of background, each a sentence that stands alone; items
 * are on the topic; any page number answers; developments kept between cards give the card a
 * fresh build gives.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard, MAX_CARD_ARTICLES, MAX_PAGES, PAGE_SIZE, prepareStory } from '../../src/briefing/build/index.ts';
import { forgetStories } from '../../src/briefing/build/developments.ts';
import { coveragePeaks } from '../../src/briefing/build/build-card.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'canal-dispute',
  title: 'The Millbrook canal dispute',
  match: { terms: ['canal', 'Millbrook', 'water board', 'Okafor'], minTerms: 1, people: ['Grace Okafor'] },
});

const OUTLETS = ['River Times', 'Daily Ledger', 'Evening Post', 'Valley Courier', 'Harbor Gazette'];

function art(id: string, outlet: string, published: string, headline: string, body: string, storedAt = `${published}T12:00:00.000Z`): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt };
}

const day = (n: number) => new Date(Date.UTC(2016, 0, 4) + n * 86_400_000).toISOString().slice(0, 10);
const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekday = (n: number) => WEEKDAY[new Date(`${day(n)}T00:00:00Z`).getUTCDay()];

/**
 * A story of 150 articles over 300 days: every few days a minor single-outlet item about the canal
 * (a meeting, a survey, a tour), and three turning points reported by several outlets the same week
 * and looked back to by later articles: the water board's vote to close the canal (early), Grace
 * Okafor's lawsuit (middle) and the court ruling (late). The newest articles are minor items.
 */
function longStory(): StoredArticle[] {
  const out: StoredArticle[] = [];
  const minor = [
    (n: number) => `Volunteers cleaned a stretch of the Millbrook canal towpath on ${weekday(n)}, collecting ${n + 3} bags of litter.`,
    (n: number) => `A walking club toured the locks of the Millbrook canal on ${weekday(n)} and counted ${n + 5} boats moored near the basin.`,
    (n: number) => `The Millbrook canal society held its monthly meeting on ${weekday(n)}, where ${n + 20} members discussed the footbridge paint.`,
    (n: number) => `A survey of ducks on the Millbrook canal found ${n + 40} birds near the old mill on ${weekday(n)}, the bird club said.`,
  ];
  for (let n = 0; n < 300; n += 2) {
    const text = minor[(n / 2) % minor.length](n);
    out.push(art(`m${n}`, OUTLETS[(n / 2) % OUTLETS.length], day(n), `Canal notes ${n}`, `${text} Organisers said more events were planned.`));
  }
  const turning = [
    { at: 20, id: 'vote', lead: (o: number) => [
        `The Millbrook water board voted to close the canal to boats on ${weekday(20)}, citing leaks in the embankment.`,
        `Citing leaks in the embankment, the water board voted on ${weekday(20)} to close the Millbrook canal to boats.`,
        `Boats were barred from the Millbrook canal after the water board voted on ${weekday(20)} to close it over embankment leaks.`,
      ][o % 3] },
    { at: 120, id: 'suit', lead: (o: number) => [
        `Grace Okafor sued the Millbrook water board on ${weekday(120)}, saying the canal closure broke the board's own charter.`,
        `Boat owner Grace Okafor filed a lawsuit against the water board on ${weekday(120)} over the closure of the Millbrook canal.`,
        `The water board was sued by Grace Okafor on ${weekday(120)}, who argues the Millbrook canal closure breaks its charter.`,
      ][o % 3] },
    { at: 240, id: 'ruling', lead: (o: number) => [
        `A judge ruled on ${weekday(240)} that the Millbrook water board must reopen the canal to boats within a month.`,
        `The water board must reopen the Millbrook canal within a month, a judge ruled on ${weekday(240)} in Okafor's lawsuit.`,
        `Ruling in Grace Okafor's lawsuit on ${weekday(240)}, a judge ordered the water board to reopen the Millbrook canal within a month.`,
      ][o % 3] },
  ];
  for (const t of turning)
    for (let o = 0; o < 4; o++) {
      const pub = day(t.at + 1 + (o % 2));
      out.push(art(`${t.id}${o}`, OUTLETS[o], pub, `Canal: ${t.id}`, `${t.lead(o)} Reporters were told more would follow.`));
    }
  // later articles look back to the turning points in passing
  for (let n = 40; n < 300; n += 37) {
    const back = n > 250 ? 'the ruling that ordered the Millbrook canal reopened' : n > 130 ? "Okafor's lawsuit over the canal closure" : 'the water board vote that closed the Millbrook canal to boats';
    out.push(art(`b${n}`, OUTLETS[n % OUTLETS.length], day(n + 1), `Canal diary ${n}`, `Anglers gathered at the Millbrook canal basin on ${weekday(n + 1)} for a contest. Many of them still talk about ${back}.`));
  }
  return out.sort((a, b) => (a.article.published! < b.article.published! ? 1 : a.article.published! > b.article.published! ? -1 : a.article.id < b.article.id ? -1 : 1));
}

const NOW = `${day(302)}T08:00:00.000Z`;
const story = longStory();
const page = (n = 1, articles = story) => buildCard({ topic, articles, now: NOW, page: n });
const page1 = (c = page()) => [...c.tldr, ...c.developments];

describe('page 1 carries the story, not the latest news', () => {
  it('the three turning points of a 150-article story are on page 1, though the newest articles are minor items', () => {
    expect(story.length).toBeGreaterThan(MAX_CARD_ARTICLES);
    const texts = page1().map((l) => l.text);
    expect(texts.some((t) => /voted (?:on \w+ )?to close|voted to close/.test(t))).toBe(true);
    expect(texts.some((t) => /Okafor (?:sued|filed)|sued by Grace Okafor/.test(t))).toBe(true);
    expect(texts.some((t) => /judge (?:ruled|ordered)|a judge ruled/i.test(t))).toBe(true);
  });

  it('each turning point is one item citing the outlets that reported it', () => {
    for (const re of [/water board voted|voted on \w+ to close|after the water board voted/, /sued|filed a lawsuit/, /judge/]) {
      const items = page1().filter((l) => re.test(l.text));
      expect(items).toHaveLength(1);
      expect(new Set(items[0].cites.map((c) => c.articleId.replace(/\d+$/, ''))).size).toBe(1);
      expect(items[0].cites.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('page 1 developments are in date order, newest first; the TL;DR is newest first with its background last', () => {
    const c = page();
    const whens = c.developments.filter((l) => l.when).map((l) => l.when!);
    expect([...whens].sort().reverse()).toEqual(whens);
    const news = c.tldr.slice(0, -1).map((l) => l.when!);
    expect([...news].sort().reverse()).toEqual(news);
  });

  it('the TL;DR: the most important recent developments (the ruling leads), then one line of background from well before', () => {
    const t = page().tldr;
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(PAGE_SIZE.tldr + 1);
    expect(t[0].text).toMatch(/judge/i);
    const last = t[t.length - 1];
    expect(last.when! < day(200)).toBe(true);
    // no minor single-outlet item makes the TL;DR
    for (const l of t) expect(l.cites.length).toBeGreaterThanOrEqual(3);
  });

  it('a short story (the three weeks before the ruling, and the ruling) leads with its newest news', () => {
    const short = story.filter((a) => a.article.id.startsWith('ruling') || (a.article.published! >= day(220) && a.article.published! <= day(241)));
    const t = buildCard({ topic, articles: short, now: NOW }).tldr;
    expect(t[0].text).toMatch(/judge/i);
  });
});

describe('the TL;DR tells an event once', () => {
  it('two items of one day (a decision and its announcement, in different words) take one TL;DR line', () => {
    const arts = [
      art('e1', 'River Times', '2016-06-07', 'Board decides', 'The Millbrook water board decided on Monday not to appeal the canal ruling, ending the dispute.'),
      art('e2', 'Daily Ledger', '2016-06-07', 'Board decides', 'The water board decided on Monday not to appeal the Millbrook canal ruling, its chairman said.'),
      art('e3', 'Evening Post', '2016-06-07', 'Chairman speaks', 'On Monday, the chairman announced that the canal would reopen to boats in July with new embankments.'),
      art('e4', 'Valley Courier', '2016-06-07', 'Chairman speaks', 'The Millbrook canal will reopen in July, the water board chairman announced on Monday, with new embankments.'),
      art('e5', 'Harbor Gazette', '2016-05-20', 'Okafor wins', 'Grace Okafor won her lawsuit over the Millbrook canal on Friday when a judge ordered it reopened.'),
      art('e6', 'River Times', '2016-05-21', 'Okafor wins', 'A judge ruled for Grace Okafor on Friday, ordering the water board to reopen the Millbrook canal.'),
    ];
    const t = buildCard({ topic, articles: arts, now: '2016-06-08T08:00:00.000Z' }).tldr;
    const days = t.map((l) => l.when);
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain('2016-06-06');
  });
});

describe('the TL;DR stands alone', () => {
  const news = [
    art('s1', 'River Times', '2016-05-02', 'Board meets', 'MILLBROOK (AP) — The Millbrook water board approved a repair budget for the canal embankment on Monday after a long debate.'),
    art('s2', 'Daily Ledger', '2016-05-02', 'Board budget', 'He said the Millbrook canal repairs would start in June and the water board would pay for them.'),
    art('s3', 'Evening Post', '2016-05-03', 'Board budget', 'First, the water board approved the canal repair budget on Monday, then it voted to hire engineers.'),
    art('s4', 'Valley Courier', '2016-05-03', 'Video', 'Watch the latest video at <a href="https://x.example">x.example</a> about the Millbrook canal repairs approved on Monday.'),
    art('s5', 'Harbor Gazette', '2016-05-04', 'Okafor reacts', 'Grace Okafor welcomed the water board decision to repair the Millbrook canal embankment on Tuesday.'),
    art('s6', 'River Times', '2016-05-04', 'Engineers hired', 'By Jane Doe MILLBROOK — The water board hired two engineering firms on Tuesday to inspect the Millbrook canal locks.'),
  ];
  it('no leading "First,", pronoun subject, dateline, byline or HTML', () => {
    const c = buildCard({ topic, articles: news, now: '2016-05-05T08:00:00.000Z' });
    expect(c.tldr.length).toBeGreaterThan(0);
    for (const l of [...c.tldr, ...c.developments]) {
      expect(l.text).not.toMatch(/^(?:First|Second|Then|He|She|They|It|This|That|But|And)\b/);
      expect(l.text).not.toMatch(/^[A-Z]{3,}.*?(?:—|--|-)\s/);
      expect(l.text).not.toMatch(/^By [A-Z]/);
      expect(l.text).not.toMatch(/<\/?[a-z]|https?:|&[a-z]+;/i);
    }
    // the dateline is cut, the sentence kept, verbatim at its citation
    const lead = [...c.tldr, ...c.developments].find((l) => /approved a repair budget/.test(l.text));
    expect(lead?.text.startsWith('The Millbrook water board approved')).toBe(true);
    const c0 = lead!.cites[0];
    expect(news[0].article.body.slice(c0.charStart, c0.charEnd)).toBe(lead!.text);
    // a byline and a dateline in front: both cut
    const hired = [...c.tldr, ...c.developments].find((l) => /engineering firms/.test(l.text));
    expect(hired?.text.startsWith('The water board hired')).toBe(true);
  });
});

describe('coverage peaks', () => {
  it('a day the story was covered far more than usual counts; a quiet day and a day outside the story do not', () => {
    const w = articleWindow(story, 1000);
    const peak = coveragePeaks(w);
    // the ruling's days: four outlets and the minor item of the day, against the story's usual two articles in four days
    expect(peak(day(241))).toBeGreaterThan(0.5);
    expect(peak(day(61))).toBe(0);
    expect(peak('2010-01-01')).toBe(0);
    expect(peak(null)).toBe(0);
    // a story too small to have peaks
    expect(coveragePeaks(articleWindow(story.slice(0, 5), 1000))(day(299))).toBe(0);
  });
});

describe('on topic', () => {
  it('a busy off-topic article in the topic names none of its terms: nothing of it reaches the card', () => {
    const offTopic = art('x1', 'Daily Ledger', day(299), 'Canal notes and the weather', 'The Millbrook canal towpath reopened on Friday. A bakery on Main Street won a regional prize for its rye bread on Friday, its owner said.');
    const c = buildCard({ topic, articles: [offTopic, ...story], now: NOW });
    for (let n = 1; n <= c.pages; n++) {
      const p = n === 1 ? c : buildCard({ topic, articles: [offTopic, ...story], now: NOW, page: n });
      expect([...p.tldr, ...p.developments].some((l) => /bakery|rye bread/.test(l.text))).toBe(false);
    }
  });
});

describe('paging', () => {
  it(`at most ${MAX_PAGES} pages; past the last page, the last page; page 0 or a fraction, page 1`, () => {
    const c = page();
    expect(c.pages).toBeLessThanOrEqual(MAX_PAGES);
    const last = page(c.pages);
    const far = page(9999);
    expect(far.page).toBe(c.pages);
    expect(far.developments).toEqual(last.developments);
    expect(far.developments.length + far.quotes.length).toBeGreaterThan(0);
    expect(page(0).page).toBe(1);
    expect(page(1.7).page).toBe(1);
    expect(page(0).tldr).toEqual(c.tldr);
    // what does not fit is counted, and no item repeats across pages
    const all = Array.from({ length: c.pages }, (_, i) => page(i + 1)).flatMap((p) => [...p.tldr, ...p.developments].map((l) => l.text));
    expect(new Set(all).size).toBe(all.length);
    if (c.omitted) expect(c.omitted.developments).toBeGreaterThan(0);
  });
});

describe('developments kept between cards', () => {
  it('a card after new articles arrive is the card a fresh build gives (one new article updates what it joins)', async () => {
    forgetStories();
    const older = story.slice(5);
    buildCard({ topic, articles: older, now: NOW });
    // the store parsed the articles again: new objects, the same articles (what was read is kept)
    const incremental = buildCard({ topic, articles: story.map((a) => ({ ...a, facts: structuredClone(a.facts) })), now: NOW });
    forgetStories();
    const fresh = buildCard({ topic, articles: story, now: NOW });
    expect(incremental).toEqual(fresh);
    // and the story read in chunks, as /brief does, is the same story
    forgetStories();
    let pauses = 0;
    await prepareStory(topic, story, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(1);
    expect(buildCard({ topic, articles: story, now: NOW })).toEqual(fresh);
  });
});
