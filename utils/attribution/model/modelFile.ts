import type { LanguageLexicon } from '../lexicon/types';
import type { CueLemmas } from './claimFeatures';
import type { CategoryBias, ClaimMargins } from './decide';
import type { SpanModels } from './detectSpans';
import { bioConstraints, type ChainModel } from './linearChain';
import type { LinearClassifier } from './linearClassifier';
import type { NamePriors } from './namePriors';
import { createWordClasses } from './wordClasses';
import type { LanguageModel } from './languageModels';

/**
 * A language's model as one binary file: "SLM1", the length of a JSON header, the header (tags, sizes,
 * margins, priors), then every weight table as int8 in units of its step, 8-byte aligned. The tables are
 * read in place (a view on the file's bytes, no decoding), so a background woken from sleep scans at once.
 */
const MAGIC = 'SLM1';

interface TableRef {
  offset: number;
  length: number;
  step: number;
}

interface ModelHeader {
  language: string;
  cue: { tags: string[]; bits: number; transition: number[]; emission: TableRef };
  span: { tags: string[]; bits: number; transition: number[]; emission: TableRef };
  claim: { classes: string[]; bits: number; weights: TableRef };
  category: { classes: string[]; bits: number; weights: TableRef };
  claimMargins: ClaimMargins;
  categoryBias: number[];
  cueLemmas: CueLemmas;
  priors: NamePriors;
}

/** What training hands over: the taggers, the decisions and their settings, in memory. */
export interface TrainedModel {
  language: string;
  taggers: SpanModels;
  claim: LinearClassifier;
  category: LinearClassifier;
  claimMargins: ClaimMargins;
  categoryBias: CategoryBias;
  cueLemmas: CueLemmas;
  priors: NamePriors;
}

/** Rounds a table to int8 multiples of `step` (clipped). */
function quantise(values: ArrayLike<number>, scale: number, step: number): Int8Array {
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = Math.max(-127, Math.min(127, Math.round((values[i]! * scale) / step)));
  return out;
}

export function writeModelFile(model: TrainedModel, steps: { tagger: number; decision: number }): Uint8Array {
  const tables: Int8Array[] = [];
  let offset = 0;
  const add = (values: ArrayLike<number>, scale: number, step: number): TableRef => {
    const table = quantise(values, scale, step);
    const ref = { offset, length: table.length, step };
    tables.push(table);
    offset += Math.ceil(table.length / 8) * 8;
    return ref;
  };
  const chain = (m: ChainModel) => ({ tags: [...m.tags], bits: m.bits, transition: [...m.transition].map((v) => Math.round(v * 1000) / 1000), emission: add(m.emission, m.scale, steps.tagger) });
  const header: ModelHeader = {
    language: model.language,
    cue: chain(model.taggers.cue),
    span: chain(model.taggers.span),
    claim: { classes: [...model.claim.classes], bits: model.claim.bits, weights: add(model.claim.weights, model.claim.scale, steps.decision) },
    category: { classes: [...model.category.classes], bits: model.category.bits, weights: add(model.category.weights, model.category.scale, steps.decision) },
    claimMargins: model.claimMargins,
    categoryBias: [...model.categoryBias],
    cueLemmas: model.cueLemmas,
    priors: model.priors,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((8 + json.length) / 8) * 8;
  const bytes = new Uint8Array(start + offset);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  let at = start;
  for (const table of tables) {
    bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.length), at);
    at += Math.ceil(table.length / 8) * 8;
  }
  return bytes;
}

/** The model a file holds, for a language's lexicon; throws with a plain message on a file that is not one. */
export function readModelFile(bytes: Uint8Array, lexicon: LanguageLexicon): LanguageModel {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (bytes.length < 8 || magic !== MAGIC) throw new Error('not a Sourcelight model file');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as ModelHeader;
  if (header.language !== lexicon.language) throw new Error(`a model for "${header.language}", not "${lexicon.language}"`);
  const start = Math.ceil((8 + length) / 8) * 8;
  const table = (ref: TableRef) => new Int8Array(bytes.buffer, bytes.byteOffset + start + ref.offset, ref.length);
  const chain = (c: ModelHeader['cue']): ChainModel => ({
    tags: c.tags, bits: c.bits, emission: table(c.emission), scale: c.emission.step, transition: Float32Array.from(c.transition), allowed: bioConstraints(c.tags),
  });
  const classifier = (c: ModelHeader['claim']): LinearClassifier => ({ classes: c.classes, bits: c.bits, weights: table(c.weights), scale: c.weights.step });
  return {
    lexicon,
    classes: createWordClasses(lexicon),
    taggers: { cue: chain(header.cue), span: chain(header.span) },
    claim: classifier(header.claim),
    category: classifier(header.category),
    claimMargins: header.claimMargins,
    categoryBias: header.categoryBias,
    cueLemmas: header.cueLemmas,
    priors: header.priors,
  };
}
