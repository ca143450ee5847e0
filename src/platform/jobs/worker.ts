import type { Logger } from '../logger.js';
import type { WakeTopic } from '../context.js';
import { yieldToEventLoop } from '../event-loop.js';

/** One kind of background work the worker polls for; returns how many items it handled. */
export interface Poller {
  name: string;
  topic: WakeTopic;
  poll(): Promise<number>;
  /**
   * For pollers whose work outlives poll() (sends started in the background so that one slow one does
   * not hold the others): resolves when everything started so far has finished.
   */
  settle?(): Promise<void>;
}

/** One poller's loop: again at once while it finds work, otherwise after the interval or when woken. */
class PollerLoop {
  private timer: NodeJS.Timeout | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;
  done: Promise<void> = Promise.resolve();

  constructor(
    readonly poller: Poller,
    private readonly intervalMs: number,
    private readonly log: Logger,
    private readonly running: () => boolean,
  ) {}

  start(): void {
    this.done = this.loop();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  interrupt(): void {
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
  }

  async pollOnce(): Promise<number> {
    try {
      return await this.poller.poll();
    } catch (error) {
      this.log.error({ err: error, poller: this.poller.name }, 'background poller failed; will retry');
      return 0;
    }
  }

  private async loop(): Promise<void> {
    while (this.running()) {
      this.woken = false;
      const handled = await this.pollOnce();
      if (!this.running()) break;
      if (handled > 0 || this.woken) {
        // Work that never waits for I/O (SQLite) would otherwise hold the event loop for as long as work is found.
        await yieldToEventLoop();
        continue;
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.intervalMs);
      });
      this.wakeUp = undefined;
    }
  }
}

/**
 * Runs each poller in its own loop, so that slow work of one kind (a webhook receiver that times out)
 * never delays another (message processing). stop() lets every loop finish what it is doing, so
 * SIGTERM never cuts a transaction short.
 */
export class Worker {
  private active = false;
  private readonly loops: PollerLoop[];

  constructor(pollers: Poller[], pollIntervalMs: number, log: Logger) {
    this.loops = pollers.map((p) => new PollerLoop(p, pollIntervalMs, log, () => this.active));
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    for (const loop of this.loops) loop.start();
  }

  wake(topic: WakeTopic): void {
    for (const loop of this.loops) if (loop.poller.topic === topic) loop.wake();
  }

  /** Runs every poller in turn until none finds work; for tests and one-shot runs. */
  async drainOnce(maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      let handled = 0;
      for (const loop of this.loops) handled += await loop.pollOnce();
      for (const loop of this.loops) await loop.poller.settle?.();
      total += handled;
      if (handled === 0) break;
    }
    return total;
  }

  async stop(): Promise<void> {
    this.active = false;
    for (const loop of this.loops) loop.interrupt();
    await Promise.all(this.loops.map((l) => l.done));
    await Promise.all(this.loops.map((l) => l.poller.settle?.() ?? Promise.resolve()));
  }
}
