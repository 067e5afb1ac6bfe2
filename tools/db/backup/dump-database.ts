import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, Gzip } from 'node:zlib';
import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupHeader, END_OF_TABLE, frame, MAGIC } from './backup-format';
import { appliedMigrations, copyTarget, listTables, rowCount, sequenceValues } from './database-contents';

async function write(gzip: Gzip, bytes: Buffer | string): Promise<void> {
  if (!gzip.write(bytes)) await once(gzip, 'drain');
}

/**
 * Writes every table of the database to `file` from one REPEATABLE READ snapshot, so the backup
 * is consistent while the API and workers go on writing. Returns the header (tables, row counts).
 */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<BackupHeader> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = [];
    for (const table of await listTables(client)) tables.push({ ...table, rows: await rowCount(client, table.name) });
    const header: BackupHeader = {
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '',
      migrations: await appliedMigrations(client),
      tables,
      sequences: await sequenceValues(client),
    };
    await write(gzip, `${MAGIC}\n${JSON.stringify(header)}\n`);
    for (const table of tables) {
      for await (const chunk of client.query(copyTo(`COPY ${copyTarget(table)} TO STDOUT (FORMAT binary)`))) await write(gzip, frame(chunk as Buffer));
      await write(gzip, END_OF_TABLE);
    }
    await client.query('COMMIT');
    gzip.end();
    await written;
    return header;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    rmSync(file, { force: true });
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}
