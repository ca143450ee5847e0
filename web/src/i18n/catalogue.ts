/**
 * A translation with exactly the keys of the English catalogue it translates: a key missing in German or
 * one English no longer has fails the type check, so the languages cannot drift apart unnoticed.
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
