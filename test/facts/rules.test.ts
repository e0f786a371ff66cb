import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts, extractHeadlineQuotes } from '../../src/facts/index.ts';

const facts = (body: string, published = '2025-04-23') => extractFacts(makeArticle({ headline: 'Snippet', body, published }));
const brief = (body: string) => facts(body).quotes.map((q) => [q.kind, q.speaker, q.text]);

describe('split quotes', () => {
  it('marks the half after a postposed attribution as continuing the first', () => {
    const q = facts('"The plan is bold," said Mary Stone, an economist at the Lakeside Institute. "It is also expensive." Others disagreed.').quotes;
    const direct = q.filter((x) => x.kind === 'direct');
    expect(direct.map((x) => [x.speaker, x.text, x.continues])).toEqual([
      ['Mary Stone', 'The plan is bold,', null],
      ['Mary Stone', 'It is also expensive.', q.indexOf(direct[0])],
    ]);
  });

  it('marks a quote split by "X said," as continuing', () => {
    const q = facts('"The deal is dead," said Jane Doe, the union leader, "and nobody will revive it."').quotes;
    expect(q.map((x) => x.continues)).toEqual([null, 0]);
  });

  it('gives the half before "X said," its speaker and continues it after the cue', () => {
    const q = facts('Jane Doe spoke after the vote. "The deal is dead," Jane Doe said, "and nobody will revive it."').quotes;
    expect(q.map((x) => [x.speaker, x.text, x.continues])).toEqual([
      ['Jane Doe', 'The deal is dead,', null],
      ['Jane Doe', 'and nobody will revive it.', 0],
    ]);
    // A quoted show name after the cue is no content: the opening quotation is.
    expect(brief('Tom Hale spoke on Monday. "We have to raise the pressure on them," Hale told "Morning Talk" that day.')).toEqual([['direct', 'Tom Hale', 'We have to raise the pressure on them,']]);
  });

  it('does not join a quotation with a cue of its own to the one before: "He added, “…”"', () => {
    const q = facts('"We do not want them here," Hale said. He added, "I only want people who will support our values."').quotes.filter((x) => x.kind === 'direct');
    expect(q.map((x) => [x.speaker, x.cue, x.continues])).toEqual([
      ['Hale', 'said', null],
      ['Hale', 'added', null],
    ]);
  });

  it('continues a partial quote that opens its sentence', () => {
    const q = facts("''I like the mechanics'' of the plan, Mr. Hale said. ''But the costs are too high for anyone.''").quotes;
    const last = q[q.length - 1];
    expect([last.speaker, last.text]).toEqual(['Hale', 'But the costs are too high for anyone.']);
    expect(q[last.continues!].text).toBe('I like the mechanics');
  });

  it('does not continue a quote whose sentence holds no attribution', () => {
    const q = facts('Senator Tom Brown said: "We will win." "Nobody doubts it."').quotes;
    expect(q.every((x) => x.continues === null)).toBe(true);
  });
});

describe('attribution rules', () => {
  it('does not end the reported words at a participle inside a quotation', () => {
    const body = 'Pat Lowe spoke on Monday. In a statement, Pat Lowe said, “We oppose the rule, believing that it hurts small farms.”';
    expect(brief(body)).toEqual([['direct', 'Pat Lowe', 'We oppose the rule, believing that it hurts small farms.']]);
    // A stop after the quotation still ends them: `“…, adding to it,” according to …`.
    expect(facts('Mr. Hale said the plan was “bold, adding to the debate,” according to the minutes.').quotes.find((q) => q.kind === 'reported')?.text).toBe('the plan was “bold, adding to the debate,”');
  });

  it('reads a quote with double single marks before the speaker and a topic after the cue', () => {
    expect(brief("''It has real virtue,'' Ann Lee, director of the center, said of the plan.")).toEqual([['direct', 'Ann Lee', 'It has real virtue,']]);
  });

  it('takes the clause after the cue when the quote before the speaker names a show', () => {
    expect(brief('On this weekend’s broadcast of “Morning Talk,” Gov. Tom Reed said the tweet was only “to mock” his rival.')).toContainEqual(['reported', 'Tom Reed', 'the tweet was only “to mock” his rival']);
  });

  it('skips a party-state apposition and never takes a date for a speaker', () => {
    expect(brief('“The veto will be overridden,” Senate Leader Tom Hart, R-Ky., said Tuesday.')).toEqual([['direct', 'Tom Hart', 'The veto will be overridden,']]);
  });

  it('keeps a quoted question and its "Name demanded." in one sentence', () => {
    expect(brief('“Why is this not proof that the bank is too big?” Vitter demanded.')).toEqual([['direct', 'Vitter', 'Why is this not proof that the bank is too big?']]);
  });

  it('reads a role word after a given name as a surname', () => {
    expect(brief('"Turnout makes a difference," said Charlie King, a prominent Democrat.')).toEqual([['direct', 'Charlie King', 'Turnout makes a difference,']]);
  });

  it('ends reported content before a concessive clause', () => {
    expect(brief('Smith accused Jones of being a Democrat, though records show he is a Republican.')).toEqual([['reported', 'Smith', 'Jones of being a Democrat']]);
  });
});

describe('transcripts pasted as one quotation', () => {
  it('reads each reopened turn, running over its continued paragraphs, and drops the quotation around them', () => {
    const body = 'Partial transcript as follows:\n\n"HOST: Will she be there?\n\n"REED: She will not. We are sure.\n\n"And that is final.\n\n"(CROSSTALK.)\n\n"HOST: Thank you."';
    const q = facts(body).quotes;
    expect(q.map((x) => [x.kind, x.cue, x.text])).toEqual([
      ['direct', ':', 'Will she be there?'],
      ['direct', ':', 'She will not. We are sure.\n\n"And that is final.'],
      ['direct', ':', 'Thank you.'],
    ]);
  });
});

describe('headlines', () => {
  const art = (headline: string, body: string) => makeArticle({ headline, body, published: '2025-04-23' });

  it('reads "X says ..." with the speaker resolved through the body, offsets in the headline', () => {
    const a = art('Hale says the deal is dead', 'Senator Mark Hale said on Monday that talks had failed.');
    const q = extractHeadlineQuotes(a);
    expect(q.map((x) => [x.kind, x.speaker, x.text, a.headline.slice(x.start, x.end)])).toEqual([['reported', 'Mark Hale', 'the deal is dead', 'the deal is dead']]);
    expect(extractFacts(a).quotes.every((x) => x.start >= 0 && x.end <= a.body.length)).toBe(true);
  });

  it('reads a title-case cue after the claim, and drops a title-case "name" the body does not hold', () => {
    expect(extractHeadlineQuotes(art('Plan Will Fail, Mark Hale Says', 'Mark Hale spoke on Monday.')).map((x) => [x.speaker, x.text])).toEqual([['Mark Hale', 'Plan Will Fail']]);
    expect(extractHeadlineQuotes(art('Plan Will Fail, Former Budget Chief Says', 'A budget official spoke.')).every((x) => x.speaker === null)).toBe(true);
  });

  it('reads "Name: words" only for a person the article names', () => {
    expect(extractHeadlineQuotes(art('Hale: The Deal Is Dead', 'Senator Mark Hale spoke on Monday.')).map((x) => [x.kind, x.speaker, x.cue, x.text])).toEqual([['reported', 'Mark Hale', ':', 'The Deal Is Dead']]);
    expect(extractHeadlineQuotes(art('Poll: Voters Abandon the Party', 'A new poll shows a shift.'))).toEqual([]);
  });
});

describe('speech acts', () => {
  it('reads "called on X to ..." with the addressee skipped', () => {
    expect(facts('Jane Roe on Wednesday called on John Doe to apologize for his remarks.').quotes.map((x) => [x.speaker, x.cue, x.text])).toEqual([['Jane Roe', 'called on', 'to apologize for his remarks']]);
  });
});

describe('clauses and participles', () => {
  it('gives a coordinated second cue the first one\'s speaker and splits the contents', () => {
    expect(brief('Jane Roe called the deal “a disgrace” and called for the fees to be “paid back” to savers.')).toEqual([
      ['reported', 'Jane Roe', 'the deal “a disgrace”'],
      ['partial', 'Jane Roe', 'a disgrace'],
      ['reported', 'Jane Roe', 'the fees to be “paid back” to savers'],
      ['partial', 'Jane Roe', 'paid back'],
    ]);
  });

  it('ends a sentence-initial subordinate clause at its comma', () => {
    expect(brief('Though Jane Roe said the fees were “too high” in a statement, the board kept them.')).toContainEqual(['reported', 'Jane Roe', 'the fees were “too high” in a statement']);
  });

  it('gives an orphan "by saying" the name opening the sentence', () => {
    expect(brief('Dean, a medical doctor, appeared on television and began by saying he would “never” diagnose anyone that way.')).toContainEqual(['reported', 'Dean', 'he would “never” diagnose anyone that way']);
  });

  it('gives "After saying X, she ..." the subject after the opening clause', () => {
    const q = facts('Jane Roe wrote a book in 2003. After saying her foot was “so swollen I could barely walk,” she was taken to a hospital.').quotes;
    expect(q.filter((x) => x.kind === 'reported').map((x) => [x.speaker, x.text])).toContainEqual(['Jane Roe', 'her foot was “so swollen I could barely walk,”']);
  });

  it('finds the antecedent of "who said" across an apposition', () => {
    expect(brief('He met Tom Hart, now the majority leader, who in 2010 said the party’s goal was to win.')).toEqual([['reported', 'Tom Hart', 'the party’s goal was to win']]);
  });

  it('reads a "referencing" participle after the cue, and the quote before the speaker stays the content', () => {
    expect(brief('“You squeezed employees” to drive up the price, Jane Roe said, referencing the bank’s drive to “cross-sell” accounts.')).toEqual([
      ['reported', 'Jane Roe', '“You squeezed employees” to drive up the price'],
      ['partial', 'Jane Roe', 'You squeezed employees'],
      ['reported', 'Jane Roe', 'the bank’s drive to “cross-sell” accounts'],
      ['partial', 'Jane Roe', 'cross-sell'],
    ]);
  });
});

describe('more cues', () => {
  it('reads every spoken participle as a cue, with the clause after "despite" ending at its comma', () => {
    expect(brief('Speaker Tom Hart, despite admitting that he had “real concerns” about the bill, backed it on Monday.')).toContainEqual(['reported', 'Tom Hart', 'he had “real concerns” about the bill']);
  });

  it('gives "... and said" the pronoun opening the coordinated clause, never the earlier speaker', () => {
    const q = facts('Jane Roe met Tom Hart. Roe described Hart as “a disgrace” after he attacked the police and said shootings were rare.').quotes;
    expect(q.find((x) => x.text === 'shootings were rare')?.speaker).not.toBe('Jane Roe');
  });

  it('reads a quotation a speech noun and a colon introduce', () => {
    expect(brief('With aides worried, President Tom Hart is rolling out a new campaign message: "It is about me." The poster read: "Vote now."')).toEqual([
      ['direct', 'Tom Hart', 'It is about me.'],
      ['direct', null, 'Vote now.'],
    ]);
  });
});

describe('speaker phrases', () => {
  it('keeps "advisers to Mr. X" as an unnamed group, and a name after a preposition is still no speaker', () => {
    expect(brief('But in recent days, advisers to Mr. Hart say, the president has grown tired of the campaign. Officials at the Bush Center in Dallas said it was closed.')).toEqual([
      ['reported', 'advisers to Mr. Hart', 'the president has grown tired of the campaign'],
      ['reported', 'Officials at the Bush Center in Dallas', 'it was closed'],
    ]);
  });

  it('gives "said X, who emphasized" to X', () => {
    expect(brief('"It works," said Mr. Kamin, who emphasized that the plan would simplify returns.')).toEqual([
      ['direct', 'Kamin', 'It works,'],
      ['reported', 'Kamin', 'the plan would simplify returns'],
    ]);
  });

  it('skips "just this month" between the speaker and the cue', () => {
    expect(brief('Acme Bank just this month announced it would drop the fees.').map((x) => x[2])).toEqual(['it would drop the fees']);
  });

  it('reads base-form cues of plural subjects, and "many of whom say" as an unknown speaker', () => {
    expect(brief('They argue that the agency overstepped its authority.')).toEqual([['reported', null, 'the agency overstepped its authority']]);
    expect(brief('It angered the families of victims, many of whom say the claims are unfounded.')).toEqual([['reported', null, 'the claims are unfounded']]);
  });

  it('reads an unquoted paragraph after "X added:" as a block quotation', () => {
    expect(brief('Mayor Jane Roe spoke on Monday.\n\nRoe added:\n\nIt is typical of them. They know nothing.\n\nOthers disagreed.')).toEqual([['direct', 'Jane Roe', 'It is typical of them. They know nothing.']]);
  });
});

describe('speaker resolution', () => {
  it('reads "Mr. King" as a surname', () => {
    expect(brief('"Turnout matters," said Charlie King, a Democrat. "It is all about enthusiasm," Mr. King added.').map((x) => x[1])).toEqual(['Charlie King', 'Charlie King']);
  });

  it('picks the one holder of a title among people sharing a surname; a bare shared surname is never the other one', () => {
    const q = brief('President Tom Hart spoke. Mary Hart spoke too. President Hart said the war was over. Hart said it was fine.');
    expect(q[0]).toEqual(['reported', 'Tom Hart', 'the war was over']);
    // The rules leave "Hart said" unknown; the speaker model may take the Hart who spoke just before
    // (a surname feature, salience, the previous quote's speaker), never Mary Hart.
    expect(q[1][0]).toBe('reported');
    expect(q[1][2]).toBe('it was fine');
    expect([null, 'Tom Hart']).toContain(q[1][1]);
  });

  it('gives a quote opening the sentence after "..., X said." to X', () => {
    expect(brief('The agency may be slow to act, Rep. Adam Hart said on Tuesday. "The other factor is the cost. I do not think it matters."')).toEqual([
      ['reported', 'Adam Hart', 'The agency may be slow to act'],
      ['direct', 'Adam Hart', 'The other factor is the cost. I do not think it matters.'],
    ]);
  });

  it('leaves such a quote unknown when the sentence before holds two speakers', () => {
    const q = brief('The agency may be slow, Rep. Adam Hart said, and Jane Roe agreed, Roe said. "The cost is too high for anyone here."');
    expect(q[q.length - 1]).toEqual(['direct', null, 'The cost is too high for anyone here.']);
  });
});

describe('guards against wrong speakers', () => {
  it('gives an orphan participle nobody when another name could be the subject', () => {
    expect(brief('When Jones arrived, Smith left, saying the meeting was over.').filter((x) => x[1] === 'Jones')).toEqual([]);
    expect(brief('Jones arrived, Smith left, saying it was over.').filter((x) => x[1] === 'Jones')).toEqual([]);
  });

  it('does not give a colon quote to the reader of somebody else\'s message', () => {
    // Never the reader; the message's author (her words, as "X's assertion of ..." are X's) or unknown.
    const got = brief('Jones read Mary Smith\'s message: "Go home now."');
    expect(got.map((x) => x[2])).toEqual(['Go home now.']);
    expect([null, 'Mary Smith']).toContain(got[0][1]);
  });

  it('does not read nouns as base-form cues', () => {
    expect(brief('A State Department report released Monday said abuses continued. The claim was false.').filter((x) => x[1] === 'A State Department')).toEqual([]);
  });
});

describe('content ends', () => {
  it('ends reported content before a trailing participial clause, not before "including"', () => {
    expect(brief('Smith said the rate, including fees, was high. Smith has repeatedly wondered whether the judges will be "fair" to him, engaging in what critics call old tactics.').filter((x) => x[0] === 'reported' && x[1] === 'Smith').map((x) => x[2])).toEqual([
      'the rate, including fees, was high',
      'whether the judges will be "fair" to him',
    ]);
  });
});

describe('sources and channels', () => {
  it('reads "Outlet reports that X, according to Source" as the source\'s claim via the outlet', () => {
    const q = facts('Bloomberg reports that the nominee has won among the group, according to the Roper Center for Public Opinion Research.').quotes;
    expect(q.map((x) => [x.speaker, x.speakerType, x.via, x.text])).toEqual([['Roper Center for Public Opinion Research', 'organisation', 'Bloomberg', 'the nominee has won among the group']]);
  });

  it('keeps a place after "in" out of an organisation\'s name', () => {
    expect(brief('The Bush Center in Dallas said it was closed.').filter((x) => x[1] === 'Bush Center in Dallas')).toEqual([]);
  });

  it('reads no speech in a list after a colon', () => {
    expect(brief('Congress has three ways to enforce a subpoena: by filing a lawsuit, by asking prosecutors to charge someone.')).toEqual([]);
  });
});

describe('cue senses', () => {
  it('ends "called X “Y”" with its quotation and still shares the speaker with "and called for"', () => {
    expect(brief('Jane Roe called the plan “dead on arrival” in a statement. Roe called it “a disgrace” and called for a vote.').filter((x) => x[0] === 'reported').map((x) => x[2])).toEqual([
      'the plan “dead on arrival”',
      'a vote',
    ]);
  });

  it('reads no speech in "called into" a show or "called off" talks', () => {
    expect(brief('She called into a radio program when she was sick. He called off the talks.')).toEqual([]);
  });

  it('inverts only verbs that invert: "..., shows X" names no speaker', () => {
    expect(brief('An analysis of groups since Jan. 1, 2015, shows Democratic groups outpacing Republicans.')).toEqual([]);
  });
});

describe('questions put by the unnamed', () => {
  it('reads "Asked about X, Y said ..." as an unattributed question and Y\'s answer', () => {
    expect(brief('Asked about the claim that it had been a bomb, Jane Roe said the facts mattered, adding that she would wait.')).toEqual([
      ['reported', null, 'the claim that it had been a bomb'],
      ['reported', 'Jane Roe', 'the facts mattered'],
      ['reported', 'Jane Roe', 'she would wait'],
    ]);
  });

  it('reads a progressive cue as finite ("X is telling A that ..."), with a bare addressee up to "that"', () => {
    expect(brief('The rally ended late. Ann Vale is telling diners at a small cafe that she needs their votes.')).toEqual([['reported', 'Ann Vale', 'she needs their votes']]);
    expect(brief('The rally ended late. Tom Hale was also warning that the budget would fail.')).toEqual([['reported', 'Tom Hale', 'the budget would fail']]);
    // A participle after a comma is still a participle of the clause before.
    expect(brief('The rally ended late. Tom Hale left the hall, warning that the budget would fail.')).toEqual([['reported', 'Tom Hale', 'the budget would fail']]);
  });

  it('reads shouts, chants and barks as cues ("…,” the man shouted"), and "pleaded guilty" as none', () => {
    expect(brief('The hall was full. “Go back to your seat,” Tom Hale barked, and a guard walked over.')).toEqual([['direct', 'Tom Hale', 'Go back to your seat,']]);
    expect(brief('The hall was full. “We want a vote,” Ann Vale shouted from the back.')).toEqual([['direct', 'Ann Vale', 'We want a vote,']]);
    expect(brief('The hall was full. Tom Hale pleaded guilty to fraud on Monday.')).toEqual([]);
  });

  it('does not join two quotes into one split quote when a cue of its own comes between them', () => {
    const q = facts('The rally went on. When a man in the crowd shouted, “Hale,” Ann Vale laughed and replied, “Not him, not ever!”').quotes;
    const second = q.find((x) => x.text.includes('Not him'));
    expect(second).toBeDefined();
    expect(second!.speaker).not.toBe('a man in the crowd');
    expect(second!.continues ?? null).toBe(null);
  });

  it('ends reported content before a speech participle of its own and before ", and has VERBed"', () => {
    expect(brief('The vote was close. Tom Hale said he saw no need to change his plan, telling Ann Vale that he would win.')).toEqual([
      ['reported', 'Tom Hale', 'he saw no need to change his plan'],
      ['reported', 'Tom Hale', 'he would win'],
    ]);
    expect(brief('The vote was close. Tom Hale argued that the party must be a party of ideas, and has pushed a plan that drew fire.')).toEqual([['reported', 'Tom Hale', 'the party must be a party of ideas']]);
  });

  it('reads "when asked whether …" as a question put by someone unnamed, up to the comma', () => {
    const q = facts('The debate went on. “Of course,” Tom Hale said when asked whether he would close the border, as the crowd cheered.').quotes;
    expect(q.map((x) => [x.kind, x.speaker, x.cue, x.text])).toEqual([
      ['direct', 'Tom Hale', 'said', 'Of course,'],
      ['reported', null, 'asked', 'whether he would close the border'],
    ]);
  });
});

describe('session 5 attribution rules', () => {
  it('keeps the subject across "since", "now", "still" between it and the cue', () => {
    expect(brief('Mary Lowe met Tom Hale in 2005. She has since said that she went because it would be fun.')).toEqual([['reported', 'Mary Lowe', 'she went because it would be fun']]);
    expect(brief('The vote was close. Tom Hale now says the count was wrong.')).toEqual([['reported', 'Tom Hale', 'the count was wrong']]);
  });

  it('does not end reported words after their first word at ", despite …"', () => {
    expect(brief('The poll came out. Pollster Ann Vale said Hale, despite his money, is better placed than Lowe was.')).toEqual([
      ['reported', 'Ann Vale', 'Hale, despite his money, is better placed than Lowe was'],
    ]);
  });

  it('reads a bare plural before a speech verb as an unnamed speaker, not as no attribution', () => {
    const q = facts('Costs went up again. If it does not slow down, forecasters say spending will cripple the town.').quotes;
    expect(q.map((x) => [x.kind, x.speaker, x.text])).toEqual([['reported', null, 'spending will cripple the town']]);
  });

  it('finds the subject of a participle after an opening prepositional phrase, skipping a place in apposition', () => {
    expect(brief('For months, Tom Hale has stayed out of the race, arguing he did not want to tip the scales.')).toEqual([['reported', 'Tom Hale', 'he did not want to tip the scales']]);
    expect(brief('At a town hall in Salem, New Hampshire, Ann Vale went to the stage, calling Hale “a total stiff.”').filter((x) => x[0] !== 'reported')).toEqual([['partial', 'Ann Vale', 'a total stiff.']]);
    // A name in the opener that is no preposition's object is a rival: no speaker we can be sure of.
    expect(brief('For Hale and Lowe, Vale went to the stage, calling it “a total mess.”').some((x) => x[1] === 'Vale' || x[1] === 'Hale')).toBe(false);
  });

  it('reads "Before the vote," and "After the election," as opening phrases before the subject of a participle', () => {
    expect(brief('Before the vote, Harbor Police Chief Tom Hale lobbied to close the pier, saying, “The fewer boats, the better.”').filter((x) => x[0] === 'direct')).toEqual([['direct', 'Tom Hale', 'The fewer boats, the better.']]);
    expect(brief('After the election, Ann Vale tried offering an olive branch by telling Lowe she had been an able and determined opponent.')).toEqual([['reported', 'Ann Vale', 'she had been an able and determined opponent']]);
  });

  it('gives a quotation after the cue, its tails and an aside, to the cue\'s speaker', () => {
    expect(brief('Ann Vale initially said in the spring, when the story broke, “I did not send any secret files to anyone.”')).toEqual([
      ['direct', 'Ann Vale', 'I did not send any secret files to anyone.'],
    ]);
  });

  it('gives the words after "NAME, <aside>, said" to the name opening the sentence, not to a description naming someone else', () => {
    expect(brief('The vote came. State delegate Ann Vale, clad in a red cape with blinking lights, said the convention could be a “failure” if Hale fails.')).toEqual([
      ['reported', 'Ann Vale', 'the convention could be a “failure” if Hale fails'],
      ['partial', 'Ann Vale', 'failure'],
    ]);
    const q = facts('The vote came. One pastor backing Mr. Hale, Tom Lowe of the Baptist Church in Marion, said he had made more than 150 calls.').quotes;
    expect(q.some((x) => x.speaker === 'Hale')).toBe(false);
  });

  it('reads a comma inside a closing quotation as the quotation\'s, so "and said" shares the speaker', () => {
    const q = facts('Tom Hale spoke first. Hale called her handling of the files “extremely careless,” and said any “reasonable person” should have known it.').quotes;
    expect(q.filter((x) => x.cue === 'said').map((x) => [x.kind, x.speaker])).toEqual([
      ['reported', 'Tom Hale'],
      ['partial', 'Tom Hale'],
    ]);
  });

  it('reads a sentence opened by an inverted cue ("Said Ann Vale, who …, “…”"), and "Yet another said" as an unknown speaker', () => {
    expect(brief('The home is a museum now. Said Ann Vale, who grew up in the neighborhood, “We were all so proud of him.”')).toEqual([['direct', 'Ann Vale', 'We were all so proud of him.']]);
    expect(brief('The vote came. “It is over,” added one delegate. Yet another said, “Hale is in a five-way battle” for second place.').map((x) => [x[0], x[1]])).toEqual([
      ['direct', 'one delegate'],
      ['reported', null],
      ['partial', null],
    ]);
  });

  it('finds the name before a party-state tag and an apposition ("Rep. Ann Vale (D-Md.), chair of …, said")', () => {
    expect(brief('The platform passed. Rep. Ann Vale (D-Md.), chair of the Platform Committee, said that the party was united.')).toEqual([['reported', 'Ann Vale', 'the party was united']]);
  });

  it('keeps the subject across "declined to", an adverb in -ly and a short prepositional phrase, but not a noun in -ly or an object', () => {
    expect(brief('The vote came. Tom Cook declined to say whether it broke the rules.')).toEqual([['reported', 'Tom Cook', 'whether it broke the rules']]);
    expect(brief('The vote came. Tom Hale gingerly said voters will decide.')).toEqual([['reported', 'Tom Hale', 'voters will decide']]);
    // Session 10: "asked his people to look into it" inside his words is reported too (the one asked
    // belongs to the words before an infinitive), and it is his.
    expect(brief('The vote came. Tom Hale at the time said he had asked his people to look into it.')).toEqual([['reported', 'Tom Hale', 'he had asked his people to look into it'], ['reported', 'Tom Hale', 'his people to look into it']]);
    expect(brief('The vote came. The Hale family said it was over.')).toEqual([['reported', 'the Hale family', 'it was over']]);
    // "states" is a noun here, and "Hale" the object of "to": no speaker.
    expect(brief('The vote came. Polls show workers could be a boon to Hale in some key states — assuming a two-way race.').some((x) => x[1] === 'Tom Hale' || x[1] === 'Hale')).toBe(false);
    // "wanted to admit" refugees is no speech.
    expect(brief('The vote came. Tom Hale said Ann Vale wanted to admit 250,000 refugees.').map((x) => x[1])).toEqual(['Tom Hale']);
  });

  it('gives a quotation paragraph to the name of a sentence that ends on a colon after a speech noun, and not when another name owns it', () => {
    expect(brief('Hale died in 1998. When Hale died, President Ann Vale released the following statement:\n\n“We offer our condolences to the family.”\n\nThe funeral is on Monday.')).toEqual([
      ['direct', 'Ann Vale', 'We offer our condolences to the family.'],
    ]);
    expect(brief('Hale died in 1998. Ann Vale read Tom Lowe’s statement:\n\n“We offer our condolences to the family.”')).toEqual([['direct', null, 'We offer our condolences to the family.']]);
    // lower-case role words inside the capitalised description before the name
    expect(brief('Hale died in 1998. In response to the loss, Democratic presidential candidate Ann Vale issued the following statement:\n\n“We offer our condolences to the family.”').filter((x) => x[0] === 'direct')).toEqual([
      ['direct', 'Ann Vale', 'We offer our condolences to the family.'],
    ]);
  });

  it('reads one name and a negated auxiliary opening the sentence as the subject of a participle', () => {
    expect(brief('The race tightened. Weaver didn’t seem impressed with Hale’s comments Tuesday, telling reporters, “A lot of people said the governor should step down.”')).toEqual([
      ['direct', 'Weaver', 'A lot of people said the governor should step down.'],
    ]);
  });

  it('gives a quotation with no cue of its own to the one named speaker of the sentence before, not to the last of a list', () => {
    expect(brief('The plan stalled. Tom Hale said the plan would fail.\n\n“It is a disaster for the whole town.”')).toEqual([
      ['reported', 'Tom Hale', 'the plan would fail'],
      ['direct', 'Tom Hale', 'It is a disaster for the whole town.'],
    ]);
    expect(brief('The plan stalled. Tom Hale, Bo Reyes and Ann Vale argued that the plan would fail.\n\n“It is a disaster for the whole town.”').find((x) => x[0] === 'direct')?.[1]).toBe(null);
  });

  it('reads verbs that attribute a quotation only when one follows ("thanked him for “…”", "is labeling it “…”"), never a noun form', () => {
    expect(brief('The law passed. Tom Moore thanked him for “stepping up when Congress would not.”').filter((x) => x[0] === 'partial')).toEqual([
      ['partial', 'Tom Moore', 'stepping up when Congress would not.'],
    ]);
    expect(brief('The law passed. Mike Hale, for his part, is labeling the order “a blatant abuse of power.”').filter((x) => x[0] === 'partial')).toEqual([
      ['partial', 'Mike Hale', 'a blatant abuse of power.'],
    ]);
    expect(brief('The vote came. Tom Hale mocks Ann Vale as “low energy.”').filter((x) => x[0] === 'partial')).toEqual([['partial', 'Tom Hale', 'low energy.']]);
    // No quotation: no attribution; a plural noun ("the attacks") is no cue.
    expect(brief('The law passed. Tom Moore thanked the staff for their work.')).toEqual([]);
    expect(brief('Immediately after the attacks, the mayor spoke. “Last night, our town was attacked by cowards,” Ann Vale wrote.').map((x) => x[1])).toEqual(['Ann Vale']);
  });

  it('reads "issued a statement, “…”" as a colon lead-in', () => {
    expect(brief('The town mourned. Right after the storm, Tom Hale issued a statement, “Last night, our town was hit by the worst storm in years.”')).toEqual([
      ['direct', 'Tom Hale', 'Last night, our town was hit by the worst storm in years.'],
    ]);
  });

  it('finds the subject of a participle past a party-state tag, a place and a time phrase, and an opening adverb', () => {
    expect(brief('The vote came. Sen. Tom Hale (I-Vt.) defended his call to raise the wage, saying the gains would outweigh the losses.')).toEqual([
      ['reported', 'Tom Hale', 'the gains would outweigh the losses'],
    ]);
    expect(brief('The vote came. At a campaign event in Ames, Iowa, on Sunday, Mrs. Vale tried to expand on her statement, saying that the country should lead.')).toEqual([
      ['reported', 'Vale', 'the country should lead'],
    ]);
    expect(brief('The vote came. Likewise, Tom Hale went to Ohio, saying the race was not over.')).toEqual([['reported', 'Tom Hale', 'the race was not over']]);
  });

  it('gives "… and said" after a clause with no cue to the subject opening the sentence, never to an object', () => {
    expect(brief('The vote came. In his speech, Tom Hale positioned Ann Vale as the most qualified person ever to run and said she would finish the job.')).toEqual([
      ['reported', 'Tom Hale', 'she would finish the job'],
    ]);
    expect(brief('The vote came. Likewise, Tom Hale went after Ann Vale for her vote and called for her to quit the race.').some((x) => x[1] === 'Ann Vale')).toBe(false);
  });

  it('finds a participle\'s subject past "Back in 1999," and inside a description with role words', () => {
    expect(brief('The race went on. Back in 1999, Mr. Hale praised Mr. Lowe’s retail skills, telling CNBC: “I wish I could be like that.”').filter((x) => x[0] === 'direct')).toEqual([
      ['direct', 'Hale', 'I wish I could be like that.'],
    ]);
    expect(brief('The vote came. Republican presidential candidate Tom Hale went to Ohio, saying the race was not over.')).toEqual([['reported', 'Tom Hale', 'the race was not over']]);
  });

  it('gives "… - NAME: “…”" to a person the article names, and not to a heading', () => {
    expect(brief('Ann Vale studies turnout.\n\nTURNOUT IN IOWA IS HIGH - Ann Vale: “At long last the contest has begun.”')).toEqual([['direct', 'Ann Vale', 'At long last the contest has begun.']]);
    expect(brief('The polls closed.\n\nTURNOUT IN IOWA IS HIGH - Key Finding: “At long last the contest has begun.”').map((x) => x[1])).toEqual([null]);
  });
});

describe('participles and "and said" after a clause whose subject is described, not named', () => {
  it('reports the words with the speaker as described (never a name inside the description)', () => {
    const q = facts('The deal closed. A spokeswoman for Lakeside Capital also declined to comment, saying that nobody involved remains at the firm.').quotes;
    expect(q.map((x) => [x.kind, x.speaker, x.text])).toEqual([['reported', 'A spokeswoman for Lakeside Capital', 'nobody involved remains at the firm']]);
    expect(q[0].speakerType).not.toBe('person');
    expect(brief('The vote came. In May, a district judge sided with the tenants, saying the law broke the state constitution.')).toEqual([
      ['reported', 'a district judge', 'the law broke the state constitution'],
    ]);
    expect(brief('The vote came. The Ohio Republican spent five years in a prison and says such methods are cruel.')).toEqual([['reported', null, 'such methods are cruel']]);
    expect(brief('The vote came. Some senators vented about Tom Hale and said that they had lost their patience with him.')).toEqual([
      ['reported', null, 'they had lost their patience with him'],
    ]);
  });

  it('reads no description where a clause opens with no determiner or the verb is missing', () => {
    expect(brief('The vote came. The video of Ann Vale shows her laughing, saying nothing.')).toEqual([]);
  });
});

describe('a thing that carries words before a participle with no comma', () => {
  it('gives "issued a statement saying" and "sent an email Wednesday saying" to the clause\'s subject', () => {
    expect(brief('The judge died. Tom Hale issued a statement saying that the Senate should wait for the election.')).toEqual([
      ['reported', 'Tom Hale', 'the Senate should wait for the election'],
    ]);
    expect(brief('The race tightened. Ann Vale sent a fundraising email Wednesday saying that the results show a two-way race.')).toEqual([
      ['reported', 'Ann Vale', 'the results show a two-way race'],
    ]);
  });

  it('leaves other objects alone ("read a letter from a veteran saying": whose words, the clause does not say)', () => {
    expect(brief('The rally began. Tom Hale read a letter from a veteran saying the war was lost.')).toEqual([]);
    expect(brief('The rally began. Tom Hale held a sign saying nothing.')).toEqual([]);
  });
});

describe('the subject of a participle past an opening participle, an opening adverb and "went after X"', () => {
  it('finds the subject', () => {
    expect(brief('Ann Vale trails. Speaking at a town hall in Salem, New Hampshire, Tom Hale went after Vale, calling her “a total stiff.”')).toEqual([
      ['partial', 'Tom Hale', 'a total stiff.'],
    ]);
    expect(brief('Ann Vale trails. Tom Hale went after Vale on Wednesday over her taxes, calling it “disqualifying.”')).toEqual([['partial', 'Tom Hale', 'disqualifying.']]);
    expect(brief('Ann Vale trails. Tom Hale spoke. Then he cut into Vale, saying she was “a stiff.”').map((x) => x[1])).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('keeps a subordinate clause\'s subject a rival ("arrived after Lowe left, saying": whose words, unsure)', () => {
    expect(brief('Ann Vale and Tom Hale met. Vale arrived after Hale left, saying the talks had failed.')).toEqual([]);
  });
});

describe('an attribution that is a sentence of its own after a quotation ending on a stop', () => {
  it('gives `“…?” Hale said.` and `“….” he said.` the name or the pronoun\'s one antecedent', () => {
    expect(brief('Tom Hale spoke on Monday. “Who would believe that this plan can work, really?” Hale said. Others left.')).toEqual([
      ['direct', 'Tom Hale', 'Who would believe that this plan can work, really?'],
    ]);
    expect(brief('Ann Vale spoke on Monday. “We will win this fight, and we will win it soon.” Vale said Wednesday.')).toEqual([
      ['direct', 'Ann Vale', 'We will win this fight, and we will win it soon.'],
    ]);
  });

  it('lets the attribution sentence say how or where (", as if …", "by telephone this week"), and the quotation after it go on', () => {
    expect(brief('Tom Hale spoke. “You know, it happens, right?” Hale went on, as if he did not hear her. “But you have to get over it.”')).toEqual([
      ['direct', 'Tom Hale', 'You know, it happens, right?'],
      ['direct', 'Tom Hale', 'But you have to get over it.'],
    ]);
    expect(brief('Tom Hale was freed. “I would have been sitting in a cell for a long time.” Hale said by telephone this week.')).toEqual([
      ['direct', 'Tom Hale', 'I would have been sitting in a cell for a long time.'],
    ]);
  });

  it('reads nothing into a next sentence that says more than who spoke', () => {
    expect(brief('Tom Hale spoke on Monday. “We will win this fight, and we will win it soon.” Hale said in a statement that the plan would work.').map((x) => [x[0], x[1]])).toEqual([
      ['direct', null],
      ['reported', 'Tom Hale'],
    ]);
    expect(brief('Tom Hale spoke on Monday. “We will win this fight, and we will win it soon.” Hale said the plan would work.')).toEqual([
      ['direct', null, 'We will win this fight, and we will win it soon.'],
      ['reported', 'Tom Hale', 'the plan would work'],
    ]);
    expect(brief('Tom Hale and Ann Vale met. “We will win this fight, and we will win it soon.” Vale and Hale met.').map((x) => x[1])).toEqual([null]);
  });
});

describe('verbs of the verb table', () => {
  it('reads "assured" and "answered" as cues', () => {
    expect(brief('Tom Hale spoke. “Ann Vale is not a racist, guys,” Hale assured the crowd.')).toEqual([['direct', 'Tom Hale', 'Ann Vale is not a racist, guys,']]);
    expect(brief('Tom Hale assured voters that he would win.')).toEqual([['reported', 'Tom Hale', 'he would win']]);
    expect(brief('Tom Hale watched the game. “Denver,” Hale answered.').map((x) => [x[0], x[1]])).toEqual([['direct', 'Tom Hale']]);
  });
});

describe('common words that are also surnames', () => {
  it('reads "Marty West", "Ian Read", "George Will", "Theresa May" as names, then the surname alone as that person', () => {
    expect(brief('Marty West, a professor at Harvard, spoke. "This is the first reauthorization in years," West said.')).toEqual([
      ['direct', 'Marty West', 'This is the first reauthorization in years,'],
    ]);
    expect(brief('Chief executive Ian Read spoke to analysts. "We have assessed the political risk," Read said.')).toEqual([
      ['direct', 'Ian Read', 'We have assessed the political risk,'],
    ]);
    expect(brief('Columnist George Will urged voters to look again. “The eruption of war is a warning,” Will wrote.').filter((x) => x[0] === 'direct')).toEqual([
      ['direct', 'George Will', 'The eruption of war is a warning,'],
    ]);
    expect(brief('Prime Minister Theresa May spoke. "We will leave the union," May said.')).toEqual([['direct', 'Theresa May', 'We will leave the union,']]);
  });

  it('names nobody in a title-case headline, a place or an auxiliary', () => {
    expect(facts('Hillary Will Win, Says Poll. Ann Vale spoke.').people.map((p) => p.name)).not.toContain('Hillary Will');
    expect(facts('On Wall Street, Jim Vale said stocks would rise. Kansas West is dry.').people.map((p) => p.name).sort()).toEqual(['Jim Vale']);
    expect(brief('Ann Vale spoke. "It may rain," West said.').map((x) => x[1])).toEqual([null]);
  });
});

describe('hard-wrapped text', () => {
  it('reads a line that stops mid-sentence before a lower-case line as the same paragraph', () => {
    const q = facts('Ann Vale spoke.\n\n“Supporters of the others,” Vale added, “have focused on paid advertising that does little for\nturnout in the caucuses.”\n\nThe vote is Monday.').quotes;
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Ann Vale', 'Supporters of the others,'],
      ['Ann Vale', 'have focused on paid advertising that does little for\nturnout in the caucuses.'],
    ]);
    expect(q[1].continues).toBe(0);
    // A line that ends a sentence, or a capitalised next line, still ends the paragraph.
    expect(facts('Ann Vale spoke.\nthen she left.\nThe vote is Monday').sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });
});

describe('"as X put it," and "according to X:" before a quotation', () => {
  it('gives the quotation that follows to X', () => {
    expect(brief('Dana Hale writes for the paper. As Hale puts it, "Senate leaders are unmoved, and the activists are uninspired."').filter((x) => x[0] === 'direct')).toEqual([
      ['direct', 'Dana Hale', 'Senate leaders are unmoved, and the activists are uninspired.'],
    ]);
    expect(brief('The deal closed. As the chief executive, Jeff Lowe, put it in his memo to staff, "Imagine a world where we lead the field."')).toEqual([
      ['direct', 'Jeff Lowe', 'Imagine a world where we lead the field.'],
    ]);
    expect(brief('The paper looked at his votes. According to the Kremlin: “The senator has had a mixed record on trade throughout his career.”').map((x) => [x[0], x[1]])).toEqual([['direct', 'Kremlin']]);
  });

  it('reads "put it" with no quotation after it as no cue', () => {
    expect(brief('Ann Vale put it on the table. "We will see," she said.')).toEqual([['direct', 'Ann Vale', 'We will see,']]);
  });
});

describe('a quoted-only participle before a colon', () => {
  it('gives "took to Twitter, writing: “…”" to the clause\'s subject', () => {
    expect(brief('Ann Vale spoke. Tom Hale quickly took to Twitter, writing: "Another horrific attack, this time in Nice."')).toEqual([
      ['direct', 'Tom Hale', 'Another horrific attack, this time in Nice.'],
    ]);
  });
});

describe('colon lead-ins after an opening phrase or with a name in apposition', () => {
  it('gives the quotation to the name opening the main clause, or to the name the apposition follows', () => {
    expect(brief('Tom Hale spoke to MSNBC. In a radio interview later that day, Hale went even further: “If he runs and loses, it is the end of his career.”').filter((x) => x[0] === 'direct')).toEqual([
      ['direct', 'Tom Hale', 'If he runs and loses, it is the end of his career.'],
    ]);
    expect(brief('Ken Sena spoke first. Ann Vale, an analyst at Lakeside Capital, agreed: "They have got a great brand and a large platform."')).toEqual([
      ['direct', 'Ann Vale', 'They have got a great brand and a large platform.'],
    ]);
  });

  it('leaves it to the speaker model when the main clause opens with no name (the rules name nobody)', () => {
    const q = extractFacts(makeArticle({ headline: 'Snippet', body: 'After Ann Vale left, the crowd went wild: “We want more, we want more!”' }), null).quotes;
    expect(q.map((x) => x.speaker)).toEqual([null]);
  });
});
