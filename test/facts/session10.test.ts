/**
 * Session 10 (issue 15): speakers of quotations the rules left unknown, each with made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts, extractStage, SPEAKER_MODEL } from '../../src/facts/extract.ts';
import { FEATURES, speakerCandidates } from '../../src/facts/speaker-model.ts';

const article = (body: string) => makeArticle({ headline: 'Made up', body, published: '2025-04-23' });
const quotes = (body: string) => extractFacts(article(body)).quotes;
const find = (body: string, words: string) => quotes(body).find((q) => q.text.includes(words));

describe('a quotation that goes on from one whose attribution the rules could not read', () => {
  const body =
    'The city council met on Monday to vote on the new budget.\n\n"We went through every line of the budget with the staff and found nothing to cut," Mayor Ann Lowe is quoted as saying. "The schools will get more money next year."\n\nThe vote was close.';

  it('links the second quotation to the first (rules), and it takes the first one\'s speaker', () => {
    const st = extractStage(article(body));
    const first = st.quotes.find((q) => q.text.includes('every line'))!;
    const second = st.quotes.find((q) => q.text.includes('schools'))!;
    expect(st.model.meta.get(second)?.follows).toBe(first);
    // Whatever the committed model's abstention threshold (retraining moves it), a model that
    // picks the first quotation's speaker gives the second one the same.
    const qs = extractFacts(article(body), { ...SPEAKER_MODEL, threshold: 0.5 }).quotes;
    const a = qs.find((q) => q.text.includes('every line'));
    const b = qs.find((q) => q.text.includes('schools'));
    expect(a?.speaker).toBe('Ann Lowe');
    expect(b?.speaker).toBe(a?.speaker);
    expect(find(body, 'schools')?.speaker ?? null).toBe(find(body, 'every line')?.speaker ?? null);
  });

  it('does not link across a sentence of other words, nor after a quotation ending on a stop', () => {
    const two = body.replace('is quoted as saying.', 'is quoted as saying. The room was full.');
    const st = extractStage(article(two));
    const second = st.quotes.find((q) => q.text.includes('schools'));
    expect(second && st.model.meta.get(second)?.follows).toBeFalsy();
    const stop = body.replace('nothing to cut,"', 'nothing to cut."');
    const st2 = extractStage(article(stop));
    const second2 = st2.quotes.find((q) => q.text.includes('schools'));
    expect(second2 && st2.model.meta.get(second2)?.follows).toBeFalsy();
  });

  it('stays unknown when the first quotation stays unknown (rules alone)', () => {
    const qs = extractFacts(article(body), null).quotes;
    expect(qs.find((q) => q.text.includes('schools'))?.speaker ?? null).toBeNull();
  });
});

describe('a straight closing mark set off by a space after an inner single quotation', () => {
  it('closes the quotation, so its attribution and the next quotation are read', () => {
    const body = "Hale spoke at the rally on Monday.\n\n\"They treat it like, 'Oh, this is news,' \" Hale said at the rally. \"But nobody cares about it.\"";
    const a = find(body, 'They treat it');
    expect(a?.text).not.toContain('Hale said');
    expect(a?.speaker).toBe('Hale');
    expect(find(body, 'nobody cares')?.speaker).toBe('Hale');
  });
});

describe('a surname whose honorific gives the other gender', () => {
  const body =
    'Ulrika Vandermeer, whose campaigns shaped the party, died on Monday.\n\n(Tom Vandermeer defended his mother.)\n\nMrs. Vandermeer said the mayor had the courage to lead.\n\nIn 2016, Mrs. Vandermeer endorsed the mayor, saying he would win.';

  it('is never the man of that surname ("Mrs. Vandermeer" beside Tom Vandermeer)', () => {
    const a = find(body, 'courage to lead');
    const b = find(body, 'he would win');
    expect(a?.speaker).not.toBe('Tom Vandermeer');
    expect(b?.speaker).not.toBe('Tom Vandermeer');
    // Her full name is held since session 11 ("Ulrika Vandermeer, whose campaigns …" is a person).
    expect(a?.speaker).toBe('Ulrika Vandermeer');
  });

  it('still joins the man when the honorific agrees ("Mr. Vandermeer")', () => {
    expect(find(body.replace('Mrs. Vandermeer said', 'Mr. Vandermeer said'), 'courage to lead')?.speaker).toBe('Tom Vandermeer');
  });
});

describe('"stated" and "opined" invert', () => {
  it('gives the quotation to the name after the cue', () => {
    const body = 'The council voted on Monday.\n\n“The plan is dead and we all know it,” stated Ann Hale, a professor at the university.';
    const a = find(body, 'plan is dead');
    expect(a?.cue).toBe('stated');
    expect(a?.speaker).toBe('Ann Hale');
    const b = find('The council voted on Monday.\n\n“Owners should leave their boats at home,” opined Tom Lowe, the mayor.', 'boats');
    expect(b?.cue).toBe('opined');
    expect(b?.speaker).toBe('Tom Lowe');
  });
});

describe('transcript turns whose names the article does not otherwise give', () => {
  const body =
    'The host spoke with the adviser on Sunday.\n\nKATE BOULDUAN: Why not debate in the city?\n\nJOEL BENENSON: This is a man who said he would never run a negative ad.\n\nBOULDUAN: You were open to more debates back in January.\n\nBENENSON: The senator does not get to decide when we debate.\n\nUPDATE: The campaign did not answer on Monday.';

  it('names a full label whose surname is a turn label too, and the surname label after it', () => {
    expect(find(body, 'Why not debate')?.speaker).toBe('Kate Boulduan');
    expect(find(body, 'open to more debates')?.speaker).toBe('Kate Boulduan');
    expect(find(body, 'never run a negative')?.speaker).toBe('Joel Benenson');
    expect(find(body, 'does not get to decide')?.speaker).toBe('Joel Benenson');
  });

  it('leaves a label that is no name unknown ("UPDATE:")', () => {
    expect(find(body, 'did not answer')?.speaker ?? null).toBeNull();
  });
});

describe('the speaker model reads who spoke in the sentence before a quotation with no cue', () => {
  it('marks the person opening that sentence when it holds a speech verb, and only then', () => {
    const f = FEATURES.indexOf('previous-speech-subject');
    expect(f).toBeGreaterThan(0);
    const mark = (body: string) => {
      const st = extractStage(article(body));
      const set = speakerCandidates(st.model).find((s) => s.quote.text.includes('register'));
      return Object.fromEntries((set?.cands ?? []).map((c) => [c.speaker, c.x[f]]));
    };
    const asked = mark('Tom Hale met Ann Lowe on Monday. Tom Hale asked Ann Lowe about the plan.\n\n"Maybe some people can stay if they register in time?"');
    expect(asked['Tom Hale']).toBe(1);
    expect(asked['Ann Lowe']).toBe(0);
    const met = mark('Tom Hale met Ann Lowe on Monday. Tom Hale visited Ann Lowe at the plant.\n\n"Maybe some people can stay if they register in time?"');
    expect(met['Tom Hale']).toBe(0);
  });
});

describe('a question "asked by" someone named', () => {
  it('is the asker\'s, sentence-initial or after "when"', () => {
    const a = find('Tom Hale met Ann Lowe on Monday.\n\nAsked by Hale whether the mayor understands the problem, Lowe avoided an answer.', 'mayor understands');
    expect(a?.kind).toBe('reported');
    expect(a?.speaker).toBe('Tom Hale');
    expect(a?.text.startsWith('by')).toBe(false);
    const b = find('Ann Lowe, when asked by host Tom Hale whether her aim was the same, said it was not.', 'her aim');
    expect(b?.speaker).toBe('Tom Hale');
    expect(find('Ann Lowe, when asked by host Tom Hale whether her aim was the same, said it was not.', 'it was not')?.speaker).toBe('Ann Lowe');
  });

  it('stays unknown when nobody is named ("Asked about the plan")', () => {
    expect(find('Asked about the plan on Monday, Ann Lowe said it would work.', 'the plan')?.speaker ?? null).toBeNull();
  });
});

describe('a name\'s possessive and a speech noun before a colon', () => {
  const rules = (body: string, words: string) => extractFacts(article(body), null).quotes.find((q) => q.text.includes(words));
  it('gives the quotation to the possessor ("Lowe\'s response was: “…”"), by the rules alone', () => {
    const body = 'Ann Lowe got the email from the mayor in December.\n\nLowe’s response was: “Is Tom Hale from Ohio or from Iowa?”';
    expect(rules(body, 'from Ohio')?.speaker).toBe('Ann Lowe');
    expect(rules(body.replace('Lowe’s response', 'The response'), 'from Ohio')?.speaker ?? null).toBeNull();
  });
});

describe('a stop glued to the next sentence', () => {
  it('ends the sentence when a lower-case word ends before it and a capitalised word opens the next', () => {
    const body = 'The council met on Monday. “The plan is dead and we all know it,” Hale said.Hale claimed that the mayor lied.';
    expect(find(body, 'plan is dead')?.speaker).toBe('Hale');
    expect(find(body, 'mayor lied')?.kind).toBe('reported');
  });

  it('keeps "U.S.Army", "e.g.The" and "Salon.Com" inside their sentence', () => {
    const st = extractStage(article('He served in the U.S.Army for years. He read it at Salon.Com every day. It was fine, e.g.The best.'));
    expect(st.sentences.map((s) => s.text)).toEqual(['He served in the U.S.Army for years.', 'He read it at Salon.Com every day.', 'It was fine, e.g.The best.']);
  });
});
