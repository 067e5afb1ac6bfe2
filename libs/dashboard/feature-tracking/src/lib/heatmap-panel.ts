import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ApiExports, I18n, MetricsApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { GridPanel } from './grid-panel';
import { entityMonthGrid } from './heatmap-rows';
import { TRACKING_TEXT } from './tracking-text';

/** Entity x month adherence of a year (the open-data monthly table). */
@Component({
  selector: 'ws-heatmap-panel',
  imports: [GridPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-grid-panel
      testId="heatmap"
      [title]="text().heatmapTitle(yearLabel())"
      [rowHeader]="text().entity"
      [grid]="grid()"
      [columnLabels]="columns()"
      [status]="status()"
      [countLabel]="text().decided + ': '"
      [exportSource]="exportSource()"
    />
    @if (demo()) {
      <p class="demo-note">{{ i18n.t().app.demoData }}: {{ i18n.t().app.demoDataNote }}</p>
    }
  `,
})
export class HeatmapPanel {
  private readonly metrics = inject(MetricsApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly year = input.required<number>();
  readonly agency = input<string | null>(null);
  private readonly data = loadOnChange(this.year, (year) => this.metrics.openDataMonthly(year));
  protected readonly grid = computed(() => entityMonthGrid(loaded(this.data())?.rows ?? []));
  protected readonly demo = computed(() => loaded(this.data())?.demo ?? false);
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('open-data/monthly', { year: this.year() }, 'open-data-monthly.csv'));
  protected readonly status = computed(() => loadStatus(this.data(), () => this.grid().cells.length === 0));
  protected readonly columns = computed(() => this.grid().columns.map((m) => this.i18n.date(m, 'month')));
  protected readonly yearLabel = computed(() => this.i18n.date(`${this.year()}-01`, 'year'));
}
