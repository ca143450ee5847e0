import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrors, defineError } from '../errors.js';
import { problemOf, sendProblem } from './problem.js';
import type { App } from './app.js';

const UiNotBuilt = defineError('SERVER.UI_NOT_BUILT', 503, 'The web UI is not built');

/**
 * The package root, found by walking up from this file: the server runs compiled from dist/src/...
 * and the tests run the sources from src/..., so a fixed number of '..' would be right for only one.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'quayside') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the quayside package.json was not found above the server code');
    dir = parent;
  }
}

export function defaultUiDir(): string {
  return join(packageRoot(), 'web', 'dist');
}

/**
 * Paths the server answers itself; the UI's client-side routes never start with them. `metrics` too: with the
 * metrics on a port of their own, a scraper pointed at the API's port gets a 404, not the UI's page.
 */
function isServerPath(path: string): boolean {
  return path === 'api' || path.startsWith('api/') || path === 'metrics';
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The mobile app's service worker script (web/src/sw.ts, built to the UI's root so that it controls all of it). */
const SERVICE_WORKER = 'sw.js';

const HIDDEN = { schema: { hide: true }, config: { access: 'public' as const } };

/**
 * Serves the built web UI at `/`. Files are served as they are; any other GET outside /api answers
 * index.html so that the UI's own routes (/mobile/pick, /workspaces/outbound) survive a reload.
 */
export async function serveUi(app: App, uiDir: string): Promise<void> {
  const root = resolve(uiDir);
  if (!existsSync(join(root, 'index.html'))) {
    const notBuilt = (request: FastifyRequest, reply: FastifyReply) => {
      if (isServerPath((request.params as { '*'?: string })['*'] ?? '')) return reply.callNotFound();
      return sendProblem(
        reply,
        problemOf(UiNotBuilt, `The Quayside web UI is not built (${root} has no index.html). Run \`npm run build\` and restart. The API is at /api/v1 and its reference at /docs.`),
      );
    };
    app.get('/', HIDDEN, notBuilt);
    app.get('/*', HIDDEN, notBuilt);
    return;
  }

  // preCompressed: a file's .br or .gz copy from the build (web/precompress.ts), when the browser takes it.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });

  app.get('/', HIDDEN, (_request, reply) => sendIndex(reply));
  app.get('/*', HIDDEN, (request, reply) => {
    // The router has decoded the path once; a '%' left in it that does not start an escape is a malformed
    // (double-encoded) URL, answered like the router answers one, without a stack trace in the log.
    const path = (request.params as { '*': string })['*'];
    if (isServerPath(path)) return reply.callNotFound();
    if (!isDecodable(path)) {
      request.log.info({ url: request.url }, 'refused a malformed UI path');
      return sendProblem(reply, problemOf(CommonErrors.validation, 'url: is not valid percent-encoding', [{ field: 'url', reason: 'is not valid percent-encoding' }]));
    }
    // A source map left in a build (the UI's build makes none) would publish the sources, and the build's
    // own records (.vite/manifest.json, the bundle budget test's map of modules to files) are not the UI's.
    if (path.endsWith('.map') || path.split('/').some((segment) => segment.startsWith('.'))) return reply.callNotFound();
    const file = resolve(root, path);
    const inside = file.startsWith(root + sep) && !relative(root, file).startsWith('..');
    if (inside && existsSync(file) && statSync(file).isFile()) {
      // Vite puts a content hash in every file name under assets/, so those may be cached for good.
      // The service worker script (ADR 0023) is not hashed: no-cache, so the browser checks it for a new release.
      const hashed = path.startsWith('assets/');
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.sendFile(relative(root, file), { cacheControl: false });
    }
    // A missing hashed asset is a stale page asking for an old build: answering index.html would hide that.
    // So is a missing service worker script (a build without one): a 404 makes the browser drop the worker it
    // has, where index.html in its place would leave that worker serving an old app shell for good.
    if (path.startsWith('assets/') || path === SERVICE_WORKER) return reply.callNotFound();
    return sendIndex(reply);
  });
}
