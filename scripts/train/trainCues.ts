import { cueFeatureRows } from '../../utils/attribution/model/cueFeatures';
import { emissionScores, viterbi, type ChainModel } from '../../utils/attribution/model/linearChain';
import { Role, type ArticleExample } from './corpus';
import { trainChain, type Sequence } from './perceptron';

export const CUE_TAGS = ['O', 'B-CUE', 'I-CUE'] as const;

/** Gold cue tags of a chunk: B on the first token of each cue, I on the rest. */
function cueTags(role: Uint8Array, owner: Int32Array): Uint8Array {
  const tags = new Uint8Array(role.length);
  for (let k = 0; k < role.length; k++) {
    if (role[k] !== Role.Cue) continue;
    tags[k] = k > 0 && role[k - 1] === Role.Cue && owner[k - 1] === owner[k] ? 2 : 1;
  }
  return tags;
}

/** One sequence per sentence. */
export function cueSequences(examples: ArticleExample[], bits: number): Sequence[] {
  const out: Sequence[] = [];
  for (const { chunks } of examples) {
    for (const chunk of chunks) {
      const rows = cueFeatureRows(chunk.analysis.view, chunk.analysis.marks, bits);
      const tags = cueTags(chunk.role, chunk.owner);
      for (const s of chunk.analysis.view.sentences) out.push({ rows, from: s.first, to: s.end, gold: tags.subarray(s.first, s.end) });
    }
  }
  return out;
}

export function trainCueModel(examples: ArticleExample[], bits: number, epochs: number, onEpoch?: (epoch: number, mistakes: number, model: () => ChainModel) => void): ChainModel {
  return trainChain(CUE_TAGS, bits, cueSequences(examples, bits), { epochs, seed: 1, onEpoch });
}

/** Decodes cue tags for every sentence of a chunk. */
export function decodeSentences(model: ChainModel, sequences: Sequence[]): Uint8Array[] {
  return sequences.map((s) => viterbi(model, emissionScores(model, s.rows, s.from, s.to), s.to - s.from));
}
