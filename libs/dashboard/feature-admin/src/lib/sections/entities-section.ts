import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AgencyEntry } from '@ws/dashboard-data-access';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import {
  DataTable,
  LoadState,
  SubmissionStatusText,
  TextField,
  listStatus,
  rowsOf,
} from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from './admin-section-base';
import { formText, submittedForm } from './form-values';
import { NameFields } from './name-fields';

/** Entities: list, add, deactivate or activate again. */
@Component({
  selector: 'ws-admin-entities',
  imports: [DataTable, LoadState, NameFields, SubmissionStatusText, TextField],
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
  protected readonly key = (row: AgencyEntry) => row.code;

  protected readonly columns = computed<TableColumn<AgencyEntry>[]>(() => {
    const c = this.t().common;
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
    ];
  });

  protected readonly toggleAction = computed<RowAction<AgencyEntry>>(() => {
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

  protected setActive(agency: AgencyEntry, active: boolean): void {
    this.toggle.run(this.api.setAgencyActive(agency.code, active), () => this.agencies.reload());
  }
}
