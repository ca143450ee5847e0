import net from 'node:net';

/**
 * Tests may send traffic to loopback addresses only. Tests name private, link-local and metadata
 * addresses to prove that Quayside refuses them; this guard makes sure that a regression which let one
 * through fails the test instead of connecting: every socket connect is checked, after any custom lookup
 * (the webhook sender pins the addresses it checked), before a packet leaves the process.
 */
const GUARDED = Symbol.for('quayside.loopbackOnly');

function isLoopback(address: string): boolean {
  if (net.isIPv4(address)) return address.startsWith('127.');
  if (net.isIPv6(address)) return address === '::1' || /^::ffff:127\./i.test(address);
  return false;
}

function refused(address: string): Error {
  return Object.assign(new Error(`test traffic must stay on loopback, not ${address}`), { code: 'ECONNREFUSED' });
}

/** Fails the socket as a refused connection would: asynchronously, through its error event. */
function refuse(socket: net.Socket, address: string): net.Socket {
  process.nextTick(() => socket.destroy(refused(address)));
  return socket;
}

type LookupCallback = (err: Error | null, address: string | { address: string }[], family?: number) => void;
type Lookup = (hostname: string, options: object, callback: LookupCallback) => void;

const proto = net.Socket.prototype as net.Socket & { [GUARDED]?: boolean };
if (!proto[GUARDED]) {
  proto[GUARDED] = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with the socket as this, by apply below
  const connect = proto.connect as (...args: unknown[]) => net.Socket;
  proto.connect = function guardedConnect(this: net.Socket, ...args: unknown[]): net.Socket {
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    if (first && typeof first === 'object' && !('path' in first && (first as { path?: unknown }).path)) {
      const options = first as { host?: string; lookup?: Lookup };
      const host = options.host ?? 'localhost';
      if (net.isIP(host) && !isLoopback(host)) return refuse(this, host);
      const lookup = options.lookup;
      if (lookup) {
        options.lookup = (hostname, opts, callback) =>
          lookup(hostname, opts, (err, address, family) => {
            const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
            const outside = all.find((a) => !isLoopback(a));
            if (!err && outside !== undefined) callback(refused(outside), address, family);
            else callback(err, address, family);
          });
      } else if (!net.isIP(host) && host !== 'localhost') {
        return refuse(this, host);
      }
    }
    return connect.apply(this, args);
  };
}
