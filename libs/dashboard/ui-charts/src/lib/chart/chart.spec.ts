import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { buildSparklineOptions } from '../sparkline/build-sparkline-options';
import { Chart } from './chart';

describe('Chart', () => {
  it('renders an accessible, sized chart container', () => {
    TestBed.configureTestingModule({
      imports: [Chart],
      // ECharts never loads in this test: no canvas in jsdom. The builders are tested on their own.
      providers: [
        { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise(() => undefined) } },
      ],
    });
    const fixture = TestBed.createComponent(Chart);
    fixture.componentRef.setInput('options', buildSparklineOptions([1, 2], { rtl: true }));
    fixture.componentRef.setInput('ariaLabel', 'Adherence per month');
    fixture.componentRef.setInput('height', 48);
    fixture.componentRef.setInput('testId', 'adherence-sparkline');
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement.querySelector('[data-testid="adherence-sparkline"]');
    expect(el.getAttribute('role')).toBe('img');
    expect(el.getAttribute('aria-label')).toBe('Adherence per month');
    expect(el.style.height).toBe('48px');
  });
});
