import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CLOCK,
  CatalogueApi,
  I18n,
  MetricsApi,
  loadOnChange,
  loadStatus,
  loaded,
  trendPanelText,
} from '@ws/dashboard-data-access';
import type { TrendRow } from '@ws/dashboard-ui-kit';
import { TrendPanel, adherenceTrendRows, noCycleDecided } from '@ws/dashboard-ui-kit';
import { qatarToday } from '@ws/dashboard-util-format';
import { BudgetsPanel } from './budgets-panel';
import { CasesTable } from './cases-table';
import { EntitiesTable } from './entities-table';
import { FreshnessPanel } from './freshness-panel';
import { HeatmapPanel } from './heatmap-panel';
import { MatrixPanel } from './matrix-panel';
import { ServicesTable } from './services-table';
import type { TrackingFilter } from './tracking-filter';
import { filterFromParams, paramsOfFilter, sameFilter } from './tracking-filter';
import { TrackingFilters } from './tracking-filters';
import { TRACKING_TEXT } from './tracking-text';

/**
 * The central office's page: every entity and service against the targets, drill-down national
 * -> entity -> service -> cases (-> a case's timeline), heatmap, inter-entity matrix, error
 * budgets and feed freshness. The URL's query parameters hold the whole filter.
 */
@Component({
  selector: 'ws-tracking-page',
  imports: [
    BudgetsPanel,
    CasesTable,
    EntitiesTable,
    FreshnessPanel,
    HeatmapPanel,
    MatrixPanel,
    RouterLink,
    ServicesTable,
    TrackingFilters,
    TrendPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking-page.html',
})
export class TrackingPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly metrics = inject(MetricsApi);
  private readonly catalogue = inject(CatalogueApi);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  private readonly today = qatarToday(inject(CLOCK)());
  private readonly reloads = signal(0);

  private readonly params = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });
  protected readonly filter = computed<TrackingFilter>(
    () => {
      const p = this.params();
      const read = (key: string) => p.get(key);
      return filterFromParams(
        Object.fromEntries(
          ['from', 'to', 'interval', 'agency', 'service', 'channel'].map((k) => [k, read(k)]),
        ),
        this.today,
      );
    },
    { equal: sameFilter },
  );
  protected readonly year = computed(() => Number(this.filter().to.slice(0, 4)));

  protected readonly agencies = loadOnChange(this.reloads, () => this.catalogue.agencies());
  protected readonly services = loadOnChange(this.reloads, () => this.catalogue.services());
  protected readonly agencyList = computed(() => loaded(this.agencies()) ?? []);
  protected readonly serviceList = computed(() => loaded(this.services()) ?? []);
  protected readonly agencyEntry = computed(() =>
    this.agencyList().find((a) => a.code === this.filter().agency),
  );
  protected readonly serviceEntry = computed(() =>
    this.serviceList().find((s) => s.code === this.filter().service),
  );

  private readonly slaRequest = computed(() => ({ filter: this.filter(), reload: this.reloads() }));
  protected readonly sla = loadOnChange(this.slaRequest, ({ filter }) => this.metrics.sla(filter));
  protected readonly slaRows = computed<TrendRow[]>(() =>
    adherenceTrendRows(loaded(this.sla())?.series ?? []),
  );
  protected readonly slaStatus = computed(() =>
    loadStatus(this.sla(), (d) => noCycleDecided(d.series)),
  );
  protected readonly slaTarget = computed(() => loaded(this.sla())?.target ?? null);
  protected readonly slaText = computed(() =>
    trendPanelText(this.i18n, this.text().adherenceTrend, this.text().period, this.text().decided),
  );

  constructor() {
    // Write the defaults into the URL, so what is on screen can be shared as a link.
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsOfFilter(this.filter()),
      replaceUrl: true,
    });
  }

  protected change(update: Partial<Record<keyof TrackingFilter, string | null>>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: update,
      queryParamsHandling: 'merge',
    });
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }
}
