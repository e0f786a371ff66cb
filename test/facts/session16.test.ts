import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/index.ts';

// Made-up sentences (session 16): the verb table's paradigms completed, who was spoken to, and a
// description opening a coordinated clause. Rules only (no model).
const brief = (body: string) => extractFacts(makeArticle({ headline: 'Snippet', body, published: '2016-05-02' }), null).quotes.map((q) => [q.kind, q.speaker, q.text]);
const WORDS = 'We will not give up on this city and its people,';
const speakerOf = (cue: string) => brief(`Jane Smith spoke to the city board on Monday.\n\nMayor Smith was upset. “${WORDS}” ${cue}`).find((q) => q[2] === WORDS)?.[1] ?? null;

describe('speech verbs in the present and in the past, before and after their speaker', () => {
  it('reads present-tense cues after a quotation ("Smith answers", "admits Smith", "she quips")', () => {
    for (const cue of ['Jane Smith answers.', 'admits Jane Smith.', 'she quips.', 'Jane Smith retorts.', 'she wonders.', 'Jane Smith counters.', 'predicts Jane Smith.', 'she boasts.'])
      expect([cue, speakerOf(cue)]).toEqual([cue, 'Jane Smith']);
  });

  it('reads speech verbs the table lacked (speculated, confided, bragged, clarified, mumbled, protested)', () => {
    for (const cue of ['she speculated.', 'Jane Smith confided.', 'she bragged.', 'clarified Jane Smith.', 'she mumbled.', 'Jane Smith protested.', 'she commented.', 'she reasoned.'])
      expect([cue, speakerOf(cue)]).toEqual([cue, 'Jane Smith']);
  });

  it('keeps the nouns of those verbs no cues', () => {
    expect(brief('Send tips, quips and quotes to the desk. The answers came on Monday.')).toEqual([]);
    expect(brief('Tom Hale pleaded guilty on Monday. Then the firm, two months later, announced plans to merge.')).toEqual([]);
  });
});

describe('who was spoken to', () => {
  it('starts the words after "said to her that", "complained to aides at the club that"', () => {
    expect(brief('Tom Miller met Ann Lowe. Freddy Hale said to her that his parents had panicked.')).toContainEqual(['reported', 'Freddy Hale', 'his parents had panicked']);
    expect(brief('Tom Miller met Ann Lowe. Freddy Hale complained to aides at the club that the food was cold.')).toContainEqual(['reported', 'Freddy Hale', 'the food was cold']);
    // a relative "that" is no opening of the words
    expect(brief('Tom Hale pointed to the drama that has surrounded the mayor for a year.').map((q) => q[2])).not.toContain('has surrounded the mayor for a year');
  });

  it('is no rival of the speaker for a later "he said"; one who was asked is', () => {
    const para = (cue: string) => `Bernie Sanders spoke on Monday.\n\nOn Thursday, Sanders ${cue} linking him to the massacre was unfair.\n\n"Do I bear responsibility for the tragedy? So let us get off of that," he said.`;
    const direct = (cue: string) => brief(para(cue)).find((q) => q[0] === 'direct')?.[1];
    expect(direct('complained to CBS News’ Charlie Rose that')).toBe('Bernie Sanders');
    expect(direct('told John Dickerson that')).toBe('Bernie Sanders');
    expect(direct('asked John Dickerson whether')).toBeNull();
  });
});

describe('a description opening a coordinated clause', () => {
  it('gives "Local election officials discounted …, but said that …" to the description, not to "Local"', () => {
    const q = brief('Local election officials discounted the claims, but said that fraud was rare.');
    expect(q).toEqual([['reported', 'Local election officials', 'fraud was rare']]);
    expect(brief('Nuclear proliferation experts have discounted the claims, but have said that the test might be real.').map((x) => x[1])).toEqual(['Nuclear proliferation experts']);
    expect(brief('Tom Hale attacked the police and said that crime was up.')).toEqual([['reported', 'Tom Hale', 'crime was up']]);
  });
});

describe('words not given, and a speaker gone on to speak', () => {
  it('reads no words in "did not respond to a request for comment"; answers that were given stay', () => {
    expect(brief('Tom Hale did not respond to a request for comment. Ann Lee has not yet replied to questions about the deal.')).toEqual([]);
    expect(brief('Tom Hale responded to the attack that the deal was dead.').map((q) => q[1])).toContain('Tom Hale');
  });

  it('gives "X went on to explain that …" to X', () => {
    expect(brief('Tom Hale went on to explain that the deal was dead.')).toEqual([['reported', 'Tom Hale', 'the deal was dead']]);
  });
});

describe('a paragraph opening with a role in apposition', () => {
  it('gives "The opposition leader, Per Lund, was less restrained. “…,” he said." to Lund, not to the last speaker', () => {
    const body = [
      'Interior Minister Anna Berg arrived in Oslo on Tuesday.',
      '“It is too early to say,” said Lars Dahl, a professor of criminology at the University of Oslo.',
      'The opposition leader, Per Lund, was less restrained. “This government has failed,” he said in a television interview.',
    ].join('\n\n');
    expect(brief(body)).toContainEqual(['direct', 'Per Lund', 'This government has failed,']);
  });
});

describe('a title names a role', () => {
  it('gives "the governor said" to "Gov. Gretchen Whitmer" named just before, "the congressman" to "Rep. Tom Hale"', () => {
    expect(brief('Gov. Gretchen Whitmer signed the budget on Friday.\n\n"This budget puts families first," the governor said at a ceremony.')).toEqual([
      ['direct', 'Gretchen Whitmer', 'This budget puts families first,'],
    ]);
    expect(brief('Rep. Tom Hale, D-Ohio, disagreed with the plan.\n\n"We will lose this fight," the congressman said.')).toEqual([['direct', 'Tom Hale', 'We will lose this fight,']]);
  });

  it('not when someone else was named since, nor to a senator named only later, nor to another state\'s senator', () => {
    const later = brief('Sanders spoke at length on Monday.\n\n"That would be me, yes," the senator said.\n\nLater, Sen. Claire McCaskill of Missouri spoke.');
    expect(later.find((q) => q[0] === 'direct')?.[1]).toBeNull();
    const other = brief('Gov. Chris Hale spoke first. Tom Ruiz, the mayor, spoke next.\n\n"Crime is down," the governor said.');
    expect(other.find((q) => q[0] === 'direct')?.[1]).toBeNull();
    const place = brief('Marco Rubio met Vermont senator Bernie Sanders on Monday.\n\n"We will see what happens," the Florida senator said.');
    expect(place.find((q) => q[0] === 'direct')?.[1]).not.toBe('Bernie Sanders');
  });
});

describe('a group named after its role, and "they"', () => {
  it('gives "Republican leaders Phil Berger and Tim Moore said …" and the "they said" after it to both', () => {
    const q = brief('Republican legislative leaders Phil Berger and Tim Moore said they were disappointed. "We will continue to fight for voter ID," they said in a joint statement.');
    expect(q).toContainEqual(['reported', 'Phil Berger and Tim Moore', 'they were disappointed']);
    expect(q).toContainEqual(['direct', 'Phil Berger and Tim Moore', 'We will continue to fight for voter ID,']);
  });

  it('leaves "they" unknown when someone was named since, or no group spoke', () => {
    expect(brief('Leaders Phil Berger and Tim Moore said they were disappointed. Ann Lee disagreed. "We will fight on," they said.').find((x) => x[0] === 'direct')?.[1]).toBeNull();
    expect(brief('Tom Hale met the voters on Monday. "We will fight on," they said.').find((x) => x[0] === 'direct')?.[1]).toBeNull();
  });
});

describe('a title before a given name', () => {
  it('reads "Sir Keir" as Keir Starmer, named before; not when two people share the given name', () => {
    expect(brief('Labour leader Keir Starmer spoke in Leeds. Sir Keir told reporters: "This is about trust."')).toContainEqual(['direct', 'Keir Starmer', 'This is about trust.']);
    const two = brief('Keir Starmer met Keir Hardie on Monday. Sir Keir told reporters: "This is about trust."');
    expect(two.find((q) => q[0] === 'direct')?.[1]).not.toBe('Keir Starmer');
  });
});

describe("a plural's possessive", () => {
  it('reads "The officers\' union said …" (the mark closes no quotation)', () => {
    expect(brief("The officers' union said in a statement that the officers were cooperating with investigators.")).toEqual([
      ['reported', "the officers' union", 'the officers were cooperating with investigators'],
    ]);
  });
});

describe('transcripts', () => {
  const intro = "Hillary Clinton and Donald Trump met in Hempstead on Monday for the first debate, moderated by NBC's Lester Holt.";
  it('reads mixed-case turns ("Clinton: …") in a transcript, and "HOLT:" as the Lester Holt the text named', () => {
    const q = brief(`${intro}\n\nHOLT: Secretary Clinton, why are you a better choice than your opponent?\n\nClinton: That is just not accurate, and you know it.\n\nTrump: It is accurate, and everyone knows it.\n\nClinton: We will see about that, Donald.`);
    expect(q).toEqual([
      ['direct', 'Lester Holt', 'Secretary Clinton, why are you a better choice than your opponent?'],
      ['direct', 'Hillary Clinton', 'That is just not accurate, and you know it.'],
      ['direct', 'Donald Trump', 'It is accurate, and everyone knows it.'],
      ['direct', 'Hillary Clinton', 'We will see about that, Donald.'],
    ]);
  });

  it('reads no turns in list headings or counts', () => {
    expect(brief(`${intro}\n\nClinton: Keep it close.\n\nShe needs a strong finish in the state.\n\nTrump: Move past Iowa.\n\nHe lost there last week.`)).toEqual([]);
    expect(brief(`${intro}\n\nClinton: 547.\n\nTrump: 46.\n\nClinton: 2,316.`)).toEqual([]);
  });
});

describe('British-style copy', () => {
  it('ends a sentence on a word that is also an abbreviation before an opening quotation ("unable to wash. ‘It …’")', () => {
    const q = brief('Margaret Ellis, 78, of Southmead, says she has been unable to wash. ‘It has been a nightmare,’ she says. ‘Nobody has told us anything.’');
    expect(q).toContainEqual(['direct', 'Margaret Ellis', 'It has been a nightmare,']);
    expect(q).toContainEqual(['reported', 'Margaret Ellis', 'she has been unable to wash']);
    // a title still runs on: "Sen. ‘Tex’ Hale" is no boundary
    expect(extractFacts(makeArticle({ headline: 'S', body: 'Ann Lee met Rep. ‘Tex’ Hale on Monday.' }), null).sentences.length).toBe(1);
  });

  it('gives a pronoun to the person a paragraph opens with after a relation and a role ("Her neighbour, retired teacher Tom Price, agrees.")', () => {
    const body = 'Margaret Ellis, 78, says she has been unable to sleep.\n\nHer neighbour, retired teacher Tom Price, agrees. ‘They knew about the problem on Friday,’ he says.';
    expect(brief(body)).toContainEqual(['direct', 'Tom Price', 'They knew about the problem on Friday,']);
  });
});

describe('countries and peoples of world news', () => {
  it('knows a people is no one\'s name ("the Colombian border" is no rival for "he")', () => {
    const q = brief('"This is the largest crisis," says Filippo Grandi. Grandi visited the Colombian border in March. He called the situation "heartbreaking."');
    expect(q).toContainEqual(['partial', 'Filippo Grandi', 'heartbreaking.']);
  });

  it('reads a lawmaker "in the Philippines" as a description, not the country', () => {
    const q = brief('A lawmaker in the Philippines called for Donald Trump to be banned from the country.');
    expect(q.map((x) => x[1])).not.toContain('Philippines');
  });
});

describe('a name the given-name lists lack', () => {
  it('is a person when it opens a sentence before its verb and the next sentence opens with "He"/"She"', () => {
    expect(brief('Filippo Grandi visited the border on Monday. He said the situation was "heartbreaking."')).toContainEqual(['partial', 'Filippo Grandi', 'heartbreaking.']);
    // a place or a company keeps its words unknown
    expect(brief('New Hampshire voted on Tuesday. She said the result was "a surprise to everyone."').map((q) => q[1])).not.toContain('New Hampshire');
  });
});

describe('an epithet of a people', () => {
  it('never makes "the Spaniard", "the German" or "the Texan" a speaker\'s name', () => {
    for (const who of ['the Spaniard', 'the German', 'the Texan', 'the Dutchman']) {
      const q = brief(`Pep Guardiola and Jurgen Klopp spoke on Friday. "We are fine," ${who} said.`);
      expect([who, q[0]?.[1]]).toEqual([who, null]);
    }
    // a magazine is no epithet
    expect(brief('"It was a mistake," the New Yorker reported.')).toEqual([['direct', 'The New Yorker', 'It was a mistake,']]);
  });
});

describe('an embedded post', () => {
  it('gives the text above "— Name (@handle) Date" to that account, verbatim, links left out', () => {
    const body = 'Donald Trump lashed out early Friday.\n\nWow, Crooked Hillary was duped and used by my worst Miss U. https://t.co/abc123\n\n— Donald J. Trump (@realDonaldTrump) September 30, 2016\n\nClinton responded within hours.';
    expect(brief(body)).toEqual([['direct', 'Donald Trump', 'Wow, Crooked Hillary was duped and used by my worst Miss U.']]);
    const inline = brief('While I respect the professionals at the FBI, this announcement defies explanation. — Paul Ryan (@SpeakerRyan) July 5, 2016');
    expect(inline).toContainEqual(['direct', 'Paul Ryan', 'While I respect the professionals at the FBI, this announcement defies explanation.']);
  });
});

describe('a home state', () => {
  it('gives "the Florida senator" to "Sen. Marco Rubio, R-Fla.," and "the New Jersey governor" to "New Jersey Gov. Chris Christie"', () => {
    const q = brief('Sen. Bernie Sanders (I-Vt.) spoke in Iowa. Sen. Marco Rubio, R-Fla., spoke too.\n\n"We will win," the Florida senator said.');
    expect(q).toEqual([['direct', 'Marco Rubio', 'We will win,']]);
    expect(brief('New Jersey Gov. Chris Christie accused Cruz of playing politics. "He went for the easy vote," the New Jersey governor said.')).toContainEqual([
      'direct', 'Chris Christie', 'He went for the easy vote,',
    ]);
  });

  it('leaves two senators of one state, or a state nobody is from, unknown', () => {
    expect(brief('Sen. Bernie Sanders (I-Vt.) spoke. Vermont Sen. Patrick Leahy agreed.\n\n"We will win," the Vermont senator said.')[0][1]).toBeNull();
    expect(brief('Sen. Bernie Sanders (I-Vt.) spoke.\n\n"We will win," the Ohio senator said.')[0][1]).toBeNull();
  });
});

describe('courts', () => {
  it('reads "ruling that …" and "wrote in a 49-page opinion that …" (the words start after the document)', () => {
    expect(brief("A federal judge blocked the plan, ruling that officials had failed to follow the law.")).toContainEqual([
      'reported', 'a federal judge', 'officials had failed to follow the law',
    ]);
    expect(brief('Judge William Alsup wrote in a 49-page opinion that the decision was "based on a flawed premise."')).toContainEqual([
      'reported', 'William Alsup', 'the decision was "based on a flawed premise."',
    ]);
    expect(brief('The court ruled against them on Monday. The ruling applies nationwide.')).toEqual([]);
  });
});
