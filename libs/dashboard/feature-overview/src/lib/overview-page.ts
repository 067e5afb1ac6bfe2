import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { ResolvedPerDayResponse } from '@ws/contracts';
import { I18n, MetricsApi } from '@ws/dashboard-data-access';
import type { DailyBarPoint } from '@ws/dashboard-ui-charts';
import { DailyBarChart } from '@ws/dashboard-ui-charts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import type { RangeFromParams } from './date-range';
import { CLOCK, rangeFromParams } from './date-range';

type Load =
  | { status: 'loading' }
  | { status: 'ok'; data: ResolvedPerDayResponse }
  | { status: 'error' }
  | { status: 'invalid' };

export type OverviewView = 'chart' | 'table';

function sameRequest(a: RangeFromParams, b: RangeFromParams): boolean {
  return a.kind === b.kind && a.range.from === b.range.from && a.range.to === b.range.to;
}

/** The first page: resolved cases per day over a date range, as a chart or a table. */
@Component({
  selector: 'ws-overview-page',
  imports: [DailyBarChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.css',
})
export class OverviewPage {
  private readonly api = inject(MetricsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly now = inject(CLOCK);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;

  private readonly queryParams = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });
  protected readonly request = computed(
    () => {
      const params = this.queryParams();
      return rangeFromParams(params.get('from'), params.get('to'), this.now());
    },
    { equal: sameRequest },
  );
  protected readonly range = computed(() => this.request().range);
  protected readonly view = signal<OverviewView>('chart');
  private readonly reloads = signal(0);

  protected readonly state = toSignal(
    toObservable(computed(() => ({ request: this.request(), reload: this.reloads() }))).pipe(
      switchMap(({ request }) => {
        if (request.kind === 'reversed') {
          return of<Load>({ status: 'invalid' });
        }
        return this.api.resolvedPerDay(request.range).pipe(
          map((data): Load => ({ status: 'ok', data })),
          catchError(() => of<Load>({ status: 'error' })),
          startWith<Load>({ status: 'loading' }),
        );
      }),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  protected readonly data = computed(() => {
    const state = this.state();
    return state.status === 'ok' ? state.data : null;
  });
  protected readonly points = computed<DailyBarPoint[]>(
    () => this.data()?.series.map((p) => ({ period: p.period, value: p.resolved })) ?? [],
  );
  protected readonly total = computed(() => this.points().reduce((sum, p) => sum + p.value, 0));
  /** No case resolved in the whole range: a chart of zeros says less than "no data". */
  protected readonly empty = computed(() => this.data() !== null && this.total() === 0);

  protected readonly chartLabels = computed(() => ({
    seriesName: this.t().overview.seriesName,
    valueAxisName: this.t().overview.valueAxisName,
  }));
  protected readonly formatPeriod = computed(() => {
    this.i18n.lang(); // a new formatter per language, so the chart redraws its labels
    return (period: string) => this.i18n.formatDay(period);
  });
  protected readonly formatValue = computed(() => {
    this.i18n.lang();
    return (value: number) => this.i18n.formatNumber(value);
  });

  constructor() {
    // Put the default range in the URL so that what is on screen can be shared as a link.
    const initial = this.request();
    if (initial.kind === 'valid' && initial.isDefault) {
      this.navigate(initial.range.from, initial.range.to, true);
    }
  }

  protected changeRange(from: string, to: string): void {
    if (from && to) {
      this.navigate(from, to, false);
    }
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  private navigate(from: string, to: string, replaceUrl: boolean): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from, to },
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }
}
