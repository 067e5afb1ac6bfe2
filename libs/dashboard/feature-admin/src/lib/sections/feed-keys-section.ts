import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AdminFeedKey } from '@ws/dashboard-data-access';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import {
  DataTable,
  LoadState,
  SelectField,
  SubmissionStatusText,
  TextField,
  instantColumn,
  listStatus,
  rowsOf,
} from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from './admin-section-base';
import { ACCESS_WORDS } from './access-words';
import { FeedKeyRotationCard } from './feed-key-rotation-card';
import { formText, submittedForm } from './form-values';

/** Feed keys: list (prefix only), create (the key shown once), revoke. */
@Component({
  selector: 'ws-admin-feed-keys',
  imports: [
    DataTable,
    LoadState,
    SelectField,
    SubmissionStatusText,
    TextField,
    FeedKeyRotationCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feed-keys-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class FeedKeysSection extends AdminSectionBase {
  protected readonly keys = rxResource({ stream: () => this.api.feedKeys() });
  protected readonly rows = computed(() => rowsOf(this.keys));
  protected readonly status = computed(() => listStatus(this.keys));
  protected readonly agencyOptions = this.codeOptionsOf(() => this.api.agencies());
  protected readonly create = this.newSubmission();
  protected readonly revoke = this.newSubmission();
  protected readonly createdKey = signal<string | null>(null);
  protected readonly key = (row: AdminFeedKey) => String(row.id);
  private readonly accessWords = this.i18n.select(ACCESS_WORDS);

  protected readonly columns = computed<TableColumn<AdminFeedKey>[]>(() => {
    const t = this.t();
    return [
      { key: 'id', label: '#', text: (r) => String(r.id), sortValue: (r) => r.id, numeric: true },
      { key: 'agency', label: t.common.agency, text: (r) => r.agency },
      { key: 'label', label: t.feedKeys.label, text: (r) => r.label },
      { key: 'prefix', label: t.feedKeys.prefix, text: (r) => `${r.keyPrefix}…`, unsorted: true },
      instantColumn(
        'createdAt',
        t.feedKeys.createdAt,
        (r) => r.createdAt,
        (iso) => this.i18n.date(iso, 'dateTime'),
      ),
      {
        key: 'revokedAt',
        label: t.common.status,
        text: (r) =>
          r.revokedAt
            ? `○ ${t.feedKeys.revoked} ${this.i18n.date(r.revokedAt, 'dateTime')}`
            : r.expiresAt
              ? `◐ ${this.accessWords().rotation.rotatedUntil} ${this.i18n.date(r.expiresAt, 'dateTime')}`
              : `● ${t.common.active}`,
        sortValue: (r) => r.revokedAt,
        csv: (r) => r.revokedAt,
      },
    ];
  });

  protected readonly revokeAction = computed<RowAction<AdminFeedKey>>(() => ({
    header: this.t().common.actions,
    label: () => this.t().feedKeys.revoke,
    target: (r) => `${r.agency} #${r.id}`,
    testId: (r) => `feed-key-revoke-${r.id}`,
    shown: (r) => !r.revokedAt,
  }));

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const label = formText(form, 'label');
    const input = { agency: formText(form, 'agency'), label };
    this.createdKey.set(null);
    this.create.run(this.api.createFeedKey(input), (created) => {
      this.createdKey.set(created.key);
      form.reset();
      this.keys.reload();
    });
  }

  protected revokeKey(key: AdminFeedKey): void {
    this.revoke.run(this.api.revokeFeedKey(key.id), () => this.keys.reload());
  }
}
