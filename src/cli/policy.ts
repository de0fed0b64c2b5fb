import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatIssues, parseManifest } from '../core/manifest/validate.js';
import type { Manifest } from '../core/manifest/schema.js';
import { paint, plural, type Io } from './io.js';

/** Reads and checks one policy file; on failure says why on stderr and gives undefined. */
export async function readPolicy(file: string, io: Io): Promise<Manifest | undefined> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`${file}: ${paint(io.color?.err, 'red', 'cannot be read')} (${(e as NodeJS.ErrnoException).code ?? e})`);
    return undefined;
  }
  // A byte-order mark, as some editors save it: browsers' JSON parsing skips it, so the check does too.
  const result = parseManifest(json.replace(/^\uFEFF/, ''));
  if (!result.ok) {
    io.err(
      `${file}: ${paint(io.color?.err, 'red', plural(result.issues.length + (result.omitted ?? 0), 'error', 'errors'))}\n${formatIssues(result.issues, result.omitted)}`,
    );
    return undefined;
  }
  return result.manifest;
}

/** Writes an output file, creating the folders on its path (`public/.well-known/` is often not there yet). */
export async function writeOutput(target: string, text: string, io: Io): Promise<boolean> {
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    return true;
  } catch (e) {
    io.err(
      `${target}: ${paint(io.color?.err, 'red', 'cannot be written')} (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
    return false;
  }
}
