import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeRuntimePorts } from '../tests/support/fakePorts';
import { answerPorts, openBackgroundPort } from './port';

let ports: ReturnType<typeof fakeRuntimePorts>;
let counts: number[];

beforeEach(() => {
  fakeBrowser.reset();
  ports = fakeRuntimePorts();
  counts = [];
  answerPorts({
    reportCount: ({ count }) => {
      if (count === 13) throw new Error('unlucky');
      counts.push(count);
      return null;
    },
    findAttributions: async () => [],
  });
});

describe('the port to the background', () => {
  it('answers each request under its own number, on one port', async () => {
    const port = openBackgroundPort();
    const answers = await Promise.all([port.request('reportCount', { count: 1, anonymous: 0 }), port.request('findAttributions', { text: 'x' })]);
    expect(answers).toEqual([null, []]);
    expect(counts).toEqual([1]);
    expect(ports.opened()).toBe(1);
  });

  it("rejects with the background's error", async () => {
    await expect(openBackgroundPort().request('reportCount', { count: 13, anonymous: 0 })).rejects.toThrow('unlucky');
  });

  it('opens a new port for the next request after the background stopped', async () => {
    const port = openBackgroundPort();
    await port.request('reportCount', { count: 1, anonymous: 0 });
    ports.stopBackground();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await port.request('reportCount', { count: 2, anonymous: 0 });
    expect(counts).toEqual([1, 2]);
    expect(ports.opened()).toBe(2);
  });

  it('sends a request again when the background stopped before answering it', async () => {
    const port = openBackgroundPort();
    const answer = port.request('reportCount', { count: 3, anonymous: 0 });
    ports.stopBackground();
    await expect(answer).resolves.toBeNull();
    expect(counts).toEqual([3]);
  });

  it('holds requests while the page is in the back/forward cache and sends them when it is back', async () => {
    const port = openBackgroundPort();
    port.suspend();
    const answer = port.request('reportCount', { count: 4, anonymous: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(counts).toEqual([]);
    port.resume();
    await expect(answer).resolves.toBeNull();
    expect(counts).toEqual([4]);
  });

  it('ignores ports of other names and rejects what is left when it closes', async () => {
    const other = fakeBrowser.runtime.connect({ name: 'not-ours' });
    const heard: unknown[] = [];
    other.onMessage.addListener((m: unknown) => void heard.push(m));
    other.postMessage({ id: 0, type: 'reportCount', data: { count: 5, anonymous: 0 } });
    const port = openBackgroundPort();
    port.suspend();
    const answer = port.request('reportCount', { count: 6, anonymous: 0 });
    port.close();
    await expect(answer).rejects.toThrow('ended');
    expect(counts).toEqual([]);
    expect(heard).toEqual([]);
  });
});
