import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  ApiExports,
  CLOCK,
  I18n,
  MetricsApi,
  loadOnChange,
  loadStatus,
  loaded,
  trendPanelText,
} from '@ws/dashboard-data-access';
import { CARD_STYLES, TrendPanel } from '@ws/dashboard-ui-kit';
import { ExportButton } from '@ws/dashboard-ui-table';
import { qatarToday } from '@ws/dashboard-util-format';
import { map } from 'rxjs';
import { nationalTrends } from './open-data-rows';
import { OPEN_DATA_TEXT } from './open-data-text';

/** The first year of NDS3 (2024-2030): the open data starts there. */
const FIRST_YEAR = 2024;

/**
 * The public page of the open data (no sign-in): the national monthly trends of a year and the
 * download of the data set. It reads `GET /open-data/monthly` only, the public, cacheable answer.
 */
@Component({
  selector: 'ws-open-data-page',
  imports: [ExportButton, TrendPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-data-page.html',
  styles: `
    ${CARD_STYLES}
    .trends {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr));
      gap: 1rem;
    }
    .year {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      margin-block-end: 1rem;
    }
    .muted {
      color: var(--ws-muted, #4a5058);
    }
  `,
})
export class OpenDataPage {
  private readonly metrics = inject(MetricsApi);
  private readonly exports = inject(ApiExports);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(OPEN_DATA_TEXT);
  private readonly thisYear = Number(qatarToday(inject(CLOCK)()).slice(0, 4));
  protected readonly years = Array.from(
    { length: this.thisYear - FIRST_YEAR + 1 },
    (_, i) => this.thisYear - i,
  );
  protected readonly year = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => {
        const year = Number(params.get('year'));
        return this.years.includes(year) ? year : this.thisYear;
      }),
    ),
    { initialValue: this.thisYear },
  );
  protected readonly data = loadOnChange(this.year, (year) => this.metrics.openDataMonthly(year));
  protected readonly status = computed(() =>
    loadStatus(this.data(), (d) => d.rows.every((row) => row.decided === 0 && row.opened === 0)),
  );
  protected readonly trends = computed(() => nationalTrends(loaded(this.data())?.rows ?? []));
  protected readonly dataset = computed(() =>
    this.exports.csv(
      'open-data/monthly',
      { year: this.year() },
      `open-data-monthly-${this.year()}.csv`,
    ),
  );
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
  protected readonly loaded = loaded;
  protected readonly panels = computed(() => {
    const x = this.text();
    return {
      adherence: trendPanelText(this.i18n, x.adherence, x.month, x.decided),
      satisfaction: trendPanelText(this.i18n, x.satisfaction, x.month, x.responses),
      digital: trendPanelText(this.i18n, x.digitalTakeUp, x.month, x.opened),
    };
  });

  protected chooseYear(value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { year: Number(value) },
      queryParamsHandling: 'merge',
    });
  }
}
