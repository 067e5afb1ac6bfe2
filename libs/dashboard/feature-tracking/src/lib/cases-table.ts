import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiExports, I18n, ReviewApi, loadOnChange, loadStatus, loaded } from '@ws/dashboard-data-access';
import { TableCard } from '@ws/dashboard-ui-kit';
import type { TrackingFilter } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** A service's open breaches, at-risk and recent breaches; each links to the case's timeline. */
@Component({
  selector: 'ws-cases-table',
  imports: [RouterLink, TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="cases"
      [title]="text().casesTitle"
      [status]="status()"
      [lang]="i18n.lang()"
      [exportSource]="exportSource()"
      [formatCount]="formatCount"
    >
      <table>
        <caption>{{ text().casesTitle }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ text().caseId }}</th>
            <th scope="col">{{ text().category }}</th>
            <th scope="col">{{ text().dueAt }}</th>
            <th scope="col" class="num">{{ text().progress }}</th>
          </tr>
        </thead>
        <tbody>
          @for (item of items(); track item.caseId + '#' + item.cycle) {
            <tr data-testid="case-row" [attr.data-case]="item.caseId">
              <th scope="row">
                <a [routerLink]="['/cases', item.agency, item.caseId]" data-testid="case-link" [attr.aria-label]="text().timeline + ': ' + item.caseId">
                  <bdi dir="ltr">{{ item.caseId }}</bdi>
                </a>
              </th>
              <td>{{ text().categories[item.category] }}</td>
              <td>{{ item.dueAt ? i18n.date(item.dueAt, 'dateTime') : '—' }}</td>
              <td class="num">{{ i18n.percent(item.progress, { fractionDigits: 0 }) }}</td>
            </tr>
          }
        </tbody>
      </table>
    </ws-table-card>
  `,
})
export class CasesTable {
  private readonly review = inject(ReviewApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  private readonly request = computed(() => `${this.filter().agency}|${this.filter().service}`);
  private readonly list = loadOnChange(this.request, () =>
    this.review.breaches({
      agency: this.filter().agency,
      service: this.filter().service,
      sort: '-progress',
      pageSize: 50,
    }),
  );
  protected readonly items = computed(() => loaded(this.list())?.items ?? []);
  protected readonly status = computed(() => loadStatus(this.list(), (d) => d.items.length === 0));
  private readonly exports = inject(ApiExports);
  protected readonly exportSource = computed(() => this.exports.breaches({ agency: this.filter().agency, service: this.filter().service, sort: '-progress' }));
  protected readonly formatCount = (rows: number) => this.i18n.number(rows);
}
