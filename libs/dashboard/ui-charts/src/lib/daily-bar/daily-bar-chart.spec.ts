import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { DailyBarChart } from './daily-bar-chart';

describe('DailyBarChart', () => {
  function render(rtl: boolean) {
    TestBed.configureTestingModule({
      imports: [DailyBarChart],
      // ECharts never loads in this test: no canvas in jsdom. The options are tested on their own.
      providers: [
        { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
      ],
    });
    const fixture = TestBed.createComponent(DailyBarChart);
    fixture.componentRef.setInput('series', [
      { period: '2025-05-01', value: 1 },
      { period: '2025-05-02', value: 4 },
    ]);
    fixture.componentRef.setInput('labels', { seriesName: 'Resolved' });
    fixture.componentRef.setInput('ariaLabel', 'Resolved cases per day');
    fixture.componentRef.setInput('rtl', rtl);
    fixture.componentRef.setInput('formatPeriod', (p: string) => p.slice(8));
    fixture.detectChanges();
    return fixture;
  }

  it('renders an accessible chart container', () => {
    const fixture = render(false);
    const el: HTMLElement = fixture.nativeElement.querySelector('[data-testid="daily-bar-chart"]');
    expect(el.getAttribute('role')).toBe('img');
    expect(el.getAttribute('aria-label')).toBe('Resolved cases per day');
    expect(el.style.height).toBe('320px');
  });

  it('builds mirrored options from its inputs', () => {
    const fixture = render(true);
    const options = fixture.componentInstance.options();
    expect(options.xAxis).toMatchObject({ inverse: true, data: ['01', '02'] });
    expect(options.yAxis).toMatchObject({ position: 'right' });
  });
});
