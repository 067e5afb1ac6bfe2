import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ApiExports, I18n, MetricsApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { GridPanel } from './grid-panel';
import { matrixGrid } from './heatmap-rows';
import type { TrackingFilter } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** Adherence of inter-entity requests, requesting entity by providing entity, over the period. */
@Component({
  selector: 'ws-matrix-panel',
  imports: [GridPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-grid-panel
      testId="matrix"
      [title]="text().matrixTitle"
      [rowHeader]="text().requesting + ' \\\\ ' + text().providing"
      [grid]="grid()"
      [columnLabels]="columns()"
      [status]="status()"
      [countLabel]="text().decided + ': '"
      [exportSource]="exportSource()"
    />
  `,
})
export class MatrixPanel {
  private readonly metrics = inject(MetricsApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  private readonly range = computed(() => ({ from: this.filter().from, to: this.filter().to }), {
    equal: (a, b) => a.from === b.from && a.to === b.to,
  });
  private readonly data = loadOnChange(this.range, (range) => this.metrics.matrix(range));
  protected readonly grid = computed(() => {
    const matrix = loaded(this.data());
    return matrix ? matrixGrid(matrix) : { columns: [], rows: [], cells: [] };
  });
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('matrix', this.range(), 'inter-entity-matrix.csv'));
  protected readonly status = computed(() => loadStatus(this.data(), () => this.grid().cells.length === 0));
  protected readonly columns = computed(() => {
    const agencies = loaded(this.data())?.agencies ?? [];
    return this.grid().columns.map((code) => this.i18n.name(agencies.find((a) => a.code === code)) || code);
  });
}
