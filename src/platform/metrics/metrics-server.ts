import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { CommonErrors } from '../errors.js';
import { PROBLEM_CONTENT_TYPE, problemOf } from '../http/problem.js';
import type { Logger } from '../logger.js';

export interface MetricsServer {
  /** The port it listens on (the configured one, or the one the system chose for port 0). */
  port: number;
  close(): Promise<void>;
}

function sendProblem(res: ServerResponse, status: 404 | 500, detail: string): void {
  const body = JSON.stringify(problemOf(status === 404 ? CommonErrors.notFound : CommonErrors.internal, detail));
  res.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * `GET /metrics` alone, without a credential, on its own port and address (metrics.port, metrics.host):
 * for a Prometheus scraper on a private network, without giving it an admin key. Whoever reaches the port
 * reads the metrics (counts and ages; no names of orders or items), so bind it to a private address.
 */
export async function startMetricsServer(registry: Registry, settings: { port: number; host: string }, log: Logger): Promise<MetricsServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      sendProblem(res, 404, 'This port serves GET /metrics only');
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      (error: unknown) => {
        log.error({ err: error }, 'the metrics could not be gathered');
        sendProblem(res, 500, 'The metrics could not be gathered; the error has been logged.');
      },
    );
  });
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  log.info({ host: settings.host, port }, 'metrics are served without a credential at /metrics on their own port');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
