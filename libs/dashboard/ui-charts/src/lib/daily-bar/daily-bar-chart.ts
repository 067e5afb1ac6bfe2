import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { DailyBarLabels, DailyBarPoint } from './build-daily-bar-options';
import { buildDailyBarOptions } from './build-daily-bar-options';

/**
 * Bar chart of one value per day. Presentation only: the caller owns loading, empty and error
 * states (and the table alternative); this component draws what it is given.
 */
@Component({
  selector: 'ws-daily-bar-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="chart"
      data-testid="daily-bar-chart"
      role="img"
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
export class DailyBarChart {
  readonly series = input.required<readonly DailyBarPoint[]>();
  readonly labels = input.required<DailyBarLabels>();
  readonly rtl = input(false);
  /** Accessible summary of the chart (the canvas itself is not readable). */
  readonly ariaLabel = input.required<string>();
  readonly height = input(320);
  readonly formatPeriod = input<(period: string) => string>();
  readonly formatValue = input<(value: number) => string>();

  readonly options = computed(() =>
    buildDailyBarOptions(this.series(), {
      rtl: this.rtl(),
      labels: this.labels(),
      formatPeriod: this.formatPeriod(),
      formatValue: this.formatValue(),
    }),
  );
}
