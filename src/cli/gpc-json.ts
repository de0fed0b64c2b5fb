import { gpcJson } from '../core/signals/gpc-json.js';
import type { Io } from './io.js';
import { readPolicy, writeOutput } from './policy.js';

/** `gpc-json`: the /.well-known/gpc.json object, to stdout or to a file. */
export async function run([file, target]: readonly string[], io: Io): Promise<number> {
  const m = await readPolicy(file, io);
  if (!m) return 1;
  const out = JSON.stringify(gpcJson(m), null, 2) + '\n';
  if (!target) return (io.out(out.trimEnd()), 0);
  return (await writeOutput(target, out, io)) ? 0 : 1;
}
