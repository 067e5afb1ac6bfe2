import 'reflect-metadata';
import { ALL_MIGRATIONS } from '@ws/migrations';
import { migrate } from '@ws/server-database';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Client, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BackupHeader, ByteReader, MAGIC } from './backup-format';
import {
  copyTarget,
  createPartition,
  listTables,
  restoreSequence,
  rowCount,
} from './database-contents';

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const MAX_HEADER_BYTES = 16 * 1024 * 1024;

/** Creates the database `name` on the server of `serverUrl` and returns its URL; refuses an existing one. */
async function createDatabase(serverUrl: string, name: string): Promise<string> {
  if (!DATABASE_NAME.test(name))
    throw new Error(`--database must be a plain database name (a-z, 0-9, _), not "${name}".`);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (exists.rowCount)
      throw new Error(
        `The database ${name} exists already: restore into a new one, or drop it first.`,
      );
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function readHeader(reader: ByteReader): Promise<BackupHeader> {
  if ((await reader.line(64)) !== MAGIC)
    throw new Error(`Not a backup of this platform (it does not start with "${MAGIC}").`);
  return JSON.parse(await reader.line(MAX_HEADER_BYTES)) as BackupHeader;
}

/** The code must have exactly the backup's migrations: the schema is rebuilt by migrating, then filled. */
function checkMigrations(header: BackupHeader): void {
  const code = ALL_MIGRATIONS.map((migration) => migration.name);
  if (code.join() !== header.migrations.join()) {
    const missing = header.migrations.filter((name) => !code.includes(name));
    const extra = code.filter((name) => !header.migrations.includes(name));
    throw new Error(
      `The backup's schema is not this code's: migrations only in the backup [${missing.join(', ')}], only in the code [${extra.join(', ')}]. Restore with the code the backup was made with.`,
    );
  }
}

async function loadTables(
  client: PoolClient,
  reader: ByteReader,
  header: BackupHeader,
): Promise<void> {
  // Rows are copied as they were, rollups included: no trigger may count them again, no foreign key order matters.
  await client.query('SET LOCAL session_replication_role = replica');
  for (const table of header.tables) await createPartition(client, table);
  const existing = (await listTables(client)).map((table) => table.name);
  await client.query(`TRUNCATE ${existing.map((name) => `"${name}"`).join(', ')}`);
  for (const table of header.tables) {
    const stream = client.query(copyFrom(`COPY ${copyTarget(table)} FROM STDIN (FORMAT binary)`));
    for await (const bytes of reader.tableFrames())
      if (!stream.write(bytes)) await once(stream, 'drain');
    stream.end();
    await finished(stream);
  }
  for (const sequence of header.sequences) await restoreSequence(client, sequence);
  for (const table of header.tables) {
    const rows = await rowCount(client, table.name);
    if (rows !== table.rows)
      throw new Error(`${table.name}: ${rows} rows restored, the backup has ${table.rows}.`);
  }
}

/**
 * Restores `file` into a new database `name` on the server of `serverUrl` (or, without a name,
 * into the database of `serverUrl` itself, which must hold no tables yet): migrates it to the
 * backup's schema, then copies every table in one transaction and checks each row count.
 */
export async function restoreDatabase(
  serverUrl: string,
  file: string,
  name?: string,
): Promise<{ url: string; header: BackupHeader }> {
  const reader = new ByteReader(createReadStream(file).pipe(createGunzip()));
  const header = await readHeader(reader);
  checkMigrations(header);
  const url = name ? await createDatabase(serverUrl, name) : serverUrl;
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const client = await pool.connect();
    try {
      if (!name && (await listTables(client)).length > 0)
        throw new Error(
          'The target database has tables already: restore into a new one with --database NAME.',
        );
      await migrate(url);
      await client.query('BEGIN');
      await loadTables(client, reader, header);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  return { url, header };
}
