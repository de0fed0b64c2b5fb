import { migrate } from '../server/migrations.js';
import { openStore, type ReceiverStore } from '../server/store.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Splits `--name value` options from the other arguments; a flag named in `flags` takes no value. */
export function parseArgs(args: readonly string[]): { positional: string[]; options: Map<string, string> } | string {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (i + 1 >= args.length || args[i + 1].startsWith('--')) return `${arg} needs a value`;
    else options.set(arg.slice(2), args[++i]);
  }
  return { positional, options };
}

/** The store `--db <folder>` names (PGlite), else DATABASE_URL's; migrated, as the receiver would. */
export async function openDatabase(options: Map<string, string>, io: Io): Promise<ReceiverStore | undefined> {
  if (!options.has('db') && !process.env.DATABASE_URL) {
    io.err('no database: give --db <folder> (the embedded store) or set DATABASE_URL');
    return undefined;
  }
  let store: ReceiverStore | undefined;
  try {
    store = await openStore({ dataDir: options.get('db') });
    await migrate(store);
    return store;
  } catch (e) {
    await store?.close().catch(() => {});
    io.err(`the database cannot be opened: ${e instanceof Error ? e.message : e}`);
    return undefined;
  }
}

/** A date given on the command line (YYYY-MM-DD or a full ISO 8601 time), or undefined for an invalid one. */
export function parseDate(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value)) return undefined;
  const date = new Date(value);
  return isNaN(+date) ? undefined : date;
}
