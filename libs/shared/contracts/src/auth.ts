/** Roles of the platform's users (`app_user.role`). */
export const USER_ROLES = ['central_office', 'agency_manager', 'leadership'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who a bearer token belongs to: `GET /api/v1/auth/me`. */
export interface SessionUser {
  email: string;
  role: UserRole;
  /** The managed agency's code for an agency manager, else null. */
  agency: string | null;
}

/** `POST /api/v1/auth/login` answer. */
export interface LoginResponse {
  token: string;
  /** ISO instant. */
  expiresAt: string;
  user: SessionUser;
}
