import type { Logger } from '../logger.js';
import type { WakeTopic } from '../context.js';

/** One kind of background work the worker polls for; returns how many items it handled. */
export interface Poller {
  name: string;
  topic: WakeTopic;
  poll(): Promise<number>;
}

/**
 * Runs every poller in turn, again at once while any found work, otherwise after the poll interval
 * or when woken. stop() lets the current round finish, so SIGTERM never cuts a transaction short.
 */
export class Worker {
  private running = false;
  private round: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(
    private readonly pollers: Poller[],
    private readonly pollIntervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.round = this.loop();
  }

  wake(_topic: WakeTopic): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Runs every poller until none finds work; for tests and the CLI's one-shot runs. */
  async drainOnce(maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const handled = await this.runRound();
      total += handled;
      if (handled === 0) break;
    }
    return total;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
    await this.round;
  }

  private async runRound(): Promise<number> {
    let handled = 0;
    for (const poller of this.pollers) {
      try {
        handled += await poller.poll();
      } catch (error) {
        this.log.error({ err: error, poller: poller.name }, 'background poller failed; will retry next round');
      }
    }
    return handled;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      this.woken = false;
      const handled = await this.runRound();
      if (!this.running) break;
      if (handled > 0 || this.woken) continue;
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.pollIntervalMs);
      });
      this.wakeUp = undefined;
    }
  }
}
