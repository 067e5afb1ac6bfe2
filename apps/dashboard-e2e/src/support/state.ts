import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
/**
 * This run's folder (state, service logs). Per Jest process, so that two runs at the same time
 * (a helper's and `npm test`'s) never read each other's state or stop each other's services:
 * globalSetup, the tests and globalTeardown share one process (the suite runs in band).
 */
export const RUN_DIR = resolve(WORKSPACE_ROOT, 'tmp/dashboard-e2e', `run-${process.pid}`);
export const STATE_FILE = resolve(RUN_DIR, 'state.json');
export const SCREENSHOT_DIR = resolve(WORKSPACE_ROOT, 'test-artifacts/screenshots');

export type E2eRole = 'central_office' | 'agency_manager' | 'leadership';
export const E2E_ROLES: readonly E2eRole[] = ['central_office', 'agency_manager', 'leadership'];

/** A signed-in role's credentials (the agency manager manages MOI, the feed key's agency). */
export interface E2eUser {
  email: string;
  password: string;
}

/** What globalSetup hands to the tests (through STATE_FILE) and to globalTeardown. */
export interface E2eState {
  baseUrl: string;
  feedKey: string;
  users: Record<E2eRole, E2eUser>;
  databaseName: string;
  adminDatabaseUrl: string;
  logDir: string;
  pids: number[];
}

export function readState(): E2eState {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
  } catch (error) {
    throw new Error(
      `dashboard-e2e: cannot read ${STATE_FILE}; did globalSetup run? (${String(error)})`,
    );
  }
}
