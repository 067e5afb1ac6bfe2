import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { RotatedFeedKey } from '@ws/contracts';
import type { AdminFeedKey } from '@ws/dashboard-data-access';
import { SelectField, SubmissionStatusText, TextField } from '@ws/dashboard-ui-table';
import { AccessCardBase } from './access-card-base';
import { ADMIN_SECTION_STYLES } from './admin-section-base';
import { formNumber, formText, submittedForm } from './form-values';

/** Rotates a feed key with an overlap: the new key is shown once; in the feed-keys section. */
@Component({
  selector: 'ws-admin-feed-key-rotation',
  imports: [SelectField, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feed-key-rotation-card.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class FeedKeyRotationCard extends AccessCardBase {
  readonly keys = input.required<readonly AdminFeedKey[]>();
  readonly rotated = output<RotatedFeedKey>();
  protected readonly rotation = this.newSubmission();
  protected readonly result = signal<RotatedFeedKey | null>(null);
  /** Keys that may be rotated: not revoked, not already rotated. */
  protected readonly options = computed(() =>
    this.keys()
      .filter((key) => !key.revokedAt && !key.expiresAt)
      .map((key) => ({
        value: String(key.id),
        label: `#${key.id} — ${key.agency} — ${key.label || '—'} — ${key.keyPrefix}…`,
      })),
  );

  protected validUntil(iso: string): string {
    return this.i18n.date(iso, 'dateTime');
  }

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const id = Number(formText(form, 'key'));
    this.result.set(null);
    this.rotation.run(
      this.access.rotateFeedKey(id, formNumber(form, 'overlapHours')),
      (rotated) => {
        this.result.set(rotated);
        this.rotated.emit(rotated);
      },
    );
  }
}
