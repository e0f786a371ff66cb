/**
 * Session 9 (issue 15): attributions whose speaker the rules left unknown (or took wrong), each
 * with made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const article = (body: string) => makeArticle({ headline: 'Made up', body, published: '2025-04-23' });
const quotes = (body: string) => extractFacts(article(body)).quotes;
const find = (body: string, words: string) => quotes(body).find((q) => q.text.includes(words));

describe('an inverted cue before a role phrase and a name', () => {
  it('gives the quotation to the name after "said former secretary of state"', () => {
    const a = find('The debate went on. “The first line of defense is the community,” said former secretary of state Mary Lowe, who praised the plan.', 'first line');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker).toBe('Mary Lowe');
    expect(find('“We will win this,” said former secretary of state Mary Lowe.', 'will win')?.speaker).toBe('Mary Lowe');
  });

  it('keeps a role with no name after it unnamed', () => {
    const a = find('“We will win this,” said the secretary of state on Monday.', 'will win');
    expect(a?.speaker ?? null).toBeNull();
  });
});

describe('a quotation, then a description and the name in apposition to it, then the cue', () => {
  it('gives the words to the name after a relation word ("his wife, Ann Roe, wrote")', () => {
    const a = find('Mr. Hale was sentenced on Friday.\n\n“We need him because life is hard here,” his wife, Gabriela Lazar, wrote in a letter to the court.', 'life is hard');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker).toBe('Gabriela Lazar');
  });

  it('gives the words to the name after a name\'s possessive and a role, never to the possessor', () => {
    const a = find('The vote is near.\n\n“Positions are going to soften,” Ohio Rep. Dan Ode’s chief of staff, Joe Kasper, told reporters before the vote.', 'soften');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker).toBe('Joe Kasper');
    const b = find('The vote is near.\n\n“Positions are going to soften,” his campaign manager, Jeff Wade, says.', 'soften');
    expect(b?.kind).toBe('direct');
    expect(b?.speaker).toBe('Jeff Wade');
  });
});

describe('a quotation paragraph after a sentence whose one speaker also goes on in a participle', () => {
  it('is that speaker\'s', () => {
    const a = find('The rally went on late. “Nothing you can do, folks,” Tom Hale told a rally in Ohio, saying Ann Lowe would “abolish the tax.”\n\n“Although the people, maybe there is. I do not know.”\n\nOther news followed.', 'I do not know');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker).toBe('Tom Hale');
  });

  it('is not when the sentence after the quotation opens on a name and a cue of its own', () => {
    const a = find('Ann Lowe criticised Tom Hale in parliament and suggested that he would unite the country against him.\n\n“It looks like we will not get along, who knows?” Hale told the Ohio television station in an interview aired on Monday when asked how ties would fare.', 'get along');
    expect(a?.speaker).not.toBe('Ann Lowe');
  });
});

describe('a bare surname two people share, named as often', () => {
  it('is the one the article introduced first (news style gives the other a distinguishing form)', () => {
    const a = find('Donald Trump held a rally in Ohio on Monday. His daughter Ivanka Trump spoke first.\n\n“We will win this state,” Trump said.', 'win this state');
    expect(a?.speaker).toBe('Donald Trump');
    const b = find('Hillary Clinton held a rally in Ohio on Monday. Bill Clinton spoke first.\n\n“We will win this state,” Clinton said.', 'win this state');
    expect(b?.speaker).toBe('Hillary Clinton');
  });

  it('stays unknown when the other one is named more often', () => {
    const a = find('Donald Trump held a rally in Ohio on Monday. His daughter Ivanka Trump spoke first. Ivanka Trump praised the crowd.\n\n“We will win this state,” Trump said.', 'win this state');
    expect(a?.speaker).not.toBe('Donald Trump');
  });
});

describe('"said about X," before a quotation', () => {
  it('gives the quotation to the speaker; what the words are about is no content', () => {
    const body = 'Though the city has maintained that testing is required by law, Mayor Tom Hale said about the movement, “I support parents making the best decisions.”';
    const a = find(body, 'best decisions');
    expect(a?.kind).toBe('direct');
    expect(a?.speaker).toBe('Tom Hale');
    expect(quotes(body).some((q) => q.text === 'about the movement')).toBe(false);
  });

  it('keeps a number after "about" inside the reported words', () => {
    const a = quotes('Mayor Tom Hale said about 40 people came, “and they all loved it.”').find((q) => q.kind === 'reported');
    expect(a?.text).toMatch(/^about 40 people came/);
  });
});

describe('a short description with no role word, then the name in apposition, then the cue', () => {
  it('gives the words to the name ("The author of the book, Ann Lowe, said")', () => {
    const a = find('The author of the book, Ann Lowe, said in a telephone interview that she stands by the account.', 'stands by');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker).toBe('Ann Lowe');
    expect(a?.text).toBe('she stands by the account');
  });

  it('never reports the description and the name as the words', () => {
    const qs = quotes('The author, Ann Lowe, said that she stands by the account.');
    expect(qs.some((q) => q.text.includes('The author'))).toBe(false);
    expect(qs.find((q) => q.kind === 'reported')?.speaker).toBe('Ann Lowe');
  });
});

describe('descriptions the rules dropped', () => {
  it('keeps words a relative reports ("…, his brother added"), the speaker as described', () => {
    const a = find('Mayor Tom Hale spoke.\n\nHe and his wife had just welcomed a baby girl three weeks ago, his brother added.', 'baby girl');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker).toBe('his brother');
  });

  it('keeps "current and former officials" as one speaker', () => {
    const a = find('Mayor Tom Hale spoke.\n\nThe city has a deficit of two million dollars and a plan to fix it, current and former officials said.', 'deficit');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker).toBe('current and former officials');
  });
});

describe('"sources privy to the negotiations"', () => {
  it('is an unnamed source, as "close to" and "familiar with" are', () => {
    const a = find('But while the council is happy, multiple sources privy to the negotiations say it is the mayor who insisted on acting now.', 'insisted on acting');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker).toMatch(/sources privy to the negotiations/);
  });
});

describe('where reported words start', () => {
  it('after an addressee, "the" opens the words unless a capital follows it', () => {
    expect(find('Mayor Tom Hale spoke.\n\nHale later told CNN the budget was sound.', 'budget')?.text).toBe('the budget was sound');
    expect(find('Mayor Tom Hale spoke.\n\nHale told the Bank of the West that the budget was sound.', 'budget')?.text).toBe('the budget was sound');
  });

  it('after "wrote in" and the thing that carried the words, at "that"', () => {
    const a = find('Mayor Tom Hale spoke.\n\nHale wrote in a Facebook post that the budget is sound.', 'budget');
    expect(a?.text).toBe('the budget is sound');
    expect(find('Mayor Tom Hale spoke.\n\nHale said the letter that the board sent was wrong.', 'board sent')?.text).toBe('the letter that the board sent was wrong');
  });
});

describe('a date right after the cue, with no "that"', () => {
  it('ends the tail: the words after it are the reported ones', () => {
    expect(find('Mayor Tom Hale spoke to the council.\n\nHale said Tuesday the budget was sound.', 'budget')?.text).toBe('the budget was sound');
    expect(find('Mayor Tom Hale spoke to the council.\n\nHale told supporters Monday night the budget was sound.', 'budget')?.text).toBe('the budget was sound');
    expect(find('Mayor Tom Hale spoke to the council.\n\nHale said on Nov. 8 the budget was sound.', 'budget')?.text).toBe('the budget was sound');
  });

  it('is no date when only "on" opens it ("insisted on paying his bill")', () => {
    const qs = quotes('Mayor Tom Hale spoke.\n\nWhen he insisted on paying his bill himself, Hale has understood the power of gesture.');
    expect(qs.some((q) => q.text.includes('power of gesture'))).toBe(false);
  });
});

describe('two people named together before the cue', () => {
  it('speak together ("Hale and Lowe said"), as a list with commas does', () => {
    const body = 'Mayor Tom Hale spoke to the council on Monday. Ann Lowe, the council chair, was there.\n\n';
    expect(find(`${body}Hale and Lowe said the budget is sound.`, 'budget is sound')?.speaker).toBe('Tom Hale and Ann Lowe');
    expect(find(`${body}Both Hale and Lowe said the budget is sound.`, 'budget is sound')?.speaker).toBe('Tom Hale and Ann Lowe');
  });

  it('not a name and a described group ("White House and Pentagon spokesmen said")', () => {
    const a = find('White House and Pentagon spokesmen said the ban on spending was broad.', 'ban on spending');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker ?? '').not.toMatch(/White House and/);
  });
});
