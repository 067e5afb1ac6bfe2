import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { TrendPoint } from '@ws/dashboard-ui-charts';
import { Chart, buildTrendOptions } from '@ws/dashboard-ui-charts';
import type { ExportSource, LoadStatus, UiLang } from '@ws/dashboard-ui-table';
import { CsvDownload, LoadState } from '@ws/dashboard-ui-table';
import type { FigureView } from './view-toggle';
import { ViewToggle } from './view-toggle';

/** A period of a KPI with the count it stands on (decided cases, responses). */
export interface TrendRow extends TrendPoint {
  count: number;
}

export interface TrendPanelLabels {
  title: string;
  period: string;
  actual: string;
  count: string;
  target: string;
  trajectory: string;
  insufficientData: string;
  viewAs: string;
  chart: string;
  table: string;
}

export interface TrendPanelFormat {
  period: (period: string) => string;
  percent: (value: number | null) => string;
  count: (value: number) => string;
}

/**
 * A ratio KPI over time against its target and trajectory, as a chart or a table of the same
 * rows, with a CSV download, and loading, empty and error states. Labels and formatters come
 * from the page (the current language and digits).
 */
@Component({
  selector: 'ws-trend-panel',
  imports: [Chart, CsvDownload, LoadState, ViewToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trend-panel.html',
})
export class TrendPanel {
  readonly testId = input.required<string>();
  readonly status = input.required<LoadStatus>();
  readonly rows = input.required<readonly TrendRow[]>();
  readonly target = input<number | null>(null);
  readonly labels = input.required<TrendPanelLabels>();
  readonly format = input.required<TrendPanelFormat>();
  readonly lang = input.required<UiLang>();
  readonly rtl = input.required<boolean>();
  /** The API's full CSV export of the series; without one, the rows shown are downloaded. */
  readonly exportSource = input<ExportSource | null>(null);
  readonly retry = output();
  protected readonly view = signal<FigureView>('chart');

  /** Something was decided, but no period has enough behind it: a chart would only show the target. */
  protected readonly allInsufficient = computed(() => this.rows().every((row) => row.value === null));
  protected readonly options = computed(() => {
    const labels = this.labels();
    const format = this.format();
    return buildTrendOptions(this.rows(), {
      rtl: this.rtl(),
      labels: { actual: labels.actual, target: labels.target, trajectory: labels.trajectory },
      target: this.target(),
      min: 0,
      max: 1,
      formatPeriod: format.period,
      formatValue: (value) => format.percent(value),
      countLabel: `${labels.count}: `,
      formatCount: format.count,
    });
  });
  protected readonly csvHeader = computed(() => {
    const l = this.labels();
    return [l.period, l.actual, l.count, l.trajectory, l.target];
  });
  protected readonly csvRows = computed(() =>
    this.rows().map((row) => [row.period, row.value, row.count, row.trajectory, this.target()]),
  );
}
