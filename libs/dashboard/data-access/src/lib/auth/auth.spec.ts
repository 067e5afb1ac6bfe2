import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { LoginResponse } from '@ws/contracts';
import { AuthSession, SESSION_STORAGE_KEY } from './auth-session';
import { authInterceptor } from './auth.interceptor';

const session: LoginResponse = {
  token: 'tok-123',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { email: 'cpo@example.test', role: 'central_office', agency: null },
};

function setup() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
    ],
  });
  return {
    auth: TestBed.inject(AuthSession),
    http: TestBed.inject(HttpClient),
    backend: TestBed.inject(HttpTestingController),
    router: TestBed.inject(Router),
  };
}

describe('AuthSession and authInterceptor', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('signs in, keeps the token in sessionStorage and attaches it to API calls', () => {
    const { auth, http, backend } = setup();
    let role: string | undefined;
    auth.signIn('cpo@example.test', 'secret-password').subscribe((user) => (role = user.role));
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({ email: 'cpo@example.test', password: 'secret-password' });
    expect(login.request.headers.has('authorization')).toBe(false);
    login.flush(session);

    expect(role).toBe('central_office');
    expect(auth.hasRole('central_office', 'leadership')).toBe(true);
    expect(auth.hasRole('agency_manager')).toBe(false);
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').token).toBe('tok-123');

    http.get('/api/v1/scorecard').subscribe();
    expect(backend.expectOne('/api/v1/scorecard').request.headers.get('authorization')).toBe(
      'Bearer tok-123',
    );
    http.get('https://elsewhere.test/x').subscribe();
    expect(backend.expectOne('https://elsewhere.test/x').request.headers.has('authorization')).toBe(
      false,
    );
  });

  it('restores a stored session, and ignores an expired or malformed one', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    expect(setup().auth.user()?.email).toBe('cpo@example.test');
    TestBed.resetTestingModule();
    sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ ...session, expiresAt: '2000-01-01T00:00:00Z' }),
    );
    expect(setup().auth.signedIn()).toBe(false);
    TestBed.resetTestingModule();
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{"token": 1');
    expect(setup().auth.signedIn()).toBe(false);
  });

  it('on 401 forgets the session and goes to sign-in with the page to come back to', async () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    const { auth, http, backend, router } = setup();
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/v1/league').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/v1/league').flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
    expect(auth.signedIn()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/' } });
  });

  it('a wrong password (401 from login) does not navigate', () => {
    const { auth, backend, router } = setup();
    const navigate = jest.spyOn(router, 'navigate');
    auth.signIn('x@example.test', 'wrong').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('signs out on the server and forgets the session even if the call fails', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    const { auth, backend } = setup();
    auth.signOut().subscribe();
    const logout = backend.expectOne('/api/v1/auth/logout');
    expect(logout.request.headers.get('authorization')).toBe('Bearer tok-123');
    logout.flush({}, { status: 500, statusText: 'Server Error' });
    expect(auth.signedIn()).toBe(false);
  });
});
