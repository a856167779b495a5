/** English reporting verbs and the words around them: the cues the rules look for. */

export const SPEECH: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  describe: ['describe', 'describes', 'described', 'describing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'],
  state: ['state', 'states', 'stated', 'stating'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  report: ['report', 'reports', 'reported', 'reporting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosing'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  indicate: ['indicate', 'indicates', 'indicated', 'indicating'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  project: ['projected'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  reaffirm: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['responded', 'responds'],
  remark: ['remarked'],
  write: ['write', 'writes', 'wrote', 'writing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  agree: ['agreed', 'agrees'],
  ask: ['asked', 'asks'],
  quip: ['quipped', 'quips'],
  recall: ['recalled', 'recalls'],
  boast: ['boasted', 'boasts'],
  accuse: ['accused', 'accuses', 'accusing'],
  counter: ['countered', 'counters'],
  reckon: ['reckon', 'reckons', 'reckoned'],
  downplay: ['downplayed', 'downplays', 'downplaying'],
  express: ['expressed', 'expresses', 'voiced', 'voices'],
  concur: ['concurred', 'concurs'],
};

export const BELIEF: Record<string, string[]> = {
  believe: ['believe', 'believes', 'believed'],
  fear: ['fear', 'fears', 'feared'],
  expect: ['expect', 'expects', 'expected'],
  think: ['think', 'thinks', 'thought'],
  see: ['see', 'sees', 'saw'],
  put: ['put', 'puts'],
  doubt: ['doubt', 'doubts', 'doubted'],
  worry: ['worry', 'worries', 'worried'],
  feel: ['feel', 'feels', 'felt'],
};

export const FINDING: Record<string, string[]> = {
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  find: ['find', 'finds', 'found'],
  conclude: ['conclude', 'concludes', 'concluded'],
};

// Only these read naturally after their source ("..., said the minister").
export const INVERTIBLE = new Set(['say', 'add', 'tell', 'note', 'write', 'report', 'ask', 'reply', 'explain', 'quip', 'insist', 'warn', 'argue', 'claim', 'state', 'counter', 'recall', 'remark']);

/** What "expressed"/"voiced" must be followed by to report a stance: "expressed concern". */
export const EXPRESSED_STANCES = new Set(['concern', 'concerns', 'disappointment', 'doubt', 'doubts', 'hope', 'optimism', 'pessimism', 'confidence', 'surprise', 'regret', 'support', 'opposition', 'satisfaction', 'frustration', 'skepticism', 'scepticism', 'fears', 'fear', 'anger', 'reservations', 'alarm', 'dismay']);

/** Nouns that report speech when followed by "by"/"from" a source: "comments by the minister". */
export const SPEECH_NOUNS = new Set(['comments', 'comment', 'remarks', 'statement', 'statements', 'testimony', 'criticism', 'complaints', 'warning', 'warnings', 'assurances']);

/** Objects of "told" that name the audience, kept in the cue: "told Reuters", "told reporters". */
export const AUDIENCES = new Set(['reuters', 'reporters', 'journalists', 'parliament', 'lawmakers', 'congress', 'cnn', 'investors', 'analysts', 'delegates', 'supporters', 'me', 'us', 'him', 'her', 'them']);

/** Verbs that put out a statement: "issued a statement saying", "released a letter". */
export const ISSUING_VERBS = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'release', 'put', 'puts', 'posted', 'posts', 'sent', 'sends', 'published', 'publishes', 'circulated']);

export const STATEMENT_DETERMINERS = new Set(['a', 'an', 'its', 'their', 'his', 'her', 'the', 'another', 'joint']);

export const STATEMENT_NOUNS = new Set(['statement', 'statements', 'letter', 'memo', 'memorandum', 'communique', 'declaration', 'advisory', 'warning', 'denial', 'rebuttal', 'release']);

/** "is expected to", "is widely seen as": a passive assessment whose source the text leaves unnamed. */
export const ASSESSMENT_PARTICIPLES = new Set(['expected', 'believed', 'seen', 'viewed', 'thought', 'considered', 'regarded', 'predicted', 'projected', 'forecast', 'rumored', 'rumoured', 'reported', 'feared', 'tipped']);

/**
 * "was criticized for", "is accused of", "has been dubbed": a verdict passed on the subject by people the text
 * does not name. Not "called" ("the plan is called Medicare"), which names more often than it judges.
 */
export const VERDICT_PARTICIPLES = new Set(['accused', 'criticized', 'criticised', 'blamed', 'praised', 'credited', 'dubbed', 'labeled', 'labelled', 'branded', 'described', 'derided', 'ridiculed', 'condemned', 'hailed', 'faulted', 'lauded', 'touted', 'suspected', 'alleged']);

/**
 * Verbs of a stance taken against or for someone ("Warren grilled the chief executive", "Reid has been pounding Trump
 * as a con artist"): claims by the guide. What else a verb needs to be a stance: nothing but its target; a
 * complement ("for", "as", "over"), for verbs that also name acts ("attacked the town" is an act, "attacked Trump as
 * unfit" a stance); or a quotation, for verbs that also name things ("a formula called the chained CPI", "called
 * Sanders" on the phone, against "called the system “rigged”").
 */
export type StanceNeeds = 'target' | 'complement' | 'quotation';

export const STANCE_VERBS: ReadonlyMap<string, StanceNeeds> = new Map([
  ...forms('criticize criticizes criticized criticizing criticise criticises criticised criticising', 'target'),
  ...forms('condemn condemns condemned condemning denounce denounces denounced denouncing', 'target'),
  ...forms('slam slams slammed slamming blast blasts blasted blasting lambaste lambastes lambasted lambasting lambasts', 'target'),
  ...forms('chastise chastises chastised chastising rebuke rebukes rebuked rebuking berate berates berated berating', 'target'),
  ...forms('castigate castigates castigated castigating excoriate excoriates excoriated excoriating decry decries decried decrying', 'target'),
  ...forms('deride derides derided deriding ridicule ridicules ridiculed ridiculing mock mocks mocked mocking', 'target'),
  ...forms('praise praises praised praising laud lauds lauded lauding commend commends commended commending', 'target'),
  ...forms('blame blames blamed blaming fault faults faulted faulting', 'target'),
  ...forms('attack attacks attacked attacking grill grills grilled grilling pound pounds pounding', 'complement'),
  ...forms('call calls called calling brand brands branded branding dub dubs dubbed dubbing label labels labeled labelled labeling labelling', 'quotation'),
]);

/** After a naming verb, a particle makes it a directive or an act: "called for", "called on X to", "called off". */
export const NAMING_PARTICLES = new Set(['for', 'on', 'off', 'up', 'in', 'out', 'into', 'back', 'by']);

/** Words that end a naming verb's object before its quotation: "called Sanders after the primaries to say “...”" is a call. */
export const NAMING_OBJECT_ENDS = new Set(['to', 'after', 'before', 'when', 'while', 'and', 'that', 'because', 'about', 'with', 'from', 'at']);

/** What makes an act a stance: "attacked Trump as unfit", "hit Clinton for", "grilled him over". */
export const STANCE_COMPLEMENTS = new Set(['as', 'for', 'over']);

function forms(list: string, needs: StanceNeeds): [string, StanceNeeds][] {
  return list.split(/\s+/).map((word) => [word, needs]);
}

/** Verbs of doubt a vague group voices beside the reporting verbs: "Many experts suspect ...", "Some Democrats question ...". */
export const GROUP_VERBS = new Set(['suspect', 'suspected', 'question', 'questioned', 'wonder', 'wondered']);

/** States of mind a group is said to be in: "Many Democrats are afraid that ...", "Republicans were not concerned about ...". */
export const GROUP_STATES = new Set(['afraid', 'concerned', 'worried', 'convinced', 'confident', 'skeptical', 'sceptical', 'optimistic', 'pessimistic', 'frustrated', 'alarmed', 'divided']);

/** What a verdict without its judges is called: "has faced sharp criticism for", "drew complaints that". */
export const CRITICISM_NOUNS = new Set(['criticism', 'backlash', 'condemnation', 'ridicule', 'derision', 'complaints', 'accusations', 'heat', 'flak']);

/** Verbs that take such a verdict; "heat" and "flak" are only taken ("took heat for"), criticism comes under. */
export const CRITICISM_TAKERS = new Set(['face', 'faces', 'faced', 'facing', 'draw', 'draws', 'drew', 'drawn', 'drawing', 'receive', 'receives', 'received', 'receiving', 'attract', 'attracts', 'attracted', 'attracting']);
export const CRITICISM_TAKEN = new Set(['take', 'takes', 'took', 'taken', 'taking']);
export const CRITICISM_COMING = new Set(['come', 'comes', 'came', 'coming']);

/** What a sentence may open by naming as its source: "In the latest Washington Post-ABC News poll, ...". */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Participles that forecast: "is expected to", "is projected to" assess only with a verb of change or state. */
export const FORECASTING = new Set(['expected', 'projected', 'predicted', 'forecast', 'tipped']);
/** What a forecast says will happen: "is expected to rise", "to remain", "to win". */
export const FORECAST_VERBS = new Set(['be', 'remain', 'stay', 'rise', 'fall', 'grow', 'increase', 'decrease', 'drop', 'decline', 'climb', 'gain', 'lose', 'win', 'fail', 'pass', 'face', 'reach', 'hit', 'top', 'exceed', 'continue', 'slow', 'improve', 'worsen', 'become', 'have', 'cost', 'total', 'surge', 'slip', 'slide', 'recover', 'rebound', 'shrink', 'expand', 'double', 'triple', 'outpace', 'lag', 'struggle', 'succeed', 'prove', 'mean', 'lead', 'trigger', 'spark', 'hurt', 'help', 'boost', 'weigh', 'dominate', 'survive', 'collapse']);
