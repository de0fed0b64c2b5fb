import { inlineScript } from '../core/manifest/inline.js';
import type { Io } from './io.js';
import { readPolicy } from './policy.js';

/** `inline`: the policy as a JSON data block to paste into a page. */
export async function run([file, id = 'privacy-policy']: readonly string[], io: Io): Promise<number> {
  const m = await readPolicy(file, io);
  if (!m) return 1;
  io.out(inlineScript(m, id));
  return 0;
}
