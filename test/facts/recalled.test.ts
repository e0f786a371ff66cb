/**
 * Words someone recalls or quotes another saying are the other's: "“…,” Hale recalled Roe saying" is
 * Roe's; "… recalled him saying" leaves the speaker unknown, never the one recalling.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const quotes = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes;

describe('words recalled or quoted are the one recalled', () => {
  const intro = 'The trial opened on Monday. Ann Roe and Tom Hale both attended.\n\n';

  it('a name after the cue and "saying" speaks', () => {
    const q = quotes(`${intro}"We will appeal," Hale recalled Roe saying after the verdict.`).find((x) => x.text.includes('appeal'));
    expect(q?.speaker).toBe('Ann Roe');
  });

  it('a pronoun after the cue leaves the words unattributed, never the one recalling', () => {
    for (const body of [`${intro}"I have to take my brother along," a friend, Tom Hale, recalled him saying.`, `${intro}"We will appeal," Hale remembered her saying.`]) {
      const q = quotes(body).find((x) => /brother|appeal/.test(x.text));
      expect(q?.speaker ?? null).not.toBe('Tom Hale');
    }
  });

  it('the one recalling still speaks when no one else is said to', () => {
    const q = quotes(`${intro}"It was a cold night," Hale recalled.`).find((x) => x.text.includes('cold night'));
    expect(q?.speaker).toBe('Tom Hale');
  });
});

describe('words someone is accused or praised of saying are theirs', () => {
  const intro = 'The trial opened on Monday. Ann Roe and Tom Hale both attended.\n\n';
  it('"Hale accused Roe of calling him “a thief”": the quoted words are Roe\'s, or no one\'s for a pronoun', () => {
    const named = quotes(`${intro}Hale accused Roe of calling him "a thief."`).find((x) => x.kind === 'partial');
    expect(named?.speaker).toBe('Ann Roe');
    const pronoun = quotes(`${intro}Hale accused her of calling him "a thief."`).find((x) => x.kind === 'partial');
    expect(pronoun?.speaker ?? null).toBeNull();
  });
});

describe('words a named one\'s message carries are theirs, whoever reports them', () => {
  it('"“…,” Roe\'s message read, according to Hale" is Roe\'s, not Hale\'s', () => {
    const q = quotes('The trial opened on Monday. Ann Roe and Tom Hale both attended.\n\n"Delete everything," Roe\'s message read, according to Hale.').find((x) => x.text.startsWith('Delete everything'));
    expect(q?.speaker).toBe('Ann Roe');
  });
});

describe('someone else named saying the words inside reported ones', () => {
  const intro = 'The hearing resumed on Wednesday. Ann Roe and Tom Hale testified.\n\n';
  it('"Hale said he remembered Roe telling him: “…”" is Roe\'s; "… said he told reporters: “…”" stays Hale\'s', () => {
    expect(quotes(`${intro}Hale said he remembered Roe telling him: "Nobody reads these reports."`).find((x) => x.kind === 'partial')?.speaker).toBe('Ann Roe');
    expect(quotes(`${intro}Hale said he told reporters: "Nobody reads these reports."`).find((x) => x.kind === 'partial')?.speaker).toBe('Tom Hale');
  });
});
