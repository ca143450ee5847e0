/**
 * A counting semaphore with a bounded queue for password hashing. scrypt runs on libuv's thread pool (4
 * threads by default), which file reads, DNS look-ups and zlib share: 40 sign-ins at once held every thread
 * and a static file waited 11 seconds behind them. A few hashes at a time leave threads free for everything
 * else, and a short queue answers the rest "busy" at once instead of letting them pile up.
 */
export class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private concurrency: number,
    private queue: number,
  ) {}

  configure(concurrency: number, queue: number): void {
    this.concurrency = concurrency;
    this.queue = queue;
  }

  /** Hashes running plus waiting, for tests and metrics. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Runs `work` in a slot, waiting for one if all are taken. `onFull` builds the error thrown without waiting
   * when the queue is full too.
   */
  async run<T>(work: () => Promise<T>, onFull: () => Error): Promise<T> {
    if (this.running < this.concurrency) {
      this.running++;
    } else {
      if (this.waiting.length >= this.queue) throw onFull();
      // The releasing run hands its slot straight to the next waiter, so `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
