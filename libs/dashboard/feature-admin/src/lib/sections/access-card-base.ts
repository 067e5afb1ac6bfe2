import { Directive, inject } from '@angular/core';
import { AccessAdminApi } from '@ws/dashboard-data-access';
import { ACCESS_WORDS } from './access-words';
import { AdminSectionBase } from './admin-section-base';

/** What the user-access and key-rotation cards share: their API and their words. */
@Directive()
export abstract class AccessCardBase extends AdminSectionBase {
  protected readonly access = inject(AccessAdminApi);
  protected readonly w = this.i18n.select(ACCESS_WORDS);
}
