import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { I18n } from '@ws/dashboard-data-access';
import { Chart, buildHeatmapOptions } from '@ws/dashboard-ui-charts';
import type { FigureView } from '@ws/dashboard-ui-kit';
import { ViewToggle } from '@ws/dashboard-ui-kit';
import type { ExportSource, LoadStatus } from '@ws/dashboard-ui-table';
import { ExportButton, LoadState } from '@ws/dashboard-ui-table';
import type { Grid } from './heatmap-rows';

/** A heatmap of adherence with its table alternative and the API's CSV (entity x month, matrix). */
@Component({
  selector: 'ws-grid-panel',
  imports: [Chart, ExportButton, LoadState, ViewToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="card" [attr.data-testid]="testId()" [attr.aria-labelledby]="testId() + '-title'">
      <header class="card-head">
        <h2 [id]="testId() + '-title'">{{ title() }}</h2>
        <div class="card-actions">
          <ws-view-toggle [(view)]="view" [testId]="testId() + '-view'" [labels]="toggleLabels()" />
          <ws-export-button [source]="exportSource()" [lang]="i18n.lang()" [formatCount]="formatCount" [testId]="testId() + '-csv'" />
        </div>
      </header>
      <ws-load-state [status]="status()" [lang]="i18n.lang()" (retry)="retry.emit()">
        @if (view() === 'chart') {
          <ws-chart [options]="options()" [ariaLabel]="title()" [height]="height()" [testId]="testId() + '-chart'" />
        } @else {
          <div class="table-wrap">
            <table>
              <caption>{{ title() }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ rowHeader() }}</th>
                  @for (column of columnLabels(); track $index) {
                    <th scope="col" class="num">{{ column }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of grid().rows; track row.code; let y = $index) {
                  <tr>
                    <th scope="row"><bdi>{{ i18n.name(row) }}</bdi></th>
                    @for (column of grid().columns; track column; let x = $index) {
                      <td class="num">{{ i18n.percent(value(x, y), { fractionDigits: 0 }) }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </ws-load-state>
    </article>
  `,
})
export class GridPanel {
  protected readonly i18n = inject(I18n);
  readonly testId = input.required<string>();
  readonly title = input.required<string>();
  readonly rowHeader = input.required<string>();
  readonly grid = input.required<Grid>();
  readonly status = input.required<LoadStatus>();
  /** Column labels as shown (months formatted, entity names); the grid's codes otherwise. */
  readonly columnLabels = input.required<readonly string[]>();
  /** Words before a cell's count in the tooltip (the figure's basis). */
  readonly countLabel = input.required<string>();
  /** The API's CSV of the figures drawn (the whole table, not the grid on screen). */
  readonly exportSource = input.required<ExportSource>();
  readonly retry = output();
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
  protected readonly view = signal<FigureView>('chart');
  protected readonly height = computed(() => Math.max(240, 48 + this.grid().rows.length * 30));
  protected readonly toggleLabels = computed(() => ({
    viewAs: this.i18n.t().common.viewAs,
    chart: this.i18n.t().common.viewChart,
    table: this.i18n.t().common.viewTable,
  }));

  protected value(x: number, y: number): number | null {
    return this.grid().cells.find((c) => c.x === x && c.y === y)?.value ?? null;
  }

  protected readonly options = computed(() =>
    buildHeatmapOptions(this.grid().cells, {
      rtl: this.i18n.rtl(),
      columns: this.columnLabels(),
      rows: this.grid().rows.map((r) => this.i18n.name(r)),
      min: 0.5,
      max: 1,
      formatValue: (v) => this.i18n.percent(v, { fractionDigits: 0 }),
      seriesName: this.title(),
      countLabel: this.countLabel(),
      formatCount: (n) => this.i18n.number(n),
    }),
  );
}
