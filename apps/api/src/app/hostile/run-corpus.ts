import type { Server } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { answerProblems, Caller, HostileCase } from './hostile-case';
import { send } from './hostile-http';

export interface CorpusContext {
  server: Server;
  dataSource: DataSource;
  /** The Authorization header value for each caller; absent for `anonymous`. */
  authorization: Partial<Record<Caller, string>>;
}

export interface CorpusTally {
  tried: number;
  serverErrors: number;
  /** One line per case whose answer was not the expected one. */
  failures: string[];
}

export const emptyTally = (): CorpusTally => ({ tried: 0, serverErrors: 0, failures: [] });

async function storedPayloads(dataSource: DataSource, batchId: string): Promise<unknown[]> {
  const rows: { payload: unknown }[] = await dataSource.query(`SELECT payload FROM feed_event WHERE batch_id = $1 ORDER BY id`, [batchId]);
  return rows.map((row) => row.payload);
}

/** For a 202: the events stored for the batch are exactly as many as `accepted` (and the expected ones). */
async function storageProblems(context: CorpusContext, hostile: HostileCase, body: { batchId: string; accepted: number }): Promise<string[]> {
  const stored = await storedPayloads(context.dataSource, body.batchId);
  const problems = stored.length === body.accepted ? [] : [`${stored.length} events stored for accepted ${body.accepted}`];
  const wanted = hostile.expect.stored;
  if (wanted && !isDeepStrictEqual(stored, wanted)) problems.push(`stored ${JSON.stringify(stored).slice(0, 300)}`);
  return problems;
}

/** Sends every case (one at a time) and adds what it saw to the tally. */
export async function runCorpus(context: CorpusContext, cases: readonly HostileCase[], tally: CorpusTally): Promise<void> {
  for (const hostile of cases) {
    const authorization = context.authorization[hostile.as];
    const headers = { ...(authorization ? { Authorization: authorization } : {}), ...hostile.request.headers };
    const response = await send(context.server, { ...hostile.request, headers });
    tally.tried += 1;
    if (response === 'aborted') {
      tally.failures.push(`${hostile.group} / ${hostile.name}: the connection was closed without an answer`);
      continue;
    }
    if (response.status >= 500) tally.serverErrors += 1;
    const problems = answerProblems(hostile, response);
    if (response.status === 202 && problems.length === 0) problems.push(...(await storageProblems(context, hostile, response.json as { batchId: string; accepted: number })));
    if (problems.length > 0) tally.failures.push(`${hostile.group} / ${hostile.name}: ${problems.join('; ')}`);
  }
}
