import type { FeedFreshnessResponse } from '@ws/contracts';
import { resolve } from 'node:path';
import { apiToken } from './review-fixture';
import { runStep, sleep } from './stack';
import type { E2eUser } from './state';
import { WORKSPACE_ROOT } from './state';

/** Cases per day of the year of demo history the browser tests run on (about 7,300 cases). */
export const DEMO_CASES_PER_DAY = 20;

/**
 * Loads a year of demo history through the real ingestion API (`tools/demo/load-history.ts`),
 * then waits until the worker has applied every batch (feed freshness: nothing waiting).
 */
export async function loadDemoHistory(
  baseUrl: string,
  env: NodeJS.ProcessEnv,
  centralOffice: E2eUser,
  timeoutMs = 240_000,
): Promise<void> {
  const tsx = resolve(WORKSPACE_ROOT, 'node_modules/.bin/tsx');
  const args = ['tools/demo/load-history.ts', '--api', baseUrl, '--cases-per-day'];
  runStep('demo history', tsx, [...args, String(DEMO_CASES_PER_DAY)], env);
  const token = await apiToken(baseUrl, centralOffice);
  const started = Date.now();
  let waiting = -1;
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(`${baseUrl}/api/v1/feeds/freshness`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok) {
      const body = (await response.json()) as FeedFreshnessResponse;
      waiting = body.agencies.reduce((sum, row) => sum + row.batchesWaiting, 0);
      if (waiting === 0) {
        console.log(`dashboard-e2e: demo history applied (${Date.now() - started} ms)`);
        return;
      }
    }
    await sleep(1000);
  }
  throw new Error(`dashboard-e2e: ${waiting} demo batches still waiting after ${timeoutMs} ms`);
}
