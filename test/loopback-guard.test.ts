import net from 'node:net';
import { describe, expect, it } from 'vitest';

/** The suite's guard (test/support/loopback-only.ts): addresses that tests name to prove a refusal are never reached. */
describe('test traffic stays on loopback', () => {
  const guarded = (net.Socket.prototype as unknown as Record<symbol, unknown>)[Symbol.for('quayside.loopbackOnly')] === true;
  // Without the guard these attempts would leave the machine: refuse to make them at all.
  const attempt = (options: net.NetConnectOpts) =>
    new Promise<string>((resolve) => {
      if (!guarded) throw new Error('the loopback guard is not installed (vitest setupFiles)');
      const socket = net.connect(options);
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (err) => resolve(err.message));
    });

  it('fails a connection to a private, link-local or metadata address before any packet is sent', async () => {
    for (const host of ['10.1.2.3', '172.16.5.4', '169.254.169.254', 'fd00::1']) {
      expect(await attempt({ host, port: 80 })).toBe(`test traffic must stay on loopback, not ${host}`);
    }
  });

  it('checks the address a custom lookup answers, as the webhook sender pins them', async () => {
    const lookup = ((_host: string, _options: object, callback: (err: Error | null, address: string, family: number) => void) => callback(null, '10.0.0.5', 4)) as unknown as net.LookupFunction;
    expect(await attempt({ host: 'internal.test', port: 80, lookup })).toBe('test traffic must stay on loopback, not 10.0.0.5');
  });
});
