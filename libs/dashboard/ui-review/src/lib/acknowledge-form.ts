import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { BreachAcknowledgementRequest, BreachRootCause } from '@ws/contracts';
import { BREACH_ROOT_CAUSES } from '@ws/contracts';
import type { Submission } from '@ws/dashboard-ui-table';
import {
  FORM_BUTTON_STYLES,
  FORM_CONTROL_STYLES,
  FieldErrorText,
  SubmissionStatusText,
} from '@ws/dashboard-ui-table';
import type { ReviewLang } from './review-labels';
import { REVIEW_LABELS } from './review-labels';

/**
 * The acknowledgement of a breached cycle: a root cause and a note. The API's messages appear
 * next to their fields; the page sends the request and owns the `submission`.
 */
@Component({
  selector: 'ws-acknowledge-form',
  imports: [FieldErrorText, SubmissionStatusText],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './acknowledge-form.html',
  styles: [FORM_CONTROL_STYLES, FORM_BUTTON_STYLES],
  styleUrl: './acknowledge-form.css',
})
export class AcknowledgeForm {
  readonly cycle = input.required<number>();
  readonly submission = input.required<Submission>();
  readonly lang = input<ReviewLang>('ar');
  readonly initial = input<BreachAcknowledgementRequest | null>(null);
  readonly acknowledge = output<BreachAcknowledgementRequest>();

  protected readonly labels = computed(() => REVIEW_LABELS[this.lang()]);
  protected readonly causes = BREACH_ROOT_CAUSES;
  protected readonly idPrefix = computed(() => `ack-${this.cycle()}`);

  protected submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.acknowledge.emit({
      rootCause: String(data.get('rootCause') ?? '') as BreachRootCause,
      note: String(data.get('note') ?? '').trim(),
    });
  }
}
