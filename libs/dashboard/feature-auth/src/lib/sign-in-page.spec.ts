import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SignInPage, safeReturnUrl, signInFailure } from './sign-in-page';

describe('SignInPage', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  function fill(el: HTMLElement, email: string, password: string): void {
    const input = (id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    input('sign-in-email').value = email;
    input('sign-in-password').value = password;
    input('sign-in-submit').click();
  }

  it('signs in and goes to the landing page of the role', async () => {
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fill(fixture.nativeElement, 'manager@example.test', 'a-long-password');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/login')
      .flush({
        token: 't',
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
        user: { email: 'manager@example.test', role: 'agency_manager', agency: 'MOI' },
      });
    expect(navigate).toHaveBeenCalledWith('/review');
  });

  it('says the credentials are wrong on 401, in Arabic by default', async () => {
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    fill(fixture.nativeElement, 'x@example.test', 'nope');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/login')
      .flush({}, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    const error = fixture.nativeElement.querySelector('[data-testid="sign-in-error"]');
    expect(error.textContent).toContain('غير صحيحة');
    expect(error.getAttribute('role')).toBe('alert');
  });

  it('asks for both fields before calling the API', async () => {
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    fill(fixture.nativeElement, '', '');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectNone('/api/v1/auth/login');
    expect(fixture.nativeElement.querySelector('[data-testid="sign-in-error"]')).not.toBeNull();
  });
});

describe('signInFailure / safeReturnUrl', () => {
  it('maps status codes to what the user reads', () => {
    const http = (status: number) => new HttpErrorResponse({ status });
    expect(signInFailure(http(401))).toBe('wrongCredentials');
    expect(signInFailure(http(429))).toBe('tooManyAttempts');
    expect(signInFailure(http(400))).toBe('invalidInput');
    expect(signInFailure(http(0))).toBe('unavailable');
    expect(signInFailure(new Error('x'))).toBe('unavailable');
  });

  it('returns only to paths of this app', () => {
    expect(safeReturnUrl('/tracking?agency=MOI')).toBe('/tracking?agency=MOI');
    expect(safeReturnUrl('//evil.test/x')).toBeNull();
    expect(safeReturnUrl('https://evil.test')).toBeNull();
    expect(safeReturnUrl('/sign-in')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });
});
