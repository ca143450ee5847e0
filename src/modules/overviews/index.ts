/**
 * Overviews: the figures each desktop workspace opens on, grouped in SQL so that no screen pulls a whole
 * table. The wiring (its routes) is in module.ts; nothing here is for other modules.
 *
 * Tables: none of its own. It reads other modules' tables and never writes them.
 * Events: none.
 */
export {};
