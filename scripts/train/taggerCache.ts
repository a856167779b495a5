import { bioConstraints, type ChainModel } from '../../utils/attribution/model/linearChain';

/**
 * Weights as shipped: each table quantised to multiples of one step (8-bit, clipped), kept only where
 * non-zero, as varint gaps between indices followed by the int8 values, in base64. A few hundred kB
 * instead of tens of MB of floats, and decoded in a few milliseconds.
 */
export interface PackedTable {
  length: number;
  step: number;
  /** base64 of: count (varint), then `count` gaps (varint), then `count` int8 values. */
  data: string;
}

export interface PackedChain {
  tags: string[];
  bits: number;
  transition: number[];
  emission: PackedTable;
}

function writeVarint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function packTable(values: ArrayLike<number>, step: number): PackedTable {
  const gaps: number[] = [];
  const kept: number[] = [];
  let last = -1;
  for (let i = 0; i < values.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(values[i]! / step)));
    if (q === 0) continue;
    writeVarint(gaps, i - last);
    kept.push(q & 0xff);
    last = i;
  }
  const head: number[] = [];
  writeVarint(head, kept.length);
  return { length: values.length, step, data: toBase64(Uint8Array.from([...head, ...gaps, ...kept])) };
}

/** The table's values in units of its step, as int8. */
export function unpackTableSteps(table: PackedTable): Int8Array {
  const out = new Int8Array(table.length);
  fillTable(table, (index, value) => {
    out[index] = value;
  });
  return out;
}

export function unpackTable(table: PackedTable): Float32Array {
  const out = new Float32Array(table.length);
  fillTable(table, (index, value) => {
    out[index] = value * table.step;
  });
  return out;
}

function fillTable(table: PackedTable, set: (index: number, value: number) => void): void {
  const bytes = fromBase64(table.data);
  let p = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++]!;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  };
  const count = varint();
  const indices = new Int32Array(count);
  let index = -1;
  for (let k = 0; k < count; k++) indices[k] = index += varint();
  for (let k = 0; k < count; k++) {
    const b = bytes[p++]!;
    set(indices[k]!, b > 127 ? b - 256 : b);
  }
}

export function packChain(model: ChainModel, step: number): PackedChain {
  const weights = model.scale === 1 ? model.emission : Float32Array.from(model.emission, (v) => v * model.scale);
  return { tags: [...model.tags], bits: model.bits, transition: [...model.transition].map((v) => Math.round(v * 1000) / 1000), emission: packTable(weights, step) };
}

export function unpackChain(packed: PackedChain): ChainModel {
  return {
    tags: packed.tags,
    bits: packed.bits,
    emission: unpackTableSteps(packed.emission),
    scale: packed.emission.step,
    transition: Float32Array.from(packed.transition),
    allowed: bioConstraints(packed.tags),
  };
}
