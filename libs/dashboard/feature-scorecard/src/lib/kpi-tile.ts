import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ScorecardKpi } from '@ws/contracts';
import { I18n, figureMethodText } from '@ws/dashboard-data-access';
import { Chart, buildSparklineOptions } from '@ws/dashboard-ui-charts';
import { FigureBasis, StatusBadge } from '@ws/dashboard-ui-kit';
import { SCORECARD_TEXT } from './scorecard-text';

/**
 * One NDS3 target: actual, this year's trajectory, the 2030 target, status (colour, icon and
 * words), a sparkline of the year's months and the figure's basis. Grey "insufficient data"
 * replaces a percentage that would mislead.
 */
@Component({
  selector: 'ws-kpi-tile',
  imports: [Chart, FigureBasis, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-tile.html',
  styleUrl: './kpi-tile.css',
})
export class KpiTile {
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly text = this.i18n.select(SCORECARD_TEXT);
  readonly kpi = input.required<ScorecardKpi>();

  protected readonly insufficient = computed(
    () => this.kpi().status === 'grey' || this.kpi().actual === null,
  );
  protected readonly sparkline = computed(() =>
    buildSparklineOptions(
      this.kpi().trend.map((p) => p.value),
      // scaled to the year's values: the tile states the figure, the line shows its movement
      { rtl: this.i18n.rtl(), color: '#8a1538' },
    ),
  );
  protected readonly sparklineLabel = computed(() => {
    const points = this.kpi().trend.filter((p) => p.value !== null);
    return points
      .map((p) => `${this.i18n.date(p.period, 'month')}: ${this.i18n.percent(p.value)}`)
      .join(this.i18n.lang() === 'ar' ? '، ' : ', ');
  });
  protected readonly method = computed(() => figureMethodText(this.i18n.lang(), this.kpi().basis));
  protected readonly basisLabels = computed(() => ({
    basis: this.t().common.basis,
    count: this.t().common.basisCount,
    coverage: this.t().common.basisCoverage,
    method: this.t().common.basisMethod,
  }));
}
