/**
 * Reporting verbs and their inflections. The class decides which sources a verb accepts:
 * - speech: communicates by itself ("said", "denied"), with any source;
 * - belief: an assessment that counts only when a source expressed it ("analysts believe", "dealers expect");
 * - finding: what a document shows ("a poll found", "studies show"), only with a document source.
 */
export type CueClass = 'speech' | 'belief' | 'finding';

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** Present participle ("saying", "adding"): its subject is the clause's, never next to it. */
  participle: boolean;
  /** May follow its source ("..., said Jane Doe"). */
  invertible: boolean;
}

const SPEECH: Record<string, string[]> = {
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

const BELIEF: Record<string, string[]> = {
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

const FINDING: Record<string, string[]> = {
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  find: ['find', 'finds', 'found'],
  conclude: ['conclude', 'concludes', 'concluded'],
};

// Only these read naturally after their source ("..., said the minister").
const INVERTIBLE = new Set(['say', 'add', 'tell', 'note', 'write', 'report', 'ask', 'reply', 'explain', 'quip', 'insist', 'warn', 'argue', 'claim', 'state', 'counter', 'recall', 'remark']);

const CUES = new Map<string, CueVerb>();
for (const [cls, table] of [['speech', SPEECH], ['belief', BELIEF], ['finding', FINDING]] as const) {
  for (const [lemma, forms] of Object.entries(table)) {
    for (const form of forms) {
      if (!CUES.has(form)) CUES.set(form, { lemma, cls, participle: form.endsWith('ing'), invertible: INVERTIBLE.has(lemma) });
    }
  }
}

export function cueVerb(lower: string): CueVerb | undefined {
  return CUES.get(lower);
}

/** What "expressed"/"voiced" must be followed by to report a stance: "expressed concern". */
export const EXPRESSED_STANCES = new Set(['concern', 'concerns', 'disappointment', 'doubt', 'doubts', 'hope', 'optimism', 'pessimism', 'confidence', 'surprise', 'regret', 'support', 'opposition', 'satisfaction', 'frustration', 'skepticism', 'scepticism', 'fears', 'fear', 'anger', 'reservations', 'alarm', 'dismay']);

/** Nouns that report speech when followed by "by"/"from" a source: "comments by the minister". */
export const SPEECH_NOUNS = new Set(['comments', 'comment', 'remarks', 'statement', 'statements', 'testimony', 'criticism', 'complaints', 'warning', 'warnings', 'assurances']);

/** Objects of "told" that name the audience, kept in the cue: "told Reuters", "told reporters". */
export const AUDIENCES = new Set(['reuters', 'reporters', 'journalists', 'parliament', 'lawmakers', 'congress', 'cnn', 'investors', 'analysts', 'delegates', 'supporters', 'me', 'us', 'him', 'her', 'them']);
