import { Directive, inject, input } from '@angular/core';
import { AdminApi, I18n } from '@ws/dashboard-data-access';
import { CARD_STYLES } from '@ws/dashboard-ui-kit';
import { FORM_BUTTON_STYLES, Submission } from '@ws/dashboard-ui-table';
import type { AdminDictionary } from '../i18n/admin-dictionary';

/** The shared styles of every admin section, besides its `admin-section.css`. */
export const ADMIN_SECTION_STYLES = [CARD_STYLES, FORM_BUTTON_STYLES];

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
