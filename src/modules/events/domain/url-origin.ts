/**
 * What the audit log keeps of a receiver's URL: scheme, host and port. Receivers often carry a credential
 * in the URL (user:password@, a token in the query, or a path that is itself the secret, as chat webhooks
 * do), and the audit log never holds one.
 */
export function urlOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(not a URL)';
  }
}
