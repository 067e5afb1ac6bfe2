import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ApiExports, I18n, ReviewApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { StatusBadge, TableCard } from '@ws/dashboard-ui-kit';
import { TRACKING_TEXT } from './tracking-text';

/** When each entity's feed last sent and was processed; stale feeds flagged (is the data current?). */
@Component({
  selector: 'ws-freshness-panel',
  imports: [StatusBadge, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="freshness"
      [title]="text().freshnessTitle"
      [status]="status()"
      [lang]="i18n.lang()"
      [exportSource]="exportSource()"
      [formatCount]="formatCount" (retry)="reloads.set(reloads() + 1)"
    >
      <table>
        <caption>{{ text().freshnessTitle }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ text().entity }}</th>
            <th scope="col">{{ text().feedState }}</th>
            <th scope="col">{{ text().lastReceived }}</th>
            <th scope="col">{{ text().lastProcessed }}</th>
            <th scope="col" class="num">{{ text().expectedInterval }}</th>
            <th scope="col" class="num">{{ text().waiting }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.agency.code) {
            <tr data-testid="freshness-row" [attr.data-agency]="row.agency.code">
              <th scope="row"><bdi>{{ i18n.name(row.agency) }}</bdi></th>
              <td>
                <ws-status-badge [status]="row.stale ? 'red' : 'green'" [label]="row.stale ? text().stale : text().fresh" />
              </td>
              <td>{{ row.lastReceivedAt ? i18n.date(row.lastReceivedAt, 'dateTime') : text().never }}</td>
              <td>{{ row.lastProcessedAt ? i18n.date(row.lastProcessedAt, 'dateTime') : text().never }}</td>
              <td class="num" data-testid="freshness-interval">{{ i18n.number(row.expectedIntervalHours) }}</td>
              <td class="num">{{ i18n.number(row.batchesWaiting) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </ws-table-card>
  `,
})
export class FreshnessPanel {
  private readonly review = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  protected readonly reloads = signal(0);
  private readonly data = loadOnChange(this.reloads, () => this.review.feedFreshness());
  protected readonly rows = computed(() => loaded(this.data())?.agencies ?? []);
  protected readonly status = computed(() => loadStatus(this.data(), (d) => d.agencies.length === 0));
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.csv('feeds/freshness', {}, 'feed-freshness.csv'));
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
}
