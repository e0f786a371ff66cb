/** Word lists the extractor reads: small, hand-kept, lower-case unless said otherwise. */

const set = (s: string) => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** Abbreviations whose trailing period does not end a sentence (lower-case, without the final dot). */
export const ABBREVIATIONS = set(`mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|cmdr|adm|sgt|cpl|pvt|sen|rep|gov|lt. gov|atty|supt|insp|
rev|fr|st|mt|ft|jr|sr|messrs|mme|mlle|hon|pres|sec|amb|gen|brig|
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|
inc|corp|co|ltd|llc|plc|bros|dept|univ|assn|est|approx|vs|etc|no|nos|vol|fig|p|pp|al|cf|ca|
u.s|u.k|u.n|e.u|d.c|n.y|l.a|n.c|s.c|n.j|n.h|n.m|n.d|s.d|w.va|p.m|a.m|i.e|e.g|ph.d|b.a|m.a|
ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo`);

/** Words that commonly open a sentence after an ambiguous abbreviation such as "U.S." or "a.m.". */
export const SENTENCE_STARTERS = set(`the|a|an|he|she|it|they|we|i|but|and|in|on|at|this|that|these|those|there|his|her|its|their|our|
however|meanwhile|still|yet|so|if|when|while|after|before|as|for|since|although|though|then|now|mr|mrs|ms|dr`);

/** Honorifics: not roles; they give gender. */
export const HONORIFICS: Record<string, 'male' | 'female' | null> = {
  'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', 'miss': 'female',
  'dr.': null, dr: null, 'rev.': null, 'sir': 'male', 'dame': 'female', 'lord': 'male', 'lady': 'female', 'messrs.': null,
  'prof.': null, 'the rev.': null,
};

/** Role head words (lower-case): a title or job that can precede or follow a name. */
export const ROLE_HEADS = set(`president|vice-president|vice president|secretary|minister|premier|chancellor|spokesman|spokeswoman|spokesperson|
envoy|ambassador|senator|sen.|representative|rep.|congressman|congresswoman|governor|gov.|mayor|commissioner|nominee|candidate|
chairman|chairwoman|chair|director|adviser|advisor|aide|pollster|host|leader|general|gen.|judge|justice|attorney|speaker|
secretary-general|official|analyst|professor|prof.|economist|founder|ceo|executive|officer|negotiator|king|queen|prince|princess|
pope|chief|head|manager|strategist|lawmaker|legislator|councilman|councilwoman|councillor|deputy|lt.|colonel|col.|captain|capt.|
sergeant|sgt.|commander|admiral|adm.|lieutenant|major|sheriff|prosecutor|lawyer|attorney-general|president-elect|emir|sheikh|
ayatollah|cardinal|bishop|rabbi|reverend|rev.|coach|owner|researcher|scientist|writer|columnist|editor|correspondent|reporter|
anchor|commentator|activist|organizer|organiser|consultant|partner|treasurer|comptroller|administrator|superintendent|
mp|mep|member|delegate|monarch|dictator|ruler|warlord|whip|counsel|solicitor|marshal|premier|tsar|czar|spokesmen|
vice-chairman|vice-chair|co-founder|cofounder|operative|surrogate|campaigner|supporter|defender|critic|ally|veteran|candidate|
doctor|physician|surgeon`);

/** Modifiers that can sit inside a role ("special envoy", "longtime Democratic pollster"). */
export const ROLE_MODIFIERS = set(`special|senior|former|deputy|chief|foreign|prime|vice|presidential|democratic|republican|top|longtime|
interim|acting|first|lead|principal|assistant|associate|executive|general|national|security|defense|defence|state|interior|
finance|economy|economic|trade|health|education|justice|energy|environment|labor|labour|treasury|homeland|press|communications|
campaign|policy|political|military|intelligence|junior|minority|majority|house|senate|european|federal|regional|local|
then|then-|incoming|outgoing|retired|veteran|longtime|independent|conservative|liberal|progressive|libertarian|green|labour|tory|
nypd|fbi|cia|un|nato|eu|armed|forces|staff|joint|high|supreme|district|circuit|appeals|court|county|city|council|party|
administration|agency|government|prosecuting|managing|radio|television|editorial`);

/** Words that mark a capitalised sequence as an organisation (capitalised form compared lower-case). */
export const ORG_HEADS = set(`department|ministry|committee|council|commission|agency|office|party|campaign|foundation|institute|
university|college|school|bank|fund|court|union|organization|organisation|association|corporation|corp.|inc.|inc|co.|company|
group|police|army|navy|forces|league|center|centre|times|news|post|journal|tribune|herald|press|network|house|senate|congress|
parliament|assembly|administration|government|cabinet|kremlin|pentagon|board|bureau|service|services|authority|caucus|conference|
coalition|alliance|federation|society|club|church|state|states|nations|times/cbs|poll|daily|magazine|radio|tv|television|
broadcasting|channel|media|guard|command|secretariat|directorate|regime|junta|embassy|consulate|mission|delegation|airlines|
motors|holdings|partners|capital|labs|systems|technologies|group's|post's|network's|pac|llc|plc|ltd|gazette|review|weekly|
chronicle|observer|telegraph|guardian|independent|express|mirror|sun|star|examiner|monitor|globe|bulletin|dispatch|record|
street|square|avenue|road|day|week|month|year|festival|award|prize|act|bill|law|treaty|accord|agreement|plan|program|programme|
initiative|project|summit|forum|talks|crisis|war|peninsula|sea|ocean|river|mountains|valley|island|islands|county|city|
province|region|district|airport|station|hotel|hall|tower|building|palace|stadium|arena|park|bridge|museum|library|hospital`);

/** Organisations that speak, with their canonical name (keys lower-case, no leading "the"). */
export const SPEAKING_ORGS: Record<string, string> = {
  kremlin: 'Kremlin', 'white house': 'White House', 'state department': 'State Department', pentagon: 'Pentagon',
  'downing street': 'Downing Street', 'elysee': 'Elysee', 'élysée': 'Élysée', 'foreign office': 'Foreign Office',
  'foreign ministry': 'Foreign Ministry', 'defence ministry': 'Defence Ministry', 'defense ministry': 'Defense Ministry',
  'defense department': 'Defense Department', 'justice department': 'Justice Department', 'treasury': 'Treasury',
  'european union': 'European Union', eu: 'EU', 'european commission': 'European Commission', nato: 'NATO',
  'united nations': 'United Nations', un: 'UN', 'u.n.': 'UN', congress: 'Congress', senate: 'Senate', fbi: 'FBI', cia: 'CIA',
  nypd: 'NYPD', 'kiev': 'Kyiv', kyiv: 'Kyiv', moscow: 'Moscow', washington: 'Washington', beijing: 'Beijing', brussels: 'Brussels',
  'clinton campaign': 'Clinton campaign', 'trump campaign': 'Trump campaign', 'supreme court': 'Supreme Court',
  'democratic national committee': 'Democratic National Committee', 'republican national committee': 'Republican National Committee',
  dnc: 'DNC', rnc: 'RNC', hamas: 'Hamas', hezbollah: 'Hezbollah', 'foreign ministry spokesperson': 'Foreign Ministry',
  'ministry of foreign affairs': 'Ministry of Foreign Affairs', 'ministry of defence': 'Ministry of Defence',
  'home office': 'Home Office', 'bundestag': 'Bundestag', 'white house press office': 'White House',
};

/** News outlets (keys lower-case, no leading "the") -> canonical name. */
export const OUTLETS: Record<string, string> = {
  'financial times': 'Financial Times', ft: 'Financial Times', 'ria novosti': 'RIA Novosti', tass: 'TASS', interfax: 'Interfax',
  reuters: 'Reuters', ap: 'AP', 'associated press': 'Associated Press', afp: 'AFP', 'agence france-presse': 'AFP', cnn: 'CNN',
  'fox news': 'Fox News', bbc: 'BBC', nbc: 'NBC', 'nbc news': 'NBC News', abc: 'ABC', 'abc news': 'ABC News', cbs: 'CBS',
  'cbs news': 'CBS News', msnbc: 'MSNBC', bloomberg: 'Bloomberg', 'new york times': 'New York Times', 'washington post': 'Washington Post',
  'wall street journal': 'Wall Street Journal', politico: 'Politico', axios: 'Axios', guardian: 'Guardian', breitbart: 'Breitbart',
  'breitbart news': 'Breitbart News', xinhua: 'Xinhua', 'al jazeera': 'Al Jazeera', npr: 'NPR', 'usa today': 'USA Today',
  atlantic: 'The Atlantic', 'the atlantic': 'The Atlantic', 'huffington post': 'Huffington Post', 'huffpost': 'HuffPost',
  'los angeles times': 'Los Angeles Times', 'daily mail': 'Daily Mail', telegraph: 'Telegraph', economist: 'The Economist',
  'kyiv independent': 'Kyiv Independent', 'ukrainska pravda': 'Ukrainska Pravda', izvestia: 'Izvestia', kommersant: 'Kommersant',
  'ria': 'RIA Novosti', 'sky news': 'Sky News', 'der spiegel': 'Der Spiegel', spiegel: 'Der Spiegel', 'le monde': 'Le Monde',
  'axios news': 'Axios', 'the hill': 'The Hill', 'western journal': 'Western Journal', 'morning consult': 'Morning Consult',
  rasmussen: 'Rasmussen',
};

/** Countries and blocs (keys lower-case) -> canonical name. */
export const COUNTRIES: Record<string, string> = {};
/** Demonyms and adjectival forms (lower-case) -> country. */
export const DEMONYMS: Record<string, string> = {};
for (const line of `
US|U.S.|USA|United States|America:American:United States
UK|U.K.|United Kingdom|Britain|Great Britain:British:United Kingdom
Russia|Russian Federation:Russian:Russia
Ukraine:Ukrainian:Ukraine
France:French:France
Germany:German:Germany
China:Chinese:China
India:Indian:India
Japan:Japanese:Japan
Italy:Italian:Italy
Spain:Spanish:Spain
Poland:Polish:Poland
Turkey|Türkiye:Turkish:Turkey
Iran:Iranian:Iran
Iraq:Iraqi:Iraq
Israel:Israeli:Israel
Syria:Syrian:Syria
Saudi Arabia:Saudi:Saudi Arabia
Egypt:Egyptian:Egypt
Qatar:Qatari:Qatar
Canada:Canadian:Canada
Mexico:Mexican:Mexico
Brazil:Brazilian:Brazil
Australia:Australian:Australia
North Korea:North Korean:North Korea
South Korea:South Korean:South Korea
Belarus:Belarusian:Belarus
Hungary:Hungarian:Hungary
Finland:Finnish:Finland
Sweden:Swedish:Sweden
Norway:Norwegian:Norway
Denmark:Danish:Denmark
Netherlands:Dutch:Netherlands
Belgium:Belgian:Belgium
Austria:Austrian:Austria
Switzerland:Swiss:Switzerland
Greece:Greek:Greece
Pakistan:Pakistani:Pakistan
Afghanistan:Afghan:Afghanistan
Venezuela:Venezuelan:Venezuela
Cuba:Cuban:Cuba
Burma|Myanmar:Burmese:Burma
Vietnam:Vietnamese:Vietnam
Libya:Libyan:Libya
Lebanon:Lebanese:Lebanon
Jordan:Jordanian:Jordan
Georgia:Georgian:Georgia
Moldova:Moldovan:Moldova
Romania:Romanian:Romania
Estonia:Estonian:Estonia
Latvia:Latvian:Latvia
Lithuania:Lithuanian:Lithuania
Palestine:Palestinian:Palestine
Europe:European:Europe
`.trim().split('\n')) {
  const [names, demonym, canon] = line.split(':');
  for (const n of names.split('|')) COUNTRIES[n.toLowerCase()] = canon;
  DEMONYMS[demonym.toLowerCase()] = canon;
}
/** Short canonical forms used for affiliations. */
export const AFFILIATION_SHORT: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK' };

/** Generic heads of unnamed sources ("a source close to ...", "three diplomats", "officials"). */
export const UNNAMED_HEADS = set(`source|sources|official|officials|diplomat|diplomats|aide|aides|adviser|advisers|advisor|advisors|
people|person|insider|insiders|analyst|analysts|expert|experts|observer|observers|witness|witnesses|resident|residents|
critic|critics|supporter|supporters|spokesman|spokeswoman|spokesperson|representative|representatives|democrats|republicans|
voters|lawmakers|legislators|leaders|members|staff|staffers|strategists|operatives|investigators|prosecutors|authorities|
police|officers|researchers|economists|scientists|activists|organizers|organisers|allies|donors|executives|poll|polls|survey|
surveys|report|reports|study|studies|statement|data|documents|filings|estimates|figures|records|memo|letter|emails|
campaign|administration|government|officers|commanders|negotiators|envoys|ministers|governments|delegates|participants|someone|
colleagues|friends|relatives|family|spokespeople|lawyers|attorneys|doctors|physicians|agents|troops|soldiers|workers|employees|
polling|pollsters|candidates|americans|citizens|groups|organizations|organisations|outlets|media|press|newspapers|reporters|
demonstrators|protesters|protestors|students|parents|teachers|marchers|opponents|proponents|advocates|skeptics|sceptics`);

/** Nouns that refer back to an earlier unnamed source with the same head ("the source"). */
export const NAMED_HEAD_ONLY = set(`source|sources|official|officials|diplomat|diplomats|aide|aides|person|insider`);

/** Capitalised words that are not names when they open a sentence or stand alone. */
export const NOT_NAME_WORDS = set(`the|a|an|and|but|or|nor|for|so|yet|in|on|at|to|of|by|with|from|as|if|when|while|after|before|since|
although|though|because|however|meanwhile|still|this|that|these|those|there|here|he|she|it|they|we|i|you|his|her|its|their|our|
my|your|who|what|where|why|how|which|whose|not|no|yes|all|some|many|most|more|much|few|several|both|each|every|any|one|two|
three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|new|other|such|only|also|even|just|then|now|today|
tonight|yesterday|tomorrow|asked|during|under|over|despite|beyond|among|between|without|within|against|about|around|through|
until|unless|whether|like|unlike|instead|rather|according|following|including|amid|across|along|toward|towards|upon|into|onto|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|
november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|is|was|are|were|has|have|had|will|would|
can|could|should|may|might|must|do|does|did|let|let's|god|video|photo|full|text|abstract|update|watch|read|see|breaking|
democrat|democrats|republican|republicans|democratic|gop|americans|african-americans|black|white|latino|latinos|hispanic|
christian|muslim|jewish|catholic|internet|twitter|facebook|youtube|instagram|tiktok|google|election|day|north|south|east|west|
eastern|western|northern|southern|central|federal|state|states|national|international|world|global|street|forty-three|
forty-four|forty-six|twenty-nine|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|obamacare|brexit|
covid|covid-19|coronavirus|hillary's|trump's|clinton's|biden's|putin's|obama's|while|where|said|says|told|added|asked`);

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A short list of common given names with their usual gender (lower-case). */
export const MALE_NAMES = set(`marco|keith|donald|jd|j.d.|james|john|robert|michael|william|david|richard|joseph|thomas|charles|
christopher|daniel|matthew|anthony|mark|paul|steven|steve|andrew|kenneth|joshua|kevin|brian|george|edward|ronald|timothy|
jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|scott|brandon|benjamin|samuel|gregory|frank|
alexander|raymond|patrick|jack|dennis|jerry|tyler|aaron|jose|adam|henry|nathan|douglas|zachary|peter|kyle|walter|ethan|
jeremy|harold|carl|keith|roger|gerald|christian|terry|sean|arthur|austin|noah|lawrence|jesse|joe|bryan|billy|bruce|albert|
willie|gabriel|logan|alan|juan|wayne|roy|ralph|randy|eugene|vincent|russell|louis|philip|bobby|johnny|bradley|vladimir|
dmitry|dmitri|sergei|sergey|volodymyr|emmanuel|boris|olaf|friedrich|viktor|recep|xi|narendra|benjamin|bibi|mike|bill|
barack|bernie|ted|rand|chris|tim|al|jeb|newt|rudy|rudolph|reince|sean|pat|alex|charlie|marc|vann|tom|jim|bob|dick|
rick|ron|mitch|chuck|nancy|harry|lindsey|kellyanne|jared|ivanka|hunter|beau|jake|andriy|andrii|oleksandr|dmytro|yuriy|
yuri|mikhail|sergiy|kyrylo|rustem|denys|olaf|keir|rishi|kemal|mohammed|muhammad|ahmed|ali|hassan|hussein|omar|abdul|
ismail|khalid|karim|mahmoud|naftali|yair|bashar|kim|moon|shinzo|fumio|justin|antony|lloyd|jake|jens|mark|ursula|
pete|kamala|elon|jeff|tucker|sergio|luiz|javier|gustavo|nicolas|andrzej|alexei|alexey|yevgeny|ramzan|aleksandr|
maxim|anatoly|valery|nikolai|igor|oleg|pavel|viktor|petro|leonid|arseniy|vitali|vitaly|pyotr|konstantin|gen|gov`);
export const FEMALE_NAMES = set(`mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|nancy|lisa|betty|margaret|
sandra|ashley|kimberly|emily|donna|michelle|dorothy|carol|amanda|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia|
kathleen|amy|shirley|angela|helen|anna|brenda|pamela|nicole|emma|samantha|katherine|christine|debra|rachel|catherine|
carolyn|janet|ruth|maria|heather|diane|virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|evelyn|judith|
megan|cheryl|andrea|hannah|martha|jacqueline|frances|gloria|ann|teresa|kathryn|sara|janice|jean|alice|madison|doris|
abigail|julia|judy|grace|denise|amber|marilyn|beverly|danielle|theresa|sophia|marie|diana|brittany|natalie|isabella|
charlotte|rose|alexis|kayla|hillary|hilary|gennifer|jennifer|kellyanne|ivanka|melania|chelsea|elizabeth|nikki|sarah|
kamala|ursula|angela|theresa|liz|kaja|giorgia|marine|annalena|yulia|maria|olena|iryna|tulsi|karine|condoleezza|
madeleine|minyon|aung|suu|huma|robby|debbie|dianne|kirsten|amy|tammy|maxine|nancy|michele|ilhan|alexandria|rashida|
ayanna|jill|laura|barbara|hope|sheila|valerie|susana|kristi|kari|marsha|joni|lisa|shelley|heidi|jeanne|claire|maggie`);

/** Speech and attribution cues (lower-case surface forms). Multi-word cues first. */
export const SPEECH_CUES = [
  'according to', 'called on', 'calls on', 'call on', 'ruled out', 'rules out', 'pointed out', 'points out', 'went on to say', 'went on', 'called for', 'calls for',
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'warned', 'warns', 'warning',
  'stressed', 'stresses', 'noted', 'notes', 'noting', 'insisted', 'insists', 'insisting', 'argued', 'argues', 'arguing',
  'claimed', 'claims', 'claiming', 'denied', 'denies', 'denying', 'confirmed', 'confirms', 'responded', 'responds', 'replied',
  'replies', 'explained', 'explains', 'wrote', 'writes', 'tweeted', 'tweets', 'asked', 'asks', 'announced', 'announces',
  'stated', 'states', 'declared', 'declares', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests',
  'urged', 'urges', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'countered',
  'cautioned', 'complained', 'complains', 'recalled', 'recalls', 'reported', 'reports', 'revealed', 'reveals', 'described',
  'describes', 'called', 'calls', 'continued', 'posted', 'testified', 'emphasized', 'emphasised', 'emphasizes', 'maintained',
  'maintains', 'conceded', 'concedes', 'contended', 'contends', 'alleged', 'alleges', 'disclosed', 'estimated', 'indicated',
  'indicates', 'mentioned', 'repeated', 'reiterated', 'remarked', 'signaled', 'signalled', 'wondered', 'questioned', 'asserted',
  'asserts', 'charged', 'accused', 'accuses', 'blasted', 'slammed', 'criticized', 'criticised', 'praised', 'joked', 'quipped',
  'boasted', 'lamented', 'conceded', 'explained', 'observed', 'demanded', 'demands', 'proclaimed', 'retorted', 'shot back',
  'dismissed', 'rejected', 'rejects', 'refuted', 'hinted', 'believes', 'believed', 'thinks', 'referencing',
  // Base forms for plural subjects ("They argue that ...", "Critics warn ...").
  // (Only verbs that are not also common nouns: no claim, note, report, reply, stress.)
  'argue', 'insist', 'warn', 'contend', 'maintain', 'allege', 'deny', 'acknowledge', 'admit', 'predict', 'complain',
  'explain', 'announce', 'declare', 'emphasize', 'emphasise', 'concede', 'assert', 'respond', 'suggest',
  'predicted', 'projected', 'found', 'shows', 'showed', 'concluded', 'concludes', 'echoed', 'texted', 'emailed', 'wrote in',
];

/** The cues the eval counts as speech verbs (reported speech), by lemma prefix. */
export const SPEECH_VERB_LEMMAS = [
  'say', 'said', 'tell', 'told', 'according to', 'add', 'warn', 'den', 'stress', 'note', 'insist', 'argu', 'claim', 'confirm',
  'respond', 'repl', 'explain', 'wrote', 'writ', 'tweet', 'ask', 'announc', 'stat', 'declar', 'acknowledg', 'admit', 'suggest',
  'urg', 'predict', 'promis', 'vow', 'pledg', 'counter', 'caution', 'complain', 'recall', 'report', 'reveal', 'describ', 'call',
  'continu', 'post', 'testif', 'emphasi', 'maintain', 'conced', 'contend', 'alleg', 'disclos', 'mention', 'repeat', 'reiterat',
  'remark', 'assert', 'ruled out', 'rule out', 'point', 'quip', 'jok', 'boast', 'retort', 'reject', 'dismiss', 'accus', 'charg',
  'blast', 'slam', 'criticiz', 'criticis', 'prais', 'lament', 'demand', 'proclaim', 'echo', 'text', 'email', 'went on',
];

/** Verbs with an addressee after them: "told reporters", "asked the court". */
export const ADDRESSEE_CUES = set('told|tells|tell|telling|asked|asks|assured|informed|reminded|urged|warned|promised|called on|calls on|call on');
/** Addressees short enough to be part of the cue as written ("told reporters"). */
export const CUE_ADDRESSEES = set(`reporters|journalists|lawmakers|supporters|listeners|viewers|the audience|the crowd|a news conference|
a press conference|the newspaper|a briefing|the committee|senators|voters|the paper|the agency|parliament|congress|the senate|
the house|members|students|the conference|a rally|the rally|the outlet|the station|the network|the broadcaster|the magazine`);

/** Auxiliaries and adverbs that may sit between a subject and its cue ("has confirmed", "also said"). */
export const SUBJECT_FILLERS = set(`has|have|had|also|later|then|previously|repeatedly|reportedly|again|further|quickly|flatly|
abruptly|staunchly|firmly|publicly|privately|separately|would|will|could|may|might|did|does|do|not|never|recently|earlier|once|
already|often|frequently|forcefully|bluntly|angrily|simply|only|just|both|all|each|himself|herself|itself|themselves|last|
subsequently|initially|finally|originally|officially|explicitly|openly|strongly|sharply|clearly|told|once|always|long|is|are|
was|were|be|been|being|specifically|essentially|implicitly|immediately|quietly|loudly|tersely|curtly|gently|emphatically`);

/** Participle cues that continue the main clause's speaker ("..., adding that ..."). */
export const PARTICIPLE_CUES = set(`saying|adding|noting|arguing|warning|insisting|claiming|denying|telling|calling|explaining|
stressing|asking|urging|suggesting|acknowledging|admitting|describing|declaring|stating|vowing|pledging|promising|
predicting|complaining|recalling|reiterating|repeating|emphasizing|emphasising|writing|tweeting|speaking|charging|accusing|
referencing`);

/** Verbs of a past action, for "happened" events. */
export const ACTION_VERBS = set(`canceled|cancelled|visited|met|signed|presented|drafted|arrived|left|launched|resigned|fired|appointed|
attacked|held|traveled|travelled|withdrew|approved|vetoed|sent|ordered|announced|began|started|ended|won|lost|killed|struck|
seized|captured|released|proposed|submitted|unveiled|imposed|lifted|suspended|postponed|delayed|hosted|attended|called off|
pulled out|walked away|skipped|boycotted|passed|voted|rejected|accepted|agreed|nominated|elected|sued|indicted|arrested|charged|
convicted|sentenced|launched|deployed|downgraded|faltered|collapsed|broke|opened|closed|completed|finished|published|issued`);

/** Past actions that make a sentence report a development (with ACTION_VERBS): decisions, results, testimony. Cards only. */
export const DEVELOPMENT_VERBS = set(`decided|declared|clinched|endorsed|debated|testified|interviewed|dropped out|defeated|beat|
conceded|apologized|apologised|recommended|ruled|concluded|cleared|found|revealed|admitted|confirmed|denied|refused|declined|
handed|secured|swept|captured|carried|finished|placed|trounced|routed|edged|upset|scored|withheld|subpoenaed|investigated|
hacked|leaked|fined|acquitted|pleaded|resigned|quit|suspended|exited|challenged|overturned|blocked|dismissed`);

/** Constructions of a scheduled action: "is to visit", "will meet", "is expected to". */
export const SCHEDULE_MARKERS = /\b(?:(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected|slated|poised|planning|going)\s+)?to|will|plans?\s+to|intends?\s+to)\s+(?!be\b)([a-z]+)\b/;
