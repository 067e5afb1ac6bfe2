import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { KpiProjection } from '@ws/contracts';
import { I18n, MetricsApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { Chart, buildProjectionOptions } from '@ws/dashboard-ui-charts';
import { CARD_STYLES } from '@ws/dashboard-ui-kit';
import { LoadState } from '@ws/dashboard-ui-table';
import { PROJECTION_TEXT } from './projection-text';

/** The three NDS3 targets, in the scorecard's order. */
const ORDER = ['SLA_ADHERENCE', 'CSAT', 'DIGITISED_SERVICES'];

/** "Will we make 2030?": each NDS3 target's months, projection, band and target, with the verdict and its basis. */
@Component({
  selector: 'ws-projection-panel',
  imports: [Chart, LoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './projection-panel.html',
  styles: `
    ${CARD_STYLES}
    .projections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
      gap: 1rem;
    }
    .verdict {
      font-weight: 600;
      margin-block: 0.25rem;
    }
    .facts {
      margin: 0.25rem 0;
      padding-inline-start: 1.25rem;
    }
    .basis {
      font-size: 0.8125rem;
      color: var(--ws-muted, #4a5058);
    }
    summary {
      cursor: pointer;
      text-decoration: underline dotted;
    }
  `,
})
export class ProjectionPanel {
  private readonly metrics = inject(MetricsApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(PROJECTION_TEXT);
  private readonly reloads = signal(0);
  protected readonly projection = loadOnChange(this.reloads, () =>
    this.metrics.scorecardProjection(),
  );
  protected readonly loaded = loaded;
  protected readonly status = computed(() =>
    loadStatus(this.projection(), (d) => d.kpis.length === 0),
  );
  protected readonly items = computed(() =>
    [...(loaded(this.projection())?.kpis ?? [])]
      .sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code))
      .map((kpi) => ({ kpi, options: this.options(kpi) })),
  );

  private options(kpi: KpiProjection) {
    const text = this.text();
    return buildProjectionOptions(
      { history: kpi.history, path: kpi.path, target: kpi.target2030 },
      {
        rtl: this.i18n.rtl(),
        labels: {
          actual: text.actual,
          projection: text.projection,
          band: text.band,
          target: text.target,
        },
        formatPeriod: (month) => this.i18n.date(`${month}-01`, 'month'),
        formatValue: (value) => this.i18n.percent(value),
        min: 0,
        max: 1,
      },
    );
  }

  /** A change per month as signed percentage points (0.0125 -> +1.25). */
  protected points(change: number | null): string {
    if (change === null) return '—';
    const text = this.i18n.number(Math.abs(change) * 100, 2);
    return change < 0 ? `−${text}` : `+${text}`;
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }
}
