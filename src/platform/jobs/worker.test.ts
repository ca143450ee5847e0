import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Worker, type Poller } from './worker.js';

const log = pino({ level: 'silent' });

describe('the background worker', () => {
  it('keeps polling one kind of work while another kind is stuck', async () => {
    let releaseSlow: () => void = () => undefined;
    const slow: Poller = { name: 'slow', topic: 'events', poll: () => new Promise<number>((resolve) => (releaseSlow = () => resolve(0))) };
    let fastRuns = 0;
    const fast: Poller = { name: 'fast', topic: 'messages', poll: () => Promise.resolve(++fastRuns < 5 ? 1 : 0) };
    const worker = new Worker([slow, fast], 60_000, log);
    worker.start();
    while (fastRuns < 5) await new Promise((r) => setImmediate(r));
    expect(fastRuns).toBe(5);
    releaseSlow();
    await worker.stop();
  });

  it('waits for running work before stop() resolves', async () => {
    const finished: string[] = [];
    let release: () => void = () => undefined;
    const poller: Poller = {
      name: 'tx',
      topic: 'jobs',
      poll: () =>
        new Promise<number>((resolve) => {
          release = () => {
            finished.push('committed');
            resolve(0);
          };
        }),
    };
    const worker = new Worker([poller], 60_000, log);
    worker.start();
    await new Promise((r) => setImmediate(r));
    const stopping = worker.stop().then(() => finished.push('stopped'));
    await new Promise((r) => setImmediate(r));
    expect(finished).toEqual([]);
    release();
    await stopping;
    expect(finished).toEqual(['committed', 'stopped']);
  });

  it('keeps running after a poller throws', async () => {
    let calls = 0;
    const flaky: Poller = {
      name: 'flaky',
      topic: 'jobs',
      poll: () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(0);
      },
    };
    const worker = new Worker([flaky], 60_000, log);
    expect(await worker.drainOnce()).toBe(0);
    expect(await worker.drainOnce()).toBe(0);
    expect(calls).toBe(2);
  });
});
