import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AdminAgency } from '@ws/dashboard-data-access';
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
import { codeOptions, formNumber, formText, submittedForm } from './form-values';
import { NameFields } from './name-fields';

/** Entities: list, add, deactivate or activate again, set the expected feed interval. */
@Component({
  selector: 'ws-admin-entities',
  imports: [DataTable, LoadState, NameFields, SelectField, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './entities-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class EntitiesSection extends AdminSectionBase {
  protected readonly agencies = rxResource({ stream: () => this.api.agencies() });
  protected readonly rows = computed(() => rowsOf(this.agencies));
  protected readonly status = computed(() => listStatus(this.agencies));
  protected readonly create = this.newSubmission();
  protected readonly toggle = this.newSubmission();
  protected readonly interval = this.newSubmission();
  protected readonly key = (row: AdminAgency) => row.code;
  protected readonly agencyOptions = computed(() => codeOptions(this.rows(), this.i18n));
  /** The entity chosen in the interval form (the first one until another is chosen). */
  private readonly chosenCode = signal<string | null>(null);
  protected readonly chosen = computed(() => {
    const rows = this.rows();
    return rows.find((row) => row.code === this.chosenCode()) ?? rows[0] ?? null;
  });

  protected readonly columns = computed<TableColumn<AdminAgency>[]>(() => {
    const { common: c, entities: e } = this.t();
    return [
      { key: 'code', label: c.code, text: (r) => r.code },
      { key: 'nameAr', label: c.nameAr, text: (r) => r.nameAr },
      { key: 'nameEn', label: c.nameEn, text: (r) => r.nameEn },
      {
        key: 'active',
        label: c.status,
        text: (r) => (r.active ? `● ${c.active}` : `○ ${c.inactive}`),
        csv: (r) => (r.active ? c.active : c.inactive),
      },
      {
        key: 'feedIntervalHours',
        label: e.feedInterval,
        text: (r) => this.i18n.number(r.feedIntervalHours),
        csv: (r) => String(r.feedIntervalHours),
        sortValue: (r) => r.feedIntervalHours,
        numeric: true,
      },
    ];
  });

  protected readonly toggleAction = computed<RowAction<AdminAgency>>(() => {
    const t = this.t();
    return {
      header: t.common.actions,
      label: (r) => (r.active ? t.entities.deactivate : t.entities.activate),
      target: (r) => r.code,
      testId: (r) => `agency-toggle-${r.code}`,
    };
  });

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const input = {
      code: formText(form, 'code'),
      nameAr: formText(form, 'nameAr'),
      nameEn: formText(form, 'nameEn'),
    };
    this.create.run(this.api.createAgency(input), () => {
      form.reset();
      this.agencies.reload();
    });
  }

  protected setActive(agency: AdminAgency, active: boolean): void {
    this.toggle.run(this.api.updateAgency(agency.code, { active }), () => this.agencies.reload());
  }

  protected choose(event: Event): void {
    const control = event.target as HTMLSelectElement | null;
    if (control?.name === 'agency') this.chosenCode.set(control.value);
  }

  protected submitInterval(event: SubmitEvent): void {
    const form = submittedForm(event);
    const change = { feedIntervalHours: formNumber(form, 'feedIntervalHours') };
    this.interval.run(this.api.updateAgency(formText(form, 'agency'), change), () => this.agencies.reload());
  }
}
