import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AdminAgency } from '@ws/dashboard-data-access';
import { ADMIN_DICTIONARIES } from '../i18n/admin-dictionaries';
import { EntitiesSection } from './entities-section';

const AGENCIES: AdminAgency[] = [
  { code: 'MOI', nameAr: 'الداخلية', nameEn: 'Interior', active: true, feedIntervalHours: 4 },
  { code: 'MOJ', nameAr: 'العدل', nameEn: 'Justice', active: true, feedIntervalHours: 168 },
];

describe('EntitiesSection: the expected feed interval', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(EntitiesSection);
    fixture.componentRef.setInput('t', ADMIN_DICTIONARIES.ar);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/v1/agencies').flush(AGENCIES);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const hours = () => root.querySelector('[data-testid="agency-interval-hours"]') as HTMLInputElement;
    return { fixture, http, root, hours };
  }

  it('lists each entity with its interval and edits the chosen one, starting from its value', async () => {
    const { fixture, http, root, hours } = await render();
    const headers = Array.from(root.querySelectorAll('[data-testid="agencies-table"] thead th'));
    const column = headers.findIndex((th) => th.textContent?.includes(ADMIN_DICTIONARIES.ar.entities.feedInterval));
    const rows = Array.from(root.querySelectorAll('[data-testid="agency-row"]'));
    expect(rows.map((row) => row.children[column]?.textContent?.trim())).toEqual(['4', '168']);
    expect(hours().value).toBe('4');

    const select = root.querySelector('#agency-interval-agency') as HTMLSelectElement;
    select.value = 'MOJ';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await fixture.whenStable();
    expect(hours().value).toBe('168');

    hours().value = '12';
    (root.querySelector('[data-testid="agency-interval-save"]') as HTMLButtonElement).click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/agencies/MOJ' });
    expect(patch.request.body).toEqual({ feedIntervalHours: 12 });
    patch.flush({ ...AGENCIES[1], feedIntervalHours: 12 });
    TestBed.tick(); // the list reloads
    http.expectOne('/api/v1/agencies').flush([AGENCIES[0], { ...AGENCIES[1], feedIntervalHours: 12 }]);
    await fixture.whenStable();
    expect(hours().value).toBe('12');
  });

  it("shows the API's message next to the field when the value breaks its rule", async () => {
    const { fixture, http, root, hours } = await render();
    hours().value = '2.5';
    (root.querySelector('[data-testid="agency-interval-save"]') as HTMLButtonElement).click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/agencies/MOI' });
    expect(patch.request.body).toEqual({ feedIntervalHours: 2.5 });
    const message = 'feedIntervalHours must be an integer, at least 1 and at most 720';
    patch.flush(
      { message, errors: [{ field: 'feedIntervalHours', rule: 'range', message }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(hours().getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector('#agency-interval-hours-error')?.textContent ?? '';
    expect(error).toContain('الرقم خارج الحدود المسموح بها');
    expect(error).toContain(message);
  });
});
