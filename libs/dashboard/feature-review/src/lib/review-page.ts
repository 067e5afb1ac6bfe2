import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { BreachReviewItem, BreachReviewResponse } from '@ws/contracts';
import { ApiExports, AuthSession, CatalogueApi, I18n, ReviewApi } from '@ws/dashboard-data-access';
import { CARD_STYLES, TabNav } from '@ws/dashboard-ui-kit';
import { REVIEW_LABELS } from '@ws/dashboard-ui-review';
import type { SortState, TableColumn } from '@ws/dashboard-ui-table';
import { DataTable, LoadState, rowsOf } from '@ws/dashboard-ui-table';
import { catchError, of, switchMap, timer } from 'rxjs';
import { REVIEW_DICTIONARIES } from './review-dictionary';
import { apiSortOf, categoryTabs, reviewQueryFrom, sortStateOf } from './review-query';
import { ServiceTargets } from './service-targets';

/** How often the open-breach summary is polled; the list reloads when it changed. */
export const SUMMARY_POLL_MS = 20_000;
const PAGE_SIZE = 20;

/** Breach review: open breaches, at-risk cases and recent breaches, live, with filters in the URL. */
@Component({
  selector: 'ws-review-page',
  imports: [DataTable, LoadState, ServiceTargets, TabNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
  styles: CARD_STYLES,
  styleUrl: './review-page.css',
})
export class ReviewPage {
  private readonly api = inject(ReviewApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(AuthSession);
  protected readonly i18n = inject(I18n);
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
  protected readonly t = this.i18n.select(REVIEW_DICTIONARIES);
  protected readonly labels = this.i18n.select(REVIEW_LABELS);
  protected readonly tabs = computed(() => categoryTabs(this.t().categories));
  protected readonly pageSize = PAGE_SIZE;

  private readonly params = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });
  /** An agency manager sees their own entity only (the API scopes it too). */
  protected readonly ownAgency = computed(() => {
    const user = this.session.user();
    return user?.role === 'agency_manager' ? user.agency : null;
  });
  protected readonly query = computed(() => {
    const query = reviewQueryFrom(this.params());
    return { ...query, agency: this.ownAgency() ?? query.agency };
  });
  protected readonly sort = computed(() => sortStateOf(this.query().sort));
  private readonly exports = inject(ApiExports);
  /** Every row of the list for the filters and sort (all pages), from the API's streamed export. */
  protected readonly exportSource = computed(() => {
    const { status, agency, service, from, to, sort } = this.query();
    return this.exports.breaches({
      status,
      agency,
      service,
      sort,
      ...(status === 'recent_breach' ? { from, to } : {}),
    });
  });

  protected readonly agencies = rxResource({
    params: () => (this.ownAgency() ? null : true),
    stream: () => this.catalogue.agencies(),
  });
  protected readonly services = rxResource({
    params: () => this.query().agency ?? undefined,
    stream: ({ params }) => this.catalogue.services(params),
  });
  /** The live summary; its newest notification id changes whenever the lists may have. */
  protected readonly summary = toSignal(
    toObservable(computed(() => this.query().agency)).pipe(
      switchMap((agency) =>
        timer(0, SUMMARY_POLL_MS).pipe(
          switchMap(() => this.api.summary(agency ?? undefined).pipe(catchError(() => of(null)))),
        ),
      ),
    ),
    { initialValue: null },
  );
  private readonly changeMark = computed(() => {
    const s = this.summary();
    return s ? `${s.latestNotificationId}:${s.openBreaches}:${s.atRisk}` : '';
  });
  protected readonly breaches = rxResource({
    params: () => ({ query: this.query(), mark: this.changeMark() }),
    stream: ({ params }) => {
      const q = params.query;
      return this.api.breaches({
        agency: q.agency ?? undefined,
        service: q.service ?? undefined,
        status: q.status,
        sort: q.sort,
        page: q.page,
        pageSize: PAGE_SIZE,
        from: q.status === 'recent_breach' ? (q.from ?? undefined) : undefined,
        to: q.status === 'recent_breach' ? (q.to ?? undefined) : undefined,
      });
    },
  });
  /** The last page received: kept on screen (and the focus in the table) while the next loads. */
  private readonly lastPage = linkedSignal<
    BreachReviewResponse | undefined,
    BreachReviewResponse | null
  >({
    source: () => (this.breaches.hasValue() ? this.breaches.value() : undefined),
    computation: (value, previous) => value ?? previous?.value ?? null,
  });
  protected readonly items = computed(() => this.lastPage()?.items ?? []);
  protected readonly total = computed(() => this.lastPage()?.total ?? 0);
  protected readonly status = computed(() => {
    if (this.breaches.status() === 'error') return 'error' as const;
    if (!this.lastPage()) return 'loading' as const;
    return this.items().length === 0 ? ('empty' as const) : ('ok' as const);
  });
  /** The window the recent-breach list stands for (the API's default when the URL has none). */
  protected readonly window = computed(() => {
    const page = this.lastPage();
    return { from: this.query().from ?? page?.from ?? '', to: this.query().to ?? page?.to ?? '' };
  });
  protected readonly agencyOptions = computed(() => rowsOf(this.agencies));
  protected readonly serviceOptions = computed(() => rowsOf(this.services));
  protected readonly liveText = computed(() => {
    const s = this.summary();
    const n = (v: number) => this.i18n.number(v);
    return s ? this.t().live(n(s.openBreaches), n(s.atRisk), n(s.breachedLast7Days)) : '';
  });
  protected readonly rowKey = (row: BreachReviewItem) => `${row.agency}/${row.caseId}/${row.cycle}`;

  protected readonly columns = computed<TableColumn<BreachReviewItem>[]>(() => {
    const c = this.t().columns;
    const labels = this.labels();
    const instant = (iso: string | null) => (iso ? this.i18n.date(iso, 'dateTime') : '—');
    return [
      {
        key: 'case',
        label: c.case,
        text: (r) => r.caseId,
        link: (r) => ['/cases', r.agency, r.caseId],
        unsorted: true,
      },
      {
        key: 'cycle',
        label: c.cycle,
        text: (r) => this.i18n.number(r.cycle),
        numeric: true,
        unsorted: true,
      },
      {
        key: 'service',
        label: c.service,
        text: (r) => this.i18n.name(r.service),
        csv: (r) => r.service.code,
        unsorted: true,
      },
      {
        key: 'status',
        label: c.status,
        text: (r) => labels.status[r.status],
        csv: (r) => r.status,
        unsorted: true,
      },
      { key: 'dueAt', label: c.due, text: (r) => instant(r.dueAt), csv: (r) => r.dueAt },
      {
        key: 'breachedAt',
        label: c.breached,
        text: (r) => instant(r.breachedAt),
        csv: (r) => r.breachedAt,
      },
      {
        key: 'progress',
        label: c.progress,
        text: (r) => this.i18n.percent(r.progress, { fractionDigits: 0 }),
        csv: (r) => r.progress,
        numeric: true,
      },
      {
        key: 'acknowledgement',
        label: c.acknowledged,
        text: (r) =>
          r.acknowledgement
            ? `✓ ${labels.rootCauses[r.acknowledgement.rootCause]}`
            : this.t().notAcknowledged,
        csv: (r) => r.acknowledgement?.rootCause ?? null,
        unsorted: true,
      },
    ];
  });

  protected navigate(change: Record<string, string | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: null, ...change },
      queryParamsHandling: 'merge',
    });
  }

  protected onSort(state: SortState): void {
    const sort = apiSortOf(state);
    if (sort) this.navigate({ sort });
  }
}
