/// <reference lib="webworker" />
/**
 * The service worker of the mobile app (ADR 0023). It keeps the app shell (index.html, the scripts and
 * styles of the sign-in page and the mobile app) so that a handheld starts /mobile without a network
 * after one visit, and keeps the answers to the lookups the screens made (GET /api/v1/...), network
 * first, so a screen opened offline shows what it showed last. Changes (POST, PUT, DELETE) are never
 * answered from here: they go through the app's outbox, which keeps and resends them itself.
 *
 * The kept answers belong to the signed-in user: signing in, signing out and an ended session (401)
 * empty them, so the next user of a shared handheld never sees them.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

export const API_CACHE = 'quayside-api';
const ASSET_CACHE = 'quayside-assets';

void self.skipWaiting();
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Paths the server answers itself: never the app's page. */
const SERVER_PATHS = /^\/(api|docs|openapi\.json|metrics|healthz|readyz|data|oauth2)(\/|$)/;
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [SERVER_PATHS, /\/oauth2\//] }));

// Hashed files the precache left out (the desk's screens, the camera's decoder): kept once loaded.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: ASSET_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 200 })] }),
);

const forgetUser = () => caches.delete(API_CACHE);

// Signing in and out: the kept answers of the previous user go before the request does.
registerRoute(
  ({ url }) => url.origin === self.location.origin && (url.pathname === '/api/v1/sessions' || url.pathname === '/api/v1/session'),
  async ({ request }) => {
    if (request.method !== 'GET') await forgetUser();
    return fetch(request);
  },
  'POST',
);
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === '/api/v1/session',
  async ({ request }) => {
    await forgetUser();
    return fetch(request);
  },
  'DELETE',
);

/** An ended session empties the kept answers too. */
const forgetOnUnauthorized = {
  fetchDidSucceed: async ({ response }: { response: Response }) => {
    if (response.status === 401) await forgetUser();
    return response;
  },
};

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.method === 'GET' && url.pathname.startsWith('/api/v1/') && url.pathname !== '/api/v1/session',
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 8,
    plugins: [forgetOnUnauthorized, new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 24 * 60 * 60 })],
  }),
);
