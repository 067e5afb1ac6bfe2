import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AdminKpi, KpiTargetInput } from '@ws/dashboard-data-access';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import {
  DataTable,
  LoadState,
  SelectField,
  SubmissionStatusText,
  TextField,
  listStatus,
  rowsOf,
} from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from './admin-section-base';
import { formNumber, formText, submittedForm } from './form-values';

/** The NDS3 KPIs: baseline, 2030 target, comparison and tolerance, each editable. */
@Component({
  selector: 'ws-admin-kpis',
  imports: [DataTable, LoadState, SelectField, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpis-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class KpisSection extends AdminSectionBase {
  protected readonly kpis = rxResource({ stream: () => this.api.kpis() });
  protected readonly rows = computed(() => rowsOf(this.kpis));
  protected readonly status = computed(() => listStatus(this.kpis));
  protected readonly editing = signal<AdminKpi | null>(null);
  protected readonly comparisonOptions = computed(() =>
    (['strict', 'inclusive'] as const).map((value) => ({
      value,
      label: this.t().kpis.comparisons[value],
    })),
  );
  protected readonly save = this.newSubmission();
  protected readonly key = (row: AdminKpi) => row.code;

  protected readonly columns = computed<TableColumn<AdminKpi>[]>(() => {
    const t = this.t();
    const num = (value: number | null) => this.i18n.number(value, 2);
    return [
      { key: 'code', label: t.common.code, text: (r) => r.code },
      { key: 'name', label: t.common.name, text: (r) => this.i18n.name(r) },
      { key: 'outcome', label: t.kpis.outcome, text: (r) => r.outcome },
      {
        key: 'baselineYear',
        label: t.kpis.baselineYear,
        text: (r) => String(r.baselineYear),
        numeric: true,
      },
      {
        key: 'baselineValue',
        label: t.kpis.baselineValue,
        text: (r) => num(r.baselineValue),
        sortValue: (r) => r.baselineValue,
        csv: (r) => r.baselineValue,
        numeric: true,
      },
      {
        key: 'target2030',
        label: t.kpis.target2030,
        text: (r) => num(r.target2030),
        sortValue: (r) => r.target2030,
        csv: (r) => r.target2030,
        numeric: true,
      },
      {
        key: 'comparison',
        label: t.kpis.comparison,
        text: (r) => t.kpis.comparisons[r.comparison],
      },
      {
        key: 'tolerance',
        label: t.kpis.tolerance,
        text: (r) => num(r.tolerance),
        sortValue: (r) => r.tolerance,
        csv: (r) => r.tolerance,
        numeric: true,
      },
    ];
  });

  protected readonly editAction = computed<RowAction<AdminKpi>>(() => ({
    header: this.t().common.actions,
    label: () => this.t().kpis.edit,
    target: (r) => r.code,
    testId: (r) => `kpi-edit-${r.code}`,
  }));

  protected startEdit(kpi: AdminKpi): void {
    this.save.reset();
    this.editing.set(kpi);
  }

  protected submit(event: SubmitEvent, kpi: AdminKpi): void {
    const form = submittedForm(event);
    const target = formText(form, 'target2030');
    const input: KpiTargetInput = {
      baselineYear: formNumber(form, 'baselineYear'),
      baselineValue: formNumber(form, 'baselineValue'),
      target2030: target === '' ? null : formNumber(form, 'target2030'),
      comparison: formText(form, 'comparison') as KpiTargetInput['comparison'],
      tolerance: formNumber(form, 'tolerance'),
    };
    this.save.run(this.api.setKpiTarget(kpi.code, input), () => {
      this.editing.set(null);
      this.kpis.reload();
    });
  }
}
