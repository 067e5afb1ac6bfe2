import type { Role } from '@ws/server-database';
import type { Request } from 'express';

/** Who is calling, as the session says; every read and write is scoped by it. */
export interface AuthenticatedUser {
  id: number;
  email: string;
  role: Role;
  /** Set for agency managers: the agency they manage. */
  agencyId: number | null;
  agencyCode: string | null;
}

export type UserRequest = Request & { user?: AuthenticatedUser };

/** Actor name for the audit log. */
export function actorOf(user: AuthenticatedUser): string {
  return `user:${user.email}`;
}
