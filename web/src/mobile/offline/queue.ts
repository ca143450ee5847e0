import { useSyncExternalStore } from 'react';
import { outbox, type FinishedOperation } from '../../api/operations';

let cached: { raw: string; ops: FinishedOperation[] } = { raw: '', ops: [] };

/** The steps that left the outbox on this device, newest first; follows the outbox as it changes. */
export function useFinishedOperations(): FinishedOperation[] {
  return useSyncExternalStore(outbox.subscribe, () => {
    const ops = outbox.finished();
    const raw = JSON.stringify(ops);
    if (raw !== cached.raw) cached = { raw, ops };
    return cached.ops;
  });
}

/** The service worker's kept lookups (web/src/sw.ts); it empties them itself too, on sign-in and sign-out. */
const API_CACHE = 'quayside-api';

/** What the device keeps of the signed-in user beyond the outbox: the list of sent steps and the kept lookups. */
export async function forgetUserData(): Promise<void> {
  outbox.forgetFinished();
  if ('caches' in window) await caches.delete(API_CACHE).catch(() => false);
}

/**
 * Registers the service worker that lets the app start offline (ADR 0023). Only a production build has
 * one (`vite build` writes /sw.js); the development server does not.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    // The app works without it, online; the console says why it will not start offline.
    console.warn('The offline app shell could not be installed:', error);
  });
}
