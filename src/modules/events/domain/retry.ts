export interface RetryPolicy {
  maxAttempts: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export type AfterFailure = { status: 'pending'; nextAttemptAt: number } | { status: 'dead' };

/**
 * What happens after attempt number `attempts` (1-based) failed: wait base * 2^(attempts-1), capped at
 * maxBackoffMs, or give up once maxAttempts were made. No jitter, so support staff and tests can tell
 * exactly when the next attempt is due.
 */
export function afterFailedAttempt(attempts: number, policy: RetryPolicy, now: number): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: 'dead' };
  return { status: 'pending', nextAttemptAt: now + backoffMs(attempts, policy) };
}

export function backoffMs(attempts: number, policy: Pick<RetryPolicy, 'baseBackoffMs' | 'maxBackoffMs'>): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^exponent overflows to Infinity for absurd attempt counts; min() still caps it.
  return Math.min(policy.baseBackoffMs * 2 ** exponent, policy.maxBackoffMs);
}
