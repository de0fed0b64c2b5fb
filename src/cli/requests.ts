import {
  listRequests,
  REQUEST_STATUSES,
  setRequestStatus,
  StatusRefused,
  type RequestStatus,
} from '../server/requests.js';
import { openDatabase, parseArgs, parseDate, type Io } from './database.js';

const USAGE = `usage: privacy-elements requests <command> [--db <folder>]   (or DATABASE_URL for PostgreSQL)

commands:
  list [--due-before DATE] [--status S]   the requests, soonest due first
  set <reference> <status>                move a request on: ${REQUEST_STATUSES.join(' | ')}
                                          (extended moves the due date by the policy's extension, once)`;

const isStatus = (s: string | undefined): s is RequestStatus =>
  (REQUEST_STATUSES as readonly (string | undefined)[]).includes(s);

/** `privacy-elements requests ...`; returns the exit code (0 done, 1 refused or failed, 2 usage). */
export async function run(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  const [command, ...rest] = typeof parsed === 'string' ? [] : parsed.positional;
  const ok =
    typeof parsed !== 'string' && ((command === 'list' && !rest.length) || (command === 'set' && rest.length === 2));
  if (!ok) {
    io.err(`${typeof parsed === 'string' ? `${parsed}\n` : ''}${USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const dueBefore = options.has('due-before') ? parseDate(options.get('due-before')!) : undefined;
  const status = command === 'set' ? rest[1] : options.get('status');
  const bad =
    (options.has('due-before') && !dueBefore && '--due-before: expected a date such as 2026-01-31') ||
    (status !== undefined && !isStatus(status) && `status: expected one of ${REQUEST_STATUSES.join(', ')}`);
  if (bad) {
    io.err(`${bad}\n${USAGE}`);
    return 2;
  }
  const store = await openDatabase(options, io);
  if (!store) return 1;
  try {
    if (command === 'set') {
      const request = await setRequestStatus(store, rest[0], status as RequestStatus);
      io.out(`${request.reference}: ${request.status}, due ${request.dueBy.slice(0, 10)}`);
      return 0;
    }
    const requests = await listRequests(store, { dueBefore, status: status as RequestStatus | undefined });
    for (const r of requests)
      io.out(
        [
          r.reference,
          r.dueBy.slice(0, 10),
          r.status.padEnd(11),
          r.right.padEnd(18),
          r.email,
          r.receivedAt.slice(0, 10),
        ].join('  '),
      );
    io.out(`${requests.length} request${requests.length === 1 ? '' : 's'}`);
    return 0;
  } catch (e) {
    io.err(e instanceof StatusRefused ? e.message : `requests ${command}: ${e instanceof Error ? e.message : e}`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}
