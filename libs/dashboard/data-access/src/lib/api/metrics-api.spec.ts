import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { API_BASE_URL } from '../api-base-url';
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

  it('sends the series filter and leaves out the parameters not set', () => {
    const { api, http } = setup();
    api.sla({ from: '2026-01-01', to: '2026-06-30', interval: 'month', agency: 'MOI' }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/metrics/sla');
    expect(req.request.params.keys().sort()).toEqual(['agency', 'from', 'interval', 'to']);
    expect(req.request.params.get('interval')).toBe('month');
    req.flush({ target: 0.8, cycles: 'first', series: [] });
  });

  it('asks the scorecard of a year, or of this year without one', () => {
    const { api, http } = setup('https://example.test/api/v1');
    api.scorecard(2025).subscribe();
    api.scorecard().subscribe();
    const [withYear, withoutYear] = http.match((r) => r.url === 'https://example.test/api/v1/scorecard');
    expect(withYear.request.params.get('year')).toBe('2025');
    expect(withoutYear.request.params.keys()).toEqual([]);
  });
});
