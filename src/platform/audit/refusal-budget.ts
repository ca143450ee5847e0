/**
 * How many refused calls of one caller the audit log takes per window. A script that keeps calling a route
 * it may not call would otherwise write a row per call; past the budget the refusals are only counted, and
 * the caller's next recorded refusal says how many were left out. Kept in memory, per process: cheap, and
 * forgetting the counts at a restart or when too many callers are tracked only lets a few more rows through.
 */
export class RefusalBudget {
  private readonly windows = new Map<string, { start: number; recorded: number; skipped: number }>();

  constructor(
    private readonly perWindow: number,
    private readonly windowMs: number,
    private readonly maxCallers = 10_000,
  ) {}

  /** Whether to record this refusal, and how many of the caller's refusals were left out before it. */
  take(caller: string, now: number): { record: boolean; skipped: number } {
    const current = this.windows.get(caller);
    if (!current || now - current.start >= this.windowMs || now < current.start) {
      if (!current && this.windows.size >= this.maxCallers) this.windows.clear();
      this.windows.set(caller, { start: now, recorded: 1, skipped: 0 });
      return { record: true, skipped: current?.skipped ?? 0 };
    }
    if (current.recorded < this.perWindow) {
      current.recorded++;
      return { record: true, skipped: 0 };
    }
    current.skipped++;
    return { record: false, skipped: 0 };
  }
}
