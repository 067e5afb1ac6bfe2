import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LeagueRow, ScorecardKpi } from '@ws/contracts';
import {
  ApiExports,
  AuthSession,
  CLOCK,
  CatalogueApi,
  I18n,
  MetricsApi,
  loadOnChange,
  loadStatus,
  loaded,
  maturityRankingText,
  trendPanelText,
} from '@ws/dashboard-data-access';
import type { TrendRow } from '@ws/dashboard-ui-kit';
import {
  MaturityRanking,
  StatusBadge,
  TableCard,
  TrendPanel,
  adherenceTrendRows,
  noCycleDecided,
} from '@ws/dashboard-ui-kit';
import { LoadState } from '@ws/dashboard-ui-table';
import { monthStart, qatarToday } from '@ws/dashboard-util-format';
import type { Observable } from 'rxjs';
import { combineLatest } from 'rxjs';
import { KpiTile } from './kpi-tile';
import { MaturityPanel } from './maturity-panel';
import { ProjectionPanel } from './projection-panel';
import { SCORECARD_TEXT } from './scorecard-text';
import { trajectoryAt } from './trajectory';

/** The three NDS3 service targets, shown first and in this order; other KPIs follow. */
export const NDS3_TARGETS = ['SLA_ADHERENCE', 'CSAT', 'DIGITISED_SERVICES'];

/**
 * Leadership's page: the three NDS3 targets, their monthly trends, the entities ranked, maturity
 * (an entity against the national median, and the entities ranked on it).
 */
@Component({
  selector: 'ws-scorecard-page',
  imports: [
    KpiTile,
    LoadState,
    MaturityPanel,
    MaturityRanking,
    ProjectionPanel,
    RouterLink,
    StatusBadge,
    TableCard,
    TrendPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scorecard-page.html',
  styleUrl: './scorecard-page.css',
})
export class ScorecardPage {
  private readonly metrics = inject(MetricsApi);
  private readonly catalogue = inject(CatalogueApi);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly text = this.i18n.select(SCORECARD_TEXT);
  private readonly today = qatarToday(inject(CLOCK)());
  private readonly year = Number(this.today.slice(0, 4));
  private readonly reloads = signal(0);
  protected readonly loaded = loaded;
  /** The central office may follow an entity into target tracking (leadership may not). */
  protected readonly canTrack = inject(AuthSession).hasRole('central_office');

  private load<T>(request: () => Observable<T>) {
    return loadOnChange(this.reloads, request);
  }

  private readonly trendRange = { from: monthStart(this.today, -11), to: this.today };
  protected readonly scorecard = this.load(() => this.metrics.scorecard(this.year));
  private readonly exports = inject(ApiExports);
  protected readonly slaExport = this.exports.csv(
    'metrics/sla',
    { ...this.trendRange, interval: 'month' },
    'sla-adherence.csv',
  );
  protected readonly csatExport = this.exports.csv(
    'metrics/satisfaction',
    { ...this.trendRange, interval: 'month' },
    'satisfaction.csv',
  );
  protected readonly leagueExport = this.exports.csv(
    'league',
    { from: `${this.year}-01-01`, to: this.today },
    'league.csv',
  );
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
  protected readonly sla = this.load(() =>
    this.metrics.sla({ ...this.trendRange, interval: 'month' }),
  );
  protected readonly csat = this.load(() =>
    this.metrics.satisfaction({ ...this.trendRange, interval: 'month' }),
  );
  protected readonly league = this.load(() =>
    this.metrics.league({ from: `${this.year}-01-01`, to: this.today }),
  );
  protected readonly maturity = this.load(() =>
    combineLatest([this.catalogue.maturity(), this.catalogue.agencies()]),
  );
  protected readonly ranking = computed(() =>
    maturityRankingText(this.i18n, loaded(this.maturity())?.[1] ?? []),
  );

  protected readonly kpis = computed(() => loaded(this.scorecard())?.kpis ?? []);
  protected readonly headlineKpis = computed(() =>
    NDS3_TARGETS.map((code) => this.kpi(code)).filter((kpi): kpi is ScorecardKpi => !!kpi),
  );
  protected readonly otherKpis = computed(() =>
    this.kpis().filter((kpi) => !NDS3_TARGETS.includes(kpi.code)),
  );
  protected readonly kpisStatus = computed(() =>
    loadStatus(this.scorecard(), (d) => d.kpis.length === 0),
  );
  protected readonly demo = computed(() => this.kpis().some((k) => k.demo));
  private kpi(code: string): ScorecardKpi | undefined {
    return this.kpis().find((k) => k.code === code);
  }

  protected readonly slaRows = computed<TrendRow[]>(() => {
    const kpi = this.kpi('SLA_ADHERENCE');
    return adherenceTrendRows(loaded(this.sla())?.series ?? [], (period) =>
      kpi ? trajectoryAt(kpi, period) : null,
    );
  });
  protected readonly csatRows = computed<TrendRow[]>(() => {
    const kpi = this.kpi('CSAT');
    return (loaded(this.csat())?.series ?? []).map((p) => ({
      period: p.period,
      value: p.insufficientSample ? null : p.csat,
      count: p.responses,
      trajectory: kpi ? trajectoryAt(kpi, p.period) : null,
    }));
  });
  protected readonly slaText = computed(() =>
    trendPanelText(this.i18n, this.text().trendAdherence, this.text().period, this.text().decided),
  );
  protected readonly csatText = computed(() =>
    trendPanelText(
      this.i18n,
      this.text().trendSatisfaction,
      this.text().period,
      this.text().responses,
    ),
  );
  protected readonly slaStatus = computed(() =>
    loadStatus(this.sla(), (d) => noCycleDecided(d.series)),
  );
  protected readonly csatStatus = computed(() =>
    loadStatus(this.csat(), (d) => d.series.every((p) => p.responses === 0)),
  );

  protected readonly leagueRows = computed<LeagueRow[]>(() => loaded(this.league())?.rows ?? []);
  protected readonly leagueStatus = computed(() =>
    loadStatus(this.league(), (d) => d.rows.length === 0),
  );
  protected readonly subtitle = computed(() => {
    const card = loaded(this.scorecard());
    return card ? this.text().subtitle(this.i18n.date(card.from), this.i18n.date(card.to)) : '';
  });

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }
}
