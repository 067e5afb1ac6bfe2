import type { HttpInterceptorFn } from '@angular/common/http';
import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { API_BASE_URL } from '../api-base-url';
import { AuthSession } from './auth-session';

export const SIGN_IN_PATH = '/sign-in';

/**
 * Attaches the bearer token to every call of the platform's API, and sends the user back to the
 * sign-in page (with the page they were on) when the API says the session is unknown or expired.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(AuthSession);
  const router = inject(Router);
  const baseUrl = inject(API_BASE_URL);
  const token = session.token();
  const ownApi = request.url.startsWith(baseUrl);
  const authorised =
    token && ownApi ? request.clone({ setHeaders: { authorization: `Bearer ${token}` } }) : request;
  return next(authorised).pipe(
    catchError((error: unknown) => {
      const signInCall = request.url === `${baseUrl}/auth/login`;
      if (error instanceof HttpErrorResponse && error.status === 401 && ownApi && !signInCall) {
        session.clear();
        const returnUrl = router.url.startsWith(SIGN_IN_PATH) ? undefined : router.url;
        void router.navigate([SIGN_IN_PATH], { queryParams: returnUrl ? { returnUrl } : {} });
      }
      return throwError(() => error);
    }),
  );
};
