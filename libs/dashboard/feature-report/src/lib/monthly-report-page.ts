import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import type { KpiStatus } from '@ws/contracts';
import {
  CLOCK,
  FIGURE_METHOD_TEXT,
  I18n,
  MetricsApi,
  loadOnChange,
  loaded,
} from '@ws/dashboard-data-access';
import { StatusBadge } from '@ws/dashboard-ui-kit';
import { monthStart, qatarToday } from '@ws/dashboard-util-format';
import { forkJoin, map, of } from 'rxjs';
import type { CountedRatio } from './report-figures';
import { monthEnd, monthsOfYear, reportFigures, reportMonth } from './report-figures';
import { REPORT_TEXT } from './report-text';

interface ReportQuery {
  month: string | null;
  agency: string | null;
}

/**
 * The monthly report (national, or one entity with `agency`), print-optimised: the API renders this
 * page to PDF in headless Chromium (`GET /reports/monthly.pdf`). `data-report-state` says when
 * every figure is on the page (`ready`) or a request failed (`error`).
 */
@Component({
  selector: 'ws-monthly-report-page',
  imports: [StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monthly-report-page.html',
  styleUrl: './monthly-report-page.css',
})
export class MonthlyReportPage {
  private readonly metrics = inject(MetricsApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(REPORT_TEXT);
  private readonly today = qatarToday(inject(CLOCK)());
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed<ReportQuery>(
    () => {
      const params = this.params();
      const month = params.get('month');
      return {
        month: month === null ? monthStart(this.today, -1).slice(0, 7) : reportMonth(month),
        agency: params.get('agency') || null,
      };
    },
    { equal: (a, b) => a.month === b.month && a.agency === b.agency },
  );

  protected readonly report = loadOnChange(this.query, ({ month, agency }) => {
    if (month === null) return of(null);
    const year = Number(month.slice(0, 4));
    const to = monthEnd(month) < this.today ? monthEnd(month) : this.today;
    return forkJoin({
      scorecard: this.metrics.scorecard(year),
      openData: this.metrics.openDataMonthly(year),
      league: this.metrics.league({ from: `${month}-01`, to }),
      digitised: agency ? this.metrics.digitised({ agency }) : of(null),
      projection: agency ? of(null) : this.metrics.scorecardProjection(),
    }).pipe(map((data) => ({ ...data, month, agency })));
  });

  protected readonly state = computed(() => {
    const load = this.report();
    if (load.status === 'loading') return 'loading';
    return load.status === 'error' || this.query().month === null ? 'error' : 'ready';
  });
  protected readonly data = computed(() => loaded(this.report()));
  protected readonly entity = computed(() => {
    const data = this.data();
    const code = data?.agency;
    if (!data || !code) return null;
    const row = data.openData.rows.find((candidate) => candidate.entity === code);
    return row
      ? { code, nameAr: row.entityNameAr, nameEn: row.entityNameEn }
      : { code, nameAr: code, nameEn: code };
  });
  protected readonly leagueRow = computed(
    () => this.data()?.league.rows.find((row) => row.agency.code === this.data()?.agency) ?? null,
  );
  protected readonly figures = computed(() => {
    const data = this.data();
    if (!data) return [];
    const entityDigitised = data.digitised?.agencies.find((row) => row.agency.code === data.agency);
    return reportFigures({
      month: data.month,
      entity: data.agency ?? 'national',
      kpis: data.scorecard.kpis,
      openData: data.openData.rows,
      league: this.leagueRow(),
      digitised: data.agency
        ? (entityDigitised ?? { servicesDigitised: 0, servicesInScope: 0 })
        : data.scorecard.digitised,
    });
  });
  protected readonly months = computed(() => {
    const data = this.data();
    return data ? monthsOfYear(data.openData.rows, data.agency ?? 'national', data.month) : [];
  });
  protected readonly projections = computed(() => this.data()?.projection?.kpis ?? []);
  protected readonly demo = computed(() => this.data()?.openData.demo ?? false);
  protected readonly periodLabel = computed(() => {
    const month = this.data()?.month;
    return month ? this.i18n.date(`${month}-01`, 'month') : '';
  });
  protected readonly monthRange = computed(() => {
    const month = this.data()?.month;
    return month ? `${this.i18n.date(`${month}-01`)} – ${this.i18n.date(monthEnd(month))}` : '';
  });
  protected readonly yearRange = computed(() => {
    const month = this.data()?.month;
    return month
      ? `${this.i18n.date(`${month.slice(0, 4)}-01-01`)} – ${this.i18n.date(monthEnd(month))}`
      : '';
  });
  protected readonly methods = computed(() => FIGURE_METHOD_TEXT[this.i18n.lang()]);
  protected readonly generated = computed(() => this.i18n.date(this.today));

  constructor() {
    const lang = this.route.snapshot.queryParamMap.get('lang');
    if (lang === 'ar' || lang === 'en') this.i18n.setLang(lang);
  }

  protected ratio(figure: CountedRatio): string {
    return figure.value === null
      ? this.i18n.t().common.insufficientData
      : this.i18n.percent(figure.value);
  }

  protected counts(figure: CountedRatio): string {
    return this.text().countsOf(this.i18n.number(figure.part), this.i18n.number(figure.whole));
  }

  /** A month's ratio, "insufficient data" with fewer than 30 behind it. */
  protected share(part: number, whole: number): string {
    return whole < 30 ? this.i18n.t().common.insufficientData : this.i18n.percent(part / whole);
  }

  protected statusLabel(status: KpiStatus): string {
    return this.i18n.t().common.status[status];
  }

  protected points(change: number | null): string {
    if (change === null) return '—';
    const text = this.i18n.number(Math.abs(change) * 100, 2);
    return this.text().perMonth(change < 0 ? `−${text}` : `+${text}`);
  }
}
