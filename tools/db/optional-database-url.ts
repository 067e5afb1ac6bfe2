import { loadConfig } from '@ws/server-config';

/** `DATABASE_URL` when set (validated), else undefined. */
export function optionalDatabaseUrl(): string | undefined {
  try {
    return loadConfig(['DATABASE_URL']).DATABASE_URL;
  } catch (error) {
    if (String(error).includes('DATABASE_URL is required')) return undefined;
    throw error;
  }
}
