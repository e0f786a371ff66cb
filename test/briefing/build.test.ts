import { describe, expect, it } from 'vitest';
import { BriefingCardSchema } from '../../src/briefing/card.ts';
import { buildCard, clusterBySimilarity, MAX_CARD_ARTICLES, MAX_STORY_ARTICLES } from '../../src/briefing/build/index.ts';
import { day1a, day1b, day3, day4, sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticlesNewestFirst, stressTopic } from '../fixtures/briefing/stress.ts';

const NOW = '2025-04-26T12:00:00.000Z';
const build = (extra: { since?: string | null; page?: number; now?: string } = {}) =>
  buildCard({ topic: ukraineTopic, articles: sampleArticles, now: extra.now ?? NOW, since: extra.since, page: extra.page });
const allPages = (extra: { since?: string | null; now?: string } = {}) => {
  const first = build(extra);
  return [first, ...Array.from({ length: first.pages - 1 }, (_, i) => build({ ...extra, page: i + 2 }))];
};

describe('buildCard on the sample ukraine-talks articles', () => {
  it('produces a valid card, as of now', () => {
    const card = build();
    expect(() => BriefingCardSchema.parse(card)).not.toThrow();
    expect(card.asOf).toBe(NOW);
    expect(card.topic).toBe('ukraine-talks');
    expect(card.tldr.length).toBeGreaterThanOrEqual(2);
    expect(card.tldr.length).toBeLessThanOrEqual(3);
  });

  it('TL;DR is extractive: every line is a sentence of a cited article, newest first', () => {
    const card = build();
    const bodies = new Map(sampleArticles.map((a) => [a.article.id, a.article.body]));
    for (const l of card.tldr) {
      // the text is the first citation's sentence, word for word; the others cite the same sentence as carried elsewhere
      const [c0] = l.cites;
      expect(bodies.get(c0.articleId)!.slice(c0.charStart, c0.charEnd)).toBe(l.text);
      for (const c of l.cites) expect(bodies.get(c.articleId)!.slice(c.charStart, c.charEnd).length).toBeGreaterThan(0);
    }
    const whens = card.tldr.map((l) => l.when!);
    expect([...whens].sort().reverse()).toEqual(whens);
    expect(card.tldr[0].text).toMatch(/Yermak/);
  });

  it('de-duplicates across outlets: the same lead and the same Peskov quote are one item with two citations', () => {
    const cards = allPages();
    const lead = cards.flatMap((c) => [...c.tldr, ...c.developments]).filter((l) => /Rubio cancel+ed his trip/.test(l.text));
    expect(lead).toHaveLength(1);
    expect(new Set(lead[0].cites.map((c) => c.articleId))).toEqual(new Set([day1a.article.id, day1b.article.id]));
    const fakes = cards.flatMap((c) => c.quotes).filter((q) => q.text.includes('a lot of fakes'));
    expect(fakes).toHaveLength(1);
    expect(fakes[0].speaker).toBe('Dmitry Peskov');
    expect(new Set(fakes[0].cites.map((c) => c.articleId))).toEqual(new Set([day1a.article.id, day1b.article.id]));
  });

  it('quotes: one per speaker before a second from anyone; direct before partial before reported in a round', () => {
    const quotes = allPages().flatMap((c) => c.quotes);
    const speakers = quotes.map((q) => q.speaker);
    const firstRepeat = speakers.findIndex((s, i) => speakers.indexOf(s) !== i);
    expect(firstRepeat).toBeGreaterThan(0);
    expect(new Set(speakers.slice(0, firstRepeat)).size).toBe(firstRepeat);
    expect(new Set(speakers).size).toBe(firstRepeat); // every speaker appears in the first round
    const rank = { direct: 3, partial: 2, reported: 1 };
    const round1 = quotes.slice(0, firstRepeat).map((q) => rank[q.kind]);
    expect([...round1].sort((a, b) => b - a)).toEqual(round1);
    // Peskov's direct quote leads his quotes
    expect(quotes.find((q) => q.speaker === 'Dmitry Peskov')!.kind).toBe('direct');
  });

  it('never puts an unknown-speaker quote on a card', () => {
    for (const card of [...allPages(), ...allPages({ since: '2025-04-23T12:00:00Z' })]) {
      for (const q of card.quotes) {
        expect(q.speakerType).not.toBe('unknown');
        expect(q.speaker).toBeTruthy();
        expect(q.text).not.toMatch(/Nobody expected much/);
      }
    }
  });

  it('developments are newest first', () => {
    for (const card of allPages()) {
      const whens = card.developments.map((d) => d.when ?? '');
      expect([...whens].sort().reverse()).toEqual(whens);
    }
  });

  it("what's next keeps future scheduled events and drops past ones", () => {
    const next = build().next;
    expect(next.map((n) => n.when)).toEqual(['2025-04-26', '2025-04-28']);
    expect(next.some((n) => /Riyadh/.test(n.text))).toBe(false); // 2025-04-20
    expect(next.some((n) => /Witkoff is due to visit Moscow/.test(n.text))).toBe(false); // 2025-04-25
    // seen from day 1, the Moscow visit is still ahead
    const early = buildCard({ topic: ukraineTopic, articles: [day1a, day1b], now: '2025-04-23T18:00:00Z' });
    expect(early.next.map((n) => n.text)).toEqual(['Steve Witkoff is due to visit Moscow on Friday, the White House said.']);
  });

  it('disputed: the FT report side by side with both denials, the newest first', () => {
    const d = build().disputes;
    expect(d.map((x) => x.responder)).toEqual(['Andriy Yermak', 'Dmitry Peskov']);
    for (const x of d) {
      expect(x.claimSource).toBe('Financial Times');
      expect(x.responseKind).toBe('denied');
    }
    expect(d[1].response).toBe('a lot of fakes are being published at the moment');
  });

  it('since: only facts first stored after T, and a sentence saying what changed', () => {
    const since = '2025-04-25T00:00:00.000Z';
    const cards = allPages({ since });
    const newIds = new Set([day3.article.id, day4.article.id]);
    for (const card of cards) {
      expect(card.since).toBe(since);
      for (const item of [...card.tldr, ...card.developments, ...card.quotes, ...card.positions, ...card.next]) {
        expect(item.cites.every((c) => newIds.has(c.articleId))).toBe(true);
      }
    }
    const quotes = cards.flatMap((c) => c.quotes);
    expect(quotes.some((q) => q.text.includes('a lot of fakes'))).toBe(false);
    expect(quotes.map((q) => q.speaker)).toContain('JD Vance');
    // the new denial answers an older report: shown, with the report it answers
    expect(cards[0].disputes.map((d) => d.responder)).toEqual(['Andriy Yermak']);
    const changes = cards[0].changes.map((c) => c.text);
    expect(changes).toContain('Andriy Yermak denied the Financial Times report');
    expect(changes.some((c) => /^2 new articles; new quotes from .*JD Vance/.test(c))).toBe(true);
  });

  it('since with nothing new gives an empty card with no changes', () => {
    const card = build({ since: '2025-04-27T00:00:00Z' });
    expect(card.changes).toEqual([]);
    expect(card.tldr).toEqual([]);
    expect(card.quotes).toEqual([]);
  });

  it('a denial of the Financial Times report is the headline change when it is the only new article', () => {
    const card = buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW, since: '2025-04-25T12:00:00Z' });
    expect(card.changes[0].text).toBe('Andriy Yermak denied the Financial Times report');
    expect(card.changes[1].text).toMatch(/^1 new article; new quotes from JD Vance and Andriy Yermak/);
  });

  it('is deterministic whatever the input order', () => {
    const a = build();
    const shuffled = [day3, day1b, day4, day1a];
    const b = buildCard({ topic: ukraineTopic, articles: shuffled, now: NOW });
    expect(b).toEqual(a);
    expect(build()).toEqual(a);
  });

  it('pages: later pages carry the rest; page numbers are clamped', () => {
    const p1 = build();
    expect(p1.pages).toBeGreaterThan(1);
    const p2 = build({ page: 2 });
    expect(p2.page).toBe(2);
    expect(p2.tldr).toEqual([]);
    expect(p2.quotes.length).toBeGreaterThan(0);
    expect(build({ page: 99 }).page).toBe(p1.pages);
  });

  it('sources: every cited article, once, with outlet, headline, date and link', () => {
    const card = build();
    const cited = new Set([...card.tldr, ...card.developments, ...card.quotes, ...card.positions, ...card.disputes, ...card.next].flatMap((i) => i.cites.map((c) => c.articleId)));
    expect(new Set(card.sources.map((s) => s.articleId))).toEqual(cited);
    const herald = card.sources.find((s) => s.articleId === day4.article.id)!;
    expect(herald).toEqual({ articleId: 'sample-d4', outlet: 'Sample Herald', headline: day4.article.headline, published: '2025-04-26', url: day4.article.url });
  });
});

describe('buildCard at scale', () => {
  it(`the story reads the newest ${MAX_STORY_ARTICLES} articles, quotes and the other sections the newest ${MAX_CARD_ARTICLES}`, () => {
    const arts = stressArticlesNewestFirst(MAX_STORY_ARTICLES + 150);
    const pages = (() => {
      const first = buildCard({ topic: stressTopic, articles: arts, now: arts[0].storedAt });
      return [first, ...Array.from({ length: first.pages - 1 }, (_, i) => buildCard({ topic: stressTopic, articles: arts, now: arts[0].storedAt, page: i + 2 }))];
    })();
    const story = new Set(arts.slice(0, MAX_STORY_ARTICLES).map((a) => a.article.id));
    const recent = new Set(arts.slice(0, MAX_CARD_ARTICLES).map((a) => a.article.id));
    for (const c of pages) {
      for (const s of c.sources) expect(story.has(s.articleId)).toBe(true);
      for (const i of [...c.quotes, ...c.positions, ...c.disputes, ...c.next]) for (const x of i.cites) expect(recent.has(x.articleId)).toBe(true);
    }
    // the story goes back past the newest MAX_CARD_ARTICLES
    const cited = pages.flatMap((c) => [...c.tldr, ...c.developments]).flatMap((l) => l.cites.map((x) => x.articleId));
    expect(cited.some((id) => !recent.has(id))).toBe(true);
  });

  it('clusters numbers apart: "round 2" and "round 3" are different facts', () => {
    const tok = (s: string) => s.toLowerCase().split(' ');
    const ids = clusterBySimilarity(
      [
        { key: '', norm: 'a', tokens: tok('talks resumed in geneva round 2') },
        { key: '', norm: 'b', tokens: tok('talks resumed in geneva round 3') },
        { key: '', norm: 'c', tokens: tok('talks resumed again in geneva round 2') },
      ],
      0.6,
    );
    expect(ids).toEqual([0, 1, 0]);
  });
});
