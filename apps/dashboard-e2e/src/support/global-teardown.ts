import { existsSync, rmSync } from 'node:fs';
import { STATE_FILE, readState } from './state';
import { dropDatabase, stopProcess } from './stack';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) {
    return;
  }
  const state = readState();
  await Promise.all(state.pids.map((pid) => stopProcess(pid)));
  try {
    await dropDatabase(state.adminDatabaseUrl, state.databaseName);
  } catch (error) {
    console.error(`dashboard-e2e: could not drop database ${state.databaseName}: ${String(error)}`);
  }
  rmSync(STATE_FILE, { force: true });
}
