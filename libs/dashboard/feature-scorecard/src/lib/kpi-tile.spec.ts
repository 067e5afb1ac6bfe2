import { TestBed } from '@angular/core/testing';
import type { ScorecardKpi } from '@ws/contracts';
import { FIGURE_METHOD_TEXT } from '@ws/dashboard-data-access';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { KpiTile } from './kpi-tile';

const kpi: ScorecardKpi = {
  code: 'SLA_ADHERENCE',
  nameAr: 'نسبة الالتزام',
  nameEn: 'SLA adherence',
  unit: 'percent',
  direction: 'higher',
  actual: 0.824,
  trajectory: 0.74,
  target2030: 0.8,
  baselineYear: 2024,
  baselineValue: 0.71,
  tolerance: 0.05,
  status: 'green',
  basis: { count: 12345, coverage: 0.9, method: 'met / decided, first cycles', methodCode: 'pooledAdherence' },
  trend: [
    { period: '2026-01', value: 0.8 },
    { period: '2026-02', value: 0.82 },
  ],
  demo: true,
};

describe('KpiTile', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [KpiTile],
      providers: [
        { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
      ],
    });
  });

  async function render(value: ScorecardKpi): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(KpiTile);
    fixture.componentRef.setInput('kpi', value);
    await fixture.whenStable();
    return fixture.nativeElement;
  }
  const text = (el: HTMLElement, id: string) =>
    el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();

  it('shows actual, trajectory, target, status in words, basis and the demo mark', async () => {
    const el = await render(kpi);
    expect(text(el, 'kpi-actual')).toContain('82.4');
    expect(text(el, 'kpi-trajectory')).toContain('74.0');
    expect(text(el, 'kpi-target')).toContain('80');
    expect(text(el, 'status')).toContain('على المسار');
    expect(text(el, 'basis-count')).toMatch(/12.?345/);
    expect(text(el, 'basis-coverage')).toContain('90.0');
    expect(text(el, 'basis-method')).toBe(FIGURE_METHOD_TEXT.ar.pooledAdherence);
    expect(text(el, 'basis-method')).toContain('مجموع الحالات المنجزة ضمن المدة ÷ مجموع الدورات الأولى المحسومة');
    expect(el.querySelector('.demo')).not.toBeNull();
    expect(el.querySelector('[data-testid="kpi-sparkline"]')?.getAttribute('aria-label')).toContain(
      '80.0',
    );
  });

  it('falls back to the API text of a method code this build does not know', async () => {
    const unknownCode = { ...kpi.basis, methodCode: 'futureMethod' } as unknown as ScorecardKpi['basis'];
    const el = await render({ ...kpi, basis: unknownCode });
    expect(text(el, 'basis-method')).toBe('met / decided, first cycles');
  });

  it('says "insufficient data" in grey instead of a percentage', async () => {
    const el = await render({ ...kpi, status: 'grey', actual: 0.5, demo: false });
    expect(text(el, 'kpi-actual')).toBe('بيانات غير كافية');
    expect(el.querySelector('[data-testid="status"]')?.getAttribute('data-status')).toBe('grey');
    expect(el.querySelector('.demo')).toBeNull();
  });
});
