/**
 * Story cards from an archive (issue 14), on made-up articles through the real extractor: one item
 * per development across outlets, event dates, the TL;DR rules, topic focus, disputes, paging past
 * the last page and `since` on a backfilled archive.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard, contradictsDate, dateMentions, eventDate, MAX_PAGES } from '../../src/briefing/build/index.ts';
import { cleanSentence } from '../../src/briefing/build/developments.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'harbor-bridge',
  title: 'The Harbor Bridge inquiry',
  match: { terms: ['Harbor Bridge', 'bridge', 'inquiry', 'Tolliver'], minTerms: 1, people: ['Dana Tolliver'] },
});

function story(id: string, outlet: string, published: string, headline: string, body: string, storedAt = `${published}T12:00:00.000Z`): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt };
}

const closure = [
  story('a1', 'River Times', '2016-03-04', 'Harbor Bridge closed', 'City engineers closed the Harbor Bridge on Thursday after inspectors found cracks in two support beams. Traffic was diverted to the tunnel. The mayor asked for patience.'),
  story('a2', 'Daily Ledger', '2016-03-05', 'Bridge shut over cracks', 'The Harbor Bridge was closed on Thursday after inspectors found cracks in two of its support beams, city engineers said. Commuters faced long delays on Friday.'),
  story('a3', 'Evening Post', '2016-03-04', 'Cracks close the bridge', 'Inspectors found cracks in two support beams of the Harbor Bridge, and city engineers closed the bridge on Thursday. Officials gave no date for reopening.'),
];
const inquiry = [
  story('b1', 'River Times', '2016-07-12', 'Inquiry opens', 'Dana Tolliver, the state auditor, opened an inquiry into the Harbor Bridge contracts on Monday. The inquiry will report by December.'),
  story('b2', 'Daily Ledger', '2016-07-13', 'Auditor opens bridge inquiry', 'State auditor Dana Tolliver opened an inquiry into the Harbor Bridge contracts on Monday, her office said. The contractor said it welcomed the review.'),
];
const later = [
  story('c1', 'Evening Post', '2016-10-31', 'Auditor faults contractor', 'The state auditor found that the contractor skipped two required inspections of the Harbor Bridge, according to a report released on Friday. The bridge, which was closed in March after cracks were found, reopened in September.'),
  story('c2', 'River Times', '2016-11-01', 'Contractor disputes findings', 'The contractor denied that it skipped any inspections of the Harbor Bridge, saying every inspection was logged. Tolliver said on Monday that the inquiry would continue.'),
  story('c3', 'Daily Ledger', '2016-11-01', 'Council meets on the bridge', 'The city council met on Monday to discuss the Harbor Bridge report. A bakery on Main Street won a regional prize for its rye bread on Monday.'),
];
const all = [...closure, ...inquiry, ...later];
const NOW = '2016-11-02T08:00:00.000Z';
const card = (extra: { since?: string; page?: number; articles?: StoredArticle[] } = {}) =>
  buildCard({ topic, articles: extra.articles ?? all, now: NOW, since: extra.since ?? null, page: extra.page });
const lines = (c = card()) => [...c.tldr, ...c.developments];

describe('event dates', () => {
  it('resolves weekdays, month-days, months, seasons and "last week" against the publication date', () => {
    expect(eventDate('The bridge was closed on Thursday.', '2016-03-05')).toEqual({ date: '2016-03-03', precision: 'day' });
    expect(eventDate('Comey sent his letter on Oct. 28 to Congress.', '2016-10-31')).toEqual({ date: '2016-10-28', precision: 'day' });
    expect(eventDate('Comey had announced in July that he would not recommend charges.', '2016-10-31')).toEqual({ date: '2016-07-01', precision: 'month' });
    expect(eventDate('In the fall of 2007, she ran for the Senate.', '2016-02-01')).toEqual({ date: '2007-09-01', precision: 'season' });
    expect(dateMentions('The director said last week that it would take time.', '2016-07-13')[0]).toMatchObject({ from: '2016-07-04', to: '2016-07-10', precision: 'week' });
    expect(eventDate('Nothing dated here.', '2016-07-13')).toBeNull();
    // "last night" (session 8): the evening before the article's day
    expect(eventDate("Little changed in last night's harbor forum in Westport.", '2016-03-09')).toEqual({ date: '2016-03-08', precision: 'day' });
    // "may" the verb is no month
    expect(dateMentions('He may go, she said.', '2016-07-13')).toEqual([]);
  });

  it('a text contradicts a date before none of its own mentions', () => {
    expect(contradictsDate('Comey had announced in July that no charges would be brought.', '2016-10-31', '2016-10-31')).toBe(true);
    expect(contradictsDate('Comey had announced in July that no charges would be brought.', '2016-07-05', '2016-10-31')).toBe(false);
    expect(contradictsDate('The vote is set for Nov. 8.', '2016-10-01', '2016-10-01')).toBe(false);
  });

  it('no card item carries a date its own text contradicts; background joins its own date, not the article’s', () => {
    for (const l of lines()) if (l.when) expect(contradictsDate(l.text, l.when, null)).toBe(false);
  });
});

describe('developments are events', () => {
  it('three outlets reporting the closure are one item citing all three, dated when it happened', () => {
    const c = card({ articles: closure });
    const items = lines(c).filter((l) => /crack/i.test(l.text));
    expect(items).toHaveLength(1);
    expect(new Set(items[0].cites.map((x) => x.articleId))).toEqual(new Set(['a1', 'a2', 'a3']));
    expect(items[0].when).toBe('2016-03-03');
    const outlets = new Set(c.sources.map((s) => s.outlet));
    expect(outlets).toEqual(new Set(['River Times', 'Daily Ledger', 'Evening Post']));
  });

  it('every line is verbatim from its first citation', () => {
    const bodies = new Map(all.map((a) => [a.article.id, a.article.body]));
    for (const l of lines()) {
      const c0 = l.cites[0];
      expect(bodies.get(c0.articleId)!.slice(c0.charStart, c0.charEnd)).toBe(l.text);
    }
  });

  it('developments are in date order (newest first, undated last)', () => {
    const whens = card().developments.map((d) => d.when ?? '');
    const dated = whens.filter(Boolean);
    expect([...dated].sort().reverse()).toEqual(dated);
    expect(whens.slice(dated.length).every((w) => w === '')).toBe(true);
  });
});

describe('TL;DR', () => {
  it('two or three recent developments, standalone sentences, then one line of background', () => {
    const t = card().tldr;
    expect(t.length).toBeGreaterThanOrEqual(2);
    expect(t.length).toBeLessThanOrEqual(4);
    for (const l of t) {
      expect(l.text).not.toMatch(/^(First|This|He|She|They|It|But|And)\b/);
      expect(l.text).not.toMatch(/<[a-z]|https?:/i);
    }
    // the newest news leads; the story's history (the inquiry or the closure) closes it
    expect(t[0].when! >= '2016-10-28').toBe(true);
    expect(t[t.length - 1].when! < '2016-10-01').toBe(true);
  });

  it('cleanSentence: no datelines, no sentences leaning on the one before, no HTML', () => {
    expect(cleanSentence('WASHINGTON — The Harbor Bridge was closed on Thursday after cracks were found.', 0)?.text).toBe('The Harbor Bridge was closed on Thursday after cracks were found.');
    expect(cleanSentence('First, Donald Trump attacked former Republican nominee Mitt Romney for his record.', 0)).toBeNull();
    expect(cleanSentence('This one was different from any debate before it in the campaign.', 0)).toBeNull();
    // a connective that leans on the sentence before (session 8)
    expect(cleanSentence('Subsequently, the harbor board announced that it would accept the auditor’s findings in full.', 0)).toBeNull();
    expect(cleanSentence('Additionally, a former port clerk who kept the ledgers was granted immunity by prosecutors.', 0)).toBeNull();
    expect(cleanSentence('In fact, the port board had voted twice on the same harbor levy last spring.', 0)).toBeNull();
    expect(cleanSentence('Watch the latest video at <a href="http://x.example">x.example</a> today now.', 0)).toBeNull();
  });

  it('cleanSentence: a headline in capitals run into the sentence is left off (newsletters print them so); acronyms opening a sentence stay', () => {
    const t = 'HARBOR CHIEF QUITS After months of criticism over the bridge inquiry, Dana Tolliver resigned on Sunday.';
    expect(cleanSentence(t, 10)).toEqual({ text: 'After months of criticism over the bridge inquiry, Dana Tolliver resigned on Sunday.', start: 10 + 'HARBOR CHIEF QUITS '.length });
    expect(cleanSentence('FBI Director Dana Tolliver said on Friday that the bureau had reopened the inquiry.', 0)?.text).toBe('FBI Director Dana Tolliver said on Friday that the bureau had reopened the inquiry.');
    expect(cleanSentence('NATO ALLIES said on Monday that they would send more ships to the harbor this year.', 0)?.text).toBe('NATO ALLIES said on Monday that they would send more ships to the harbor this year.');
  });

  it('cleanSentence: a connective of contrast or addition is left off when the rest stands alone, its span verbatim', () => {
    const t = 'Instead, Dana Tolliver reopened the Harbor Bridge inquiry after the contractor’s appeal failed.';
    expect(cleanSentence(t, 100)).toEqual({ text: t.slice('Instead, '.length), start: 100 + 'Instead, '.length });
    expect(cleanSentence('Meanwhile, City engineers closed the Harbor Bridge on Thursday after cracks were found.', 0)?.text).toBe('City engineers closed the Harbor Bridge on Thursday after cracks were found.');
    // not when the rest leans on what came before too ("However, he …", "Still, This …"), nor an ordinal step of a list
    expect(cleanSentence('However, he said the Harbor Bridge inquiry was far from over for the city.', 0)).toBeNull();
    expect(cleanSentence('Still, This was not what anyone expected from the Harbor Bridge inquiry.', 0)).toBeNull();
    expect(cleanSentence('First, Dana Tolliver reopened the Harbor Bridge inquiry after the appeal failed.', 0)).toBeNull();
  });

  it('on a card: the sentence after a connective is the item, cited at its own span', () => {
    const arts = [
      story('k1', 'River Times', '2016-08-02', 'Bridge inquiry widens', 'The contractor had expected the Harbor Bridge review to close quietly this summer. Instead, Dana Tolliver widened the Harbor Bridge inquiry on Monday to cover the 2012 repair contracts.'),
    ];
    const c = buildCard({ topic, articles: arts, now: '2016-08-03T08:00:00.000Z' });
    const l = [...c.tldr, ...c.developments].find((x) => /widened the Harbor Bridge inquiry/.test(x.text));
    expect(l?.text).toBe('Dana Tolliver widened the Harbor Bridge inquiry on Monday to cover the 2012 repair contracts.');
    expect(arts[0].article.body.slice(l!.cites[0].charStart, l!.cites[0].charEnd)).toBe(l!.text);
  });
});

describe('on topic', () => {
  it('an item that names none of the topic’s terms or people is left out', () => {
    expect(lines().some((l) => /bakery|rye bread/.test(l.text))).toBe(false);
  });
});

describe('disputes', () => {
  it('only a claim with a response: unanswered claims are not disputes', () => {
    for (const d of card().disputes) {
      expect(d.response).toBeTruthy();
      expect(d.claim.split(/\s+/).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('paging', () => {
  it('any page number answers: past the last page, the last page', () => {
    const c = card();
    expect(c.pages).toBeLessThanOrEqual(MAX_PAGES);
    const far = card({ page: 51 });
    expect(far.page).toBe(c.pages);
    expect(far.developments.length + far.quotes.length + far.tldr.length).toBeGreaterThan(0);
  });
});

describe('since on a backfilled archive', () => {
  it('an article stored today but published months ago is not news', () => {
    const backfilled = all.map((a) => ({ ...a, storedAt: '2016-11-02T07:00:00.000Z' }));
    const c = card({ articles: backfilled, since: '2016-10-30T00:00:00.000Z' });
    const cited = new Set([...c.tldr, ...c.developments, ...c.quotes, ...c.positions, ...c.disputes].flatMap((i) => i.cites.map((x) => x.articleId)));
    for (const id of cited) expect(['c1', 'c2', 'c3']).toContain(id);
    expect(cited.size).toBeGreaterThan(0);
    expect(c.changes.at(-1)?.text).toMatch(/^3 new articles/);
    // nothing published after the last one: an empty card
    const none = card({ articles: backfilled, since: '2016-11-02T00:00:00.000Z' });
    expect(none.tldr).toEqual([]);
    expect(none.developments).toEqual([]);
  });
});

describe('digests count news, not storage', () => {
  it('a backfilled archive makes a quiet digest; an article published since the last digest is news', async () => {
    const { assembleDigest } = await import('../../src/schedule/build-digest.ts');
    const sub = { id: 1, platform: 'console' as const, workspace: '', channel: 'C1', topics: [topic.id], time: '07:30', timezone: 'UTC', quietDay: 'post' as const, lastPostedSlot: null, lastPostedAt: null };
    const since = '2016-11-02T07:30:00.000Z';
    const backfilled = all.map((a) => ({ ...a, storedAt: '2016-11-02T09:00:00.000Z' }));
    const digest = (articles: StoredArticle[]) =>
      assembleDigest({ subscription: sub, slot: '2016-11-03T07:30:00.000Z', since, now: '2016-11-03T07:30:00.000Z', topics: new Map([[topic.id, topic]]), articlesFor: () => articles });
    // stored after the last digest, published months before it: not news
    const d1 = digest(backfilled.filter((a) => !['c1', 'c2', 'c3'].includes(a.article.id)));
    expect(d1.quiet).toBe(true);
    const fresh = story('d1', 'River Times', '2016-11-02', 'Auditor widens bridge inquiry', 'State auditor Dana Tolliver widened the Harbor Bridge inquiry on Wednesday to cover the tunnel contracts. The council asked for a briefing.', '2016-11-02T10:00:00.000Z');
    const d2 = digest([fresh, ...backfilled.filter((a) => a.article.id.startsWith('a'))]);
    expect(d2.quiet).toBe(false);
    const cited = new Set(d2.cards.flatMap((c) => [...c.tldr, ...c.developments, ...c.quotes].flatMap((i) => i.cites.map((x) => x.articleId))));
    expect([...cited]).toEqual(['d1']);
    expect(d2.cards[0].changes.at(-1)?.text).toMatch(/^1 new article/);
  });
});

describe('importance and diversity on a long story (issue 14)', () => {
  // every sentence names the topic's people ("Tolliver", "bridge"): that alone must not make two events one item
  const events = [
    story('d1', 'River Times', '2016-02-10', 'Tolliver wins the council vote', 'Dana Tolliver won the Harbor Bridge vote on Tuesday.'),
    story('d2', 'Daily Ledger', '2016-02-17', 'Tolliver releases bridge audit', 'Dana Tolliver released the Harbor Bridge audit on Tuesday.'),
    story('d3', 'Evening Post', '2016-02-24', 'Commentary', 'Dana Tolliver and the Harbor Bridge remain the talk of a city that loves to argue about infrastructure.'),
    story('d4', 'River Times', '2016-04-02', 'Contractor denies', 'The contractor denied the Harbor Bridge findings on Friday, saying its engineers had logged every inspection.'),
  ];
  it('shows distinct events of one month that share only the topic words, and a dated denial as dated news', () => {
    const c = buildCard({ topic, articles: events, now: '2016-04-03T08:00:00.000Z' });
    const texts = [...c.tldr, ...c.developments].map((l) => l.text);
    expect(texts.some((t) => /won the Harbor Bridge vote/.test(t))).toBe(true);
    expect(texts.some((t) => /released the Harbor Bridge audit/.test(t))).toBe(true);
    // "denied … on Friday, saying … had logged": its own date makes it news, not undated background
    const denial = [...c.tldr, ...c.developments].find((l) => /contractor denied/.test(l.text));
    expect(denial?.when).toBe('2016-04-01');
  });
});
