import { PASSWORD_HASH_PARAMS, setPasswordHashCost } from '../../src/platform/auth/passwords.js';

/**
 * Every test file hashes passwords at N=2^10 instead of the production 2^15 (a setup file: the same value in
 * every file, so files sharing a worker see the same state). Tests about the production cost itself use
 * atProductionHashCost.
 */
export const TEST_HASH_N = 2 ** 10;
setPasswordHashCost(TEST_HASH_N);

/** Runs fn with passwords hashed at the production cost, as a real server does. */
export async function atProductionHashCost<T>(fn: () => Promise<T>): Promise<T> {
  setPasswordHashCost(PASSWORD_HASH_PARAMS.N);
  try {
    return await fn();
  } finally {
    setPasswordHashCost(TEST_HASH_N);
  }
}
