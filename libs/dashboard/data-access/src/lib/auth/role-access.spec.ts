import { TestBed } from '@angular/core/testing';
import type { UrlSegment, UrlTree } from '@angular/router';
import { Router, provideRouter } from '@angular/router';
import type { LoginResponse, UserRole } from '@ws/contracts';
import { SESSION_STORAGE_KEY } from './auth-session';
import { redirectSignedIn, requireRole } from './role-access';

function signedInAs(role: UserRole | null): Router {
  sessionStorage.clear();
  if (role) {
    const session: LoginResponse = {
      token: 't',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      user: { email: 'u@example.test', role, agency: role === 'agency_manager' ? 'MOI' : null },
    };
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
  }
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  return TestBed.inject(Router);
}

const segments = [{ path: 'tracking' }] as UrlSegment[];
const run = (guard: ReturnType<typeof requireRole>) =>
  TestBed.runInInjectionContext(() => guard({}, segments)) as boolean | UrlTree;
const url = (result: boolean | UrlTree) => (typeof result === 'boolean' ? result : result.toString());

describe('requireRole / redirectSignedIn', () => {
  it('sends a signed-out user to sign-in with the page asked for', () => {
    signedInAs(null);
    expect(url(run(requireRole('central_office')))).toBe('/sign-in?returnUrl=%2Ftracking');
    expect(url(run(redirectSignedIn))).toBe(true);
  });

  it('lets the right role in and sends another role to its own landing page', () => {
    signedInAs('central_office');
    expect(run(requireRole('central_office'))).toBe(true);
    signedInAs('leadership');
    expect(url(run(requireRole('central_office')))).toBe('/scorecard');
    signedInAs('agency_manager');
    expect(url(run(requireRole('leadership', 'central_office')))).toBe('/review');
  });

  it('sends a signed-in user away from the sign-in page to their landing page', () => {
    signedInAs('agency_manager');
    expect(url(run(redirectSignedIn))).toBe('/review');
    signedInAs('leadership');
    expect(url(run(redirectSignedIn))).toBe('/scorecard');
  });
});
