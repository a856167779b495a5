// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { InputItem } from '../cli/articleInputs';
import { scanInOrder } from '../cli/scanInOrder';
import type { OutputConfig } from '../cli/scanJob';

vi.setConfig({ testTimeout: 120_000 });

const config: OutputConfig = { format: 'json', summary: false, groupBy: null, color: false, fieldColumns: [] };
const line = (i: number, text: string): InputItem => {
  const where = `stdin:${i + 1}`;
  return { where, input: { kind: 'line', line: JSON.stringify({ id: i, text }), where }, bytes: 100 };
};

describe('scanInOrder', () => {
  it('prints in input order, reads no further ahead than its bound while the output is slow, and scans everything', async () => {
    let read = 0;
    let printed = 0;
    let mostAhead = 0;
    async function* items(): AsyncGenerator<InputItem> {
      for (let i = 0; i < 60; i++) {
        read++;
        mostAhead = Math.max(mostAhead, read - printed);
        // Every fifth article is long, so threads finish out of order.
        yield line(i, i % 5 === 0 ? 'A spokesman said the talks had failed. '.repeat(2000) : 'Two sources told Reuters the talks had failed.');
      }
    }
    const ids: number[] = [];
    await scanInOrder(items(), { workers: 2, config, maxPending: 6, maxPendingBytes: 1e9 }, async ({ result }) => {
      expect(result.ok).toBe(true);
      if (result.ok) ids.push((JSON.parse(result.out) as { id: number }).id);
      // A reader slower than the scan.
      await new Promise((resolve) => setTimeout(resolve, 5));
      printed++;
    });
    expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(mostAhead).toBeLessThanOrEqual(6 + 1);
  });

  it('keeps the place of an input problem among the articles', async () => {
    const items: InputItem[] = [line(0, 'A spokesman said so.'), { where: 'stdin:2', problem: 'not valid UTF-8 text', bytes: 3 }, line(2, 'Officials said so.')];
    const outcomes: string[] = [];
    await scanInOrder(items, { workers: 1, config, maxPending: 8, maxPendingBytes: 1e9 }, ({ where, result }) => {
      outcomes.push(`${where} ${result.ok ? 'ok' : result.reason}`);
    });
    expect(outcomes).toEqual(['stdin:1 ok', 'stdin:2 not valid UTF-8 text', 'stdin:3 ok']);
  });
});
