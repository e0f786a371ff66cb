/**
 * Session 13b (issue 14): background restated in later articles joins the event it restates and is
 * dated when that happened, never to the restating article's day. Made-up articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard } from '../../src/briefing/build/build-card.ts';
import { forgetStories, storyDevelopments, topicLex } from '../../src/briefing/build/developments.ts';
import { contradictsDate } from '../../src/briefing/build/event-date.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'marsh-inquiry',
  title: 'The inquiry into Nora Marsh',
  match: { terms: ['Marsh', 'Nora Marsh', 'inquiry'], minTerms: 1, people: ['Nora Marsh', 'Lena Cole'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://news.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

const devsOf = (articles: StoredArticle[]) => storyDevelopments(articleWindow(articles, 50), topicLex(topic));

describe('background restated in a later article', () => {
  const july = art(
    'j1',
    'Daily',
    '2016-07-05',
    'Cole clears Marsh',
    'Inspector Lena Cole announced on Tuesday that she would not recommend charges against Nora Marsh over the harbor contracts. The inquiry took a year.',
  );
  const august = art(
    'a1',
    'Herald',
    '2016-08-19',
    'Marsh opens her fall campaign',
    'Nora Marsh opened her fall campaign in the river towns with a speech on jobs and the piers. Her crowds were larger than in the spring. Lena Cole announced last month that she would not recommend charges against Nora Marsh over the harbor contracts.',
  );

  it('"announced last month" joins the July event it restates (one item, both articles), dated to its day', () => {
    forgetStories();
    const devs = devsOf([july, august]);
    const withCharges = devs.list.filter((d) => d.reports.some((r) => /recommend charges/.test(r.text)));
    expect(withCharges).toHaveLength(1);
    const d = withCharges[0];
    expect([...d.articleIds].sort()).toEqual(['a1', 'j1']);
    expect(d.when).toBe('2016-07-05');
    // its text is the news, not the look back ("last month" read in July)
    expect(d.rep.articleId).toBe('j1');
  });

  it('on the card: one item, dated July 5, its text not contradicting its date', () => {
    forgetStories();
    const card = buildCard({ topic, articles: [july, august], now: '2016-08-20T00:00:00Z' });
    const lines = [...card.tldr, ...card.developments].filter((l) => /recommend charges/.test(l.text));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.when).toBe('2016-07-05');
    expect(card.developments.filter((l) => /recommend charges/.test(l.text))).toHaveLength(card.tldr.some((l) => /recommend charges/.test(l.text)) ? 0 : 1);
  });

  it('restated alone with a past span, it is dated to that span, not to its article', () => {
    forgetStories();
    const devs = devsOf([august]);
    const d = devs.list.find((x) => /recommend charges/.test(x.rep.text));
    expect(d?.when).toBe('2016-07');
    expect(contradictsDate(d!.rep.text, d!.when!, '2016-08-19')).toBe(false);
  });

  it.each([
    ["last month's ruling", 'Lena Cole closed the inquiry into Nora Marsh with last month\'s ruling on the harbor contracts, clearing her of every charge.', '2016-07'],
    ['earlier this year', 'Lena Cole closed the inquiry into Nora Marsh earlier this year with a ruling on the harbor contracts, clearing her of every charge.', '2016'],
  ])('restated with "%s" (no day), it is dated to that span, never to the article of August 19', (_label, sentence, when) => {
    forgetStories();
    const a = art('s1', 'Post', '2016-08-19', 'Marsh opens her fall campaign', `Nora Marsh opened her fall campaign in the river towns with a speech on jobs. Her crowds were larger than in the spring. ${sentence}`);
    const d = devsOf([a]).list.find((x) => /harbor contracts/.test(x.rep.text));
    expect(d).toBeDefined();
    expect(d!.when).toBe(when);
  });

  it('restated in the past perfect with no date it can resolve, it is undated', () => {
    forgetStories();
    const a = art(
      'p1',
      'Post',
      '2016-09-02',
      'Marsh returns to the river towns',
      'Nora Marsh returned to the river towns on a bus tour of the valley. The crowds were thin in the rain. Lena Cole had declined to recommend charges against Nora Marsh over the harbor contracts.',
    );
    const devs = devsOf([a]);
    const d = devs.list.find((x) => /declined to recommend/.test(x.rep.text));
    expect(d).toBeDefined();
    expect(d!.when).toBeNull();
  });

  it('told first in the past perfect, it takes neither that article\'s day nor a later undated report\'s', () => {
    forgetStories();
    const first = art(
      'p2',
      'Post',
      '2015-12-10',
      'Dockworkers rally at the north pier',
      'Dockworkers rallied at the north pier against the harbor plan. The crowd sang for an hour. Nora Marsh had called for a ban on foreign ships entering the harbor after the fire at the north pier.',
    );
    const later = art(
      'p3',
      'Daily',
      '2015-12-17',
      'Council condemns harbor plan',
      'The city council voted to condemn the harbor plan at a noisy meeting. Dockworkers filled the hall. Nora Marsh called for a ban on foreign ships entering the harbor after the fire at the north pier.',
    );
    const devs = devsOf([first, later]);
    const d = devs.list.find((x) => x.articleIds.has('p2') && /ban on foreign ships/.test(x.rep.text));
    expect(d?.articleIds.has('p3')).toBe(true);
    expect(d?.when).toBeNull();
  });
});

describe('undated body sentences that look back', () => {
  it('take the past span a later report gives ("in December") over their own article\'s day', () => {
    forgetStories();
    const dec = art(
      'd1',
      'Daily',
      '2015-12-17',
      'Council condemns harbor plan',
      'The city council voted to condemn the harbor plan at a noisy meeting. Dockworkers filled the hall. Nora Marsh called for a ban on foreign ships entering the harbor following the fire at the north pier.',
    );
    const june = art(
      'd2',
      'Post',
      '2016-06-05',
      'Harbor pilots honor their chief',
      'The harbor pilots honored their retiring chief at a dinner by the water. The chief spoke for an hour. The chief rebuked Nora Marsh in December when she called for a ban on foreign ships entering the harbor following the fire at the north pier.',
    );
    const devs = devsOf([dec, june]);
    const d = devs.list.find((x) => x.articleIds.has('d1') && /ban on foreign ships/.test(x.rep.text));
    expect(d?.articleIds.has('d2')).toBe(true);
    expect(d?.when).toBe('2015-12');
  });

  it("an article's lead keeps its own day (it tells its own news)", () => {
    forgetStories();
    const dec = art(
      'd3',
      'Daily',
      '2015-12-17',
      'Marsh calls for a ban on foreign ships',
      'Nora Marsh called for a ban on foreign ships entering the harbor following the fire at the north pier. Dockworkers cheered.',
    );
    const june = art(
      'd4',
      'Post',
      '2016-06-05',
      'Harbor pilots honor their chief',
      'The harbor pilots honored their retiring chief at a dinner by the water. The chief spoke for an hour. The chief rebuked Nora Marsh in December when she called for a ban on foreign ships entering the harbor following the fire at the north pier.',
    );
    const devs = devsOf([dec, june]);
    const d = devs.list.find((x) => x.articleIds.has('d3') && /ban on foreign ships/.test(x.rep.text));
    expect(d?.when).toBe('2015-12-17');
  });
});
