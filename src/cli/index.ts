import { readFile, writeFile } from 'node:fs/promises';
import { parseManifest } from '../core/manifest/load.js';
import { formatIssues } from '../core/manifest/validate.js';
import { localize } from '../core/manifest/localize.js';
import { gpcJson } from '../core/signals/gpc-json.js';
import { inlineScript } from '../core/manifest/inline.js';
import { errorCount, type Io } from './io.js';
import { missingTranslations } from '../core/manifest/translations.js';

const USAGE = `usage: privacy-elements <command> <policy.json>

commands:
  validate <policy.json>            check a policy manifest; exit 1 and list every error with its JSON path
  gpc-json <policy.json> [out.json] write the /.well-known/gpc.json object (to stdout, or to out.json)
  inline <policy.json> [id]         print the policy as a <script type="application/json" id="privacy-policy">
                                    to paste into pages that use data-policy="#privacy-policy"
  render <policy.json> [--lang de] [--out privacy.html]
                                    write the whole policy as a standalone HTML page (no script needed)
  audit <url> [options]             visit a site in Chromium and judge its cookies and requests against the policy`;

/** Runs the command line; returns the exit code. */
export async function main(args: readonly string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  if (args[0] === 'records') return (await import('./records.js')).run(args.slice(1), io);
  if (args[0] === 'requests') return (await import('./requests.js')).run(args.slice(1), io);
  const [command, file, target] = args;
  // Loaded on demand: server rendering brings in Lit's SSR, and the audit a browser driver, which the other commands never need.
  if (command === 'render') return (await import('./render.js')).run(args.slice(1), io);
  if (command === 'audit') return (await import('./audit/index.js')).run(args.slice(1), io);
  if (!command || !file || !['validate', 'gpc-json', 'inline'].includes(command) || (command === 'inline' && target !== undefined && !/^[A-Za-z][\w-]*$/.test(target))) {
    io.err(USAGE);
    return 2;
  }
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (e) {
    io.err(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
    return 1;
  }
  // A byte-order mark, as some editors save it: browsers' JSON parsing skips it, so the check does too.
  const result = parseManifest(json.replace(/^\uFEFF/, ''));
  if (!result.ok) {
    io.err(`${errorCount(file, result)}\n${formatIssues(result.issues, result.omitted)}`);
    return 1;
  }
  const m = result.manifest;
  if (command === 'validate') {
    const count = (n: number | undefined, what: string) => `${n ?? 0} ${what}`;
    io.out(
      `${file}: valid policy of ${localize(m.controller.name, m.language ?? 'en')}, version ${m.version} (${m.effectiveDate}): ` +
        [
          count(m.data?.length, 'data types'),
          count(m.recipients?.length, 'recipients'),
          count(m.retention?.length, 'retention rules'),
          count(m.cookies?.categories.length, 'cookie categories'),
          count(m.rights?.items.length, 'rights'),
        ].join(', '),
    );
    // A text map without a language the others have: the visitor sees the default language there (a warning, not an error).
    for (const { path, missing } of missingTranslations(m)) io.err(`warning: ${path} has no ${missing.map((l) => `"${l}"`).join(', ')} text (other texts of the policy have it)`);
    return 0;
  }
  if (command === 'inline') {
    io.out(inlineScript(m, target ?? 'privacy-policy'));
    return 0;
  }
  const out = JSON.stringify(gpcJson(m), null, 2) + '\n';
  if (!target) return io.out(out.trimEnd()), 0;
  try {
    await writeFile(target, out);
  } catch (e) {
    io.err(`${target}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`);
    return 1;
  }
  return 0;
}
