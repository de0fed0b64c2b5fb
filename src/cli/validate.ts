import { localize } from '../core/manifest/localize.js';
import { missingTranslations } from '../core/manifest/translations.js';
import { paint, plural, type Io } from './io.js';
import { readPolicy } from './policy.js';

/** `validate`: checks each policy file named; exit 1 when any of them fails. */
export async function run(files: readonly string[], io: Io): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const m = await readPolicy(file, io);
    if (!m) {
      failed++;
      continue;
    }
    io.out(
      `${file}: ${paint(io.color?.out, 'green', 'valid')} policy of ${localize(m.controller.name, m.language ?? 'en')}, version ${m.version} (${m.effectiveDate}): ` +
        [
          plural(m.data?.length ?? 0, 'data type', 'data types'),
          plural(m.recipients?.length ?? 0, 'recipient', 'recipients'),
          plural(m.retention?.length ?? 0, 'retention rule', 'retention rules'),
          plural(m.cookies?.categories.length ?? 0, 'cookie category', 'cookie categories'),
          plural(m.rights?.items.length ?? 0, 'right', 'rights'),
        ].join(', '),
    );
    // A text map without a language the others have: the visitor sees the default language there (a warning, not an error).
    for (const { path, missing } of missingTranslations(m))
      io.err(
        `${file}: ${paint(io.color?.err, 'yellow', 'warning')}: ${path} has no ${missing.map((l) => `"${l}"`).join(', ')} text (other texts of the policy have it)`,
      );
  }
  if (failed && files.length > 1) io.err(`${failed} of ${files.length} files failed`);
  return failed ? 1 : 0;
}
