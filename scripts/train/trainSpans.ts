import { cueWindow, spanFeatureRows } from '../../utils/attribution/model/spanFeatures';
import type { ChainModel } from '../../utils/attribution/model/linearChain';
import { Role, type ArticleExample, type ChunkExample } from './corpus';
import { trainChain, type Sequence } from './perceptron';

export const SPAN_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CON', 'I-CON'] as const;

export function goldCueTokens(chunk: ChunkExample): Uint8Array {
  const marks = new Uint8Array(chunk.role.length);
  for (let k = 0; k < marks.length; k++) if (chunk.role[k] === Role.Cue) marks[k] = 1;
  return marks;
}

/** One sequence per marked attribution: its cue's window, tagged with that attribution's own source and content. */
export function spanSequences(examples: ArticleExample[], bits: number): (Sequence & { chunk: ChunkExample; index: number; window: ReturnType<typeof cueWindow> })[] {
  const out: ReturnType<typeof spanSequences> = [];
  for (const { chunks } of examples) {
    for (const chunk of chunks) {
      const cues = goldCueTokens(chunk);
      const { view, marks } = chunk.analysis;
      for (const a of chunk.attributions) {
        const [cueFirst, cueEnd] = a.cue;
        if (cueEnd <= cueFirst) continue;
        const window = cueWindow(view, cueFirst, cueEnd);
        const rows = spanFeatureRows(view, marks, window, cues, bits);
        const gold = new Uint8Array(window.end - window.first);
        for (let k = window.first; k < window.end; k++) {
          if (chunk.owner[k] !== a.index) continue;
          const role = chunk.role[k];
          if (role !== Role.Source && role !== Role.Content) continue;
          const b = role === Role.Source ? 1 : 3;
          const continues = k > window.first && chunk.owner[k - 1] === a.index && chunk.role[k - 1] === role;
          gold[k - window.first] = continues ? b + 1 : b;
        }
        out.push({ rows, from: 0, to: window.end - window.first, gold, chunk, index: a.index, window });
      }
    }
  }
  return out;
}

export function trainSpanModel(examples: ArticleExample[], bits: number, epochs: number, onEpoch?: (epoch: number, mistakes: number, model: () => ChainModel) => void): ChainModel {
  return trainChain(SPAN_TAGS, bits, spanSequences(examples, bits), { epochs, seed: 2, onEpoch });
}
