import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EntityManager } from 'typeorm';

/** Streams `text` (COPY text format) through `sql` (`COPY ... FROM STDIN`) on the connection of the manager's transaction. */
export async function copyInto(manager: EntityManager, sql: string, text: string): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('COPY needs the query runner of a transaction');
  const client = (await runner.connect()) as PoolClient;
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}
