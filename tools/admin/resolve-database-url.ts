import { optionalDatabaseUrl } from '../db/optional-database-url';

/** The database `npm start` runs when no `DATABASE_URL` is set (see tools/dev). */
export const DEFAULT_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/sla';

export function resolveDatabaseUrl(): string {
  return optionalDatabaseUrl() ?? DEFAULT_DATABASE_URL;
}
