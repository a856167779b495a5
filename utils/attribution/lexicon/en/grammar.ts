/** English grammar words the rules read: function words, auxiliaries, determiners, clause openers. */
import { set } from '../words';

// Read by cueFilters.
// "He's claiming", "it's saying": a contracted "is", not a possessive.
export const CONTRACTED_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what']);

// Base forms whose reporting use needs a plural subject or an auxiliary: "critics say", "did not deny".
export const BASE_FORMS = new Set(['say', 'tell', 'add', 'note', 'warn', 'deny', 'confirm', 'describe', 'suggest', 'insist', 'estimate', 'announce', 'argue', 'claim', 'acknowledge', 'testify', 'tweet', 'report', 'predict', 'explain', 'stress', 'assert', 'contend', 'disclose', 'reveal', 'indicate', 'forecast', 'reiterate', 'reaffirm', 'concede', 'admit', 'complain', 'caution', 'reply', 'write', 'allege', 'comment', 'cite', 'believe', 'fear', 'expect', 'think', 'see', 'put', 'doubt', 'worry', 'feel', 'show', 'find', 'conclude', 'reckon']);

// "will announce", "could assert": a statement not made yet is a plan or a possibility.
export const FUTURE_MODALS = new Set(['will', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', "'ll", 'going']);

// Words after which a participle continues its clause's subject: "after saying", "by saying".
export const PARTICIPLE_LEADS = new Set(['after', 'before', 'by', 'while', 'when', 'also', 'and', 'but']);

export const PLURAL_WITHOUT_S = new Set(['they', 'we', 'i', 'you', 'people', 'staff', 'police', 'personnel', 'media', 'public', 'clergy', 'military', 'leadership', 'majority', 'minority', 'percent', 'children', 'men', 'women', 'some', 'many', 'others', 'those', 'most', 'several', 'few', 'all', 'both']);

export const NOUN_VERB_S = new Set(['claims', 'reports', 'estimates', 'comments', 'forecasts', 'tweets', 'notes', 'remarks', 'warnings', 'states', 'worries', 'fears', 'doubts']);

export const AUXILIARIES_AFTER_NOUN = new Set(['have', 'has', 'had', 'are', 'were', 'is', 'was', 'will', 'would', 'could', 'can']);

export const PARTY_AND_NATION_ADJECTIVES = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'labour', 'progressive', 'socialist',
  'american', 'british', 'chinese', 'russian', 'french', 'german', 'israeli', 'iranian', 'iraqi', 'syrian', 'turkish', 'japanese', 'korean',
  'mexican', 'canadian', 'european', 'indian', 'pakistani', 'afghan', 'saudi', 'egyptian', 'ukrainian', 'italian', 'spanish', 'palestinian',
  'western', 'soviet', 'federal', 'official', 'government', 'media', 'press', 'news']);

export const ADVERBS = new Set(['first', 'also', 'later', 'earlier', 'now', 'still', 'widely', 'originally', 'initially', 'previously', 'again', 'already', 'since', 'not']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'isn\u2019t', 'aren\u2019t', 'wasn\u2019t', 'weren\u2019t']);

export const NOUN_FOLLOWERS = new Set(['said', 'says', 'say', 'show', 'shows', 'showed', 'found', 'indicate', 'indicated', 'suggest', 'suggested']);

/** Participles that follow a document as it is named: "a poll released Tuesday", "a study published in May". */
export const DOCUMENT_PARTICIPLES = set('released published conducted commissioned issued taken carried compiled obtained posted');

// Read by classifySource.
export const PREPOSITIONS = set('of for at with in from on to by between contacted familiar close based who');

/** Mid-level titles at a firm: the holder comments as an expert ("a vice president at Shearson"), not for the firm. */
export const FIRM_STAFF_TITLES = set('director manager vice partner dealer trader associate');

export const FIRM_WORDS = set('inc corp co ltd plc ag sa nv gmbh llc lp brothers securities capital partners futures bank investments associates research institute institution consulting consultancy economics analytics brokerage');

export const GROUP_WORDS = set('those some many others most several few all');

export const PLACE_OPENERS = set('north south east west northern southern eastern western new saudi united sri costa el hong puerto sierra burkina czech dominican');

export const ANONYMITY = set('anonymity anonymous unnamed unidentified');

// Read by sourcePhrase.
/** Words between a subject and its verb: "has also said", "earlier told", "on Thursday said". */
export const BETWEEN_SUBJECT_AND_VERB = set(`
  has have had also would will could can may might should did does do later earlier previously again further
  only recently today yesterday tonight repeatedly long publicly privately separately first already once then still
  often always frequently reportedly originally initially subsequently now last this week month year morning
  afternoon evening night monday tuesday wednesday thursday friday saturday sunday on is are was were been be
  just even never flatly specifically explicitly simply openly quickly immediately formally officially
  shall must allegedly widely generally
`);

export const DETERMINERS = set(`a an the this these those its their his her our my your some many most several few
  both all each another other one two three four five six seven eight nine ten`);

export const NP_LINKS = set('of for at with in from between and &');

/** Capitalised only because they start a sentence: never part of a name. */
export const FUNCTION_WORDS = set(`
  but and or when while as after before however meanwhile in on at if although though because since so yet also
  still then there this that these those it he she they we i you asked now here speaking earlier later today yesterday
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december
  separately but, nor instead indeed moreover furthermore besides what where why how who which according
  under over during by for from to into with without about against between among than
  is are was were has have had be been do does did will would can could may might must should
`);

/** Lower-case parts of names: "Rene de la Serre", "Regie Nationale des Usines Renault". */
export const NAME_PARTICLES = set('de des la le van von der den del da di du bin al el ibn ben dos das y');

export const PRONOUNS = set('he she it they i we you');

/** Post-modifiers that sit between a head noun and the verb: "people familiar with the matter said". */
export const POSTMODIFIER_STARTS = set('of over for to by familiar close with knowledge briefed involved contacted polled surveyed interviewed quoted based who in at from on outside inside near across around');

export const PARTICIPLE_ADJECTIVES = set(`retired unnamed unidentified informed leading concerned elected appointed ruling governing
  opposing visiting outgoing incoming acting striking participating banking trading polling advertising marketing
  neighboring neighbouring united allied affected interested experienced respected skilled disaffected undecided
  registered licensed veteran`);

export const INTRODUCERS = set('in at on during after before since following despite as with for when while');

export const GROUP_PRONOUNS = set('those some many others most several few all anyone someone');

export const DASHES = new Set(['-', '\u2013', '\u2014']);

export const STRONG_POSTMODIFIERS = set('familiar close knowledge briefed involved contacted polled surveyed interviewed quoted based who');

/** Starts of a clause set off by commas after a subject: "Kim, who is also minister, said". */
export const APPOSITION_STARTS = set('who which whose where a an the speaking himself herself itself also formerly now once');

// Nouns and names that end like adverbs.
export const LY_NOUNS = set('family families assembly supply rally ally reply monopoly anomaly italy july homily folly holly emily kelly sally billy polly');

// "did not deny", "has not said" still report what was (not) said; "would not say" is a refusal.
export const PAST_AUXILIARIES = set('did does do has have had');

export const PAST_NEGATIONS = set("didn't doesn't don't hasn't haven't hadn't");

// Agent nouns that are not people: "the order says", "the letter said".
export const THING_NOUNS_LIKE_AGENTS = set(`order orders number numbers water paper papers letter letters matter center centre border power
  quarter sector factor error floor door other another either neither rather together never ever however whether under after
  over corner chapter winter summer october november december september theater theatre computer mirror motor monitor
  counter register meter barrier layer trailer poster cover filter charter weather user manner character disaster
  trigger answer leader`);

// Read by ruleDetector.
export const NEGATIVE_SUBJECTS = new Set(['no', 'none', 'nobody', 'neither', 'nor', 'nothing']);

export const HAVE = new Set(['has', 'have', 'had']);

export const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);

// "see", "put", "feel" express an assessment only for people who assess: analysts, dealers, experts.
export const ASSESSMENT_ONLY = new Set(['see', 'put', 'feel']);

/** Determiners that say whose: "her daughter", "my father". */
export const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
