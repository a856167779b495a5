import { cueVerb } from '../../cueLexicon';
import { detectByRules } from '../../ruleDetector';
import { englishConstructions } from '../../constructions';
import type { LanguageLexicon } from '../types';
import { words } from '../words';
import { DETERMINERS, GROUP_WORDS, POSSESSIVE_DETERMINERS } from './grammar';
import { FEMALE_NAMES, MALE_NAMES } from './names';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, EXPERT_TITLES, INSTITUTION_HEADS, KIN_HEADS, NEWS_AGENCY_WORDS, NEWS_OUTLETS, NEWS_SERVICES, OFFICIAL_TITLES, ORG_NAME_WORDS, QUANTIFIERS, SPOKES_HEADS,
} from './sources';


/** Past forms that no suffix rule undoes: the lemma groups "told" with "tell" for the model. */
const IRREGULAR = `said:say told:tell wrote:write written:write thought:think felt:feel saw:see seen:see found:find
  spoke:speak spoken:speak gave:give given:give made:make took:take taken:take knew:know known:know meant:mean
  held:hold led:lead heard:hear came:come went:go gone:go got:get gotten:get put:put set:set sent:send began:begin
  begun:begin understood:understand left:leave brought:bring bought:buy taught:teach sought:seek swore:swear
  sworn:swear forgot:forget forgotten:forget hid:hide hidden:hide chose:choose chosen:choose rose:rise
  struck:strike stood:stand fought:fight told:tell replied:reply denied:deny testified:testify`;

/**
 * Word classes the taggers read as features, beside the words themselves: the lists of the rules, and the
 * verbs of intention and direction that the guide keeps apart from claims.
 */
const MODEL_CLASSES: Record<string, Iterable<string>> = {
  spokes: SPOKES_HEADS,
  anonHead: ANONYMOUS_HEADS,
  title: OFFICIAL_TITLES,
  expert: EXPERT_TITLES,
  institution: INSTITUTION_HEADS,
  document: DOCUMENT_HEADS,
  outlet: NEWS_OUTLETS,
  orgWord: ORG_NAME_WORDS,
  honorific: words('mr mrs ms miss dr'),
  preposition: words('in at from to of for on near across into by with'),
  subordinator: words('when while after before because as if since although though whereas unless until once'),
  quantifier: QUANTIFIERS,
  determiner: DETERMINERS,
  pronoun: words('he she it they i we you him her them me us who whom which that'),
  intention: words('want wants wanted wanting plan plans planned planning hope hopes hoped hoping intend intends intended aim aims aimed seek seeks sought try tries tried wish wishes wished'),
  directive: words('urge urges urged urging call calls called calling demand demands demanded order ordered ask asks asked'),
  modal: words('will would could can may might should must shall'),
  future: words("will 'll shall going"),
  perception: words('see sees saw seen seeing notice notices noticed noticing watch watched heard hear witnessed observe observed spotted'),
  be: words("is are was were be been being isn't wasn't aren't weren't"),
  have: words('has have had having'),
  negation: words("not never no n't didn't doesn't don't hasn't haven't hadn't none nobody neither nor nothing"),
  time: words('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year earlier later recently january february march april may june july august september october november december jan feb aug sept oct nov dec'),
  former: words('former ex formerly retired onetime one-time erstwhile ex-president'),
  roleModifier: words('presidential vice deputy chief senior top assistant associate executive general state federal national press communications campaign policy political foreign defense economic financial managing acting interim longtime veteran white house'),
  academia: words('university universities college colleges institute institutes school center centre think-tank academy laboratory'),
  female: words(FEMALE_NAMES),
  male: words(MALE_NAMES),
  femalePronoun: words('she her hers herself'),
  party: words('democrat democrats democratic republican republicans gop conservative liberal progressive libertarian'),
  candidacy: words('candidate candidates nominee nominees campaign campaigns contender contenders hopeful hopefuls running'),
  counsel: words('lawyer lawyers attorney attorneys counsel solicitor solicitors barrister barristers'),
};

/** English: its word lists, and the rule detector that reads them. */
export const EN: LanguageLexicon = {
  language: 'en',
  rules: detectByRules,
  constructions: englishConstructions,
  classes: MODEL_CLASSES,
  irregularLemmas: Object.fromEntries(words(IRREGULAR).map((pair) => pair.split(':') as [string, string])),
  cueLemma: (lower) => cueVerb(lower)?.lemma ?? null,
  cueClass: (lower) => cueVerb(lower)?.cls ?? null,
  borders: { relatives: KIN_HEADS, possessors: POSSESSIVE_DETERMINERS, outletEnds: NEWS_AGENCY_WORDS, newsServices: NEWS_SERVICES, groupOpeners: GROUP_WORDS },
};
