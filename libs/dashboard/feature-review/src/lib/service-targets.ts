import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { NamedRef, SlaPoint } from '@ws/contracts';
import { CatalogueApi, I18n, MetricsApi } from '@ws/dashboard-data-access';
import type { TableColumn } from '@ws/dashboard-ui-table';
import { DataTable, LoadState } from '@ws/dashboard-ui-table';
import { forkJoin, map, of, switchMap } from 'rxjs';
import type { ReviewDictionary } from './review-dictionary';
import { quarterToDate } from './review-query';

/** One service's SLA adherence this quarter to date, against the national target. */
export interface ServiceTargetRow {
  service: NamedRef;
  point: SlaPoint | null;
  target: number;
}

/**
 * The entity's own services against the SLA target: a bar per service (the share within SLA,
 * with the target marked) and the same figures as a table with a verdict in words.
 */
@Component({
  selector: 'ws-service-targets',
  imports: [DataTable, LoadState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './service-targets.html',
  styleUrl: './service-targets.css',
})
export class ServiceTargets {
  private readonly catalogue = inject(CatalogueApi);
  private readonly metrics = inject(MetricsApi);
  protected readonly i18n = inject(I18n);
  readonly agency = input.required<string | null>();
  readonly t = input.required<ReviewDictionary['targets']>();

  protected readonly range = quarterToDate(Date.now());
  protected readonly rowsResource = rxResource({
    params: () => this.agency() ?? undefined,
    stream: ({ params: agency }) =>
      this.catalogue.services(agency).pipe(
        switchMap((services) =>
          services.length === 0
            ? of([] as ServiceTargetRow[])
            : forkJoin(
                services.map((service) =>
                  this.metrics
                    .sla({ ...this.range, interval: 'quarter', agency, service: service.code })
                    .pipe(
                      map(
                        (sla): ServiceTargetRow => ({
                          service,
                          point: sla.series.at(-1) ?? null,
                          target: sla.target,
                        }),
                      ),
                    ),
                ),
              ),
        ),
      ),
  });
  protected readonly rows = computed(() =>
    this.rowsResource.hasValue() ? (this.rowsResource.value() ?? []) : [],
  );
  protected readonly status = computed(() => {
    if (this.rowsResource.status() === 'error') return 'error' as const;
    if (!this.rowsResource.hasValue()) return 'loading' as const;
    return this.rows().length === 0 ? ('empty' as const) : ('ok' as const);
  });
  protected readonly key = (row: ServiceTargetRow) => row.service.code;

  protected verdict(row: ServiceTargetRow): string {
    const adherence = row.point?.adherence ?? null;
    if (adherence === null) return this.t().noData;
    return adherence >= row.target ? this.t().atTarget : this.t().belowTarget;
  }

  protected readonly columns = computed<TableColumn<ServiceTargetRow>[]>(() => {
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
        text: (r) => this.i18n.number(r.point?.decided ?? 0),
        sortValue: (r) => r.point?.decided ?? 0,
        csv: (r) => r.point?.decided ?? 0,
        numeric: true,
      },
      {
        key: 'adherence',
        label: t.adherence,
        text: (r) => this.i18n.percent(r.point?.adherence ?? null),
        sortValue: (r) => r.point?.adherence ?? null,
        csv: (r) => r.point?.adherence ?? null,
        numeric: true,
      },
      {
        key: 'target',
        label: t.target,
        text: (r) => this.i18n.percent(r.target, { fractionDigits: 0 }),
        csv: (r) => r.target,
        numeric: true,
      },
      { key: 'verdict', label: t.verdict, text: (r) => this.verdict(r) },
    ];
  });
}
