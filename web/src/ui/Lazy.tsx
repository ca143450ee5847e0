import { lazy, Suspense, type ComponentType } from 'react';
import { i18n } from '../i18n';
import { Loading } from './States';

/**
 * A screen fetched when it is first shown, e.g. an overview with charts: the rest of its workspace does
 * not wait for (or download) what only that screen needs. `what` is a catalogue key ('ui:loadingOverview') or text.
 */
export function lazyScreen(load: () => Promise<ComponentType>, what: string): ComponentType {
  const Screen = lazy(async () => ({ default: await load() }));
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading what={i18n.t(what, { defaultValue: what })} />}>
        <Screen />
      </Suspense>
    );
  };
}
