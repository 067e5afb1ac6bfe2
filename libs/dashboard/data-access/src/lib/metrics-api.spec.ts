import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ResolvedPerDayResponse } from '@ws/contracts';
import { API_BASE_URL } from './api-base-url';
import { MetricsApi } from './metrics-api';

describe('MetricsApi', () => {
  function setup(baseUrl?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ...(baseUrl ? [{ provide: API_BASE_URL, useValue: baseUrl }] : []),
      ],
    });
    return { api: TestBed.inject(MetricsApi), http: TestBed.inject(HttpTestingController) };
  }

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('requests the resolved series for a range with a relative URL', () => {
    const { api, http } = setup();
    const body: ResolvedPerDayResponse = {
      from: '2025-01-01',
      to: '2025-01-02',
      series: [
        { period: '2025-01-01', resolved: 0 },
        { period: '2025-01-02', resolved: 3 },
      ],
    };
    let received: ResolvedPerDayResponse | undefined;
    api.resolvedPerDay({ from: '2025-01-01', to: '2025-01-02' }).subscribe((r) => (received = r));

    const req = http.expectOne((r) => r.url === '/api/v1/metrics/resolved');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('from')).toBe('2025-01-01');
    expect(req.request.params.get('to')).toBe('2025-01-02');
    expect(req.request.params.has('agency')).toBe(false);
    req.flush(body);
    expect(received).toEqual(body);
  });

  it('passes the agency filter and honours a configured base URL', () => {
    const { api, http } = setup('https://example.test/api/v1');
    api.resolvedPerDay({ from: '2025-01-01', to: '2025-01-31' }, 'MOI').subscribe();
    const req = http.expectOne((r) => r.url === 'https://example.test/api/v1/metrics/resolved');
    expect(req.request.params.get('agency')).toBe('MOI');
    req.flush({ from: '2025-01-01', to: '2025-01-31', series: [] });
  });
});
