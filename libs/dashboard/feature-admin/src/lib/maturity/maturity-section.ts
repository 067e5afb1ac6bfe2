import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { MaturityRecord, MaturityRevision } from '@ws/dashboard-data-access';
import { MaturityApi, maturityRankingText } from '@ws/dashboard-data-access';
import { MaturityRanking } from '@ws/dashboard-ui-kit';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import { DataTable, LoadState, instantColumn, listStatus, rowsOf } from '@ws/dashboard-ui-table';
import { of } from 'rxjs';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from '../sections/admin-section-base';
import { codeOptions } from '../sections/form-values';
import { MaturityForm } from './maturity-form';
import { MATURITY_TEXT } from './maturity-text';

/**
 * Maturity self-assessments: the entities compared on their newest one (with the national
 * median), every assessment with its revision, record a new one, revise one and see its history.
 */
@Component({
  selector: 'ws-admin-maturity',
  imports: [DataTable, LoadState, MaturityForm, MaturityRanking],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './maturity-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: '../sections/admin-section.css',
})
export class MaturitySection extends AdminSectionBase {
  private readonly maturity = inject(MaturityApi);
  protected readonly m = this.i18n.select(MATURITY_TEXT);
  protected readonly records = rxResource({ stream: () => this.maturity.list() });
  protected readonly rows = computed(() => rowsOf(this.records));
  protected readonly status = computed(() => listStatus(this.records));
  private readonly agencies = rxResource({ stream: () => this.api.agencies() });
  protected readonly agencyOptions = computed(() => codeOptions(rowsOf(this.agencies), this.i18n));
  protected readonly recording = signal(false);
  protected readonly revising = signal<MaturityRecord | null>(null);
  /** The assessment whose revisions are shown (the one last revised or chosen). */
  protected readonly historyOf = signal<MaturityRecord | null>(null);
  protected readonly history = rxResource({
    params: () => this.historyOf(),
    stream: ({ params }) =>
      params ? this.maturity.revisions(params.agency, params.assessedOn) : of([]),
  });
  protected readonly historyRows = computed(() => rowsOf(this.history));
  protected readonly recordKey = (row: MaturityRecord) => `${row.agency}@${row.assessedOn}`;
  protected readonly revisionKey = (row: MaturityRevision) => String(row.revision);

  protected readonly ranking = computed(() =>
    maturityRankingText(this.i18n, rowsOf(this.agencies)),
  );

  protected readonly recordColumns = computed<TableColumn<MaturityRecord>[]>(() => {
    const m = this.m();
    return [
      { key: 'agency', label: this.t().common.agency, text: (r) => r.agency },
      {
        key: 'assessedOn',
        label: m.assessedOn,
        text: (r) => this.i18n.date(r.assessedOn, 'long'),
        sortValue: (r) => r.assessedOn,
        csv: (r) => r.assessedOn,
      },
      this.revisionColumn(),
      { key: 'recordedBy', label: m.recordedBy, text: (r) => r.recordedBy },
      this.instantOf<MaturityRecord>('recordedAt', (r) => r.recordedAt),
    ];
  });

  protected readonly historyColumns = computed<TableColumn<MaturityRevision>[]>(() => {
    const m = this.m();
    return [
      this.revisionColumn(),
      this.instantOf<MaturityRevision>('revisedAt', (r) => r.revisedAt),
      { key: 'revisedBy', label: m.revisedBy, text: (r) => r.revisedBy },
      {
        key: 'reason',
        label: m.reason,
        text: (r) => (r.changes.length === 0 ? m.firstRevision : r.reason),
        unsorted: true,
      },
      { key: 'changes', label: m.changes, text: (r) => this.changesText(r), unsorted: true },
    ];
  });

  protected readonly reviseAction = computed<RowAction<MaturityRecord>>(() => ({
    header: this.t().common.actions,
    label: () => this.m().revise,
    target: (r) => `${r.agency} ${r.assessedOn}`,
    testId: (r) => `maturity-revise-${r.agency}-${r.assessedOn}`,
  }));

  private revisionColumn<T extends { revision: number }>(): TableColumn<T> {
    return {
      key: 'revision',
      label: this.m().revision,
      text: (r) => this.i18n.number(r.revision),
      sortValue: (r) => r.revision,
      csv: (r) => r.revision,
      numeric: true,
    };
  }

  private instantOf<T>(key: string, instant: (row: T) => string): TableColumn<T> {
    return instantColumn<T>(key, this.m().revisedAt, instant, (iso) =>
      this.i18n.date(iso, 'dateTime'),
    );
  }

  protected startRecord(): void {
    this.revising.set(null);
    this.recording.set(true);
  }

  protected startRevise(record: MaturityRecord): void {
    this.recording.set(false);
    this.revising.set(record);
    this.historyOf.set(record);
  }

  protected onSaved(saved: MaturityRecord): void {
    this.recording.set(false);
    this.revising.set(null);
    this.historyOf.set(saved);
    this.records.reload();
    this.history.reload();
  }

  private changesText(revision: MaturityRevision): string {
    const m = this.m();
    if (revision.changes.length === 0) return '—';
    return revision.changes
      .map((change) =>
        change.field === 'score'
          ? `${m.pillars[change.pillar]}: ${this.i18n.number(Number(change.before), 1)} → ${this.i18n.number(Number(change.after), 1)}`
          : m.evidenceChanged(m.pillars[change.pillar]),
      )
      .join(this.i18n.lang() === 'ar' ? '؛ ' : '; ');
  }
}
