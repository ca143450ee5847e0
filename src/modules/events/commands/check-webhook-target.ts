import type { TargetPolicy } from '../../../platform/net/address-policy.js';
import { checkedAddresses, TargetRefused, type HostResolver } from '../../../platform/net/outbound-target.js';
import { DomainError } from '../../../platform/errors.js';
import { EventsErrors } from '../errors.js';

/** Where webhooks may go, and how host names are looked up (tests inject a resolver that never asks DNS). */
export interface WebhookTargets {
  policy: TargetPolicy;
  resolve: HostResolver;
  /** A save waits this long for DNS at most; a name that does not resolve (yet) is checked again at every delivery. */
  lookupTimeoutMs?: number;
}

const ALLOW_HINT = 'an administrator can allow an on-premises receiver with the webhooks.allowedTargets setting';

/**
 * Refuses a receiver URL whose host is, or today resolves to, an address webhooks may not reach
 * (loopback, private, link-local, metadata ...). The sender checks again at every connection, so this
 * is the early, friendly answer, not the guard: a name that does not resolve now is let through.
 */
export async function assertAllowedTarget(url: string, targets: WebhookTargets): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return; // urlProblem answers this one
  }
  const timeoutMs = targets.lookupTimeoutMs ?? 3_000;
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<'gave up'>((resolve) => {
    timer = setTimeout(() => resolve('gave up'), timeoutMs);
  });
  try {
    await Promise.race([checkedAddresses(parsed, targets.policy, targets.resolve), gaveUp]);
  } catch (error) {
    if (!(error instanceof TargetRefused)) return;
    throw new DomainError(EventsErrors.webhookTargetRefused, `url: ${error.reason}; ${ALLOW_HINT}`, [
      { field: 'url', reason: `${error.reason}, which webhooks may not reach; ${ALLOW_HINT}`, value: url },
    ]);
  } finally {
    clearTimeout(timer);
  }
}
