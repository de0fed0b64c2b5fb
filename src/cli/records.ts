import { parseDuration } from '../core/duration.js';
import { before, exportRecords, purgeLog, verifyLog } from '../server/consent-log.js';
import { openDatabase, parseArgs, parseDate, type Io } from './database.js';

const USAGE = `usage: privacy-elements records <command> [--db <folder>]   (or DATABASE_URL for PostgreSQL)

commands:
  export [--since DATE] [--format csv|json]   print the consent records received since DATE (default: all), oldest first
  verify                                       check the hash chain; exit 1 naming the first missing or changed row
  purge --older-than P13M                      remove the records older than the period; the chain stays verifiable`;

const CSV_COLUMNS = [
  'seq',
  'receivedAt',
  'id',
  'timestamp',
  'policyVersion',
  'language',
  'method',
  'choices',
  'gpc',
  'dnt',
  'expires',
  'hash',
];
/** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused so a spreadsheet shows it as text. */
const csvField = (value: unknown) => {
  let text =
    value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `privacy-elements records ...`; returns the exit code (0 done, 1 failed or chain broken, 2 usage). */
export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  const [command, ...rest] = typeof parsed === 'string' ? [] : parsed.positional;
  if (typeof parsed === 'string' || !command || rest.length || !['export', 'verify', 'purge'].includes(command)) {
    io.err(`${typeof parsed === 'string' ? `${parsed}\n` : ''}${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const since = options.has('since') ? parseDate(options.get('since')!) : undefined;
  const format = options.get('format') ?? 'json';
  const period = options.has('older-than') ? parseDuration(options.get('older-than')!) : undefined;
  const bad =
    (options.has('since') && !since && '--since: expected a date such as 2026-01-31') ||
    (!['csv', 'json'].includes(format) && '--format: expected csv or json') ||
    (command === 'purge' && !period && '--older-than: expected an ISO 8601 duration such as P13M');
  if (bad) {
    io.err(`${bad}\n${USAGE}`);
    return 2;
  }
  const store = await openDatabase(options, io);
  if (!store) return 1;
  try {
    if (command === 'verify') {
      const result = await verifyLog(store);
      if (!result.ok) {
        io.err(
          `broken at row ${result.seq}${result.recordId ? ` (record ${result.recordId})` : ''}: ${result.problem}`,
        );
        return 1;
      }
      io.out(
        `chain intact: ${result.rows} rows (${result.records} records), head row ${result.head.seq} ${result.head.hash}`,
      );
      return 0;
    }
    if (command === 'purge') {
      const result = await purgeLog(store, before(new Date(), period!));
      io.out(
        result.removed
          ? `purged ${result.removed} rows (${result.fromSeq} to ${result.throughSeq}) received before ${result.olderThan}; a checkpoint row records them`
          : `nothing received before ${result.olderThan}`,
      );
      return 0;
    }
    if (format === 'csv') io.out(CSV_COLUMNS.join(','));
    else io.out('[');
    let first = true;
    for await (const row of exportRecords(store, since)) {
      const line = { seq: row.seq, receivedAt: row.receivedAt, ...row.body, hash: row.hash } as Record<string, unknown>;
      io.out(
        format === 'csv'
          ? CSV_COLUMNS.map((c) => csvField(line[c])).join(',')
          : `${first ? '' : ','}${JSON.stringify(line)}`,
      );
      first = false;
    }
    if (format === 'json') io.out(']');
    return 0;
  } catch (e) {
    io.err(`records ${command}: ${e instanceof Error ? e.message : e}`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}
