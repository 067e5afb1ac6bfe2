import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LoginResponse, UserRole } from '@ws/contracts';
import { SESSION_STORAGE_KEY } from '@ws/dashboard-data-access';
import { App } from './app';

function signIn(role: UserRole): void {
  const session: LoginResponse = {
    token: 'tok',
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
    user: { email: 'u@example.test', role, agency: role === 'agency_manager' ? 'MOI' : null },
  };
  sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve)); // the first poll starts on a 0 ms timer
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const navIds = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('nav a')).map((a) => a.getAttribute('data-testid'));

  it('shows the product name in Arabic, right to left, and no pages when signed out', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid="product-name"]')?.textContent).toContain(
      'المنصة الوطنية',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(navIds(el)).toEqual([]);
    expect(el.querySelector('[data-testid="sign-out"]')).toBeNull();
  });

  it('shows each role the pages it may open', async () => {
    signIn('leadership');
    expect(navIds((await render()).el)).toEqual(['nav-scorecard']);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    signIn('central_office');
    const { fixture, el } = await render();
    expect(navIds(el)).toEqual(['nav-scorecard', 'nav-tracking', 'nav-review', 'nav-admin']);
    TestBed.inject(HttpTestingController).expectOne('/api/v1/review/summary').flush({
      agency: null,
      openBreaches: 12,
      atRisk: 3,
      breachedLast7Days: 20,
      latestNotificationId: null,
      asOf: '2026-11-27T10:00:00Z',
    });
    fixture.destroy();
  });

  it('polls the open breaches of the manager agency and shows them in the header', async () => {
    signIn('agency_manager');
    const { fixture, el } = await render();
    const req = TestBed.inject(HttpTestingController).expectOne(
      (r) => r.url === '/api/v1/review/summary',
    );
    expect(req.request.params.get('agency')).toBe('MOI');
    req.flush({
      agency: 'MOI',
      openBreaches: 4,
      atRisk: 2,
      breachedLast7Days: 5,
      latestNotificationId: null,
      asOf: '2026-11-27T10:00:00Z',
    });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="live-open-breaches"]')?.textContent?.trim()).toBe('4');
    expect(navIds(el)).toEqual(['nav-review']);
    fixture.destroy();
  });

  it('switches language and digits, and remembers both', async () => {
    signIn('leadership');
    const { fixture, el } = await render();
    el.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')?.click();
    el.querySelector<HTMLButtonElement>('[data-testid="digits-arab"]')?.click();
    await fixture.whenStable();
    expect(document.documentElement.dir).toBe('ltr');
    expect(el.querySelector('[data-testid="nav-scorecard"]')?.textContent?.trim()).toBe(
      'National scorecard',
    );
    expect(el.querySelector('[data-testid="digits-arab"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(localStorage.getItem('ws.dashboard.lang')).toBe('en');
    expect(localStorage.getItem('ws.dashboard.digits')).toBe('arab');
  });
});
