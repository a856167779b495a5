// Groups the human-marked cues of an evaluation set by their head word ("has said", "said Friday",
// "saying" -> say), so that the tail of rare cues shows as rows instead of one total. Rules and a
// small irregular table, no dictionary: a wrong lemma for a rare word only moves it between rows.

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', found: 'find', thought: 'think',
  knew: 'know', known: 'know', saw: 'see', seen: 'see', spoke: 'speak', spoken: 'speak', gave: 'give',
  given: 'give', took: 'take', taken: 'take', made: 'make', felt: 'feel', heard: 'hear', meant: 'mean',
  led: 'lead', held: 'hold', brought: 'bring', taught: 'teach', sought: 'seek', sent: 'send', left: 'leave',
  kept: 'keep', began: 'begin', begun: 'begin', came: 'come', became: 'become', went: 'go', gone: 'go',
  goes: 'go', got: 'get', gotten: 'get', did: 'do', done: 'do', does: 'do', has: 'have', had: 'have',
  is: 'be', was: 'be', were: 'be', been: 'be', are: 'be', am: 'be', ran: 'run', stood: 'stand',
  understood: 'understand', shown: 'show', drew: 'draw', drawn: 'draw', chose: 'choose', chosen: 'choose',
  swore: 'swear', sworn: 'swear', rose: 'rise', fell: 'fall', paid: 'pay', laid: 'lay', won: 'win',
  lost: 'lose', sold: 'sell', built: 'build', spent: 'spend', threw: 'throw', broke: 'break', broken: 'break',
  forgot: 'forget', forgotten: 'forget', hid: 'hide', hidden: 'hide', dying: 'die', lying: 'lie', tying: 'tie',
  overridden: 'override', ridden: 'ride', bade: 'bid', foresaw: 'foresee', foreseen: 'foresee', withheld: 'withhold', upheld: 'uphold',
  // Words that look inflected but are base forms.
  need: 'need', proceed: 'proceed', succeed: 'succeed', exceed: 'exceed', bias: 'bias',
};

// Base forms whose -ed/-ing stem the rules below would get wrong.
const E_FINAL = new Set([
  'change', 'exchange', 'arrange', 'range', 'challenge', 'plunge', 'lunge', 'revenge', 'avenge', 'infringe',
  'cringe', 'hinge', 'tinge', 'lounge', 'expunge', 'invite', 'unite', 'excite', 'ignite', 'incite',
  'recite', 'expedite', 'ignore', 'restore', 'explore', 'implore', 'deplore', 'adore', 'underscore',
  'intervene', 'convene', 'contravene', 'condone', 'postpone', 'atone', 'escape', 'taste', 'waste', 'paste',
  'agree', 'disagree', 'decree', 'free', 'guarantee', 'referee', 'complete', 'delete', 'compete', 'deplete',
  'require', 'acquire', 'inquire', 'persuade', 'dissuade', 'guide',
]);
// Stems that are base forms already, though they end like one that drops an e.
const BASE_STEMS = new Set(['focus', 'bias', 'combat']);
const KEEP_DOUBLE = new Set(['add', 'ebb', 'err', 'purr', 'egg', 'butt']);
const UNDOUBLE_L = new Set([
  'controll', 'compell', 'propell', 'expell', 'rebell', 'patroll', 'excell', 'cancell', 'travell', 'labell',
  'modell', 'signall', 'fuell', 'levell', 'dispell', 'repell', 'impell', 'annull', 'extoll', 'instill',
]);
const E_FINAL_BY_STEM = new Map([...E_FINAL].map((base) => [base.slice(0, -1), base]));
const C_FINAL = new Map(['panic', 'mimic', 'traffic', 'picnic', 'frolic'].map((base) => [`${base}k`, base]));

const VOWEL = /[aeiou]/;
const isVowel = (ch: string | undefined) => ch !== undefined && VOWEL.test(ch);
const syllables = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;

/** The base form of a stem left by stripping -ed or -ing: "not" -> note, "plann" -> plan. */
function restoreStem(stem: string): string {
  const known = E_FINAL_BY_STEM.get(stem) ?? C_FINAL.get(stem);
  if (known) return known;
  if (E_FINAL.has(stem) || BASE_STEMS.has(stem)) return stem;
  const last = stem.at(-1)!;
  const before = stem.at(-2);
  if (before === last && !KEEP_DOUBLE.has(stem)) {
    if ('bdgmnprtz'.includes(last)) return stem.slice(0, -1);
    if (last === 'l' && UNDOUBLE_L.has(stem)) return stem.slice(0, -1);
    return stem;
  }
  if (isVowel(last) || 'wxyh'.includes(last)) return last === 'u' ? `${stem}e` : stem;
  if ('vcz'.includes(last)) return /[^aeiou]z$/.test(stem) ? stem : `${stem}e`;
  if (last === 's') return stem.endsWith('ss') ? stem : `${stem}e`;
  if (last === 'g') return /([dlr]g|[aeiou]g)$/.test(stem) ? `${stem}e` : stem;
  if (last === 'l') return /[^aeiouylrw]l$|[^aeiou][iu]l$/.test(stem) || (syllables(stem) === 1 && /[^aeiou][aeiou]l$/.test(stem)) ? `${stem}e` : stem;
  if (/[^aeiou]in$/.test(stem)) return `${stem}e`;
  if (/[^eo]at$/.test(stem)) return `${stem}e`;
  // One vowel between consonants: "not" -> note, "describ" -> describe, "declar" -> declare.
  const shortVowel = (isVowel(before) || before === 'y') && !isVowel(stem.at(-3)) && stem.length > 2;
  if (!shortVowel) return stem;
  if ('bdkmv'.includes(last)) return `${stem}e`;
  if (last === 'r') return before === 'e' || (before === 'o' && syllables(stem) > 1) ? stem : `${stem}e`;
  if (last === 't' && (before === 'o' || before === 'u')) return `${stem}e`;
  return syllables(stem) === 1 ? `${stem}e` : stem;
}

/** The dictionary form of one English word: "noted" -> note, "denies" -> deny, "statements" -> statement. */
export function lemmatize(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  // "denied" -> deny, but "tied" -> tie.
  if (w.endsWith('ied') || w.endsWith('ies')) return w.length > 4 ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  if (w.endsWith('eed') && E_FINAL.has(w.slice(0, -1))) return w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length >= 2 && /[aeiouy]/.test(stem.replace(/y$/, ''))) return restoreStem(stem);
    return w;
  }
  if (/(ss|sh|ch|x|zz|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

const SKIPPED = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', "'s", "'re", "'ve", "'ll", "'d",
  'also', 'then', 'now', 'still', 'even', 'just', 'only', 'further', 'first', 'often', 'again', 'already',
  'never', 'not', 'once', 'later', 'earlier', 'soon', 'yet', 'ever', 'always', 'sometimes', 'long', 'so', 'to',
]);
const LY_VERBS = new Set(['reply', 'apply', 'supply', 'imply', 'comply', 'rely', 'rally', 'tally', 'ally', 'multiply', 'bully']);
/** Auxiliaries, modals, negation and adverbs: what a cue may carry before or around its head. */
export const isSkipped = (w: string) =>
  SKIPPED.has(w) || w.endsWith("n't") || (w.length > 4 && w.endsWith('ly') && !LY_VERBS.has(w));

const PARTICLES = new Set(['for', 'on', 'about', 'of', 'as', 'against', 'out', 'up', 'into', 'over', 'off', 'back', 'down', 'after']);
// "to" is mostly an infinitive ("refused to endorse"): a particle only after these.
const TO_VERBS = new Set(['point', 'refer', 'respond', 'reply', 'react', 'object', 'allude', 'appeal', 'liken', 'compare']);
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'per', 'during', 'under', 'through', 'by', 'with']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these']);
// What ends a noun phrase: its head is the word before.
const NOUN_PHRASE_END = new Set([...PARTICLES, ...PREPOSITIONS, 'is', 'are', 'was', 'were', 'that']);

/** The words of a cue, lower case, apostrophes straightened: "Didn’t" -> didn't. */
export function cueWords(cue: string): string[] {
  return cue.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z-]*?n't|[a-z][a-z-]*|'[a-z]+/g) ?? [];
}

/**
 * The lemma a cue is counted under: its head word's base form ("has said" -> say), with a verb
 * particle kept ("called for" -> call for), prepositional cues by their words ("according to",
 * "in a statement"), punctuation cues as themselves (":" , "—").
 */
export function cueLemma(cue: string): string {
  const words = cueWords(cue);
  if (words.length === 0) return /[-―—–]/.test(cue) ? '—' : cue.trim() || '(empty)';
  if (words[0] === 'according' && words[1] === 'to') return 'according to';
  const at = words.findIndex((w) => !isSkipped(w));
  if (at < 0) return lemmatize(words.at(-1)!);
  const first = words[at]!;
  if (PREPOSITIONS.has(first)) return words.length - at <= 3 ? words.slice(at).join(' ') : first;
  if (DETERMINERS.has(first)) {
    const phrase = words.slice(at + 1);
    const end = phrase.findIndex((w) => NOUN_PHRASE_END.has(w));
    const head = (end < 0 ? phrase : phrase.slice(0, end)).at(-1);
    return head ? lemmatize(head) : first;
  }
  const lemma = lemmatize(first);
  const next = words[at + 1];
  return next && (PARTICLES.has(next) || (next === 'to' && TO_VERBS.has(lemma))) ? `${lemma} ${next}` : lemma;
}
