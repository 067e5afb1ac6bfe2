import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ErrorBudgetServiceRow } from '@ws/contracts';
import { I18n, ReviewApi } from '@ws/dashboard-data-access';
import { CARD_STYLES } from '@ws/dashboard-ui-kit';
import type { TableColumn } from '@ws/dashboard-ui-table';
import { DataTable, LoadState } from '@ws/dashboard-ui-table';
import type { ReviewDictionary } from './review-dictionary';

export type TargetVerdict = 'at' | 'below' | 'insufficient' | 'none';

/** Where a service stands: at or above target, below, too few decided cycles, or none decided. */
export function verdictOf(row: ErrorBudgetServiceRow, target: number): TargetVerdict {
  if (row.adherence === null) return 'none';
  if (row.suppressed) return 'insufficient';
  return row.adherence >= target ? 'at' : 'below';
}

/**
 * The entity's own services against the SLA target this quarter to date (first cycles, the
 * official KPI), from one `GET /error-budgets?agency=` answer: a bar per service with the target
 * marked, and the same figures as a table with the verdict in words and the headroom.
 */
@Component({
  selector: 'ws-service-targets',
  imports: [DataTable, LoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-targets.html',
  styles: CARD_STYLES,
  styleUrl: './service-targets.css',
})
export class ServiceTargets {
  private readonly api = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  readonly agency = input.required<string | null>();
  readonly t = input.required<ReviewDictionary['targets']>();

  protected readonly budgets = rxResource({
    params: () => this.agency() ?? undefined,
    stream: ({ params: agency }) => this.api.errorBudgets(undefined, agency),
  });
  private readonly answer = computed(() =>
    this.budgets.hasValue() ? (this.budgets.value() ?? null) : null,
  );
  protected readonly target = computed(() => this.answer()?.target ?? 0);
  protected readonly range = computed(() => {
    const a = this.answer();
    return a ? this.t().period(this.i18n.date(a.from), this.i18n.date(a.to)) : '';
  });
  protected readonly rows = computed(() => this.answer()?.entities[0]?.services ?? []);
  protected readonly status = computed(() => {
    if (this.budgets.status() === 'error') return 'error' as const;
    if (!this.answer()) return 'loading' as const;
    return this.rows().length === 0 ? ('empty' as const) : ('ok' as const);
  });
  protected readonly key = (row: ErrorBudgetServiceRow) => row.service.code;

  protected verdict(row: ErrorBudgetServiceRow): string {
    return this.t().verdicts[verdictOf(row, this.target())];
  }

  protected readonly columns = computed<TableColumn<ErrorBudgetServiceRow>[]>(() => {
    const t = this.t();
    return [
      {
        key: 'service',
        label: t.service,
        text: (r) => this.i18n.name(r.service),
        csv: (r) => r.service.code,
      },
      {
        key: 'decided',
        label: t.decided,
        text: (r) => this.i18n.number(r.decided),
        sortValue: (r) => r.decided,
        csv: (r) => r.decided,
        numeric: true,
      },
      {
        key: 'adherence',
        label: t.adherence,
        text: (r) => this.i18n.percent(r.adherence),
        sortValue: (r) => r.adherence,
        csv: (r) => r.adherence,
        numeric: true,
      },
      {
        key: 'headroom',
        label: t.headroom,
        text: (r) => this.i18n.number(r.headroom),
        sortValue: (r) => r.headroom,
        csv: (r) => r.headroom,
        numeric: true,
      },
      {
        key: 'verdict',
        label: t.verdict,
        text: (r) => this.verdict(r),
        csv: (r) => verdictOf(r, this.target()),
      },
    ];
  });
}
