/**
 * Users: people who sign in to the web UI with a password, their sessions and their administration.
 * The wiring (its routes) is in module.ts; no other module calls this one.
 *
 * Tables: none of its own. users, user_sessions and first_start belong to the platform
 * (src/platform/auth), whose sign-in check every request needs; its commands (commands/) change users' rows.
 * Events: none.
 */
export {};
