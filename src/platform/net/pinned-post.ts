import type { LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TargetPolicy } from './address-policy.js';
import { checkedAddresses, hostOf, TargetRefused, type HostResolver, type ResolvedAddress } from './outbound-target.js';

export interface PostOptions {
  policy: TargetPolicy;
  resolve: HostResolver;
  /** For the whole exchange: lookup, connect, TLS, and the answer's status line. */
  timeoutMs: number;
}

/**
 * A request that got no HTTP answer. `reason` is one of a few fixed phrases ("connection refused",
 * "timeout", ...), safe to show to whoever owns the URL; `detail` is for the server log only.
 */
export class PostFailure extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'PostFailure';
  }
}

/**
 * POSTs `body` and answers the response's status code; the response body is never read. Redirects are
 * not followed (node:http does not). The host is resolved and every address checked against the policy
 * first, and the connection goes to exactly those addresses: the socket's own lookup is replaced by one
 * that answers only them, so no second DNS answer can point the request elsewhere.
 */
export function postPinned(url: URL, body: string, headers: Record<string, string>, options: PostOptions): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    let req: ClientRequest | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new PostFailure('timeout', `no answer within ${String(options.timeoutMs)} ms`)));
      req?.destroy();
    }, options.timeoutMs);

    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      finish(() => reject(new PostFailure('address not allowed', `scheme ${url.protocol} is not http or https`)));
      return;
    }
    checkedAddresses(url, options.policy, options.resolve).then(
      (addresses) => {
        if (settled) return;
        const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
        req = send(
          url,
          {
            method: 'POST',
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            agent: false,
            lookup: pinnedLookup(hostOf(url), addresses),
          },
          (res) => {
            const status = res.statusCode ?? 0;
            // Only the status counts; the receiver's body is none of our business (nor the caller's).
            res.destroy();
            finish(() => resolve(status));
          },
        );
        req.on('error', (error) => finish(() => reject(new PostFailure(failureReason(error), error.message))));
        req.end(body);
      },
      (error: unknown) =>
        finish(() =>
          reject(
            error instanceof TargetRefused
              ? new PostFailure('address not allowed', error.reason)
              : new PostFailure(failureReason(error), error instanceof Error ? error.message : String(error)),
          ),
        ),
    );
  });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A socket lookup that answers only the addresses checked before, whatever DNS would say now. */
function pinnedLookup(host: string, addresses: ResolvedAddress[]) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    const first = wanted[0];
    if (hostname !== host || first === undefined) {
      callback(Object.assign(new Error(`no checked address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    if (options.all) callback(null, wanted.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, first.address, first.family);
  };
}

const REASONS: [RegExp, string][] = [
  [/^ECONNREFUSED$/, 'connection refused'],
  [/^(ECONNRESET|EPIPE|ECONNABORTED)$/, 'connection reset'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|ENODATA)$/, 'host not found'],
  [/^(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN)$/, 'host unreachable'],
  [/^(ETIMEDOUT|ESOCKETTIMEDOUT)$/, 'timeout'],
  [/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_)/, 'TLS error'],
  [/^HPE_/, 'invalid HTTP answer'],
];

/** A fixed phrase for a network error: the raw message may carry addresses or text from the receiver. */
export function failureReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    for (const [pattern, reason] of REASONS) if (pattern.test(code)) return reason;
  }
  return 'network error';
}
