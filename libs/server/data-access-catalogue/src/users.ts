import { ROLES, Role, writeAudit } from '@ws/server-database';
import { generatePassword, hashPassword, passwordProblems } from '@ws/server-security';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import { notFound } from './catalogue-errors';

export interface UserInput {
  email: string;
  role: Role;
  agency: string | null;
}

export interface UserView extends UserInput {
  active: boolean;
}

export function parseUserInput(body: unknown): UserInput {
  const check = new FieldChecker(body);
  const email = check.email('email');
  const role = check.oneOf('role', ROLES);
  const agencyRaw = check.raw('agency');
  const agency = agencyRaw === undefined || agencyRaw === null ? null : check.code('agency');
  if (role === 'agency_manager' && !agency) check.fail('agency', 'required-for-role', 'is required for an agency_manager');
  if (role !== 'agency_manager' && agency) check.fail('agency', 'only-for-agency-manager', 'is only for an agency_manager');
  check.done();
  return { email, role, agency };
}

/** Refuses (400, field `password`) a password the policy forbids for this user: docs/security.md. */
export function checkPassword(email: string, password: string): void {
  const check = new FieldChecker({});
  for (const problem of passwordProblems(password, email)) check.fail('password', problem.rule, problem.message);
  check.done();
}

export async function listUsers(manager: EntityManager): Promise<UserView[]> {
  return manager.query(
    `SELECT u.email, u.role, a.code AS agency, u.active FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id ORDER BY u.email`,
  );
}

/** Creates a user with the given password, or a generated one; returns the password once. */
export async function createUser(manager: EntityManager, input: UserInput, actor: string, password = generatePassword()): Promise<{ user: UserView; password: string }> {
  checkPassword(input.email, password);
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO app_user (email, password_hash, role, agency_id)
     SELECT $1, $2, $3, (SELECT id FROM agency WHERE code = $4)
     WHERE $4::text IS NULL OR EXISTS (SELECT 1 FROM agency WHERE code = $4)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [input.email, await hashPassword(password), input.role, input.agency],
  );
  if (rows.length === 0) {
    const check = new FieldChecker({});
    const exists: unknown[] = await manager.query(`SELECT 1 FROM app_user WHERE email = $1`, [input.email]);
    if (exists.length > 0) check.fail('email', 'unique', `"${input.email}" already has an account`);
    else check.fail('agency', 'exists', `must be the code of an existing agency ("${input.agency}" is unknown)`);
    check.done();
  }
  const user = { ...input, active: true };
  await writeAudit(manager, { actor, action: 'create', entity: 'user', entityKey: input.email, before: null, after: user });
  return { user, password };
}

/** A new password for an existing user (the demo rotates its sign-ins at every start). */
export async function resetPassword(manager: EntityManager, email: string, actor: string, password = generatePassword()): Promise<string> {
  checkPassword(email, password);
  await manager.query(`UPDATE app_user SET password_hash = $2 WHERE email = $1`, [email, await hashPassword(password)]);
  await manager.query(`DELETE FROM user_session WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [email]);
  await writeAudit(manager, { actor, action: 'reset-password', entity: 'user', entityKey: email, before: null, after: null });
  return password;
}

/**
 * Deactivates or reactivates a user. Deactivation ends every session of that user in the same
 * transaction, so the next request with an old token answers 401.
 */
export async function setUserActive(manager: EntityManager, email: string, active: boolean, actor: string): Promise<UserView> {
  const before: { active: boolean }[] = await manager.query(`SELECT active FROM app_user WHERE email = $1 FOR UPDATE`, [email]);
  if (!before[0]) throw notFound('user', email);
  const rows: (UserView & { id: number })[] = await manager.query(
    `WITH changed AS (UPDATE app_user SET active = $2 WHERE email = $1 RETURNING id, email, role, agency_id, active)
     SELECT c.id, c.email, c.role, a.code AS agency, c.active FROM changed c LEFT JOIN agency a ON a.id = c.agency_id`,
    [email, active],
  );
  const { id, ...user } = rows[0] as UserView & { id: number };
  const ended: unknown[] = active ? [] : await manager.query(`WITH ended AS (DELETE FROM user_session WHERE user_id = $1 RETURNING 1) SELECT 1 FROM ended`, [id]);
  await writeAudit(manager, {
    actor,
    action: active ? 'reactivate' : 'deactivate',
    entity: 'user',
    entityKey: email,
    before: { active: before[0].active },
    after: { active, sessionsEnded: ended.length },
  });
  return user;
}
