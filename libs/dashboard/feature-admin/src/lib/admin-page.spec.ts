import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@ws/contracts';
import { AuthSession } from '@ws/dashboard-data-access';
import { AdminPage } from './admin-page';

describe('AdminPage', () => {
  function render(user: SessionUser) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthSession, useValue: { user: signal(user) } },
      ],
    });
    const fixture = TestBed.createComponent(AdminPage);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('tells an agency manager the screens are not theirs, without any section', () => {
    const root = render({ email: 'm@x.qa', role: 'agency_manager', agency: 'MOI' });
    expect(root.querySelector('[data-testid="admin-not-allowed"]')?.getAttribute('role')).toBe(
      'alert',
    );
    expect(root.querySelector('nav')).toBeNull();
  });

  it('gives the central office every section, the entities first', () => {
    const root = render({ email: 'c@x.qa', role: 'central_office', agency: null });
    expect(root.querySelector('[data-testid="admin-not-allowed"]')).toBeNull();
    const tabs = Array.from(root.querySelectorAll('nav a')).map((a) =>
      a.getAttribute('data-testid'),
    );
    expect(tabs).toEqual([
      'admin-tab-entities',
      'admin-tab-services',
      'admin-tab-calendars',
      'admin-tab-kpis',
      'admin-tab-maturity',
      'admin-tab-users',
      'admin-tab-feedKeys',
    ]);
    expect(root.querySelector('nav a[aria-current="page"]')?.getAttribute('data-testid')).toBe(
      'admin-tab-entities',
    );
    expect(root.querySelector('ws-admin-entities')).not.toBeNull();
  });
});
