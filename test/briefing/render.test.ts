import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/briefing/build/index.ts';
import type { BriefingCard } from '../../src/briefing/card.ts';
import { renderJson, renderMarkdown, renderText, cutAtWord } from '../../src/briefing/render/index.ts';
import { LIMITS as SLACK, blockTextLength as slackBlocksTextLength, escapeSlack, renderCard as renderSlack } from '../../adapters/slack/render/index.ts';
import { LIMITS as DISCORD, embedChars as discordEmbedsLength, escapeDiscord, renderCard as renderDiscord } from '../../adapters/discord/render/index.ts';
import type { StoredArticle } from '../../src/store/store.ts';
import { sampleArticles, ukraineTopic } from '../fixtures/briefing/ukraine-talks.ts';
import { stressArticlesNewestFirst, stressTopic } from '../fixtures/briefing/stress.ts';

const NOW = '2025-04-26T12:00:00.000Z';
const sample = buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW });

const stressArticles = stressArticlesNewestFirst(400);
const stressNow = stressArticles[0].storedAt;
const stressCards: BriefingCard[] = (() => {
  const first = buildCard({ topic: stressTopic, articles: stressArticles, now: stressNow });
  const pages = [first];
  for (const p of [2, 3, Math.ceil(first.pages / 2), first.pages]) pages.push(buildCard({ topic: stressTopic, articles: stressArticles, now: stressNow, page: p }));
  pages.push(buildCard({ topic: stressTopic, articles: stressArticles, now: stressNow, since: stressArticles[150].storedAt }));
  return pages;
})();

function assertSlackLimits(card: BriefingCard) {
  const msg = renderSlack(card);
  expect(msg.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
  expect(slackBlocksTextLength(msg.blocks)).toBeLessThanOrEqual(SLACK.totalText);
  expect(slackBlocksTextLength(msg.blocks)).toBeLessThan(13_000);
  for (const b of msg.blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK.headerText);
    if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(SLACK.contextElements);
      for (const e of b.elements) expect(e.type === 'image' ? undefined : e.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    }
    if (b.type === 'actions') {
      for (const e of b.elements) {
        expect(e.type).toBe('button');
        if (e.type === 'button') (expect(e.text.text.length).toBeLessThanOrEqual(75), expect(e.value?.length).toBeLessThanOrEqual(2000));
      }
    }
  }
  expect(msg.text.length).toBeLessThanOrEqual(SLACK.notificationText);
  return msg;
}

function assertDiscordLimits(card: BriefingCard) {
  const msg = renderDiscord(card);
  expect(msg.embeds.length).toBeLessThanOrEqual(DISCORD.embeds);
  expect(discordEmbedsLength(msg.embeds)).toBeLessThanOrEqual(DISCORD.total);
  for (const e of msg.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD.fields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
  }
  for (const row of msg.components) for (const c of row.components) expect(c.custom_id.length).toBeLessThanOrEqual(DISCORD.customId);
  return msg;
}

/** Every `<url|label>` in Slack text is whole; every `[label](url)` in Discord text is whole. */
function assertLinksWhole(texts: string[]) {
  for (const t of texts) {
    const opens = (t.match(/<https?:/g) ?? []).length;
    const whole = (t.match(/<https?:[^<>|\s]+\|[^<>]*>/g) ?? []).length;
    expect(whole).toBe(opens);
  }
}

function slackTexts(msg: ReturnType<typeof renderSlack>): string[] {
  return msg.blocks.flatMap((b) => (b.type === 'section' || b.type === 'header' ? [b.text?.text ?? ''] : b.type === 'context' ? b.elements.map((e) => (e.type === 'image' ? '' : e.text)) : []));
}

describe('renderers on the sample card', () => {
  it('text: sections, [n] markers and a numbered source list', () => {
    const t = renderText(sample);
    for (const h of ['TL;DR', 'Developments', 'Who said what', 'Disputed', "What's next", 'Sources']) expect(t).toContain(`\n${h}\n`);
    // positions repeat no quote shown: the sample's only stance is Zelensky's reported quote
    expect(t.includes('\nPositions\n')).toBe(sample.positions.length > 0);
    expect(t).toMatch(/\[1\]/);
    expect(t).toContain('[1] Sample Herald — Kyiv rejects report of Crimea deal as Vance repeats warning <https://sample-herald.example/news/kyiv-rejects-crimea-report?ref=rss> (2025-04-26)');
    expect(t).toContain('“There are many nuances around the settlement that need to be worked out.”');
    expect(t).toContain('More: /brief ukraine-talks page:2');
  });

  it('markdown and json', () => {
    const md = renderMarkdown(sample);
    expect(md).toMatch(/^# Talks on ending the war in Ukraine/);
    expect(md).toContain('## Who said what');
    expect(md).toContain('[Sample Herald — Kyiv rejects report of Crimea deal as Vance repeats warning](https://sample-herald.example/news/kyiv-rejects-crimea-report?ref=rss)');
    expect(JSON.parse(renderJson(sample))).toEqual(sample);
  });

  it('slack: header, sections, share and more buttons', () => {
    const msg = assertSlackLimits(sample);
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Talks on ending the war in Ukraine (1/2)', emoji: true } });
    const actions = msg.blocks.find((b) => b.type === 'actions');
    expect(actions && actions.type === 'actions' && actions.elements.map((e) => [e.action_id, 'value' in e ? e.value : undefined])).toEqual([
      ['share_card', 'ukraine-talks|1'],
      ['card_page', 'ukraine-talks|2'],
    ]);
  });

  it('discord: one embed, fields per section, a page button', () => {
    const msg = assertDiscordLimits(sample);
    expect(msg.embeds[0].fields!.map((f) => f.name)).toEqual(['Developments', 'Who said what', 'Disputed', "What's next", 'Sources']);
    expect(msg.components[0].components[0].custom_id).toBe('card_page:ukraine-talks:2');
    expect(msg.allowed_mentions).toEqual({ parse: [] });
  });

  it('the last page has no More button', () => {
    const last = buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW, page: sample.pages });
    expect(renderDiscord(last).components).toEqual([]);
    const actions = renderSlack(last).blocks.find((b) => b.type === 'actions');
    expect(actions && actions.type === 'actions' && actions.elements.map((e) => e.action_id)).toEqual(['share_card']);
  });
});

describe('escaping', () => {
  it('slack: & < > escaped, broadcast mentions inert', () => {
    expect(escapeSlack('A & B <!everyone> <@U123> @here @channel')).toBe('A &amp; B &lt;!everyone&gt; &lt;@U123&gt; @\u200bhere @\u200bchannel');
  });
  it('discord: markdown specials escaped, @everyone/@here and <@…> inert', () => {
    const e = escapeDiscord('*bold* _it_ [x](y) @everyone @here <@123> `code`');
    expect(e).toBe('\\*bold\\* \\_it\\_ \\[x\\](y) @\u200beveryone @\u200bhere <\u200b@123> \\`code\\`');
  });
  it('cuts at a word boundary with an ellipsis', () => {
    expect(cutAtWord('the quick brown fox jumps', 12)).toBe('the quick…');
    expect(cutAtWord('short', 12)).toBe('short');
  });
});

describe('stress topic: several hundred articles', () => {
  it('has at most 5 pages, and the last one says what else is on file and how to narrow it', () => {
    expect(stressCards[0].pages).toBe(5);
    const last = buildCard({ topic: stressTopic, articles: stressArticles, now: stressArticles[0].storedAt, page: 5 });
    expect(last.omitted).not.toBeNull();
    expect(renderText(last)).toMatch(/Also on file: .*Narrow it: \/brief stress-talks since:DATE, or \/who-said NAME stress-talks/);
  });

  it('Slack output respects every limit, with links whole and a "more" pointer when trimmed', () => {
    for (const card of stressCards) {
      const msg = assertSlackLimits(card);
      assertLinksWhole(slackTexts(msg));
      const all = JSON.stringify(msg.blocks);
      expect(all).not.toMatch(/<!(everyone|channel|here)/);
      expect(all).not.toMatch(/(^|[^\u200b])@(everyone|here|channel)/);
      if (card.page < card.pages) {
        expect(all).toContain(`/brief stress-talks page:${card.page + 1}`);
        const more = msg.blocks.find((b) => b.type === 'actions');
        expect(more && more.type === 'actions' && more.elements.flatMap((e) => (e.type === 'button' && e.action_id === 'card_page' ? [e.value] : []))[0]).toBe(`stress-talks|${card.page + 1}`);
      }
    }
  });

  it('Slack fallback text of every page names the page and leads with its own first item, never "no stored articles"', () => {
    for (const card of stressCards.filter((c) => c.page > 1)) {
      const msg = renderSlack(card);
      expect(msg.text).not.toMatch(/No stored articles/);
      expect(msg.text.startsWith(escapeSlack(card.title.slice(0, 40)))).toBe(true);
      expect(msg.text).toContain(`(${card.page}/${card.pages}): `);
      const first = card.developments[0]?.text ?? card.quotes[0]?.text ?? card.positions[0]?.stance ?? card.disputes[0]?.claim ?? card.next[0]!.text;
      expect(msg.text).toContain(escapeSlack(first.split(' ').slice(0, 4).join(' ')));
    }
    expect(renderSlack(stressCards[0]).text).toContain(escapeSlack(stressCards[0].tldr[0].text.split(' ').slice(0, 4).join(' ')));
  });

  it('Slack output is trimmed when the budget is tight, and says so', () => {
    const msg = renderSlack(stressCards[0], { maxBlocks: 8, totalTextBudget: 3000 });
    expect(msg.blocks.length).toBeLessThanOrEqual(8);
    expect(slackBlocksTextLength(msg.blocks)).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(msg.blocks)).toMatch(/items? left out here; more: \/brief stress-talks page:2/);
    // importance: the TL;DR survives, sources go first
    expect(JSON.stringify(msg.blocks)).toContain('*TL;DR*');
  });

  it('Discord output respects every limit, with links whole and a "more" pointer', () => {
    for (const card of stressCards) {
      const msg = assertDiscordLimits(card);
      const all = msg.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]);
      for (const t of all) {
        expect(t).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
        // every [label](url) is whole: an opening "](" always has its closing ")"
        for (const m of t.matchAll(/\]\(https?:/g)) expect(t.indexOf(')', m.index!)).toBeGreaterThan(m.index!);
      }
      if (card.page < card.pages) {
        expect(msg.embeds[0].footer!.text).toContain(`/brief stress-talks page:${card.page + 1}`);
        expect(msg.components[0].components[0].custom_id).toBe(`card_page:stress-talks:${card.page + 1}`);
      }
    }
  });

  it('trimmed Discord output says how much was left out', () => {
    const msg = renderDiscord(stressCards[0]);
    expect(msg.embeds[0].footer!.text).toMatch(/\d+ items? left out here; more: \/brief stress-talks page:2/);
  });

  it('never cuts mid-word: every cut ends in "…" after a whole word', () => {
    for (const card of stressCards.slice(0, 2)) {
      const msg = renderDiscord(card);
      const text = msg.embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)].join('\n')).join('\n');
      for (const m of text.matchAll(/(\S*)…/g)) {
        // the word before the ellipsis is a whole word of some source sentence
        const word = m[1].replace(/^[“"(\\]+/, '').replace(/\\/g, '').replace(/\u200b/g, '');
        if (!word) continue;
        const corpus = stressArticles.map((a) => a.article.body + ' ' + a.article.headline).join(' ');
        expect(new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s,.;:!?"”)]|$)`, 'u').test(corpus + ' ' + stressTopic.title)).toBe(true);
      }
    }
  });
});

describe('quotes on rendered cards are verbatim', () => {
  const bodiesOf = (arts: StoredArticle[]) => arts.map((a) => a.article.body);
  const cases: [string, BriefingCard[], StoredArticle[]][] = [
    ['sample', [sample, buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW, page: 2 }), buildCard({ topic: ukraineTopic, articles: sampleArticles, now: NOW, since: '2025-04-25T00:00:00Z' })], sampleArticles],
    ['stress', stressCards, stressArticles],
  ];
  for (const [name, cards, arts] of cases) {
    it(`${name}: every quote on the card, and every quotation in the text rendering, is in a stored article`, () => {
      const bodies = bodiesOf(arts);
      const inSome = (s: string) => bodies.some((b) => b.includes(s));
      for (const card of cards) {
        for (const q of card.quotes) {
          expect(q.speakerType).not.toBe('unknown');
          expect(inSome(q.text)).toBe(true);
        }
        // the rendered text shows quotes as “…”: each (minus a trailing cut) is verbatim
        for (const m of renderText(card).matchAll(/“([^”]+)”/g)) expect(inSome(m[1].replace(/…$/, ''))).toBe(true);
        for (const m of renderMarkdown(card).matchAll(/“([^”]+)”/g)) expect(inSome(m[1].replace(/\\(.)/g, '$1').replace(/…$/, ''))).toBe(true);
        const slack = JSON.stringify(renderSlack(card).blocks);
        for (const m of slack.matchAll(/“([^”]+)”/g)) {
          const raw = JSON.parse(`"${m[1]}"`).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\u200b/g, '');
          expect(inSome(raw.replace(/…$/, ''))).toBe(true);
        }
        for (const e of renderDiscord(card).embeds) {
          for (const f of e.fields ?? []) {
            for (const m of f.value.matchAll(/“([^”]+)”/g)) {
              const raw = m[1].replace(/\\(.)/g, '$1').replace(/<\u200b/g, '<').replace(/@\u200b/g, '@');
              expect(inSome(raw.replace(/…$/, ''))).toBe(true);
            }
          }
        }
      }
    });
  }
});
