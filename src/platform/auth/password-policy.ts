import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { invalid } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  // Built on first use: the dictionaries take a moment to rank and most processes (workers, the CLI) never need them.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // The check runs on the event loop. Its l33t matcher tries every substitution, which took seconds on
    // some 30-character inputs; a few substitutions still catch "P@ssw0rd". Characters past 64 only add strength.
    l33tMaxSubstitutions: 4,
    maxLength: 64,
  });
  return factory;
}

export interface PasswordContext {
  /** Words that make a password easy to guess for this account: its username and display name. */
  userInputs?: readonly string[];
}

/** "Otto Berg" as zxcvbn needs to see it in "OttoBerg2024" or "berg1970": whole, word by word and run together. */
function variants(input: string): string[] {
  const words = input.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.length === 0 ? [] : [input.toLowerCase(), words.join(''), ...words];
}

/**
 * At least 12 characters and not easy to guess (ASVS 2.1.1, 2.1.7): common passwords, keyboard walks,
 * repeats, dates and the person's own names are refused with zxcvbn's reason.
 */
export function checkPassword(password: string, context: PasswordContext = {}, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalid(field, `must be at least ${String(MIN_PASSWORD_LENGTH)} characters long`);
  if (password.length > MAX_PASSWORD_LENGTH) throw invalid(field, `must be at most ${String(MAX_PASSWORD_LENGTH)} characters long`);
  const result = strength().check(password, ['quayside', ...(context.userInputs ?? []).flatMap(variants)]);
  if (result.score < MIN_SCORE) {
    const why = (result.feedback.warning ?? 'It would be guessed quickly.').replace(/\.$/, '');
    const hint = result.feedback.suggestions[0];
    throw invalid(field, `is too easy to guess: ${why.charAt(0).toLowerCase()}${why.slice(1)}${hint ? `. ${hint}` : ''}`);
  }
}
