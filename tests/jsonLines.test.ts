// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../cli/jsonLines';

async function lines(chunks: (string | Uint8Array)[], maxBytes = 1000): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of readLines(chunks, maxBytes)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits on newlines wherever the chunks break, a UTF-8 character split between two included', async () => {
    const bytes = Buffer.from('{"a":"é"}\n{"b":"😀"}\n{"c":3}');
    const whole = await lines([bytes]);
    expect(whole.map((l) => [l.number, l.text])).toEqual([
      [1, '{"a":"é"}'],
      [2, '{"b":"😀"}'],
      [3, '{"c":3}'],
    ]);
    // Every way of cutting the bytes in two gives the same lines.
    for (let cut = 0; cut <= bytes.length; cut++) expect(await lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    expect(whole.map((l) => l.bytes)).toEqual([11, 13, 7]);
  });

  it('drops a BOM before the first line and the CR of CRLF; blank lines are skipped and still counted', async () => {
    const read = await lines(['\ufeff{"a":1}\r\n\r\n   \n{"b":2}\r\n']);
    expect(read.map((l) => [l.number, l.text])).toEqual([
      [1, '{"a":1}'],
      [4, '{"b":2}'],
    ]);
  });

  it('reports a line over the limit without keeping it, and a line that is not UTF-8, and reads on', async () => {
    const read = await lines(['{"a":1}\n', 'x'.repeat(600), 'x'.repeat(600), '\n', Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), '{"b":2}\n']);
    expect(read.map((l) => [l.number, l.text, l.problem])).toEqual([
      [1, '{"a":1}', null],
      [2, null, 'line too long (0.0 MB, limit 0.0 MB)'],
      [3, null, 'not valid UTF-8 text'],
      [4, '{"b":2}', null],
    ]);
    expect(read[1]!.bytes).toBe(1201);
  });
});
