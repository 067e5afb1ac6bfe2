import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import type { TrendRow } from './trend-panel';
import { TrendPanel } from './trend-panel';

const labels = {
  title: 'Adherence',
  period: 'Month',
  actual: 'Actual',
  count: 'Decided',
  target: 'Target',
  trajectory: 'Trajectory',
  insufficientData: 'Insufficient data',
  viewAs: 'View as',
  chart: 'Chart',
  table: 'Table',
};
const format = {
  period: (p: string) => p,
  percent: (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`),
  count: (n: number) => String(n),
};

async function render(rows: TrendRow[]) {
  TestBed.configureTestingModule({
    imports: [TrendPanel],
    providers: [
      { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
    ],
  });
  const fixture = TestBed.createComponent(TrendPanel);
  const set = fixture.componentRef.setInput.bind(fixture.componentRef);
  set('testId', 'trend');
  set('status', 'ok');
  set('rows', rows);
  set('target', 0.8);
  set('labels', labels);
  set('format', format);
  set('lang', 'en');
  set('rtl', false);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('TrendPanel', () => {
  it('draws the chart when some period has enough behind it', async () => {
    const el = await render([
      { period: '2026-01', value: 0.82, count: 40, trajectory: 0.74 },
      { period: '2026-02', value: null, count: 3, trajectory: 0.75 },
    ]);
    expect(el.querySelector('[data-testid="trend-chart"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="trend-insufficient"]')).toBeNull();
  });

  it('says "insufficient data" instead of a chart with the target alone', async () => {
    const el = await render([{ period: '2026-01', value: null, count: 3, trajectory: null }]);
    expect(el.querySelector('[data-testid="trend-chart"]')).toBeNull();
    expect(el.querySelector('[data-testid="trend-insufficient"]')?.textContent?.trim()).toBe(
      'Insufficient data',
    );
  });

  it('shows the same rows as a table, insufficient periods in words', async () => {
    const el = await render([
      { period: '2026-01', value: 0.82, count: 40, trajectory: 0.74 },
      { period: '2026-02', value: null, count: 3, trajectory: 0.75 },
    ]);
    el.querySelector<HTMLButtonElement>('[data-testid="trend-view-table"]')?.click();
    TestBed.tick();
    const fixtureRows = () => el.querySelectorAll('[data-testid="trend-row"]');
    expect(fixtureRows()).toHaveLength(2);
    expect(fixtureRows()[1].textContent).toContain('Insufficient data');
    expect(fixtureRows()[0].textContent).toContain('82%');
  });
});
