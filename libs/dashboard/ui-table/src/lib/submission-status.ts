import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Submission } from './submission';

export interface SubmissionLabels {
  saving: string;
  saved: string;
  failed: string;
}

/** Saving / saved / failed (with the API's general message), announced to screen readers. */
@Component({
  selector: 'ws-submission-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (submission().status()) {
      @case ('saving') {
        <p class="status" role="status">{{ labels().saving }}</p>
      }
      @case ('saved') {
        <p class="status saved" role="status" [attr.data-testid]="testId() + '-saved'">
          ✓ {{ labels().saved }}
        </p>
      }
      @case ('failed') {
        <p class="status failed" role="alert" [attr.data-testid]="testId() + '-failed'">
          ⚠ {{ labels().failed }}
          @if (submission().general(); as message) {
            <bdi>{{ message }}</bdi>
          }
        </p>
      }
    }
  `,
  styles: `
    .status {
      margin: 0.5rem 0 0;
    }
    .saved {
      color: var(--ws-success, #1b6e3a);
    }
    .failed {
      color: var(--ws-danger, #a4161a);
    }
  `,
})
export class SubmissionStatusText {
  readonly submission = input.required<Submission>();
  readonly labels = input.required<SubmissionLabels>();
  readonly testId = input('submission');
}
