import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { UserRole } from '@ws/contracts';
import { USER_ROLES } from '@ws/contracts';
import type { AdminUser } from '@ws/dashboard-data-access';
import type { TableColumn } from '@ws/dashboard-ui-table';
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
import { formText, submittedForm } from './form-values';
import { UserAccessCard } from './user-access-card';

/** Users: list and create; the generated password is shown once, right after creation. */
@Component({
  selector: 'ws-admin-users',
  imports: [DataTable, LoadState, SelectField, SubmissionStatusText, TextField, UserAccessCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class UsersSection extends AdminSectionBase {
  protected readonly users = rxResource({ stream: () => this.api.users() });
  protected readonly rows = computed(() => rowsOf(this.users));
  protected readonly status = computed(() => listStatus(this.users));
  protected readonly agencyOptions = this.codeOptionsOf(() => this.api.agencies());
  protected readonly roleOptions = computed(() =>
    USER_ROLES.map((role) => ({ value: role, label: this.t().users.roles[role] })),
  );
  protected readonly role = signal<UserRole>('agency_manager');
  protected readonly create = this.newSubmission();
  protected readonly password = signal<string | null>(null);
  protected readonly key = (row: AdminUser) => row.email;

  protected readonly columns = computed<TableColumn<AdminUser>[]>(() => {
    const t = this.t();
    return [
      { key: 'email', label: t.users.email, text: (r) => r.email },
      { key: 'role', label: t.users.role, text: (r) => t.users.roles[r.role] },
      { key: 'agency', label: t.common.agency, text: (r) => r.agency ?? t.users.noAgency },
      {
        key: 'active',
        label: t.common.status,
        text: (r) => (r.active ? `● ${t.common.active}` : `○ ${t.common.inactive}`),
      },
    ];
  });

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const role = formText(form, 'role') as UserRole;
    const input = {
      email: formText(form, 'email'),
      role,
      agency: role === 'agency_manager' ? formText(form, 'agency') : null,
    };
    this.password.set(null);
    this.create.run(this.api.createUser(input), (created) => {
      this.password.set(created.password);
      form.reset();
      this.role.set('agency_manager');
      this.users.reload();
    });
  }
}
