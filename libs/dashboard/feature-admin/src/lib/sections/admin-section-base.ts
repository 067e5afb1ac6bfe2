import { Directive, inject, input } from '@angular/core';
import { AdminApi, I18n } from '@ws/dashboard-data-access';
import { Submission } from '@ws/dashboard-ui-table';
import type { AdminDictionary } from '../i18n/admin-dictionary';

/** What every admin section has: the admin API, the language, the page's words. */
@Directive()
export abstract class AdminSectionBase {
  protected readonly api = inject(AdminApi);
  protected readonly i18n = inject(I18n);
  readonly t = input.required<AdminDictionary>();

  /** A form submission whose field errors are worded in the current language. */
  protected newSubmission(): Submission {
    return new Submission(this.i18n.lang);
  }
}
