import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatIssues, parseManifest } from '../core/manifest/validate.js';
import { renderPolicyPage } from '../ssr.js';
import { errorCount, type Io } from './io.js';

export const RENDER_USAGE = 'render <policy.json> [--lang de] [--out privacy.html]';

/** `render`: the whole policy as a standalone HTML page (every section open, no script), to stdout or `--out`. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang' || args[i] === '--out') {
      if (args[i + 1] === undefined)
        return (io.err(`${args[i]} needs a value\nusage: privacy-elements ${RENDER_USAGE}`), 2);
      options.set(args[i], args[++i]);
    } else if (args[i].startsWith('-'))
      return (io.err(`unknown option ${args[i]}\nusage: privacy-elements ${RENDER_USAGE}`), 2);
    else files.push(args[i]);
  }
  if (files.length !== 1) return (io.err(`usage: privacy-elements ${RENDER_USAGE}`), 2);
  const [file] = files;
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (e) {
    return (io.err(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`), 1);
  }
  const result = parseManifest(json.replace(/^\uFEFF/, ''));
  if (!result.ok) {
    io.err(`${errorCount(file, result)}, nothing written\n${formatIssues(result.issues, result.omitted)}`);
    return 1;
  }
  const lang = options.get('--lang');
  if (lang) await loadCatalog(lang);
  const page = renderPolicyPage(result.manifest, { lang });
  const out = options.get('--out');
  if (!out) return (io.out(page.trimEnd()), 0);
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, page);
  } catch (e) {
    return (io.err(`${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`), 1);
  }
  return 0;
}

/** Registers the built-in UI strings of a language, when there are any (English needs none). */
async function loadCatalog(_lang: string): Promise<void> {}
