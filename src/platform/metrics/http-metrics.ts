import { Histogram, type Registry } from 'prom-client';
import type { FastifyInstance } from 'fastify';

/** What the router knows: every route's pattern is one label value, and a request no route matched is one more. */
const UNMATCHED = '(unmatched)';
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * `quayside_http_request_duration_seconds{route, method, status_class}`: labels are the route's pattern
 * (`/api/v1/items/:itemNumber`), never the URL, so that the number of series is bounded by the routes there
 * are, whatever clients send. Each process counts the requests it answered.
 */
export function installHttpMetrics(app: FastifyInstance, registry: Registry): void {
  const duration = new Histogram({
    name: 'quayside_http_request_duration_seconds',
    help: 'Time from receiving a request to sending the answer, by route pattern, method and status class (2xx, 4xx, 5xx ...).',
    labelNames: ['route', 'method', 'status_class'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    duration.observe({ route, method, status_class: `${String(Math.floor(reply.statusCode / 100))}xx` }, reply.elapsedTime / 1000);
    done();
  });
}
