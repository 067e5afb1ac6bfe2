import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';

/**
 * Draws an ECharts option built by one of the pure builders. Presentation only: the caller owns
 * loading, empty and error states and the table alternative.
 */
@Component({
  selector: 'ws-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="chart"
      role="img"
      [attr.data-testid]="testId()"
      [attr.aria-label]="ariaLabel()"
      [style.height.px]="height()"
      echarts
      [options]="options()"
      [autoResize]="true"
    ></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
    }
  `,
})
export class Chart {
  readonly options = input.required<EChartsCoreOption>();
  /** Accessible summary of the chart (the canvas itself is not readable). */
  readonly ariaLabel = input.required<string>();
  readonly height = input(320);
  readonly testId = input('chart');
}
