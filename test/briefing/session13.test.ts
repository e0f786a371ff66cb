/**
 * Session 13 (issue 14): one burst of coverage does not crowd a story's other developments off page
 * 1; news told with a month of its own is dated to that month. Made-up articles through the real extractor.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { buildCard, CYCLE_YIELD, keyDevelopments, MAX_PER_CYCLE, type StoryDev } from '../../src/briefing/build/build-card.ts';
import { forgetStories, storyDevelopments, topicLex } from '../../src/briefing/build/developments.ts';
import { articleWindow } from '../../src/briefing/build/window.ts';
import { TopicSchema } from '../../src/briefing/topic.ts';
import { extractFacts } from '../../src/facts/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';

const topic = TopicSchema.parse({
  id: 'marsh-run',
  title: 'Nora Marsh and the Harbor Party nomination',
  match: { terms: ['Marsh', 'Nora Marsh'], minTerms: 1, people: ['Nora Marsh'] },
});

function art(id: string, outlet: string, published: string, headline: string, body: string): StoredArticle {
  const article = makeArticle({ id, outlet, published, headline, body, url: `https://news.example/${id}` });
  return { article, facts: extractFacts(article), topics: [topic.id], storedAt: `${published}T12:00:00.000Z` };
}

/** A made-up development as the card ranks it. */
function dev(text: string, when: string | null, tokens: string[]): StoryDev {
  return { text, key: text.toLowerCase(), tokens, when, lastReported: when ?? '2016-01-01', cites: [], articleIds: [text], importance: 1, centrality: 1, peak: 0, event: null, actors: null, newsness: 0, decisive: false };
}

describe('page 1 and one news cycle', () => {
  const burst = ['2016-03-07', '2016-03-07', '2016-03-08', '2016-03-09', '2016-03-09', '2016-03-10'].map((d, i) =>
    dev(`Burst item ${i}`, d, [`burst${i}`, `word${i}`, `other${i}`]),
  );
  const others = ['2016-01-10', '2016-04-20', '2016-06-02'].map((d, i) => dev(`Other item ${i}`, d, [`quiet${i}`, `thing${i}`, `more${i}`]));

  it(`takes at most ${MAX_PER_CYCLE} developments from a burst of coverage while other news cycles have some to offer`, () => {
    // the burst weighs twice as much, so the spread's penalty (with its floor of half an item's weight) alone would let it fill the page
    const ranked = [...burst.map((d) => ({ d, weight: 10 })), ...others.map((d) => ({ d, weight: 4.6 }))];
    const key = keyDevelopments(ranked, 6, new Set());
    expect(key.filter((k) => k.d.text.startsWith('Burst'))).toHaveLength(MAX_PER_CYCLE);
    expect(key.filter((k) => k.d.text.startsWith('Other'))).toHaveLength(3);
  });

  it(`yields only to developments of other cycles weighing at least ${CYCLE_YIELD} of the one it holds back`, () => {
    const ranked = [...burst.map((d) => ({ d, weight: 10 })), ...others.map((d) => ({ d, weight: 3 }))];
    const key = keyDevelopments(ranked, 6, new Set());
    expect(key.filter((k) => k.d.text.startsWith('Burst'))).toHaveLength(6);
  });

  it('fills a short page from the burst when the story has nothing else', () => {
    const key = keyDevelopments(burst.map((d) => ({ d, weight: 20 })), 6, new Set());
    expect(key).toHaveLength(6);
  });

  // (a guard: at this size the spread's penalty already makes room; the two tests above fail on the code before)
  it('on a real card: a week of stories about one speech leaves room for the withdrawal and the endorsement', () => {
    forgetStories();
    const speech = [
      ['s1', 'Daily', '2016-03-07', 'Marsh speech draws fire', 'Nora Marsh gave a speech on the harbor on Monday that drew fire from dockworkers across the state.'],
      ['s2', 'Post', '2016-03-08', 'Marsh defends speech', 'Nora Marsh defended her harbor speech on Tuesday, saying the dockworkers had misread her plan for the piers.'],
      ['s3', 'Herald', '2016-03-08', 'Unions answer Marsh', 'The dockworkers union answered Nora Marsh on Tuesday with a rally of thousands at the north pier gates.'],
      ['s4', 'Times', '2016-03-09', 'Marsh apologizes to pier workers', 'Nora Marsh apologized to pier workers on Wednesday in a letter sent to every local of the dockworkers union.'],
      ['s5', 'Daily', '2016-03-10', 'Marsh poll slides', 'Nora Marsh slid six points in a poll of likely voters released Thursday after a week of fighting over the piers.'],
      ['s6', 'Post', '2016-03-10', 'Marsh tours the piers', 'Nora Marsh toured the north piers on Thursday with the mayor, shaking hands with crane operators and their families.'],
    ];
    const articles = [
      ...speech.map(([id, o, p, h, b]) => art(id, o, p, h, b)),
      art('w1', 'Times', '2016-05-04', 'Marsh quits the race', 'Nora Marsh dropped out of the race for the Harbor Party nomination on Tuesday after losing the coastal primaries.'),
      art('e1', 'Herald', '2016-05-20', 'Marsh backs Hale', 'Nora Marsh endorsed Governor Ada Hale for the Harbor Party nomination on Thursday at a rally in the capital.'),
    ];
    const card = buildCard({ topic, articles, now: '2016-06-01T00:00:00Z' });
    const lines = [...card.tldr, ...card.developments].map((l) => l.text);
    expect(lines.some((t) => /dropped out of the race/.test(t))).toBe(true);
    expect(lines.some((t) => /endorsed Governor Ada Hale/.test(t))).toBe(true);
  });
});

describe('news told with a month of its own', () => {
  it('is dated to that month ("In March, …" in an article of March 4), not to its article\'s day', () => {
    forgetStories();
    const a = art('m1', 'Daily', '2016-03-04', 'Marsh shakes up her campaign', 'In March, Nora Marsh replaced her campaign manager and her communications director in a sweeping shake-up of her staff. The new team starts work next week.');
    const devs = storyDevelopments(articleWindow([a], 10), topicLex(topic));
    const d = devs.list.find((x) => /shake-up of her staff/.test(x.rep.text));
    expect(d?.when).toBe('2016-03');
    const card = buildCard({ topic, articles: [a], now: '2016-03-05T00:00:00Z' });
    expect([...card.tldr, ...card.developments].find((l) => /shake-up/.test(l.text))?.when).toBe('2016-03');
  });

  it('a sentence with a day of its own keeps that day', () => {
    forgetStories();
    const a = art('m2', 'Daily', '2016-03-04', 'Marsh shakes up her campaign', 'Nora Marsh replaced her campaign manager on Wednesday in a sweeping shake-up of her staff after weeks of falling polls.');
    const devs = storyDevelopments(articleWindow([a], 10), topicLex(topic));
    expect(devs.list.find((x) => /shake-up of her staff/.test(x.rep.text))?.when).toBe('2016-03-02');
  });
});
