import { inject } from '@angular/core';
import type { CanMatchFn, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import type { UserRole } from '@ws/contracts';
import { AuthSession } from './auth-session';
import { SIGN_IN_PATH } from './auth.interceptor';

/** Where each role lands after signing in (product.md: who opens what). */
export const LANDING_PATH: Record<UserRole, string> = {
  leadership: '/scorecard',
  central_office: '/scorecard',
  agency_manager: '/review',
};

/** The pages each role may open, in navigation order. */
export const PAGES_BY_ROLE: Record<UserRole, readonly string[]> = {
  leadership: ['scorecard'],
  central_office: ['scorecard', 'tracking', 'review', 'admin'],
  agency_manager: ['review'],
};

function landing(router: Router, session: AuthSession): UrlTree {
  const user = session.user();
  return user
    ? router.parseUrl(LANDING_PATH[user.role])
    : router.createUrlTree([SIGN_IN_PATH]);
}

/**
 * Route guard: signed-in users with one of `roles`; others go to sign-in (signed out) or to their
 * own landing page (signed in, other role). A convenience only: the API enforces the roles.
 */
export function requireRole(...roles: UserRole[]): CanMatchFn {
  return (_route, segments) => {
    const session = inject(AuthSession);
    const router = inject(Router);
    if (!session.signedIn()) {
      const returnUrl = `/${segments.map((s) => s.path).join('/')}`;
      return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl } });
    }
    return session.hasRole(...roles) ? true : landing(router, session);
  };
}

/** Guard of the sign-in page and of `/`: a signed-in user goes to their landing page. */
export const redirectSignedIn: CanMatchFn = () => {
  const session = inject(AuthSession);
  return session.signedIn() ? landing(inject(Router), session) : true;
};
