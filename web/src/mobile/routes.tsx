import type { RouteObject } from 'react-router';

/** The mobile app's task screens, below /mobile. */
export const mobileRoutes: RouteObject[] = [];
