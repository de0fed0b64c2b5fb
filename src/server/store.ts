import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the receiver's SQL runs on: a connection, or a transaction. */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
}

/**
 * The receiver's storage: one SQL dialect (PostgreSQL's), so the embedded database and a server run
 * the same statements on the same schema. `transaction` commits before it resolves.
 */
export interface ReceiverStore extends SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data is, for messages (a folder, or the server's host and database; never a password). */
  readonly location: string;
  transaction<T>(work: (sql: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A new PGlite folder is a copy of a fresh cluster kept in the temp directory: creating one
 * (initdb, in WebAssembly) takes seconds, copying it a fraction of one.
 */
function seedFrom(template: string, dataDir: string, create: (dir: string) => Promise<{ close(): Promise<void> }>) {
  return (async () => {
    if (!existsSync(join(template, 'PG_VERSION'))) {
      const building = `${template}.${process.pid}.${Date.now()}`;
      await (await create(building)).close();
      try {
        renameSync(building, template);
      } catch {
        rmSync(building, { recursive: true, force: true }); // another process made it first
      }
    }
    cpSync(template, dataDir, { recursive: true });
  })();
}

/**
 * One process at a time may open a PGlite folder (two would corrupt it): a lock file holds the
 * owner's pid, and a lock whose process is gone (killed, say) is taken over.
 */
function lockFolder(dataDir: string): () => void {
  const file = join(dataDir, 'privacy-elements.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(file, 'utf8'));
      let alive = owner > 0;
      try {
        if (alive) process.kill(owner, 0);
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (alive)
        throw new Error(`${dataDir} is in use by process ${owner}${owner === process.pid ? ' (this one)' : ''}`);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`${dataDir}: cannot take its lock`);
}

/** The embedded store: PGlite (PostgreSQL in WebAssembly) keeping its files in `dataDir`. */
export async function pgliteStore(dataDir: string): Promise<ReceiverStore> {
  const { PGlite } = await import('@electric-sql/pglite');
  const create = (dir: string) => PGlite.create(dir);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length)
      throw new Error(`${dataDir} is neither empty nor a database folder`);
    const wasm = statSync(fileURLToPath(import.meta.resolve('@electric-sql/pglite/pglite.wasm')));
    mkdirSync(join(dataDir, '..'), { recursive: true });
    await seedFrom(join(tmpdir(), `privacy-elements-pglite-${wasm.size}-${Math.trunc(wasm.mtimeMs)}`), dataDir, create);
  }
  const unlock = lockFolder(dataDir);
  let db: Awaited<ReturnType<typeof create>>;
  try {
    db = await create(dataDir);
  } catch (e) {
    unlock();
    throw e;
  }
  return {
    kind: 'pglite',
    location: dataDir,
    query: (sql, params) => db.query(sql, params as unknown[]),
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => tx.query(sql, params as unknown[]) })),
    close: () => db.close().finally(unlock),
  } as ReceiverStore;
}

/** A PostgreSQL server through `pg`; `url` is a connection string such as DATABASE_URL. */
export async function postgresStore(url: string, log: (line: string) => void = console.error): Promise<ReceiverStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, statement_timeout: 15_000 });
  // An idle connection the server drops is replaced on the next query; unheard, it would end the process.
  pool.on('error', (e) => log(`database: ${e.message}`));
  let location = 'PostgreSQL';
  try {
    const { host, pathname } = new URL(url.replace(/^postgres(ql)?:/, 'http:'));
    location = `postgres://${host}${pathname}`;
  } catch {
    // pg reads forms URL does not (a bare socket path); the message then says less.
  }
  return {
    kind: 'postgres',
    location,
    query: (sql, params) => pool.query(sql, params as unknown[]),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => client.query(sql, params as unknown[]) } as SqlClient);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        client.release(true); // a connection in an unknown state is not reused
        throw e;
      }
    },
    close: () => pool.end(),
  } as ReceiverStore;
}

/** PGlite in `dataDir` when given, else PostgreSQL at `databaseUrl` (default: the DATABASE_URL variable). */
export async function openStore({
  dataDir,
  databaseUrl = process.env.DATABASE_URL,
}: { dataDir?: string; databaseUrl?: string } = {}): Promise<ReceiverStore> {
  if (dataDir) return pgliteStore(dataDir);
  if (databaseUrl) return postgresStore(databaseUrl);
  throw new Error('no database: give a data folder, or set DATABASE_URL');
}
