/** Absolute addresses, so links work the same from every section (relative links in splat routes do not). */
export const SETUP = '/workspaces/setup';
