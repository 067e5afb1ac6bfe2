import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { AdminUser } from '@ws/dashboard-data-access';
import { SelectField, SubmissionStatusText } from '@ws/dashboard-ui-table';
import { AccessCardBase } from './access-card-base';
import { ADMIN_SECTION_STYLES } from './admin-section-base';
import { formText, submittedForm } from './form-values';

/** Deactivates a user (its sessions end at once) or reactivates one; in the users section. */
@Component({
  selector: 'ws-admin-user-access',
  imports: [SelectField, SubmissionStatusText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-access-card.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class UserAccessCard extends AccessCardBase {
  readonly users = input.required<readonly AdminUser[]>();
  readonly changed = output<AdminUser>();
  protected readonly change = this.newSubmission();
  protected readonly chosen = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly options = computed(() => {
    const t = this.t();
    return this.users().map((user) => ({
      value: user.email,
      label: `${user.email} — ${t.users.roles[user.role]} — ${user.active ? t.common.active : t.common.inactive}`,
    }));
  });
  protected readonly chosenUser = computed(
    () => this.users().find((user) => user.email === this.chosen()) ?? this.users()[0],
  );

  protected submit(event: SubmitEvent): void {
    const email = formText(submittedForm(event), 'email');
    const user = this.users().find((candidate) => candidate.email === email);
    if (!user) return;
    this.done.set(null);
    this.change.run(this.access.setUserActive(email, !user.active), (changed) => {
      const words = this.w().userAccess;
      this.done.set(changed.active ? words.reactivated : words.deactivated);
      this.chosen.set(changed.email);
      this.changed.emit(changed);
    });
  }
}
