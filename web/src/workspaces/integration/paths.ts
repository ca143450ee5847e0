/** Absolute addresses, so links work the same from every section (relative links in splat routes do not). */
export const BASE = '/workspaces/integration';
export const messagePath = (id: number) => `${BASE}/messages/${String(id)}`;
