import { createUser } from '@ws/server-catalogue-store';
import { Role } from '@ws/server-database';
import { DataSource } from 'typeorm';
import { sleep } from '../ingest/processes';
import { Recorder, timed } from './load-recorder';

/** What a dashboard shows and polls: national and per-agency figures, the league, breach lists. */
const READ_PATHS = [
  '/api/v1/metrics/sla?from=2024-01-01&to=2026-10-31&interval=month',
  '/api/v1/metrics/satisfaction?from=2026-01-01&to=2026-10-31&interval=month',
  '/api/v1/metrics/backlog',
  '/api/v1/scorecard',
  '/api/v1/league?from=2026-01-01&to=2026-10-31',
  '/api/v1/review/breaches?status=open_breach',
  '/api/v1/review/summary',
];

const SIGN_INS: { role: Role; agency: string | null }[] = [
  { role: 'central_office', agency: null },
  { role: 'central_office', agency: null },
  { role: 'leadership', agency: null },
  { role: 'leadership', agency: null },
  { role: 'agency_manager', agency: 'MOI' },
  { role: 'agency_manager', agency: 'MOPH' },
  { role: 'agency_manager', agency: 'MOJ' },
  { role: 'agency_manager', agency: 'MOCI' },
];

/** Users of the three roles, each signed in once (the readers share their tokens, as tabs of one browser do). */
export async function signInReaders(base: string, dataSource: DataSource): Promise<string[]> {
  const agencies = new Set((await dataSource.query(`SELECT code FROM agency`)).map((row: { code: string }) => row.code));
  const tokens: string[] = [];
  for (const [index, signIn] of SIGN_INS.entries()) {
    const agency = signIn.agency !== null && !agencies.has(signIn.agency) ? 'MOI' : signIn.agency;
    const email = `load.${index}@bench.test`;
    const { password } = await dataSource.transaction((manager) => createUser(manager, { email, role: signIn.role, agency }, 'load benchmark'));
    const response = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!response.ok) throw new Error(`Sign-in of ${email} answered ${response.status}: ${await response.text()}`);
    tokens.push(((await response.json()) as { token: string }).token);
  }
  return tokens;
}

/** `readers` dashboards reading a figure, pausing `thinkMs`, and again, until the deadline. */
export async function runReaders(base: string, tokens: readonly string[], readers: number, thinkMs: number, deadline: number, recorder: Recorder): Promise<void> {
  const reader = async (index: number): Promise<void> => {
    const headers = { authorization: `Bearer ${tokens[index % tokens.length]}` };
    await sleep(Math.random() * thinkMs);
    for (let turn = index; performance.now() < deadline; turn += 1) {
      const path = READ_PATHS[turn % READ_PATHS.length] as string;
      const outcome = await timed(`${base}${path}`, { headers });
      recorder.record(outcome, 200, path.split('?')[0]);
      const retryAfter = Number(outcome.retryAfter);
      await sleep(Number.isFinite(retryAfter) && outcome.retryAfter !== null ? retryAfter * 1000 : thinkMs);
    }
  };
  await Promise.all(Array.from({ length: readers }, (_, index) => reader(index)));
}
