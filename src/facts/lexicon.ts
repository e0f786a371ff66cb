/** Word lists the extractor reads: small, hand-kept, lower-case unless said otherwise. */

const words = (s: string) => s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean);
const set = (s: string) => new Set(words(s));
/** The word lists as written (before de-duplication), for the lexicon test. */
export const WORD_LISTS: Record<string, string[]> = {};
const listed = (name: string, s: string) => {
  WORD_LISTS[name] = words(s);
  return new Set(WORD_LISTS[name]);
};

/**
 * Common words (and month abbreviations) that are also surnames ("Marty West", "Ian Read", "George Will", "Theresa May", "Ai Jun"):
 * no name by themselves, a surname right after a given name (then alone too, for the one person
 * the article named so). Each is also in NOT_NAME_WORDS; none ends a place's or a day's name
 * ("Wall Street", "Labor Day").
 */
export const WORD_SURNAMES = listed('WORD_SURNAMES', `west|black|white|read|will|may|park|hall|rivers|moon|prince|king|bishop|major|judge|marshal|cardinal|pope|queen|jun`);

/**
 * Months that are also given names ("April Ryan", "June Carter", "Jan Novak", "August Pfluger"):
 * a given name right before a surname, never after a preposition or a date word ("in June Trump
 * said"). Each is also in NOT_NAME_WORDS.
 */
export const WORD_GIVEN_NAMES = listed('WORD_GIVEN_NAMES', `april|may|june|august|jan`);
/** Words before a month that make it a date, not a given name ("in June", "since May", "early August", "by Jan"). */
export const BEFORE_DATE_WORDS = listed('BEFORE_DATE_WORDS', `in|on|since|by|until|till|through|from|to|of|during|before|after|last|this|next|early|late|mid|between|and|or|every|each|that|in-|the`);

/** Abbreviated titles before a name ("Gov.", "Sen.", "Lt. Gov."): never a given name. */
export const TITLE_ABBREVIATIONS = listed('TITLE_ABBREVIATIONS', `mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|cmdr|adm|sgt|cpl|pvt|sen|rep|gov|
lt. gov|atty|supt|insp|rev|fr|messrs|mme|mlle|hon|pres|sec|amb|brig`);

/** Abbreviations whose trailing period does not end a sentence (lower-case, without the final dot). */
export const ABBREVIATIONS = new Set([...TITLE_ABBREVIATIONS, ...listed('OTHER_ABBREVIATIONS', `st|mt|ft|jr|sr|
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|
inc|corp|co|ltd|llc|plc|bros|dept|univ|assn|est|approx|vs|etc|no|nos|vol|fig|p|pp|al|cf|ca|
u.s|u.k|u.n|e.u|d.c|n.y|l.a|n.c|s.c|n.j|n.h|n.m|n.d|s.d|w.va|p.m|a.m|i.e|e.g|ph.d|b.a|m.a|
ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo`)]);

/** Words that commonly open a sentence after an ambiguous abbreviation such as "U.S." or "a.m.". */
export const SENTENCE_STARTERS = listed('SENTENCE_STARTERS', `the|a|an|he|she|it|they|we|i|but|and|in|on|at|this|that|these|those|there|his|her|its|their|our|
however|meanwhile|still|yet|so|if|when|while|after|before|as|for|since|although|though|then|now|mr|mrs|ms|dr`);

/** Honorifics: not roles; they give gender. */
export const HONORIFICS: Record<string, 'male' | 'female' | null> = {
  'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', 'miss': 'female',
  'dr.': null, dr: null, 'rev.': null, 'sir': 'male', 'dame': 'female', 'lord': 'male', 'lady': 'female', 'messrs.': null,
  'prof.': null, 'the rev.': null, 'fr.': 'male',
};

/** Titles before a given name, not a surname ("Sir Keir" is Keir Starmer, "Dame Judi" Judi Dench). */
export const GIVEN_NAME_TITLES = listed('GIVEN_NAME_TITLES', `sir|dame`);

/** Role head words (lower-case): a title or job that can precede or follow a name. */
export const ROLE_HEADS = listed('ROLE_HEADS', `president|vice-president|vice president|secretary|minister|premier|chancellor|spokesman|spokeswoman|spokesperson|
envoy|ambassador|senator|sen.|representative|rep.|congressman|congresswoman|governor|gov.|mayor|commissioner|nominee|candidate|hopeful|contender|front-runner|frontrunner|challenger|
chairman|chairwoman|chair|director|adviser|advisor|aide|pollster|host|leader|general|gen.|judge|justice|attorney|speaker|
secretary-general|official|analyst|professor|prof.|economist|founder|ceo|executive|officer|negotiator|king|queen|prince|princess|
pope|chief|head|manager|strategist|lawmaker|legislator|councilman|councilwoman|councillor|deputy|lt.|colonel|col.|captain|capt.|
sergeant|sgt.|commander|admiral|adm.|lieutenant|major|sheriff|prosecutor|lawyer|attorney-general|president-elect|emir|sheikh|
ayatollah|cardinal|bishop|rabbi|reverend|rev.|coach|owner|researcher|scientist|writer|columnist|editor|correspondent|reporter|
anchor|commentator|activist|organizer|organiser|consultant|partner|treasurer|comptroller|administrator|superintendent|
mp|mep|member|delegate|monarch|dictator|ruler|warlord|whip|counsel|solicitor|marshal|tsar|czar|spokesmen|
vice-chairman|vice-chair|co-founder|cofounder|operative|surrogate|campaigner|supporter|defender|critic|ally|veteran|
doctor|physician|surgeon|journalist|filmmaker|comedian|actor|actress|novelist|historian|blogger|moderator|co-moderator|
alderman|alderwoman|businessman|businesswoman|entrepreneur|philanthropist|rival|pundit|broadcaster|playwright`);

/**
 * Relation words that head a description of one person as a role does, after a determiner or a
 * possessive ("his wife, Ann Roe, wrote"; "the victim's brother, Tom Hale, said").
 */
/** Verbs telling of someone else's words, recalled or quoted ("recalled Roe saying", "quoted her as saying"): the words are the other one's. */
export const RECALLING_VERBS = listed('RECALLING_VERBS', `recall|recalls|recalled|recalling|remember|remembers|remembered|remembering|quote|quotes|quoted|quoting|
hear|hears|heard|hearing|overheard|describe|describes|described|describing|cite|cites|cited|citing`);

export const RELATION_HEADS = listed('RELATION_HEADS', `wife|husband|son|daughter|mother|father|brother|sister|friend|cousin|uncle|aunt|
widow|widower|girlfriend|boyfriend|fiance|fiancé|fiancee|fiancée|grandson|granddaughter|grandmother|grandfather|nephew|niece|
son-in-law|daughter-in-law|stepfather|stepmother|stepson|stepdaughter|neighbor|neighbour|classmate|roommate|colleague|boss|
teacher|student|pastor|mentor|biographer|attorney|landlord|employee|employer|sibling|parent|granddad|grandma|grandpa|mom|dad`);

/**
 * Things that carry someone's words, as the object of the verb before a participle cue with no comma:
 * "issued a statement saying ...", "sent a tweet Wednesday saying ..." (the clause's subject speaks).
 */
export const SPEECH_CARRIERS = listed('SPEECH_CARRIERS', `statement|statements|tweet|tweets|email|emails|e-mail|letter|release|response|message|memo|
post|note|video|ad|advertisement|op-ed|column|editorial|filing|complaint|lawsuit|petition|notice|announcement|reply|
opinion|ruling|order|decision|dissent|brief|motion|affidavit|declaration|essay|interview|speech|book|article`);

/**
 * Nouns of speech whose "that" clause is the words reported, after a possessive or a determiner
 * ("Hale's claim that the port was sold", "his insistence that …", "the allegation that …").
 */
export const SPEECH_NOUNS = listed('SPEECH_NOUNS', `claim|claims|assertion|assertions|argument|arguments|suggestion|suggestions|warning|warnings|
insistence|promise|promises|pledge|pledges|vow|vows|allegation|allegations|accusation|accusations|contention|declaration|prediction|
predictions|complaint|complaints|remark|remarks|comment|comments|charge|charges|denial|denials|admission|boast|boasts|threat|threats|
demand|demands|reminder|concession|announcement|assurance|assurances|insinuation|implication`);

/** Words that open a description of someone ("Another delegate on the slate, Jim Poolman, said"). */
export const DESCRIPTION_OPENERS = listed('DESCRIPTION_OPENERS', `the|a|an|another|one|his|her|their|its|our|both|two|three|several|
a third|the other`);

/**
 * Words that open a description of people without naming them, capitalised only at a sentence's
 * start ("Those who know him say", "Some voters said", "Others"): with DESCRIPTION_OPENERS, no name.
 */
export const GROUP_OPENERS = listed('GROUP_OPENERS', `those|these|this|that|some|many|most|other|others|all|few|each|every|any|
such|more|people|everyone|everybody|someone|somebody|nobody|none`);

/** Modifiers that can sit inside a role ("special envoy", "longtime Democratic pollster"). */
/** Party words in a role or a description, with the party they name ("the GOP front-runner" is no "Democratic front-runner"). */
export const PARTY_WORDS: Record<string, string> = {
  republican: 'R', republicans: 'R', gop: 'R', democratic: 'D', democrat: 'D', democrats: 'D', libertarian: 'L', green: 'G',
};

export const ROLE_MODIFIERS = listed('ROLE_MODIFIERS', `special|senior|former|deputy|chief|foreign|prime|vice|presidential|democratic|republican|top|longtime|
interim|acting|first|lead|principal|assistant|associate|executive|general|national|security|defense|defence|state|interior|
finance|economy|economic|trade|health|education|justice|energy|environment|labor|labour|treasury|homeland|press|communications|
campaign|policy|political|military|intelligence|junior|minority|majority|house|senate|european|federal|regional|local|
then|then-|current|incoming|outgoing|retired|veteran|independent|conservative|liberal|progressive|libertarian|green|tory|
nypd|fbi|cia|un|nato|eu|armed|forces|staff|joint|high|supreme|district|circuit|appeals|court|county|city|council|party|
administration|agency|government|prosecuting|managing|radio|television|editorial`);

/** Words that mark a capitalised sequence as an organisation (capitalised form compared lower-case). */
export const ORG_HEADS = listed('ORG_HEADS', `department|ministry|committee|council|commission|agency|office|party|campaign|foundation|institute|
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
  twitter: 'Twitter', facebook: 'Facebook', google: 'Google', youtube: 'YouTube', instagram: 'Instagram', tiktok: 'TikTok',
  microsoft: 'Microsoft', 'judicial watch': 'Judicial Watch', 'human rights watch': 'Human Rights Watch',
};

/** Platforms that speak as companies ("Twitter said") but are a medium after a possessive or "on" ("Bush's Facebook post"). */
export const PLATFORMS = listed('PLATFORMS', `twitter|facebook|youtube|instagram|tiktok`);

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
  rasmussen: 'Rasmussen', 'new yorker': 'The New Yorker', newsweek: 'Newsweek', buzzfeed: 'BuzzFeed', 'buzzfeed news': 'BuzzFeed News',
  'daily beast': 'The Daily Beast', 'national review': 'National Review', 'mother jones': 'Mother Jones', 'new republic': 'The New Republic',
  propublica: 'ProPublica', 'the intercept': 'The Intercept', 'vice news': 'Vice News', cnbc: 'CNBC', pbs: 'PBS', 'c-span': 'C-SPAN',
  univision: 'Univision', telemundo: 'Telemundo', 'fox business': 'Fox Business', 'new york post': 'New York Post',
  'new york daily news': 'New York Daily News', 'chicago tribune': 'Chicago Tribune', 'boston globe': 'Boston Globe',
  'miami herald': 'Miami Herald', 'houston chronicle': 'Houston Chronicle', 'washington times': 'Washington Times',
  'le figaro': 'Le Figaro', 'el pais': 'El País', 'el país': 'El País', haaretz: 'Haaretz', 'times of israel': 'Times of Israel',
  'south china morning post': 'South China Morning Post', nikkei: 'Nikkei', yonhap: 'Yonhap', kyodo: 'Kyodo', dpa: 'dpa',
  'itv news': 'ITV News', itv: 'ITV', cbc: 'CBC', 'daily telegraph': 'Daily Telegraph', 'irish times': 'Irish Times',
  'evening standard': 'Evening Standard', 'the sun': 'The Sun', sputnik: 'Sputnik', 'anadolu agency': 'Anadolu Agency',
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
Argentina:Argentine|Argentinian:Argentina
Chile:Chilean:Chile
Colombia:Colombian:Colombia
Peru:Peruvian:Peru
Ecuador:Ecuadorian:Ecuador
Bolivia:Bolivian:Bolivia
Paraguay:Paraguayan:Paraguay
Uruguay:Uruguayan:Uruguay
Guatemala:Guatemalan:Guatemala
Honduras:Honduran:Honduras
El Salvador:Salvadoran:El Salvador
Nicaragua:Nicaraguan:Nicaragua
Costa Rica:Costa Rican:Costa Rica
Panama:Panamanian:Panama
Haiti:Haitian:Haiti
Dominican Republic:Dominican:Dominican Republic
Jamaica:Jamaican:Jamaica
Ireland:Irish:Ireland
Scotland:Scottish:Scotland
England:English:England
Portugal:Portuguese:Portugal
Czech Republic|Czechia:Czech:Czech Republic
Slovakia:Slovak:Slovakia
Slovenia:Slovenian:Slovenia
Croatia:Croatian:Croatia
Serbia:Serbian:Serbia
Bosnia:Bosnian:Bosnia
Albania:Albanian:Albania
Kosovo:Kosovar:Kosovo
North Macedonia|Macedonia:Macedonian:North Macedonia
Bulgaria:Bulgarian:Bulgaria
Iceland:Icelandic:Iceland
Cyprus:Cypriot:Cyprus
Malta:Maltese:Malta
Armenia:Armenian:Armenia
Azerbaijan:Azerbaijani:Azerbaijan
Kazakhstan:Kazakh:Kazakhstan
Uzbekistan:Uzbek:Uzbekistan
Mongolia:Mongolian:Mongolia
Taiwan:Taiwanese:Taiwan
Thailand:Thai:Thailand
Cambodia:Cambodian:Cambodia
Malaysia:Malaysian:Malaysia
Singapore:Singaporean:Singapore
Indonesia:Indonesian:Indonesia
Philippines:Filipino|Philippine:Philippines
Bangladesh:Bangladeshi:Bangladesh
Sri Lanka:Sri Lankan:Sri Lanka
Nepal:Nepali|Nepalese:Nepal
Yemen:Yemeni:Yemen
Oman:Omani:Oman
United Arab Emirates|UAE|U.A.E.:Emirati:United Arab Emirates
Kuwait:Kuwaiti:Kuwait
Bahrain:Bahraini:Bahrain
Algeria:Algerian:Algeria
Morocco:Moroccan:Morocco
Tunisia:Tunisian:Tunisia
Sudan:Sudanese:Sudan
South Sudan:South Sudanese:South Sudan
Ethiopia:Ethiopian:Ethiopia
Eritrea:Eritrean:Eritrea
Somalia:Somali:Somalia
Kenya:Kenyan:Kenya
Uganda:Ugandan:Uganda
Tanzania:Tanzanian:Tanzania
Rwanda:Rwandan:Rwanda
Congo|Democratic Republic of Congo:Congolese:Congo
Nigeria:Nigerian:Nigeria
Ghana:Ghanaian:Ghana
Senegal:Senegalese:Senegal
Mali:Malian:Mali
Niger:Nigerien:Niger
Cameroon:Cameroonian:Cameroon
Angola:Angolan:Angola
Mozambique:Mozambican:Mozambique
Zimbabwe:Zimbabwean:Zimbabwe
Zambia:Zambian:Zambia
South Africa:South African:South Africa
New Zealand:New Zealander:New Zealand
Europe:European:Europe
`.trim().split('\n')) {
  const [names, demonym, canon] = line.split(':');
  for (const n of names.split('|')) COUNTRIES[n.toLowerCase()] = canon;
  for (const d of demonym.split('|')) DEMONYMS[d.toLowerCase()] = canon;
}
/** The last word of each demonym ("korean" of "South Korean"): a nationality, never a person's name alone. */
export const DEMONYM_WORDS = new Set(Object.keys(DEMONYMS).map((d) => d.split(' ').pop() as string));
/** Nouns of a people or a home ("the Spaniard", "the Dutchman", "the Texan"): an epithet the rules cannot resolve, no one's name. */
export const NATIONALITY_NOUNS = listed('NATIONALITY_NOUNS', `spaniard|dutchman|dutchwoman|frenchman|frenchwoman|englishman|englishwoman|irishman|irishwoman|
scotsman|scotswoman|welshman|welshwoman|briton|brit|swede|dane|finn|pole|turk|scot|kiwi|aussie|serb|croat|
texan|californian|floridian|ohioan|virginian|kentuckian|tennessean|arkansan|minnesotan|michigander|hoosier|vermonter|iowan`);
/** Short canonical forms used for affiliations. */
export const AFFILIATION_SHORT: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK' };

/** Generic heads of unnamed sources ("a source close to ...", "three diplomats", "officials"). */
export const UNNAMED_HEADS = listed('UNNAMED_HEADS', `source|sources|official|officials|diplomat|diplomats|aide|aides|adviser|advisers|advisor|advisors|
people|person|insider|insiders|analyst|analysts|expert|experts|observer|observers|witness|witnesses|resident|residents|
critic|critics|supporter|supporters|spokesman|spokeswoman|spokesperson|representative|representatives|democrats|republicans|
voters|lawmakers|legislators|leaders|members|staff|staffers|strategists|operatives|investigators|prosecutors|authorities|
police|officers|researchers|economists|scientists|activists|organizers|organisers|allies|donors|executives|poll|polls|survey|
surveys|report|reports|study|studies|statement|data|documents|filings|estimates|figures|records|memo|letter|emails|
campaign|administration|government|commanders|negotiators|envoys|ministers|governments|delegates|participants|someone|
colleagues|friends|relatives|family|spokespeople|lawyers|attorneys|doctors|physicians|agents|troops|soldiers|workers|employees|
polling|pollsters|candidates|americans|citizens|groups|organizations|organisations|outlets|media|press|newspapers|reporters|
demonstrators|protesters|protestors|students|parents|teachers|marchers|opponents|proponents|advocates|skeptics|sceptics`);

/** Nouns that refer back to an earlier unnamed source with the same head ("the source"). */
export const NAMED_HEAD_ONLY = listed('NAMED_HEAD_ONLY', `source|sources|official|officials|diplomat|diplomats|aide|aides|person|insider`);

/** Capitalised words that are not names when they open a sentence or stand alone. */
export const NOT_NAME_WORDS = listed('NOT_NAME_WORDS', `the|a|an|and|but|or|nor|for|so|yet|in|on|at|to|of|by|with|from|as|if|when|while|after|before|since|
although|though|because|however|meanwhile|still|this|that|these|those|there|here|he|she|it|they|we|i|you|his|her|its|their|our|
my|your|who|what|where|why|how|which|whose|not|no|yes|all|some|many|most|more|much|few|several|both|each|every|any|one|two|
three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|new|other|such|only|also|even|just|then|now|today|
tonight|yesterday|tomorrow|asked|during|under|over|despite|beyond|among|between|without|within|against|about|around|through|
until|unless|whether|like|unlike|instead|rather|according|following|including|amid|across|along|toward|towards|upon|into|onto|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|
november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|is|was|are|were|has|have|had|will|would|
everybody|everyone|somebody|someone|nobody|anybody|anyone|having|being|
can|could|should|might|must|do|does|did|let|let's|god|video|photo|full|text|abstract|update|watch|read|see|breaking|
democrat|democrats|republican|republicans|democratic|gop|americans|african-americans|black|white|latino|latinos|hispanic|
christian|muslim|jewish|catholic|internet|twitter|facebook|youtube|instagram|tiktok|google|election|day|north|south|east|west|
eastern|western|northern|southern|central|federal|state|states|national|international|world|global|street|forty-three|
forty-four|forty-six|twenty-nine|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|obamacare|brexit|
covid|covid-19|coronavirus|hillary's|trump's|clinton's|biden's|putin's|obama's|said|says|told|added`);

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Common given names with their usual gender (lower-case): not those that are common words, months, countries or well-known surnames (Warren, Perry, Jordan). */
export const MALE_NAMES = listed('MALE_NAMES', `marco|keith|donald|jd|j.d.|james|john|robert|michael|william|david|richard|joseph|thomas|charles|
christopher|daniel|matthew|anthony|mark|paul|steven|steve|andrew|kenneth|joshua|kevin|brian|george|edward|ronald|timothy|
jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|scott|brandon|benjamin|samuel|gregory|frank|
alexander|raymond|patrick|jack|dennis|jerry|tyler|aaron|jose|adam|henry|nathan|douglas|zachary|peter|kyle|walter|ethan|
jeremy|harold|carl|roger|gerald|christian|terry|sean|arthur|austin|noah|lawrence|jesse|joe|bryan|billy|bruce|albert|
willie|gabriel|logan|alan|juan|wayne|roy|ralph|randy|eugene|vincent|russell|louis|philip|bobby|johnny|bradley|vladimir|
dmitry|dmitri|sergei|sergey|volodymyr|emmanuel|boris|olaf|friedrich|viktor|recep|xi|narendra|bibi|mike|bill|
barack|bernie|ted|rand|chris|tim|al|jeb|newt|rudy|rudolph|reince|pat|alex|charlie|marc|vann|tom|jim|bob|dick|
rick|ron|mitch|chuck|harry|lindsey|jared|hunter|beau|jake|andriy|andrii|oleksandr|dmytro|yuriy|
yuri|mikhail|sergiy|kyrylo|rustem|denys|keir|rishi|kemal|mohammed|muhammad|ahmed|ali|hassan|hussein|omar|abdul|
ismail|khalid|karim|mahmoud|naftali|yair|bashar|kim|moon|shinzo|fumio|antony|lloyd|jens|
pete|elon|jeff|tucker|sergio|luiz|javier|gustavo|nicolas|andrzej|alexei|alexey|yevgeny|ramzan|aleksandr|
maxim|anatoly|valery|nikolai|igor|oleg|pavel|petro|leonid|arseniy|vitali|vitaly|pyotr|konstantin|
dan|dave|matt|nick|greg|ben|andy|tony|don|ken|fred|hank|luke|phil|ray|rob|walt|wes|zach|barry|bernard|brad|brett|carlos|clarence|claude|clifford|clint|cody|colin|craig|darrell|darren|derek|doug|duane|dustin|dwight|ed|eddie|edgar|eli|elijah|ernest|evan|floyd|franklin|gilbert|harvey|hector|herbert|herman|hugh|ian|isaac|ivan|jerome|jimmy|joel|jon|josh|julian|karl|kirk|kurt|leo|leon|leonard|leroy|lucas|luis|manuel|mario|marvin|maurice|melvin|miguel|milton|nathaniel|neil|norman|oliver|oscar|pedro|randall|reggie|reginald|ricky|roberto|rodney|roland|salvador|seth|shane|shawn|sidney|stanley|stuart|terrence|theodore|todd|tommy|travis|trent|troy|vernon|victor|vince|wesley|willard|xavier`);
export const FEMALE_NAMES = listed('FEMALE_NAMES', `mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|nancy|lisa|betty|margaret|
sandra|ashley|kimberly|emily|donna|michelle|dorothy|carol|amanda|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia|
kathleen|amy|shirley|angela|helen|anna|brenda|pamela|nicole|emma|samantha|katherine|christine|debra|rachel|catherine|
carolyn|janet|ruth|maria|heather|diane|virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|evelyn|judith|
megan|cheryl|andrea|hannah|martha|jacqueline|frances|gloria|ann|teresa|kathryn|sara|janice|jean|alice|madison|doris|
abigail|julia|judy|grace|denise|amber|marilyn|beverly|danielle|theresa|sophia|marie|diana|brittany|natalie|isabella|
charlotte|rose|alexis|kayla|hillary|hilary|gennifer|kellyanne|ivanka|melania|chelsea|nikki|
kamala|ursula|liz|kaja|giorgia|marine|annalena|yulia|olena|iryna|tulsi|karine|condoleezza|
madeleine|minyon|aung|suu|huma|robby|debbie|dianne|kirsten|tammy|maxine|michele|ilhan|alexandria|rashida|
ayanna|jill|hope|sheila|valerie|susana|kristi|kari|marsha|joni|shelley|heidi|jeanne|claire|maggie|
jane|anne|kate|katie|jen|beth|ellen|lucy|molly|sally|nina|rosa|irene|eva|vera|ella|lily|zoe|chloe|mia|ava|leah|lynn|terri|tina|wendy|paula|peggy|carla|sonia|gina|erin|kristen|kristin|courtney|tiffany|holly|caroline|meredith|jenna|allison|alison|kathy|cathy|sue|penny|connie|bonnie|betsy|nora|claudia|lois|gail|joanne|elaine|eileen|colleen|maureen|kara|tara|stacy|becky|cindy|sylvia|wanda|yvonne|loretta|lorraine|vanessa|veronica|monica|rita|norma|lillian|edith|esther|marjorie|patsy|roberta|rebekah|judi|mandy|melinda|miriam|naomi|pauline|rachael|regina|renee|roxanne|sabrina|sonya|stella|tamara|tanya|toni|vicki|vicky|wilma|agnes|alicia|angie|annie|audrey|bernice|brooke|carmen|carrie|cecilia|celeste|charlene|christy|clara|constance|darlene|delores|elena|elisa|elise|elisabeth|ellie|eleanor|erica|erika|ethel|fiona|florence|gwen|harriet|ingrid|irma|isabel|joanna|jocelyn|josephine|juanita|karla|katrina|kristina|laurie|lydia|marcia|marianne|marlene|melanie|mildred|nadia|olga|phyllis|priscilla|rhonda|rosemary|selena|serena|sherry|stacey|susie|thelma|tonya|trisha|vivian|whitney|yolanda`);

/**
 * The verb table: every speech and attribution verb once, with its forms (base | -s | past | -ing;
 * "-" for none) and flags naming which forms do what (b, s, p, g = base, -s, past, -ing):
 * - `cue:` forms that are attribution cues ("said", "argue" after a plural subject);
 * - `inv:` forms that invert (`"...," said X`);
 * - `addr:` forms that take an addressee ("told reporters");
 * - `name:` forms that, next to a capitalised pair, show it is a person's name ("Jane Roe said");
 * - `part` the -ing form continues the clause's speaker ("..., adding that ..."); `quiet` the
 *   -ing form continues a clause but is no cue by itself ("speaking", "writing");
 * - `label` the -ing form is a cue when a quotation follows it closely ("..., calling it “meritless”");
 * - `quoted:` forms that are cues only when a quotation follows closely ("thanked him for “stepping
 *   up”", "is labeling the plan “a blatant abuse”"): the quotation is attributed, the verb is no
 *   speech verb of its own (the eval's reported speech does not count it);
 * - `speech` a speech verb: the eval counts its cues as reported speech.
 * Every cue set below is derived from this table; test/facts/lexicon.test.ts rejects a verb
 * listed twice with the same forms or a flag on a form the row does not have.
 */
export const VERB_TABLE = `
according to | - | - | - | cue:b inv:b speech
call on | calls on | called on | calling on | cue:bsp addr:bsp speech
call for | calls for | called for | calling for | cue:sp speech
rule out | rules out | ruled out | ruling out | cue:sp speech
point out | points out | pointed out | pointing out | cue:sp speech
go on to say | goes on to say | went on to say | going on to say | cue:p speech
go on | goes on | went on | going on | cue:p inv:p speech
shoot back | shoots back | shot back | shooting back | cue:p inv:p speech
fire back | fires back | fired back | firing back | cue:p inv:p speech
write in | writes in | wrote in | writing in | cue:p
say | says | said | saying | cue:bspg inv:bsp name:sp part speech
tell | tells | told | telling | cue:bspg addr:bspg name:p part speech
add | adds | added | adding | cue:spg inv:sp name:p part speech
warn | warns | warned | warning | cue:bspg inv:sp addr:p name:p part speech
stress | stresses | stressed | stressing | cue:sp inv:sp part speech
note | notes | noted | noting | cue:spg inv:sp name:p part speech
insist | insists | insisted | insisting | cue:bspg inv:sp name:p part speech
argue | argues | argued | arguing | cue:bspg inv:sp name:p part speech
claim | claims | claimed | claiming | cue:spg part speech
deny | denies | denied | denying | cue:bspg part speech
confirm | confirms | confirmed | confirming | cue:sp inv:sp speech
respond | responds | responded | responding | cue:bsp inv:sp name:p speech
reply | replies | replied | replying | cue:sp inv:sp name:p speech
explain | explains | explained | explaining | cue:bsp inv:sp name:p part speech
write | writes | wrote | writing | cue:sp inv:sp name:p quiet label speech
tweet | tweets | tweeted | tweeting | cue:sp inv:sp name:p quiet label speech
ask | asks | asked | asking | cue:sp inv:sp addr:sp name:p part speech
announce | announces | announced | announcing | cue:bsp part speech
state | states | stated | stating | cue:sp inv:p name:p part speech
declare | declares | declared | declaring | cue:bsp inv:sp part speech
acknowledge | acknowledges | acknowledged | acknowledging | cue:bsp inv:sp part speech
admit | admits | admitted | admitting | cue:bsp inv:sp part speech
suggest | suggests | suggested | suggesting | cue:bsp inv:sp part speech
urge | urges | urged | urging | cue:sp addr:p part speech
predict | predicts | predicted | predicting | cue:bsp inv:sp part speech
promise | promises | promised | promising | cue:sp addr:p part speech
vow | vows | vowed | vowing | cue:sp inv:sp part speech
pledge | pledges | pledged | pledging | cue:sp part speech
counter | counters | countered | countering | cue:p quoted:s inv:sp speech
caution | cautions | cautioned | cautioning | cue:p quoted:s inv:sp speech
complain | complains | complained | complaining | cue:bsp inv:sp part speech
recall | recalls | recalled | recalling | cue:sp inv:sp part speech
report | reports | reported | reporting | cue:sp inv:sp speech
reveal | reveals | revealed | revealing | cue:sp part speech
describe | describes | described | describing | cue:sp quiet label speech
call | calls | called | calling | cue:sp quiet label speech
continue | continues | continued | continuing | cue:p inv:p name:p speech
post | posts | posted | posting | cue:p inv:p speech
testify | testifies | testified | testifying | cue:p speech
emphasize | emphasizes | emphasized | emphasizing | cue:bsp inv:p part speech
emphasise | emphasises | emphasised | emphasising | cue:bp inv:p part speech
maintain | maintains | maintained | maintaining | cue:bsp inv:sp speech
concede | concedes | conceded | conceding | cue:bsp inv:sp speech
contend | contends | contended | contending | cue:bsp inv:sp speech
allege | alleges | alleged | alleging | cue:bsp speech
disclose | discloses | disclosed | disclosing | cue:p speech
estimate | estimates | estimated | estimating | cue:p
indicate | indicates | indicated | indicating | cue:sp
mention | mentions | mentioned | mentioning | cue:p part speech
repeat | repeats | repeated | repeating | cue:p quoted:s inv:sp part speech
reiterate | reiterates | reiterated | reiterating | cue:p quoted:s inv:sp part speech
remark | remarks | remarked | remarking | cue:p quoted:s inv:sp speech
signal | signals | signaled | signaling | cue:p
signal | signals | signalled | signalling | cue:p
wonder | wonders | wondered | wondering | cue:p quoted:s inv:sp
question | questions | questioned | questioning | cue:p
assert | asserts | asserted | asserting | cue:bsp inv:sp speech
charge | charges | charged | charging | cue:p inv:p part speech
accuse | accuses | accused | accusing | cue:sp part speech
blast | blasts | blasted | blasting | cue:p quoted:bs speech
slam | slams | slammed | slamming | cue:p quoted:bs speech
criticize | criticizes | criticized | criticizing | cue:p quoted:bs part speech
criticise | criticises | criticised | criticising | cue:p quoted:bs part speech
praise | praises | praised | praising | cue:p quoted:bs part speech
joke | jokes | joked | joking | cue:sp inv:sp speech
quip | quips | quipped | quipping | cue:p quoted:s inv:sp speech
boast | boasts | boasted | boasting | cue:p quoted:s inv:sp speech
lament | laments | lamented | lamenting | cue:p quoted:s inv:sp speech
observe | observes | observed | observing | cue:p quoted:s inv:sp
demand | demands | demanded | demanding | cue:sp part speech
proclaim | proclaims | proclaimed | proclaiming | cue:p quoted:s speech
retort | retorts | retorted | retorting | cue:sp inv:sp speech
dismiss | dismisses | dismissed | dismissing | cue:p quoted:bs speech
reject | rejects | rejected | rejecting | cue:sp speech
refute | refutes | refuted | refuting | cue:p
hint | hints | hinted | hinting | cue:p
believe | believes | believed | believing | cue:sp
think | thinks | thought | thinking | cue:s
reference | references | referenced | referencing | cue:g part quoted:bsp
project | projects | projected | projecting | cue:p
find | finds | found | finding | cue:p
show | shows | showed | showing | cue:sp
conclude | concludes | concluded | concluding | cue:sp inv:sp
echo | echoes | echoed | echoing | cue:p speech
text | texts | texted | texting | cue:p speech
email | emails | emailed | emailing | cue:p speech
offer | offers | offered | offering | quoted:bsp inv:sp
react | reacts | reacted | reacting | quoted:p inv:p
answer | answers | answered | answering | cue:p quoted:s inv:sp speech
assure | assures | assured | assuring | cue:sp addr:sp speech
inform | informs | informed | informing | addr:p
remind | reminds | reminded | reminding | addr:p
speak | speaks | spoke | speaking | quiet
fume | fumes | fumed | fuming | cue:p inv:p speech
scoff | scoffs | scoffed | scoffing | cue:p inv:p speech
exclaim | exclaims | exclaimed | exclaiming | cue:sp inv:sp speech
interject | interjects | interjected | interjecting | cue:p inv:p speech
chide | chides | chided | chiding | cue:p speech
bemoan | bemoans | bemoaned | bemoaning | cue:p speech
recount | recounts | recounted | recounting | cue:sp inv:sp speech
shout | shouts | shouted | shouting | cue:sp inv:sp part speech
yell | yells | yelled | yelling | cue:sp inv:sp part speech
scream | screams | screamed | screaming | cue:p inv:p speech
bark | barks | barked | barking | cue:p inv:p speech
chant | chants | chanted | chanting | cue:p inv:p part speech
mutter | mutters | muttered | muttering | cue:p inv:p speech
whisper | whispers | whispered | whispering | cue:p quoted:s inv:sp speech
muse | muses | mused | musing | cue:sp inv:sp speech
opine | opines | opined | opining | cue:sp inv:p
gush | gushes | gushed | gushing | cue:p inv:p speech
thank | thanks | thanked | thanking | quoted:bsp quiet label
label | labels | labeled | labeling | quoted:bsp quiet label
label | labels | labelled | labelling | quoted:bsp quiet label
cite | cites | cited | citing | quoted:bsp quiet label
welcome | welcomes | welcomed | welcoming | quoted:bsp quiet label
mock | mocks | mocked | mocking | quoted:bsp quiet label
decry | decries | decried | decrying | quoted:bsp quiet label
denounce | denounces | denounced | denouncing | quoted:bsp quiet label
deride | derides | derided | deriding | quoted:bsp quiet label
dub | dubs | dubbed | dubbing | quoted:bsp quiet label
brand | brands | branded | branding | quoted:bsp quiet label
term | terms | termed | terming | quoted:bsp quiet label
hail | hails | hailed | hailing | quoted:bsp quiet label
tout | touts | touted | touting | quoted:bsp quiet label
characterize | characterizes | characterized | characterizing | quoted:bsp quiet label
portray | portrays | portrayed | portraying | quoted:bsp quiet label
invoke | invokes | invoked | invoking | quoted:bsp quiet label
quote | quotes | quoted | quoting | quoted:bsp quiet label
blame | blames | blamed | blaming | quoted:bsp quiet label
refer to | refers to | referred to | - | quoted:bsp
condemn | condemns | condemned | condemning | quoted:bsp quiet label
defend | defends | defended | defending | quoted:bsp quiet label
laud | lauds | lauded | lauding | quoted:bsp quiet label
applaud | applauds | applauded | applauding | quoted:bsp quiet label
salute | salutes | saluted | saluting | quoted:bsp quiet label
endorse | endorses | endorsed | endorsing | quoted:bsp quiet label
highlight | highlights | highlighted | highlighting | quoted:bsp quiet label
propose | proposes | proposed | proposing | quoted:bsp quiet label
attack | attacks | attacked | attacking | quoted:bsp quiet label
hammer | hammers | hammered | hammering | quoted:bsp quiet label
ridicule | ridicules | ridiculed | ridiculing | quoted:bsp quiet label
taunt | taunts | taunted | taunting | quoted:bsp quiet label
tease | teases | teased | teasing | quoted:bsp quiet label
insult | insults | insulted | insulting | quoted:bsp quiet label
belittle | belittles | belittled | belittling | quoted:bsp quiet label
lambaste | lambastes | lambasted | lambasting | quoted:bsp quiet label
recommend | recommends | recommended | recommending | quoted:bsp quiet label
put it | puts it | put it | putting it | quoted:bsp
worry | worries | worried | worrying | quoted:bsp
fear | fears | feared | fearing | quoted:bsp
express | expresses | expressed | expressing | quoted:bsp
credit | credits | credited | crediting | quoted:bsp
ponder | ponders | pondered | pondering | quoted:bsp
speculate | speculates | speculated | speculating | cue:sp inv:sp speech
comment | comments | commented | commenting | cue:p quoted:s inv:sp
reason | reasons | reasoned | reasoning | cue:p quoted:s inv:sp
confide | confides | confided | confiding | cue:sp inv:sp
elaborate | elaborates | elaborated | elaborating | cue:p quoted:s inv:sp speech
clarify | clarifies | clarified | clarifying | cue:sp inv:sp speech
grumble | grumbles | grumbled | grumbling | cue:sp inv:sp speech
grouse | grouses | groused | grousing | cue:sp inv:sp speech
gripe | gripes | griped | griping | cue:p quoted:s inv:sp speech
brag | brags | bragged | bragging | cue:sp inv:sp speech
gloat | gloats | gloated | gloating | cue:sp inv:sp speech
confess | confesses | confessed | confessing | cue:sp inv:sp speech
marvel | marvels | marveled | marveling | cue:p quoted:s inv:sp speech
marvel | marvels | marvelled | marvelling | cue:p quoted:s inv:sp speech
murmur | murmurs | murmured | murmuring | cue:p quoted:s inv:sp speech
mumble | mumbles | mumbled | mumbling | cue:sp inv:sp speech
protest | protests | protested | protesting | quoted:p inv:p
summarize | summarizes | summarized | summarizing | cue:sp inv:sp speech
rule | rules | ruled | ruling | cue:p part
`;

export interface VerbRow {
  forms: { b: string | null; s: string | null; p: string | null; g: string | null };
  flags: Map<string, string>;
}

/** The parsed verb table, in table order. */
export const VERBS: VerbRow[] = VERB_TABLE.trim().split('\n').map((line) => {
  const [b, s, p, g, fl] = line.split('|').map((x) => x.trim());
  const f = (x: string) => (x === '-' ? null : x);
  const flags = new Map<string, string>();
  for (const t of fl.split(/\s+/).filter(Boolean)) {
    const [k, v = ''] = t.split(':');
    flags.set(k, v);
  }
  return { forms: { b: f(b), s: f(s), p: f(p), g: f(g) }, flags };
});

function formsWith(flag: string): string[] {
  const out: string[] = [];
  for (const v of VERBS) {
    const which = v.flags.get(flag);
    if (which === undefined) continue;
    for (const k of ['b', 's', 'p', 'g'] as const) if (which.includes(k) && v.forms[k] && !out.includes(v.forms[k]!)) out.push(v.forms[k]!);
  }
  return out;
}

/** Speech and attribution cues (lower-case surface forms), from the verb table. */
export const SPEECH_CUES: string[] = formsWith('cue');
/** Forms that are cues only when a quotation follows closely ("thanked him for “…”"). */
export const QUOTED_CUES = new Set(formsWith('quoted'));
/** Participles that continue the main clause's speaker ("..., adding that ..."). */
export const PARTICIPLE_CUES = new Set(VERBS.filter((v) => (v.flags.has('part') || v.flags.has('quiet')) && v.forms.g).map((v) => v.forms.g!));
/** The participles that are cues by themselves (not "speaking", "writing", "calling" ...). */
export const SPOKEN_PARTICIPLE_CUES = new Set(VERBS.filter((v) => v.flags.has('part') && v.forms.g).map((v) => v.forms.g!));
/** Participles that are cues when a quotation follows closely ("calling it “meritless”"). */
export const LABELLING_PARTICIPLES = new Set(VERBS.filter((v) => v.flags.has('label') && v.forms.g).map((v) => v.forms.g!));
/**
 * Every form of the verbs that name or label what they quote ("called", "dubbed", "branded",
 * "described as", "cited"; not "wrote" or "tweeted", which may come before their speaker): the
 * quotation after them is a name, a title or a label, not words said.
 */
export const NAMING_CUE_FORMS = new Set(VERBS.filter((v) => v.flags.has('label') && !v.flags.has('inv')).flatMap((v) => Object.values(v.forms).filter((x): x is string => !!x)));
/** Verbs with an addressee after them: "told reporters", "asked the court". */
export const ADDRESSEE_CUES = new Set(formsWith('addr'));
/** Cues that may come before their speaker: `"...," said X`. */
export const INVERTIBLE_CUES = new Set(formsWith('inv'));
/** Cues next to which a capitalised pair is a person's name ("Jane Roe said", "said Jane Roe"). */
export const NAME_CUES = new Set([...formsWith('name'), 'according']);
/** Past forms of the verb table ("asked", "accused", "told"): after "was", "were", "been" a cue is passive. */
export const PAST_CUE_FORMS = new Set(VERBS.map((v) => v.forms.p?.split(' ')[0]).filter((x): x is string => !!x));
/** Every form of a speech verb (the eval's reported-speech cues). */
export const SPEECH_VERB_FORMS: string[] = VERBS.filter((v) => v.flags.has('speech')).flatMap((v) => Object.values(v.forms).filter((x): x is string => !!x));

/** Addressees short enough to be part of the cue as written ("told reporters"). */
export const CUE_ADDRESSEES = listed('CUE_ADDRESSEES', `reporters|journalists|lawmakers|supporters|listeners|viewers|the audience|the crowd|a news conference|
a press conference|the newspaper|a briefing|the committee|senators|voters|the paper|the agency|parliament|congress|the senate|
the house|members|students|the conference|a rally|the rally|the outlet|the station|the network|the broadcaster|the magazine|
aides|friends|allies|donors|colleagues|staff|staffers|employees|workers|investors|analysts|delegates`);

/** Auxiliaries and adverbs that may sit between a subject and its cue ("has confirmed", "also said"). */
/**
 * Plain present-tense verbs that open a relative clause before a speech verb ("people who know him
 * say", "voters who support her said"): the clause has a verb of its own, so the cue after it is the
 * main clause's. Past and -s forms are recognised by their ending.
 */
export const RELATIVE_PLAIN_VERBS = listed('RELATIVE_PLAIN_VERBS', `know|knew|work|live|support|oppose|want|follow|attend|watch|remain|
spoke|heard|saw|voted|are|were|have|had|has|is|was|worked|lived|met|ran|run|lead|led|represent|study|track|cover|helped|oversee|
advise|backed|back|favor|favour|like|love|hate|own|manage|do|did`);

/**
 * Verbs that, alone in a short sentence after a name ("Ann Lowe agreed.", "Hale disagreed."), say
 * that the quotation opening the next sentence is that person's answer. Not speech verbs elsewhere
 * ("agreed to the plan").
 */
export const RESPONSE_VERBS = listed('RESPONSE_VERBS', `agreed|agrees|disagreed|disagrees|concurred|concurs|demurred|dissented|objected|
elaborated|elaborates|chimed in|weighed in|was blunt|was more blunt|went further|went on|put it this way|put it differently`);

/**
 * Verbs by which someone else takes the floor in a clause after an attribution ("X said, and her
 * husband cut in. “…”", "X said, before an aide interrupted."): the quotation after it is not X's.
 */
export const FLOOR_TAKING_VERBS = listed('FLOOR_TAKING_VERBS', `cut in|cuts in|interrupted|interrupts|interjected|interjects|chimed in|chimes in|broke in|
breaks in|jumped in|jumps in|replied|replies|responded|responds|answered|answers|shot back|shoots back|countered|counters|retorted|retorts`);

/**
 * Irregular past tenses news writes after a subject ("Trump struck a measured tone, saying …"):
 * with the regular "-ed" forms, what tells a name opening a clause from a capitalised word.
 */
export const IRREGULAR_PAST = listed('IRREGULAR_PAST', `was|were|had|did|won|lost|took|gave|made|went|came|told|said|got|ran|met|left|sent|spoke|
wrote|began|became|held|kept|led|brought|thought|found|saw|knew|struck|fought|sought|stood|shot|hit|put|set|cut|let|beat|
bought|caught|taught|drew|drove|threw|grew|flew|chose|rose|fell|felt|meant|paid|laid|sold|built|spent|sat|swore|broke|stole|
forgot|hid|rode|sang|shook|stuck|swept|dealt|fled|hung|withdrew|understood|upheld|oversaw|blew|bore|quit|spread|hurt|cast|
fed|shed|sank|sprang|woke|wore|tore|forbade|overcame|overtook|undertook|mistook|foresaw|lit|slid|spun|split|dug|bit`);

export const SUBJECT_FILLERS = listed('SUBJECT_FILLERS', `has|have|had|also|later|then|previously|repeatedly|reportedly|again|further|quickly|flatly|
abruptly|staunchly|firmly|publicly|privately|separately|would|will|could|may|might|did|does|do|not|never|recently|earlier|once|
already|often|frequently|forcefully|bluntly|angrily|simply|only|just|both|all|each|himself|herself|itself|themselves|last|
subsequently|initially|finally|originally|officially|explicitly|openly|strongly|sharply|clearly|told|always|long|is|are|
was|were|be|been|being|specifically|essentially|implicitly|immediately|quietly|loudly|tersely|curtly|gently|emphatically|
however|though|instead|meanwhile|nonetheless|nevertheless|likewise|similarly|eventually|ultimately|too|since|now|still|even|first|
didn't|didn’t|doesn't|doesn’t|don't|don’t|won't|won’t|wouldn't|wouldn’t|hasn't|hasn’t|haven't|haven’t|hadn't|hadn’t|
couldn't|couldn’t|can't|can’t|cannot|isn't|isn’t|wasn't|wasn’t`);

/**
 * Verbs before an infinitive cue whose subject speaks ("declined to say", "continued to insist"); not
 * "wanted to admit" (admit refugees) or "agreed to report": those take a cue's other senses.
 */
export const CONTROL_VERBS = listed('CONTROL_VERBS', `declined|declines|refused|refuses|continued|continues|began|begins|rushed|hastened|went on|goes on`);
/** Cues whose "to …" is what was answered, no words: "did not respond to a request for comment". */
export const TO_OBJECT_CUES = listed('TO_OBJECT_CUES', `respond|responds|responded|responding|reply|replies|replied|replying|answer|answers|answered|answering`);

/** Auxiliaries of a progressive tense: "is telling", "were saying" are finite cues, no participles. */
export const PROGRESSIVE_AUXILIARIES = listed('PROGRESSIVE_AUXILIARIES', `is|are|was|were|am`);

/** US states: "Senator Ann Park of Ohio said" names the person before "of". */
/** State abbreviations of party-state tags ("R-Fla.", "D-N.Y.", "I-VT"), AP style and postal, lower-case -> the state. */
export const STATE_ABBREVIATIONS: Record<string, string> = {};
for (const row of `alabama:ala,al|alaska:alaska,ak|arizona:ariz,az|arkansas:ark,ar|california:calif,ca|colorado:colo,co|connecticut:conn,ct|
delaware:del,de|florida:fla,fl|georgia:ga|hawaii:hawaii,hi|idaho:idaho,id|illinois:ill,il|indiana:ind,in|iowa:iowa,ia|kansas:kan,ks|kentucky:ky|
louisiana:la|maine:maine,me|maryland:md|massachusetts:mass,ma|michigan:mich,mi|minnesota:minn,mn|mississippi:miss,ms|missouri:mo|montana:mont,mt|
nebraska:neb,ne|nevada:nev,nv|new hampshire:n.h,nh|new jersey:n.j,nj|new mexico:n.m,nm|new york:n.y,ny|north carolina:n.c,nc|north dakota:n.d,nd|
ohio:ohio,oh|oklahoma:okla,ok|oregon:ore,or|pennsylvania:pa|rhode island:r.i,ri|south carolina:s.c,sc|south dakota:s.d,sd|tennessee:tenn,tn|
texas:texas,tex,tx|utah:utah,ut|vermont:vt|virginia:va|washington:wash,wa|west virginia:w.va,wv|wisconsin:wis,wi|wyoming:wyo,wy`.split(/\s*\|\s*/)) {
  const [state, abbrs] = row.split(':');
  for (const a of abbrs.split(',')) STATE_ABBREVIATIONS[a] = state;
}
export const US_STATES = listed('US_STATES', `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|
idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|
nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|
rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming`);

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

/**
 * Adverbs of place and time that open a sentence before its comma ("Outside, dock workers marched …",
 * "Nearby, …", "Afterward, …"): capitalised only there, never a speaker's name.
 */
export const OPENING_ADVERBS = listed('OPENING_ADVERBS', `outside|inside|nearby|elsewhere|here|there|downstairs|upstairs|overseas|abroad|
afterward|afterwards|later|earlier|meanwhile|today|yesterday|tonight|then|now|still|instead|indeed|however|again|also|once|
together|alone|overnight|downtown|offstage|onstage|backstage|outdoors|indoors|nationwide|statewide|worldwide|online|
first|second|third|finally|next|lastly|yet|anyway|otherwise|moreover|furthermore|besides|thus|hence|therefore|nonetheless|
nevertheless|likewise|similarly|ultimately|eventually|soon|recently|previously|initially|originally|sometimes|often|tomorrow`);
/** Time adverbs that may open a pronoun chain's sentence before the pronoun ("Later, she turned …"). */
export const CHAIN_ADVERBS = listed('CHAIN_ADVERBS', `later|then|earlier|afterward|afterwards|meanwhile|still|instead|now|again`);
/** Connectives set off by commas between a subject and its verb ("Hale, however, disagreed."). */
export const SET_OFF_CONNECTIVES = listed('SET_OFF_CONNECTIVES', `however|though|too|meanwhile|instead|in turn|for his part|for her part|for its part|for their part`);
/** Prepositions: a name after one is an object, not a subject ("met with Smith", "according to"). */
export const PREPOSITIONS = listed('PREPOSITIONS', `to|in|at|from|of|for|on|near|with|about|into|across|via|by|through|over|under|around|outside|inside|
between|against|toward|towards|than|like|unlike|behind|beside|beyond|among|amid|during|after|before|since|without|upon|per`);
// --- Identity across articles (src/facts/person-forms.ts, src/briefing/people.ts, who-said) ---

/** Given names and their usual short forms: one person whatever form an article uses (key: short form). */
/** A title abbreviation's role words ("Gov. Gretchen Whitmer" is "the governor"; "Rep. Ann Lee" "the congresswoman"). */
export const TITLE_ROLE_FORMS: Record<string, string[]> = {
  'sen.': ['senator'], 'gov.': ['governor'], 'rep.': ['representative', 'congressman', 'congresswoman'], 'pres.': ['president'],
  'gen.': ['general'], 'adm.': ['admiral'], 'col.': ['colonel'], 'capt.': ['captain'], 'sgt.': ['sergeant'], 'prof.': ['professor'],
  'amb.': ['ambassador'], 'sec.': ['secretary'], 'supt.': ['superintendent'], 'insp.': ['inspector'], 'det.': ['detective'],
};
export const GIVEN_NAME_FORMS: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', billy: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
  mike: 'michael', jim: 'james', jimmy: 'james', tom: 'thomas', tommy: 'thomas', dan: 'daniel', danny: 'daniel',
  dick: 'richard', rick: 'richard', rich: 'richard', chris: 'christopher', dave: 'david', steve: 'steven', stephen: 'steven',
  tony: 'anthony', ted: 'edward', ed: 'edward', ken: 'kenneth', larry: 'lawrence', jeff: 'jeffrey', geoff: 'jeffrey',
  matt: 'matthew', pat: 'patrick', nick: 'nicholas', andy: 'andrew', drew: 'andrew', ben: 'benjamin', sam: 'samuel',
  alex: 'alexander', greg: 'gregory', jerry: 'gerald', chuck: 'charles', charlie: 'charles', hank: 'henry', harry: 'harold',
  liz: 'elizabeth', beth: 'elizabeth', betsy: 'elizabeth', kate: 'katherine', kathy: 'katherine', cathy: 'catherine',
  sue: 'susan', deb: 'deborah', debbie: 'deborah', jen: 'jennifer', jenny: 'jennifer', peggy: 'margaret', maggie: 'margaret',
  mitch: 'mitchell', newt: 'newton', rudy: 'rudolph', bernie: 'bernard', jon: 'jonathan', josh: 'joshua', tim: 'timothy',
  doug: 'douglas', don: 'donald', ron: 'ronald', phil: 'philip', fred: 'frederick', al: 'albert', walt: 'walter',
};

/** Titles and honorifics that may stand before a name ("Sen. Sanders", "Mr. Comey"): not part of it. */
export const NAME_TITLES = listed('NAME_TITLES', `mr|mrs|ms|miss|dr|prof|pres|sen|senator|rep|representative|gov|governor|president|vice|gen|general|
secretary|sec|mayor|judge|justice|speaker|leader|chairman|chairwoman|former|candidate|nominee|rev|reverend|sir|dame|lord|lady|
attorney|adm|admiral|col|colonel|lt|capt|captain|sgt|sheriff|congressman|congresswoman|ambassador|minister|prime|chancellor|
pope|king|queen|prince|princess|first|then|the|presidential|democratic|republican|gop|hon|commissioner|director|chief`);

/** Suffixes after a name ("Joseph R. Biden Jr.", "Ann Roe, Esq."): not its surname. */
export const NAME_SUFFIXES = listed('NAME_SUFFIXES', `jr|sr|ii|iii|iv|esq|phd|md`);

/**
 * The generational ones among them: part of who a person is ("Donald Trump Jr." is not "Donald
 * Trump"); academic and professional ones (phd, md, esq) are not.
 */
export const GENERATIONAL_SUFFIXES = listed('GENERATIONAL_SUFFIXES', `jr|sr|ii|iii|iv`);

/** Name particles written lower case inside a name ("Bill de Blasio", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = listed('NAME_PARTICLES', `de|da|di|del|della|der|den|van|von|la|le|du|dos|das|al|el|bin|ibn|ben|st|y`);

/** Lower-case words that may sit in an organisation's name ("Department of State", "Clinton campaign"). */
export const ORG_NAME_WORDS = listed('ORG_NAME_WORDS', `of|for|and|the|on|in|de|campaign|department|office|committee|news|party|&`);

/** Other names of organisations (folded, no "the"; dotted acronyms already joined): key -> its canonical short form. */
export const ORG_ALIASES: Record<string, string> = {
  'federal bureau of investigation': 'fbi', 'central intelligence agency': 'cia', 'national security agency': 'nsa',
  'democratic national committee': 'dnc', 'republican national committee': 'rnc', 'department of justice': 'justice department',
  doj: 'justice department', 'department of state': 'state department', 'u s state department': 'state department',
  'united nations': 'un', 'european union': 'eu', 'associated press': 'ap', 'new york times': 'times', 'the times': 'times',
  'department of homeland security': 'homeland security department', dhs: 'homeland security department',
  'congressional budget office': 'cbo', 'internal revenue service': 'irs', 'environmental protection agency': 'epa',
};

/** A generic head an article uses for an organisation it has named ("the bureau" = the FBI): head -> keys it may stand for. */
export const ORG_GENERIC_HEADS: Record<string, string[]> = {
  bureau: ['fbi', 'census bureau'], agency: ['cia', 'nsa', 'epa'], department: ['state department', 'justice department', 'homeland security department'],
  committee: ['dnc', 'rnc'], campaign: [], foundation: ['clinton foundation'],
};

/**
 * Sides that speak for one party in "where does X stand": each list is one side (folded, no "the").
 * A party asked about matches a position stated by any name of its side.
 */
export const SIDES: string[][] = [
  ['russia', 'moscow', 'kremlin', 'russian government', 'russian foreign ministry', 'russian federation'],
  ['ukraine', 'kyiv', 'kiev', 'ukrainian government'],
  ['united states', 'us', 'u s', 'usa', 'america', 'washington', 'white house', 'us government', 'u s government', 'obama administration'],
  ['china', 'beijing', 'chinese government'],
  ['united kingdom', 'uk', 'britain', 'great britain', 'london', 'downing street', 'british government'],
  ['france', 'paris', 'elysee', 'french government'],
  ['germany', 'berlin', 'german government'],
  ['israel', 'jerusalem', 'israeli government'],
  ['iran', 'tehran', 'iranian government'],
  ['european union', 'eu', 'brussels', 'european commission'],
  ['clinton campaign', 'hillary for america', 'clinton camp'],
  ['trump campaign', 'trump camp', 'trump organization'],
];

/** Words naming a report rather than what it says: not topic words for "did anyone deny the FT report". */
export const REPORT_WORDS = set(`report|reports|reported|reporting|story|stories|article|articles|claim|claims|piece`);

// --- News-ness of a sentence (src/briefing/build/newsness.ts): cards only ---

/**
 * Decisive events, by lemma: the forms a finite past or present-perfect sentence reports them in
 * ("won", "has won", "dropped out"). A form may hold "*" for one optional word ("scored a * victory").
 * One line per lemma: `lemma: form|form|…`.
 */
export const DECISIVE_EVENT_TABLE = `
win: won|wins|has won|have won|scored a * victory|scored a victory|claimed victory|was declared the winner|were declared the winners|swept|carried|captured|clinched a * victory|cruised to victory|cruised to a * victory|notched a * victory|picked up a * win|edged|trounced|routed|upset|beat|defeated
lose: lost|has lost|conceded|fell to
withdraw: dropped out|drops out|has dropped out|suspended his campaign|suspended her campaign|suspends his campaign|suspends her campaign|ended his campaign|ended her campaign|ended his presidential campaign|ended her presidential campaign|ended his bid|ended her bid|quit the race|exited the race|withdrew|pulled out of the race
endorse: endorsed|endorses|has endorsed|threw his support behind|threw her support behind|gave his endorsement|gave her endorsement|formally endorsed
clinch: clinched|clinches|has clinched|secured the nomination|secured enough delegates|became the presumptive nominee|locked up the nomination|wrapped up the nomination
nominate: was nominated|were nominated|was formally nominated|accepted the nomination|accepted the * nomination|accepted the * * nomination|formally accepted
announce: announced|announces|has announced|unveiled|launched his campaign|launched her campaign|launched his bid|launched her bid
charge: was charged|were charged|charged|indicted|was indicted|were indicted
sentence: was sentenced|were sentenced|sentenced
testify: testified|testifies|has testified
resign: resigned|resigns|has resigned|stepped down|steps down|will step down
sign: signed|signs|has signed
rule: ruled|rules that|has ruled
vote: voted|votes to|has voted
elect: was elected|were elected|elected
close: closed the case|closed the investigation|closed its investigation|ended the investigation|ended its investigation
recommend: recommended|recommends|has recommended
clear: was cleared|cleared
release: released|has released
grant: granted|was granted|were granted
reject: rejected|has rejected|vetoed
approve: approved|has approved
arrest: arrested|was arrested|were arrested
appoint: appointed|named
debate: debated|clashed|faced off|squared off|sparred
skip: skipped|boycotted|sat out|pulled out of
host: hosted|held a debate|held its debate|moderated
convict: was convicted|were convicted|convicted|was found guilty|were found guilty
acquit: was acquitted|were acquitted|acquitted|was found not guilty|were found not guilty
plead: pleaded guilty|pleaded not guilty|pled guilty|pleads guilty|pleaded no contest
impeach: was impeached|impeached
die: died|has died|was killed|were killed
fire: was fired|were fired|was ousted|were ousted|fired his|fired her|fired its|fired the
acquire: acquired|agreed to buy|agreed to acquire|completed its acquisition|completed the acquisition|agreed to merge
sue: sued|has sued|have sued|filed a lawsuit|filed a * lawsuit|filed a * * lawsuit|has filed a lawsuit|have filed a lawsuit|has filed a * lawsuit|have filed a * lawsuit|has filed a * * lawsuit|have filed a * * lawsuit|filed suit|filed a suit
settle: settled the lawsuit|settled the case|agreed to settle
pass: passed the bill|passed a bill|passed legislation|passed the measure|passed a measure|passed the resolution
block: blocked|struck down|overturned|upheld
agree: reached a deal|reached an agreement|struck a deal|reached a settlement|agreed to a deal|signed a deal
confirm: was confirmed|were confirmed
invade: invaded
`;

/**
 * Connectives that open a sentence, before a comma, tying it to the one before by contrast, addition
 * only ("Instead, Sanders arrived …", "Meanwhile, Ann Roe voted …"): without them the rest still
 * says the same thing, so a card may show the rest when it stands alone (lower-case). Not an
 * ordinal ("First, …", "Finally, …"): that is one step of a list the reader has not seen.
 */
export const DETACHABLE_CONNECTIVES = listed('DETACHABLE_CONNECTIVES', `however|meanwhile|instead|still|yet|indeed|moreover|additionally|furthermore|
nevertheless|nonetheless|in fact|even so|that said|separately|in addition|also|at the same time|on the other hand|by contrast|
likewise|similarly|in the meantime`);

/**
 * A decisive event told through a verb of deciding or acting ("Attorney General Ann Roe took the
 * unusual step Friday of announcing …", "Becker made the decision to drop out", "the board moved to
 * close the case", "stood by his plan to boycott the debate", "made good on her threat to sue"): `DECISIVE_PERIPHRASES` are the words before the event's verb ("*" one optional
 * word), `DECISIVE_BASE_TABLE` that verb's base and -ing forms by lemma of DECISIVE_EVENT_TABLE
 * (`lemma: form|form`). What follows a periphrasis is the event, done by the one named before it.
 */
export const DECISIVE_PERIPHRASES = listed('DECISIVE_PERIPHRASES', `took the * * * step * * of|made the * decision to|decided to|moved to|chose to|opted to|agreed to|
stood by * plan to|stood by * decision to|went ahead with * plan to|followed through on * threat to|made good on * threat to`);
export const DECISIVE_BASE_TABLE = `
announce: announce|announcing
withdraw: drop out|dropping out|suspend his campaign|suspending his campaign|suspend her campaign|suspending her campaign|end his campaign|ending his campaign|end her campaign|ending her campaign|quit the race|quitting the race|exit the race|exiting the race|withdraw from the race|withdrawing from the race
endorse: endorse|endorsing
close: close the case|closing the case|close the investigation|closing the investigation|close its investigation|closing its investigation|end the investigation|ending the investigation
recommend: recommend|recommending
charge: charge|charging|indict|indicting
resign: resign|resigning|step down|stepping down
release: release|releasing
grant: grant|granting
reject: reject|rejecting|veto|vetoing
approve: approve|approving
sue: sue|suing|file a lawsuit|filing a lawsuit|file suit|filing suit
sign: sign|signing
fire: fire|firing|oust|ousting
acquire: acquire|acquiring|buy|buying
settle: settle the lawsuit|settling the lawsuit|settle the case|settling the case
block: block|blocking|strike down|striking down
skip: skip|skipping|boycott|boycotting|sit out|sitting out
appoint: appoint|appointing
`;

/**
 * Openings of a sentence that is no report of an event: a conditional, a feature's scene-setting,
 * a habit or a long-held view, an interview or an appearance, a preview (lower-case; matched at the
 * start of the sentence, after any dateline).
 */
export const NON_EVENT_OPENERS = listed('NON_EVENT_OPENERS', `if|unless|whether|ever since|the last time|the first time|for years|for months|for decades|
as long as|when it comes to|like many|like most|long before|back in|in the days|in the weeks|in the months|in the years|
it's not|it is not|it was not|there is|there are|there was|there were|what|why|how|imagine|consider|
during an interview|during a * interview|in an interview|in a * interview|in an op-ed|speaking to|speaking with|speaking on|appearing on|
heading into|ahead of|on the eve of|days before|hours before|weeks before|with days to go|as voters|as polls`);

/**
 * Forms that make a sentence a habit, a view, an appearance or a preview, wherever they stand
 * ("has said the same thing", "has long argued", "interviewed", "sat down with", "is expected to"),
 * a poll's standings ("Among conservative respondents, Trump won out with 22 percent", "in hypothetical
 * match-ups", "dropped out of the top three"), or a view rejected ("rejected the notion that …").
 */
export const NON_EVENT_FORMS = listed('NON_EVENT_FORMS', `has said|have said|has long|have long|has repeatedly|has been saying|has argued|has often|
has always|has never|has made a point|often says|always says|likes to say|tends to|used to|would often|is against|are against|
interviewed|sat down with|sits down with|appeared on|appears on|told * host|in an interview|an interview with|
is expected to|are expected to|is likely to|are likely to|is poised to|could win|could lose|would win|would lose|might win|
hopes to|hoping to|is trying to|are trying to|is looking to|looked to|looks to|polls show|poll shows|a poll|the poll|latest poll|survey of|
days since|weeks since|months since|years since|anniversary of|for example|for instance|
respondents|match-up|match-ups|matchup|matchups|voters polled|adults polled|polled|surveyed|new poll|rolling poll|power rankings|out of the top|
a survey|the survey|random survey|online poll|online survey|
rejected the notion|rejected the idea|rejected the suggestion|rejects the notion|rejects the idea|dismissed the notion|dismissed the idea|dismissed the suggestion`);

/**
 * Words that make the clause they open a time of reference, not the sentence's news: an event told
 * right after them ("before Justice Ortiz retired", "since the mayor resigned", "two weeks after
 * Becker's death", "until Lee conceded") dates what the rest of the sentence tells, it is not
 * what the sentence reports. Plain "after" is not one ("After Becker's exit, …" still reports the exit).
 * Matched just before the subject (past its titles) or the possessive name of a decisive noun.
 */
export const TIME_REFERENCE_OPENERS = listed('TIME_REFERENCE_OPENERS', `before|until|till|since|prior to|
day after|days after|week after|weeks after|month after|months after|year after|years after|hour after|hours after`);

/**
 * A verb of a decisive form followed by one of these particles is another verb ("carried out an
 * attack" is no state carried, "captured on video" no victory, "critics charged that …" an
 * accusation, no charge brought, "signed up to serve as a delegate" no bill or deal signed): no
 * decisive event.
 */
export const NOT_EVENT_PARTICLES = listed('NOT_EVENT_PARTICLES', `carried out|carried on|captured on|swept up|swept away|swept through|charged that|charges that|
signed up|signs up|has signed up|have signed up`);

/** Capitalised words that are no name of a subject or object (sentence openers, days, titles, parties as adjectives). */
export const NOT_EVENT_NAMES = listed('NOT_EVENT_NAMES', `the|a|an|on|in|at|late|early|last|this|that|after|before|when|while|with|by|for|and|but|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|
november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|sen|rep|gov|mr|mrs|ms|dr|former|secretary|senator|governor|
president|vice|state|democratic|republican|democrat|republicans|democrats|presidential|gop|party|national|committee|
front-runner|frontrunner|candidate|nominee|he|she|it|they|we|i|his|her|its|their`);

/** Kinds of decisive event (lemmas of DECISIVE_EVENT_TABLE) that turn a story: one of them among dozens of results is a turning point. */
export const TURNING_POINT_KINDS = listed('TURNING_POINT_KINDS', `withdraw|endorse|clinch|nominate|resign|charge|sentence|testify|rule|close|recommend|elect|clear|grant|skip|
convict|acquit|plead|impeach|die|fire|acquire|settle|pass|agree|confirm|invade`);

/**
 * A turning point told as what another event caused: "Trump's victory in Indiana … sealed the
 * nomination, leading Texas Sen. Ted Cruz to drop out of the race". `CONSEQUENCE_CAUSES` are the
 * words that open such a clause (a name follows, then "to"); `CONSEQUENCE_TABLE` the base forms
 * after "to", by lemma of TURNING_POINT_KINDS (`lemma: form|form`).
 */
export const CONSEQUENCE_CAUSES = listed('CONSEQUENCE_CAUSES', `leading|forcing|prompting|causing|pushing|driving|led|forced|prompted|caused|pushed|drove`);
export const CONSEQUENCE_TABLE = `
withdraw: drop out|quit the race|exit the race|leave the race|end his campaign|end her campaign|end his bid|end her bid|suspend his campaign|suspend her campaign|withdraw|pull out of the race|bow out
resign: resign|step down
endorse: endorse|throw his support behind|throw her support behind
clinch: clinch the nomination|become the presumptive nominee|become the presumptive * nominee
`;

/**
 * A decisive event told in the passive, "<someone> was <form> … by <name>" ("Mr. Trump was defeated
 * in the Iowa caucuses by Senator Ted Cruz"): the name after "by" did it, `lemma: form|form`.
 */
export const DECISIVE_PASSIVE_TABLE = `
win: defeated|beaten|trounced|routed|upset|edged out|outpolled
endorse: endorsed
`;

/**
 * Words of a person's office or calling that a place's name can describe ("Vermont Sen. Bernie
 * Sanders", "the Texas senator", "the New York billionaire"): the place is who the person is, not
 * where an event happened (lower-case; abbreviations without their period).
 */
export const EPITHET_ROLES = listed('EPITHET_ROLES', `sen|senator|gov|governor|rep|representative|congressman|congresswoman|
lawmaker|mayor|attorney general|secretary|businessman|businesswoman|billionaire|native`);

/**
 * Other names of places, as news writes them ("the Granite State", "N.H."): `Name as written: the
 * place's name`. A sentence's events and the places they name are read with the place's own name, so
 * "Trump won by a compelling margin in the Granite State" and "Trump's New Hampshire win" are one
 * event, and the one looks back to the other.
 */
export const PLACE_ALIASES: Record<string, string> = {
  'Granite State': 'New Hampshire', 'Hawkeye State': 'Iowa', 'Palmetto State': 'South Carolina', 'Silver State': 'Nevada',
  'Sunshine State': 'Florida', 'Buckeye State': 'Ohio', 'Badger State': 'Wisconsin', 'Hoosier State': 'Indiana',
  'Empire State': 'New York', 'Keystone State': 'Pennsylvania', 'Lone Star State': 'Texas', 'Golden State': 'California',
  'Wolverine State': 'Michigan', 'Old Dominion': 'Virginia', 'Bay State': 'Massachusetts', 'Garden State': 'New Jersey',
  'Tar Heel State': 'North Carolina', 'Peach State': 'Georgia', 'Prairie State': 'Illinois', 'Show Me State': 'Missouri',
  'Beehive State': 'Utah', 'Grand Canyon State': 'Arizona', 'Centennial State': 'Colorado', 'Bluegrass State': 'Kentucky',
  'Volunteer State': 'Tennessee', 'Evergreen State': 'Washington', 'Green Mountain State': 'Vermont', 'Ocean State': 'Rhode Island',
  'N.H.': 'New Hampshire', 'S.C.': 'South Carolina', 'N.C.': 'North Carolina', 'N.Y.': 'New York', 'N.J.': 'New Jersey',
  'Fla.': 'Florida', 'Nev.': 'Nevada', 'Mich.': 'Michigan', 'Wis.': 'Wisconsin', 'Ind.': 'Indiana', 'Pa.': 'Pennsylvania',
  'Calif.': 'California', 'Tex.': 'Texas', 'Va.': 'Virginia', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Mass.': 'Massachusetts',
  'Ariz.': 'Arizona', 'Colo.': 'Colorado', 'Ky.': 'Kentucky', 'Tenn.': 'Tennessee', 'Minn.': 'Minnesota', 'Okla.': 'Oklahoma',
  'Conn.': 'Connecticut', 'Md.': 'Maryland', 'Mo.': 'Missouri', 'Ala.': 'Alabama', 'La.': 'Louisiana', 'Miss.': 'Mississippi',
  'Ark.': 'Arkansas', 'Neb.': 'Nebraska', 'Kan.': 'Kansas', 'Ore.': 'Oregon', 'Wash.': 'Washington', 'Vt.': 'Vermont',
  'W.Va.': 'West Virginia', 'R.I.': 'Rhode Island', 'Del.': 'Delaware', 'N.M.': 'New Mexico', 'N.D.': 'North Dakota', 'S.D.': 'South Dakota',
};

/**
 * Occasions a story's news is that they were held, told by their day ("Tuesday's Republican debate",
 * "the debate from Detroit on Thursday night", "the third Democratic debate Saturday"): the
 * occasion held that day is a decisive event of its own (lower-case, singular; a plural "s" is read too).
 */
export const HELD_OCCASIONS = listed('HELD_OCCASIONS', `debate|summit|hearing|town hall|forum`);

/**
 * What a sentence says of an event it names by a noun when the event has not happened ("Ryan's
 * endorsement of Trump, many think, is only a matter of time", "her victory in Ohio is far from
 * certain"): no report of it (lower-case; read right after the noun's phrase and an aside between commas).
 * Not a modal alone: "Clinton's victory in Ohio could help her" tells of a victory won.
 */
export const UNREALIZED_PREDICATES = listed('UNREALIZED_PREDICATES', `is only a matter of time|is a matter of time|is just a matter of time|
seems only a matter of time|is expected|is widely expected|is likely|is unlikely|is all but certain|is far from certain|is not certain|
is uncertain|is in doubt|is not guaranteed|is far from guaranteed|is inevitable|seems inevitable|remains to be seen|remains unlikely|
is still possible|is possible|is coming|is imminent`);

/** Nouns of a decisive event after a possessive name ("Clinton's victory in New York", "O'Malley's exit"): `lemma: noun|noun`. */
export const DECISIVE_NOUN_TABLE = `
win: victory|win|triumph|upset|sweep
withdraw: withdrawal|exit|departure from the race
endorse: endorsement of
clinch: clinching of the nomination
`;

/**
 * Words a later sentence refers back to an event of a kind with, in passing and in any tense ("Iowa
 * winner Ted Cruz", "after his narrow win in Iowa", "Bush, who dropped out on Saturday", "Mr.
 * Bush's exit"), beyond the forms and nouns above: `lemma: word|word`. How often a story's coverage
 * looks back to an event is how much it mattered (developments.ts, echoes).
 */
export const EVENT_ECHO_TABLE = `
win: win|wins|won|winner|winning|victory|victories|triumph|eked out|sweep|swept
withdraw: dropped out|dropping out|drop out|exit|exited|withdrew|withdrawal|suspended|quit the race|left the race|ended his campaign|ended her campaign
endorse: endorsed|endorsement|endorsing
clinch: clinched|clinching|presumptive nominee|presumptive * nominee
nominate: nominated|nomination acceptance|acceptance speech|accepted the nomination
resign: resigned|resignation|stepped down|stepping down
sentence: sentenced|sentencing|prison sentence
testify: testified|testimony
charge: charged|indicted|indictment
grant: granted
recommend: recommended|recommendation
close: closed the case|closed the investigation|closed its investigation
skip: skipped|boycotted|boycott|sat out
convict: convicted|conviction
acquit: acquitted|acquittal
plead: guilty plea|pleaded guilty|pleading guilty
impeach: impeached|impeachment
fire: fired|firing|ouster|ousted
`;
