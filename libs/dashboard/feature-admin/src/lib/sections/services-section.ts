import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CHANNELS } from '@ws/contracts';
import type {
  AdminService,
  ServiceInput,
  ServiceType,
  TargetUnit,
} from '@ws/dashboard-data-access';
import { SERVICE_TYPES, TARGET_UNITS } from '@ws/dashboard-data-access';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import {
  DataTable,
  FieldErrorText,
  LoadState,
  SelectField,
  SubmissionStatusText,
  TextField,
  listStatus,
  rowsOf,
} from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from './admin-section-base';
import { formAll, formChecked, formNumber, formText, submittedForm } from './form-values';
import { NameFields } from './name-fields';

/** Services with their current SLA: list, add (with SLA version 1), change the target. */
@Component({
  selector: 'ws-admin-services',
  imports: [
    DataTable,
    FieldErrorText,
    LoadState,
    NameFields,
    SelectField,
    SubmissionStatusText,
    TextField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './services-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class ServicesSection extends AdminSectionBase {
  protected readonly services = rxResource({ stream: () => this.api.services() });
  protected readonly rows = computed(() => rowsOf(this.services));
  protected readonly status = computed(() => listStatus(this.services));
  protected readonly agencyOptions = this.codeOptionsOf(() => this.api.agencies());
  protected readonly calendarOptions = this.codeOptionsOf(() => this.api.calendars());
  protected readonly typeOptions = computed(() =>
    SERVICE_TYPES.map((type) => ({ value: type, label: this.t().services.types[type] })),
  );
  protected readonly unitOptions = computed(() =>
    TARGET_UNITS.map((unit) => ({ value: unit, label: this.t().services.units[unit] })),
  );
  protected readonly channels = CHANNELS;
  protected readonly create = this.newSubmission();
  protected readonly change = this.newSubmission();
  protected readonly editing = signal<AdminService | null>(null);
  protected readonly key = (row: AdminService) => row.code;

  protected readonly columns = computed<TableColumn<AdminService>[]>(() => {
    const t = this.t();
    return [
      { key: 'code', label: t.common.code, text: (r) => r.code },
      { key: 'name', label: t.common.name, text: (r) => this.i18n.name(r) },
      { key: 'agency', label: t.common.agency, text: (r) => r.agency },
      { key: 'type', label: t.services.type, text: (r) => t.services.types[r.type] },
      {
        key: 'target',
        label: t.services.target,
        text: (r) => `${this.amount(r.sla.target.amount)} ${t.services.units[r.sla.target.unit]}`,
        sortValue: (r) => r.sla.target.amount,
      },
      { key: 'calendar', label: t.services.calendar, text: (r) => r.sla.calendar },
      {
        key: 'version',
        label: t.services.version,
        text: (r) => this.i18n.number(r.sla.version),
        sortValue: (r) => r.sla.version,
        numeric: true,
      },
    ];
  });

  protected readonly changeAction = computed<RowAction<AdminService>>(() => ({
    header: this.t().common.actions,
    label: () => this.t().services.changeTarget,
    target: (r) => r.code,
    testId: (r) => `sla-change-${r.code}`,
  }));

  /** A target amount: whole numbers without decimals (3, not 3.00), others with two. */
  private amount(value: number): string {
    return this.i18n.number(value, Number.isInteger(value) ? 0 : 2);
  }

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const input: ServiceInput = {
      code: formText(form, 'code'),
      agency: formText(form, 'agency'),
      nameAr: formText(form, 'nameAr'),
      nameEn: formText(form, 'nameEn'),
      type: formText(form, 'type') as ServiceType,
      channels: formAll(form, 'channels') as ServiceInput['channels'],
      digitised: formChecked(form, 'digitised'),
      sla: {
        target: { amount: formNumber(form, 'amount'), unit: formText(form, 'unit') as TargetUnit },
        calendar: formText(form, 'calendar'),
        atRiskRatio: formNumber(form, 'atRiskRatio'),
      },
    };
    this.create.run(this.api.createService(input), () => {
      form.reset();
      this.services.reload();
    });
  }

  protected startChange(service: AdminService): void {
    this.change.reset();
    this.editing.set(service);
  }

  protected submitChange(event: SubmitEvent, service: AdminService): void {
    const form = submittedForm(event);
    const sla = {
      target: { amount: formNumber(form, 'amount'), unit: formText(form, 'unit') as TargetUnit },
      calendar: service.sla.calendar,
      atRiskRatio: service.sla.atRiskRatio,
    };
    this.change.run(this.api.publishSla(service.code, sla), () => {
      this.editing.set(null);
      this.services.reload();
    });
  }
}
