import { useSyncExternalStore } from 'react';
import { outbox, type PendingOperation } from '../api/operations';

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

let cached: { raw: string; ops: PendingOperation[] } = { raw: '', ops: [] };

export function usePendingOperations(): PendingOperation[] {
  return useSyncExternalStore(outbox.subscribe, () => {
    const ops = outbox.pending();
    const raw = JSON.stringify(ops);
    if (raw !== cached.raw) cached = { raw, ops };
    return cached.ops;
  });
}
