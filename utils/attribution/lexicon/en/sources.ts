/**
 * General lexicons that decide the category of a source phrase. Keys are lower case. Singular and
 * plural are listed side by side so lookups stay single Set hits.
 */
import { set } from '../words';

/** Spokespeople speak on the record for an institution, named or not: always official. */
export const SPOKES_HEADS = set(`
  spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons
  mouthpiece secretary-general
`);

/** Heads of unnamed people and vague groups: anonymous unless a name is attached. */
export const ANONYMOUS_HEADS = set(`
  source sources official officials analyst analysts economist economists dealer dealers trader traders
  banker bankers diplomat diplomats aide aides insider insiders critic critics expert experts resident residents
  observer observers people person persons member members lawmaker lawmakers legislator legislators staff
  staffer staffers operator operators producer producers farmer farmers investor investors executive executives
  manager managers employee employees worker workers witness witnesses activist activists supporter supporters
  opponent opponents officer officers specialist specialists strategist strategists participant participants
  delegate delegates negotiator negotiators someone somebody others buyer buyers seller sellers broker brokers
  exporter exporters importer importers industrialist industrialists businessman businessmen businesspeople
  consultant consultants adviser advisers advisor advisors planner planners scientist scientists researcher researchers
  doctor doctors lawyer lawyers attorney attorneys voter voters citizen citizens user users customer customers
  fan fans friend friends relative relatives neighbor neighbors neighbour neighbours student students teacher teachers
  villager villagers inhabitant inhabitants rebel rebels militant militants fighter fighters commander commanders
  survivor survivors victim victims parent parents republicans democrats conservatives liberals
  economists insiders pundits pundit commentator commentators agent agents investigator investigators
  firefighter firefighters physician physicians nurse nurses protester protesters demonstrators demonstrator
  allies ally organisers organizers organiser organizer campaigners campaigner advocates advocate
  distributor distributors shipper shippers miner miners defenders defender backers backer proponents proponent
  skeptics sceptics skeptic sceptic detractors rivals rival man woman men women guy guys mother father wife husband
  son daughter brother sister host narrator announcer questioner caller callers listener listeners viewer viewers
  reader readers passenger passengers driver drivers owner owners neighbours locals local veterans veteran
  percent respondents majority minority plurality elders elder scholars clerics cleric monks
`);

/** Quantifiers that refer back to a group: "one of the sources", "one said", "another dealer". */
export const QUANTIFIERS = set(`
  one two three four five six seven eight nine ten several some many most few all both each another other others
  none either neither any dozens hundreds thousands chorus number majority minority handful lot lots host couple
  dozen score plenty half third quarter bunch slew string percent
`);

/** Official roles: with a name, or alone with "the" ("the minister said"), they speak for an office. */
export const OFFICIAL_TITLES = set(`
  minister ministers president presidents vice-president secretary chairman chairwoman chair chairperson director
  director-general governor governors senator senators sen congressman congresswoman congressmen rep representative
  mayor ambassador commissioner commissioners gov general gen admiral adm colonel col lieutenant lt major maj captain capt
  sergeant sgt chief head leader leaders premier chancellor king queen prince princess emperor sheikh emir deputy
  undersecretary under-secretary official treasurer ceo cfo coo cto judge justice prosecutor prosecutors sheriff
  superintendent candidate nominee councillor councilor councilman councilwoman mp mps legislator lawmaker
  pm vp envoy consul attorney-general counsel registrar ombudsman inspector auditor comptroller controller
  aide adviser advisor banker executive manager president-elect founder owner partner board member trustee
  chief-executive pope bishop cardinal archbishop rabbi imam ayatollah spokesman spokeswoman
  commander commandant marshal police-chief speaker whip deputies delegate negotiator democrat republican
`);

/** Roles of people who speak for themselves: with a name they are `named`. */
export const EXPERT_TITLES = set(`
  analyst analysts economist economists professor prof researcher researchers strategist strategists expert experts
  scientist scientists historian historians author authors writer writers columnist commentator consultant
  fellow scholar scholars academic lecturer dealer dealers trader traders broker brokers witness witnesses
  resident residents voter voters student teacher doctor dr lawyer attorney activist economist-in-chief
  physician psychologist sociologist political pollster pundit blogger journalist reporter editor correspondent
  actor actress singer comedian novelist poet artist director-of-research research associate
  filmmaker host anchor anchorman anchorwoman broadcaster podcaster rapper musician composer playwright screenwriter
  entertainer celebrity designer chef athlete coach photographer essayist biographer cartoonist demographer
`);

/** Institutions that speak as such: "the ministry said", "the company said". */
export const INSTITUTION_HEADS = set(`
  ministry ministries government governments administration department departments agency agencies company companies
  firm firms bank banks corporation corporations group groups committee committees commission board council court courts
  police army military navy embassy embassies campaign campaigns party parties union unions exchange exchanges
  authorities authority cabinet parliament congress senate house assembly office bureau service regulator
  regulators prosecutors prosecution tribunal institute association federation organisation organization
  organizations organisations utility airline airlines bourse presidency kremlin pentagon secretariat
  junta coalition alliance command ministery directorate inc corp co ltd plc ag sa nv gmbh llc lp spa
  foundation university school hospital charity club team league network operator producer carrier manufacturer maker
  insurer lender bank-of state states country countries city county province region treasury fund reserve
  fed opec nato imf gatt
`);

/** Words that end or sit inside organisation names: "Credit Commercial de France" is not, "Bear Stearns Inc" is. */
export const ORG_NAME_WORDS = set(`
  inc corp co ltd plc ag sa nv gmbh llc lp spa bank banks group association federation ministry department agency
  commission committee council board court office bureau service authority exchange fund reserve institute
  university college party union corporation company companies industries holdings partners securities capital
  motors airlines airways systems technologies international trust foundation administration government army
  navy police force forces guard command parliament congress senate assembly house cabinet kremlin pentagon
  organisation organization coalition alliance league club network times post journal news agency television radio
  press herald tribune finance media health energy foods pharmaceuticals pharma labs studios entertainment communications
  networks solutions services stores markets restaurants brands resources petroleum oil gas mining steel chemicals
  electric power telecom bancorp financial insurance realty properties logistics
`);

/** Heads of documents and data: "a report said", "the survey found", "statistics indicate". */
export const DOCUMENT_HEADS = set(`
  report reports study studies survey surveys poll polls statement statements communique communiques letter letters
  filing filings document documents data figures statistics records record email emails e-mail memo memos database
  census newspaper newspapers paper daily weekly magazine journal newsletter broadcaster broadcasters website
  blog analysis review audit book article articles editorial bulletin release minutes transcript transcripts
  index forecast projections estimate estimates research findings notice notices cable cables indictment
  complaint lawsuit suit affidavit testimony filings chart charts tables table dossier leaflet brochure
  media press television tv radio wire ruling rulings decision verdict judgment opinion brief motion petition
  memorandum ad ads advertisement commercial clip video footage slide presentation site webpage tweet tweets
  message messages post posts campaign-ad outlet outlets
`);

/** News outlets and wire services: when they report, the source is a medium (`document`). */
export const NEWS_OUTLETS = set(`
  reuters ap afp bloomberg xinhua tass interfax kyodo jiji yonhap bernama antara irna isna fars mti anadolu
  dpa ansa efe itar-tass ria novosti sana mena wafa pti cna bbc cnn nbc cbs abc msnbc npr pbs fox politico axios
  breitbart guardian telegraph independent economist observer spiegel pravda izvestia asahi nikkei mainichi
  yomiuri haaretz al-jazeera aljazeera jazeera arabiya handelsblatt figaro monde times post journal herald tribune
  gazette chronicle globe examiner inquirer mirror sun mail express standard hill vox slate salon newsweek
  forbes fortune wsj nyt ft dailymail huffpost buzzfeed tmz variety billboard pa upi
`);

/** What makes an agency a news agency: "the official news agency said". */
export const NEWS_AGENCY_WORDS = set('news press');

/** What a news organisation's name may end in after "News" or "Press": "Christian News Service". */
export const NEWS_SERVICES = set('service agency wire network');

/** Pronouns that can stand for a source, resolved through the article's memory of entities. */
export const PERSON_PRONOUNS = set('he she');
export const PLURAL_PRONOUNS = set('they');
export const THING_PRONOUNS = set('it');

/** Kin through whom a person is identified: "his ex-wife", "Keith Lamont Scott's wife", "my father". */
export const KIN_HEADS = set(`
  wife husband ex-wife ex-husband widow widower mother father mom dad parent stepmother stepfather son daughter
  stepson stepdaughter brother sister grandmother grandfather grandson granddaughter aunt uncle cousin nephew niece
  fiancee fiance girlfriend boyfriend
`);
