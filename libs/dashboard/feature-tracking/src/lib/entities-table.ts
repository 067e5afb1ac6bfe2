import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ApiExports, I18n, MetricsApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { StatusBadge, TableCard } from '@ws/dashboard-ui-kit';
import type { TrackingFilter } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** Every entity's adherence over the period against the target; a click drills into it. */
@Component({
  selector: 'ws-entities-table',
  imports: [StatusBadge, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="entities"
      [title]="text().entitiesTitle"
      [status]="status()"
      [lang]="i18n.lang()"
      [exportSource]="exportSource()"
      [formatCount]="formatCount"
    >
      <table>
        <caption>{{ text().entitiesTitle }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ text().entity }}</th>
            <th scope="col" class="num">{{ text().met }}</th>
            <th scope="col" class="num">{{ text().decided }}</th>
            <th scope="col">{{ text().adherence }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.agency.code) {
            <tr data-testid="entity-row" [attr.data-agency]="row.agency.code">
              <th scope="row">
                <button type="button" class="link" data-testid="drill-entity" (click)="drill.emit(row.agency.code)">
                  <bdi>{{ i18n.name(row.agency) }}</bdi>
                </button>
              </th>
              <td class="num">{{ i18n.number(row.met) }}</td>
              <td class="num">{{ i18n.number(row.decided) }}</td>
              <td>
                {{ row.adherenceStatus === 'grey' ? i18n.t().common.insufficientData : i18n.percent(row.adherence) }}
                <ws-status-badge [status]="row.adherenceStatus" [label]="i18n.t().common.status[row.adherenceStatus]" />
              </td>
            </tr>
          }
        </tbody>
      </table>
    </ws-table-card>
  `,
})
export class EntitiesTable {
  private readonly metrics = inject(MetricsApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  readonly drill = output<string>();
  private readonly range = computed(() => ({ from: this.filter().from, to: this.filter().to }), {
    equal: (a, b) => a.from === b.from && a.to === b.to,
  });
  private readonly league = loadOnChange(this.range, (range) => this.metrics.league(range));
  protected readonly rows = computed(() => loaded(this.league())?.rows ?? []);
  protected readonly status = computed(() => loadStatus(this.league(), (d) => d.rows.length === 0));
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('league', this.range(), 'league.csv'));
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
}
