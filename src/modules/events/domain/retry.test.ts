import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, backoffMs } from './retry.js';

const policy = { maxAttempts: 5, baseBackoffMs: 5_000, maxBackoffMs: 30_000 };

describe('webhook retry schedule', () => {
  it('doubles the wait after each failed attempt, starting at the base', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, policy))).toEqual([5_000, 10_000, 20_000]);
  });

  it('never waits longer than the maximum', () => {
    expect(backoffMs(4, policy)).toBe(30_000);
    expect(backoffMs(2000, policy)).toBe(30_000);
  });

  it('schedules the next attempt from the time of the failure', () => {
    expect(afterFailedAttempt(2, policy, 1_000)).toEqual({ status: 'pending', nextAttemptAt: 11_000 });
  });

  it('gives up (dead letter) once the last allowed attempt failed', () => {
    expect(afterFailedAttempt(4, policy, 0).status).toBe('pending');
    expect(afterFailedAttempt(5, policy, 0)).toEqual({ status: 'dead' });
  });
});
