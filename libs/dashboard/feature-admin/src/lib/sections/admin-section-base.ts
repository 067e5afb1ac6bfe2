import type { Signal } from '@angular/core';
import { Directive, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AdminApi, I18n } from '@ws/dashboard-data-access';
import { CARD_STYLES } from '@ws/dashboard-ui-kit';
import type { SelectOption } from '@ws/dashboard-ui-table';
import { FORM_BUTTON_STYLES, Submission, rowsOf } from '@ws/dashboard-ui-table';
import type { Observable } from 'rxjs';
import type { AdminDictionary } from '../i18n/admin-dictionary';
import type { CodedEntry } from './form-values';
import { codeOptions } from './form-values';

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

  /** Select options (`CODE — name`) of a catalogue list the section's form chooses from. */
  protected codeOptionsOf(load: () => Observable<readonly CodedEntry[]>): Signal<SelectOption[]> {
    const entries = rxResource({ stream: load });
    return computed(() => codeOptions(rowsOf(entries), this.i18n));
  }
}
