import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ApiExports, I18n, ReviewApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { TableCard } from '@ws/dashboard-ui-kit';
import { quarterOf } from '@ws/dashboard-util-format';
import type { TrackingFilter } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** An entity's services in the quarter of the period's end, against the target; click drills in. */
@Component({
  selector: 'ws-services-table',
  imports: [TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="services"
      [title]="text().servicesTitle(quarter())"
      [status]="status()"
      [lang]="i18n.lang()"
      [exportSource]="exportSource()"
      [formatCount]="formatCount"
    >
      <table>
        <caption>{{ text().servicesTitle(quarter()) }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ text().service }}</th>
            <th scope="col" class="num">{{ text().met }}</th>
            <th scope="col" class="num">{{ text().decided }}</th>
            <th scope="col" class="num">{{ text().adherence }}</th>
            <th scope="col" class="num">{{ text().headroom }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.service.code) {
            <tr data-testid="service-row" [attr.data-service]="row.service.code">
              <th scope="row">
                <button type="button" class="link" data-testid="drill-service" (click)="drill.emit(row.service.code)">
                  <bdi>{{ i18n.name(row.service) }}</bdi>
                </button>
              </th>
              <td class="num">{{ i18n.number(row.met) }}</td>
              <td class="num">{{ i18n.number(row.decided) }}</td>
              <td class="num">{{ row.suppressed ? i18n.t().common.insufficientData : i18n.percent(row.adherence) }}</td>
              <td class="num">{{ row.suppressed ? '—' : i18n.number(row.headroom) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </ws-table-card>
  `,
})
export class ServicesTable {
  private readonly review = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  readonly drill = output<string>();
  protected readonly quarter = computed(() => quarterOf(this.filter().to));
  private readonly request = computed(() => `${this.quarter()}|${this.filter().agency ?? ''}`);
  private readonly budgets = loadOnChange(this.request, () =>
    this.review.errorBudgets(this.quarter(), this.filter().agency),
  );
  protected readonly rows = computed(() =>
    (loaded(this.budgets())?.entities ?? []).flatMap((entity) => entity.services),
  );
  protected readonly status = computed(() =>
    loadStatus(this.budgets(), (d) => d.entities.every((e) => e.services.length === 0)),
  );
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('error-budgets', { quarter: this.quarter(), agency: this.filter().agency }, 'error-budgets.csv'));
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
}
