import { createUser, resetPassword } from '@ws/server-catalogue-store';
import { createFeedKey, Role } from '@ws/server-database';
import { DataSource } from 'typeorm';
import { SEED_ACTOR } from './seed-catalogue';

const DEMO_USERS: { email: string; role: Role; agency: string | null }[] = [
  { email: 'central@demo.gov.qa', role: 'central_office', agency: null },
  { email: 'leadership@demo.gov.qa', role: 'leadership', agency: null },
  { email: 'manager.moi@demo.gov.qa', role: 'agency_manager', agency: 'MOI' },
];
const DEMO_KEY_LABEL = 'demo (npm start)';
const DEMO_FEED_AGENCY = 'MOI';

export interface DemoCredentials {
  signIns: { email: string; password: string; role: Role; agency: string | null }[];
  feedKeys: { agency: string; key: string }[];
}

/** Fresh demo passwords and a fresh demo feed key at every start: nothing fixed, nothing reused. */
export async function rotateDemoCredentials(dataSource: DataSource): Promise<DemoCredentials> {
  return dataSource.transaction(async (manager) => {
    const signIns: DemoCredentials['signIns'] = [];
    for (const user of DEMO_USERS) {
      const exists: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE email = $1`, [user.email]);
      const password = exists.length > 0
        ? await resetPassword(manager, user.email, SEED_ACTOR)
        : (await createUser(manager, user, SEED_ACTOR)).password;
      signIns.push({ ...user, password });
    }
    await manager.query(`UPDATE feed_key SET revoked_at = now() WHERE label = $1 AND revoked_at IS NULL`, [DEMO_KEY_LABEL]);
    const key = await createFeedKey(manager.connection, DEMO_FEED_AGENCY, DEMO_KEY_LABEL);
    return { signIns, feedKeys: [{ agency: DEMO_FEED_AGENCY, key }] };
  });
}
