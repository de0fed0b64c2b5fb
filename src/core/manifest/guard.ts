import type { Manifest } from './schema.js';
import { checkManifest, finish, STOP, type Report, type Steps } from './rules.js';

/** Stops the rules at the first problem: no path, no sentence, nothing more read. */
class FirstProblem implements Report {
  count = 0;
  readonly incomplete = new WeakSet<object>();
  add(): never {
    this.count++;
    throw STOP;
  }
}

/**
 * The production check: the validator's rules, stopped at the first problem. A manifest comes
 * back only when every rule passed (the same frozen own-data copy the validator makes); otherwise
 * undefined, and whoever asked loads the validator to say what is wrong and where.
 */
export function* guardSteps(value: unknown): Steps<Manifest | undefined> {
  try {
    return yield* checkManifest(value, new FirstProblem());
  } catch {
    return undefined;
  }
}

/** The guard's answer at once. */
export const guardManifest = (value: unknown) => finish(guardSteps(value));
