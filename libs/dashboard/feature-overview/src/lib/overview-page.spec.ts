import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { ResolvedPerDayResponse } from '@ws/contracts';
import { I18n } from '@ws/dashboard-data-access';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { CLOCK } from './date-range';
import { OverviewPage } from './overview-page';

const NOW = new Date('2025-05-20T09:00:00+03:00');
const URL_RESOLVED = '/api/v1/metrics/resolved';

function body(values: number[], from = '2025-05-18'): ResolvedPerDayResponse {
  const start = new Date(`${from}T00:00:00Z`);
  const series = values.map((resolved, i) => {
    const d = new Date(start);
    d.setUTCDate(d.getUTCDate() + i);
    return { period: d.toISOString().slice(0, 10), resolved };
  });
  return { from, to: series[series.length - 1]?.period ?? from, series };
}

describe('OverviewPage', () => {
  let fixture: ComponentFixture<OverviewPage>;
  let http: HttpTestingController;

  async function open(url = '/overview'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'overview', component: OverviewPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: CLOCK, useValue: () => NOW },
        { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
      ],
    });
    localStorage.clear();
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(OverviewPage);
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const q = (testId: string): HTMLElement | null =>
    fixture.nativeElement.querySelector(`[data-testid="${testId}"]`);

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('defaults to the last 30 days in Qatar, puts them in the URL and shows loading', async () => {
    await open();
    const req = http.expectOne((r) => r.url === URL_RESOLVED);
    expect(req.request.params.get('from')).toBe('2025-04-21');
    expect(req.request.params.get('to')).toBe('2025-05-20');
    expect(TestBed.inject(Router).url).toBe('/overview?from=2025-04-21&to=2025-05-20');
    expect(q('state-loading')).not.toBeNull();
    expect((q('range-from') as HTMLInputElement).value).toBe('2025-04-21');
    req.flush(body([0]));
  });

  it('uses the range of the URL and draws the chart, then the table on request', async () => {
    await open('/overview?from=2025-05-18&to=2025-05-20');
    const req = http.expectOne((r) => r.url === URL_RESOLVED);
    expect(req.request.params.get('from')).toBe('2025-05-18');
    req.flush(body([1, 0, 3]));
    await settle();

    expect(q('daily-bar-chart')).not.toBeNull();
    expect(q('resolved-total')?.textContent?.trim()).toBe('4');
    expect(q('view-chart')?.getAttribute('aria-pressed')).toBe('true');

    q('view-table')?.click();
    await settle();
    expect(q('daily-bar-chart')).toBeNull();
    const rows = Array.from(
      fixture.nativeElement.querySelectorAll(
        '[data-testid="resolved-row"]',
      ) as NodeListOf<HTMLElement>,
    );
    expect(rows.map((r) => r.dataset['period'])).toEqual([
      '2025-05-18',
      '2025-05-19',
      '2025-05-20',
    ]);
    expect(
      rows.map((r) => r.querySelector('[data-testid="resolved-value"]')?.textContent?.trim()),
    ).toEqual(['1', '0', '3']);
    expect(q('view-table')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('says "no data" when nothing was resolved in the range', async () => {
    await open('/overview?from=2025-05-18&to=2025-05-19');
    http.expectOne((r) => r.url === URL_RESOLVED).flush(body([0, 0]));
    await settle();
    expect(q('state-empty')).not.toBeNull();
    expect(q('daily-bar-chart')).toBeNull();
  });

  it('shows an error with a retry that fetches again', async () => {
    await open('/overview?from=2025-05-18&to=2025-05-19');
    http
      .expectOne((r) => r.url === URL_RESOLVED)
      .flush({ statusCode: 500 }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(q('state-error')?.getAttribute('role')).toBe('alert');

    q('retry')?.click();
    await settle();
    expect(q('state-loading')).not.toBeNull();
    http.expectOne((r) => r.url === URL_RESOLVED).flush(body([2, 0]));
    await settle();
    expect(q('resolved-total')?.textContent?.trim()).toBe('2');
  });

  it('reports a reversed range without calling the API', async () => {
    await open('/overview?from=2025-05-19&to=2025-05-01');
    expect(q('state-invalid')).not.toBeNull();
    http.expectNone((r) => r.url === URL_RESOLVED);
  });

  it('translates its labels and mirrors the chart with the language', async () => {
    await open('/overview?from=2025-05-18&to=2025-05-19');
    http.expectOne((r) => r.url === URL_RESOLVED).flush(body([1, 2]));
    await settle();
    const title = () => fixture.nativeElement.querySelector('#resolved-title')?.textContent?.trim();
    expect(title()).toBe('المعاملات المنجزة يومياً');
    const chart = () => fixture.debugElement.query((el) => el.name === 'ws-daily-bar-chart');
    expect(chart().componentInstance.rtl()).toBe(true);

    TestBed.inject(I18n).setLang('en');
    await settle();
    expect(title()).toBe('Resolved cases per day');
    expect(chart().componentInstance.rtl()).toBe(false);
    expect(chart().componentInstance.options().xAxis).toMatchObject({ data: ['18 May', '19 May'] });
  });
});
