/**
 * Who is a person when the given name is not one the lexicon knows: a full name set off by commas
 * ("in Orlando, Brent Bozell …"), a relative "who" or an age after it, or its surname used alone as
 * a person's later ("Mr. Bozell", "Bozell said"); and which of two people sharing a surname a bare
 * surname names (the one introduced before it), never a namesake's words given by alias.
 * The first three, the comma and the alias cases fail on the code before session 11; the others
 * guard what the new evidence could break (a namesake absorbing a person, a common word taken for a
 * given name) and the surname looked up where it is written (fails without that lookup).
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';
import { extractStage } from '../../src/facts/extract.ts';
import { buildRegistry } from '../../src/facts/people.ts';

const article = (body: string) => makeArticle({ headline: 'Made up', body, published: '2025-04-23' });
const speakerOf = (body: string, words: string) => extractFacts(article(body)).quotes.find((q) => q.text.includes(words))?.speaker;
const people = (body: string) => extractStage(article(body)).reg.entities.filter((e) => e.kind === 'person').map((e) => e.name);
/** The people the registry finds before any quotation is read (later steps add people of their own). */
const registered = (body: string) => {
  const st = extractStage(article(body));
  return buildRegistry(st.body, st.sentences).entities.filter((e) => e.kind === 'person').map((e) => e.name);
};

describe('a person whose given name the lexicon does not know', () => {
  it('a relative "who" after the name makes it a person, so a pronoun can name them', () => {
    const body = `Brent Bozell, who leads a media watchdog, spoke at length about the party.\n\n"Can you name one accomplishment of the Republican Party?" he asks.`;
    expect(people(body)).toContain('Brent Bozell');
    expect(speakerOf(body, 'one accomplishment')).toBe('Brent Bozell');
  });

  it('so does an age set off by commas', () => {
    const body = `Zoltan Kertesz, 54, ran the bakery for a decade.\n\n"We will open again in spring," he said.`;
    expect(people(body)).toContain('Zoltan Kertesz');
    expect(speakerOf(body, 'open again')).toBe('Zoltan Kertesz');
  });

  it('its surname used later as a person ("Mr. Ortega", "Ortega said") proves the full name', () => {
    const body = `Leandro Ortega spoke to the council on Monday.\n\nMr. Ortega is the town's longest serving clerk.\n\n"Nobody told us about the closure," he said.`;
    expect(people(body)).toContain('Leandro Ortega');
    expect(speakerOf(body, 'Nobody told us')).toBe('Leandro Ortega');
  });

  it('without any such evidence a capitalised pair is not taken for a person (the pronoun stays unknown)', () => {
    const body = `Brent Bozell spoke at length about the party.\n\n"Can you name one accomplishment of the Republican Party?" he asks.`;
    expect(people(body)).not.toContain('Brent Bozell');
    expect(speakerOf(body, 'one accomplishment')).toBeNull();
  });

  it('a common word before the name ("Maybe Ortega") or a known given name inside it is no given name', () => {
    const body = `Maybe Ortega will run again, maybe not.\n\n"I have not decided," Ortega said.\n\nBillionaire Donald Trump was not asked.`;
    const names = people(body);
    expect(names).not.toContain('Maybe Ortega');
    expect(names).not.toContain('Billionaire Donald Trump');
  });

  it('"Mr. Khan" and "Ms. Khan" both written: an unproven "Ghazala Khan" does not absorb either', () => {
    const body = `The parents, Khizr and Ghazala Khan, spoke on Sunday.\n\n"He does not know what sacrifice means," Mr. Khan said.\n\n"I could not speak," Ms. Khan wrote.`;
    expect(speakerOf(body, 'sacrifice means')).not.toBe('Ghazala Khan');
  });

  it('a name after a place and a comma starts a name of its own ("in Orlando, Donald Trump")', () => {
    const body = `Just after Omar Mateen carried out his attack at the Pulse nightclub in Orlando, Donald Trump was calling for change.\n\nThe crowd cheered.`;
    expect(registered(body)).toContain('Donald Trump');
    expect(registered(body).some((n) => n.includes('Orlando'))).toBe(false);
  });
});

describe('a surname shared by two people', () => {
  it('names the one introduced before it, not a namesake named in full only later', () => {
    const body = `Sen. Chris Murphy says he was adrift in the weeks after his election.\n\n"There was not one issue driving me," Murphy admitted.\n\nHe paid tribute to a teacher's aide, Anne Marie Murphy, who was killed in the school.`;
    expect(speakerOf(body, 'not one issue')).toBe('Chris Murphy');
    const reg = extractStage(article(body)).reg;
    const at = body.indexOf('Murphy admitted');
    expect(reg.person('Murphy', null, at)?.name).toBe('Chris Murphy');
    expect(reg.entities[reg.mentions.find((m) => m.start === at)!.entity].name).toBe('Chris Murphy');
    // After both are named, "Murphy" alone is either of them: no one.
    expect(reg.person('Murphy', null, body.length - 1)).toBeNull();
  });

  it('a full name with another given name is not an alias of the first person of that surname', () => {
    const body = `Sen. Chris Murphy spoke on the floor for fifteen hours.\n\n"It takes courage to look into the eye of a shooter," Murphy said. "If Anne Marie Murphy could do that, what can you do?"`;
    const murphy = extractStage(article(body)).reg.entities.find((e) => e.name === 'Chris Murphy');
    expect(murphy).toBeDefined();
    expect([...murphy!.aliases]).not.toContain('Anne Marie Murphy');
  });

  it('a wife named first keeps her words when her husband is named after her', () => {
    const body = `Betsy Ebeling, a childhood friend of the candidate, knocked on doors on Sunday.\n\n"I was a delegate for her in Denver," Ebeling explained.\n\nEbeling and her husband, Tom Ebeling, set out with a packet of leaflets.`;
    expect(speakerOf(body, 'delegate for her')).toBe('Betsy Ebeling');
  });
});

describe('"the 19-year-old said"', () => {
  it('names the one person the article gives that age, and no one when none or two have it', () => {
    const body = `Marcus Rashford, 19, was the hero on Sunday.\n\n"It is a dream," the 19-year-old said after the game.\n\n"We were poor," the 45-year-old said.`;
    expect(speakerOf(body, 'a dream')).toBe('Marcus Rashford');
    expect(speakerOf(body, 'We were poor')).toBeNull();
    const two = `Tom Hale, 45, and Ann Lowe, 45, spoke first.\n\n"It went well," the 45-year-old said.`;
    expect(speakerOf(two, 'went well')).toBeNull();
  });
});

describe('an honorific after a full name', () => {
  it('gives the gender the given name did not ("Ingrid Larsen … Ms. Larsen")', () => {
    const body = `Ingrid Larsen, the chief executive, defended the deal on Monday. Ms. Larsen spoke for an hour.\n\nThe board met again.`;
    expect(extractStage(article(body)).reg.entities.find((e) => e.name === 'Ingrid Larsen')?.gender).toBe('female');
  });
});

describe('a pronoun chain', () => {
  it('"Maria Ortiz moved to Texas. She runs a restaurant. “…,” she said." is hers', () => {
    const body = `Maria Ortiz moved to Texas in 2010. She runs a restaurant in Austin.\n\n"Business has never been better," she said.`;
    expect(speakerOf(body, 'never been better')).toBe('Maria Ortiz');
  });

  it('but not when the chain goes back to two people the pronoun fits, or opens with another pronoun', () => {
    const two = `Maria Ortiz met Ann Lee in Austin. She runs a restaurant there.\n\n"Business has never been better," she said.`;
    expect(speakerOf(two, 'never been better')).toBeNull();
    const other = `Maria Ortiz met Tom Hale in Austin. He runs a shop there.\n\n"Business has never been better," she said.`;
    expect(speakerOf(other, 'never been better')).toBeNull();
  });
});
