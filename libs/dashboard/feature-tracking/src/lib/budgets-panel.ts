import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ErrorBudgetEntity } from '@ws/contracts';
import { ApiExports, I18n, ReviewApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import type { FigureStatus } from '@ws/dashboard-ui-kit';
import { StatusBadge, TableCard } from '@ws/dashboard-ui-kit';
import { quarterOf } from '@ws/dashboard-util-format';
import type { TrackingFilter } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** Burn level as a status: fast red, slow amber, none green, too few cycles grey. */
export function burnStatus(entity: ErrorBudgetEntity): FigureStatus {
  if (entity.total.suppressed) return 'grey';
  if (entity.total.burnLevel === 'fast') return 'red';
  return entity.total.burnLevel === 'slow' ? 'amber' : 'green';
}

/** Each entity's error budget of the quarter: breaches allowed, left, and how fast they burn. */
@Component({
  selector: 'ws-budgets-panel',
  imports: [StatusBadge, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="budgets"
      [title]="text().budgetsTitle(quarter())"
      [status]="status()"
      [lang]="i18n.lang()"
      [exportSource]="exportSource()"
      [formatCount]="formatCount"
    >
      <table>
        <caption>{{ text().budgetsTitle(quarter()) }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ text().entity }}</th>
            <th scope="col" class="num">{{ text().adherence }}</th>
            <th scope="col" class="num">{{ text().allowedBreaches }}</th>
            <th scope="col" class="num">{{ text().breached }}</th>
            <th scope="col" class="num">{{ text().headroom }}</th>
            <th scope="col" class="num">{{ text().burn3d }}</th>
            <th scope="col" class="num">{{ text().burn14d }}</th>
            <th scope="col">{{ text().burnLevel }}</th>
          </tr>
        </thead>
        <tbody>
          @for (e of entities(); track e.agency.code) {
            <tr data-testid="budget-row" [attr.data-agency]="e.agency.code">
              <th scope="row"><bdi>{{ i18n.name(e.agency) }}</bdi></th>
              <td class="num" [title]="i18n.number(e.total.met) + ' / ' + i18n.number(e.total.decided)">
                {{ e.total.suppressed ? i18n.t().common.insufficientData : i18n.percent(e.total.adherence) }}
              </td>
              <td class="num">{{ i18n.number(e.total.allowedBreaches) }}</td>
              <td class="num">{{ i18n.number(e.total.breached) }}</td>
              <td class="num">{{ i18n.number(e.total.headroom) }}</td>
              <td class="num">{{ i18n.number(e.total.burnRate3d, 2) }}</td>
              <td class="num">{{ i18n.number(e.total.burnRate14d, 2) }}</td>
              <td><ws-status-badge [status]="burnStatus(e)" [label]="burnLabel(e)" /></td>
            </tr>
          }
        </tbody>
      </table>
    </ws-table-card>
  `,
})
export class BudgetsPanel {
  private readonly review = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  protected readonly burnStatus = burnStatus;
  protected readonly quarter = computed(() => quarterOf(this.filter().to));
  private readonly request = computed(() => `${this.quarter()}|${this.filter().agency ?? ''}`);
  private readonly budgets = loadOnChange(this.request, () =>
    this.review.errorBudgets(this.quarter(), this.filter().agency),
  );
  protected readonly entities = computed(() => loaded(this.budgets())?.entities ?? []);
  protected readonly status = computed(() => loadStatus(this.budgets(), (d) => d.entities.length === 0));

  protected burnLabel(entity: ErrorBudgetEntity): string {
    if (entity.total.suppressed) return this.i18n.t().common.insufficientData;
    return this.text().burnLevels[entity.total.burnLevel ?? 'none'];
  }

  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('error-budgets', { quarter: this.quarter(), agency: this.filter().agency }, 'error-budgets.csv'));
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
}
