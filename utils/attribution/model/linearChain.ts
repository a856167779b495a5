/**
 * A linear-chain model over token tags: per-token emission scores from hashed features, plus tag-to-tag
 * transition scores, decoded exactly with Viterbi. Inference only; the training script fits the same tables.
 */

export interface ChainModel {
  /** Tag names, index 0 being the outside tag "O". */
  tags: readonly string[];
  /** log2 of the number of feature buckets. */
  bits: number;
  /** Row-major [bucket][tag] weights, in units of `scale`: shipped models keep them as int8, four times smaller in cache. */
  emission: Float32Array | Float64Array | Int8Array;
  scale: number;
  /** [from][to] weights, with one extra first row for the start of a sequence. */
  transition: Float32Array | Float64Array;
  /** [from][to]: whether a transition is allowed at all (BIO: I-X only after B-X or I-X). */
  allowed: Uint8Array;
}

/** Token features as bucket indices, flattened: token i's buckets are feats[offsets[i] .. offsets[i + 1]). */
export interface FeatureRows {
  feats: Int32Array;
  offsets: Int32Array;
  length: number;
}

/** Emission scores [token][tag] for `rows`. */
export function emissionScores(model: ChainModel, rows: FeatureRows, from = 0, to = rows.length): Float32Array {
  const T = model.tags.length;
  const out = new Float32Array((to - from) * T);
  const { feats, offsets } = rows;
  const w = model.emission;
  for (let i = from; i < to; i++) {
    const base = (i - from) * T;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = feats[k]! * T;
      for (let t = 0; t < T; t++) out[base + t] = out[base + t]! + w[row + t]!;
    }
  }
  return out;
}

/**
 * The best tag sequence for emission scores of n tokens. `allowedStart` [tag] and `model.allowed` rule out
 * impossible paths, so the output is always a well-formed BIO sequence.
 */
// Scratch buffers: decoding runs per sentence and per cue, and allocating for each was a tenth of the engine's time.
let BACK = new Uint8Array(4096);
let PREV = new Float64Array(8);
let CUR = new Float64Array(8);

export function viterbi(model: ChainModel, scores: Float32Array, n: number, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  const T = model.tags.length;
  if (n === 0) return out;
  const trans = model.transition;
  const allowed = model.allowed;
  if (BACK.length < n * T) BACK = new Uint8Array(Math.max(n * T, BACK.length * 2));
  const back = BACK;
  let prev = PREV;
  let cur = CUR;
  const scale = model.scale;
  for (let t = 0; t < T; t++) prev[t] = allowed[T * T + t] ? scores[t]! * scale + trans[T * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + t]) continue;
        const v = prev[p]! + trans[p * T + t]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[t] = best + scores[i * T + t]! * scale;
      back[i * T + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if (prev[t]! > prev[arg]!) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}

/**
 * BIO constraints for tags named "O", "B-X", "I-X": I-X may follow only B-X or I-X, and may not start a
 * sequence. The extra last row is the sequence start.
 */
export function bioConstraints(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T).fill(1);
  tags.forEach((to, t) => {
    if (!to.startsWith('I-')) return;
    const kind = to.slice(2);
    for (let p = 0; p <= T; p++) {
      const from = p < T ? tags[p]! : 'START';
      if (from !== `B-${kind}` && from !== `I-${kind}`) allowed[p * T + t] = 0;
    }
  });
  return allowed;
}
