import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { MaturityContent, MaturityPillar, MaturityRecord } from '@ws/dashboard-data-access';
import { MATURITY_PILLARS, MaturityApi } from '@ws/dashboard-data-access';
import type { SelectOption } from '@ws/dashboard-ui-table';
import { SelectField, SubmissionStatusText, TextField } from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from '../sections/admin-section-base';
import { formNumber, formText, submittedForm } from '../sections/form-values';
import { MATURITY_TEXT } from './maturity-text';

/** The scores and evidence typed in the form, scores as typed (text that is not a number stays text). */
export function maturityContent(values: {
  number: (name: string) => number;
  text: (name: string) => string;
}): MaturityContent {
  const perPillar = <T>(read: (pillar: MaturityPillar) => T) =>
    Object.fromEntries(MATURITY_PILLARS.map((pillar) => [pillar, read(pillar)])) as Record<
      MaturityPillar,
      T
    >;
  return {
    scores: perPillar((pillar) => values.number(`scores.${pillar}`)),
    evidence: perPillar((pillar) => values.text(`evidence.${pillar}`)),
  };
}

/** Records a new self-assessment, or (given `revising`) revises one with a reason. */
@Component({
  selector: 'ws-maturity-form',
  imports: [SelectField, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './maturity-form.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: '../sections/admin-section.css',
})
export class MaturityForm extends AdminSectionBase {
  private readonly maturity = inject(MaturityApi);
  readonly revising = input<MaturityRecord | null>(null);
  readonly agencyOptions = input.required<readonly SelectOption[]>();
  readonly saved = output<MaturityRecord>();
  readonly cancelled = output<void>();

  protected readonly m = this.i18n.select(MATURITY_TEXT);
  protected readonly pillars = MATURITY_PILLARS;
  protected readonly save = this.newSubmission();
  protected readonly title = computed(() => {
    const record = this.revising();
    return record
      ? this.m().reviseTitle(record.agency, this.i18n.date(record.assessedOn, 'long'))
      : this.m().recordTitle;
  });

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const content = maturityContent({
      number: (name) => formNumber(form, name),
      text: (name) => formText(form, name),
    });
    const record = this.revising();
    const request = record
      ? this.maturity.revise(record.agency, record.assessedOn, {
          ...content,
          reason: formText(form, 'reason'),
        })
      : this.maturity.record({
          ...content,
          agency: formText(form, 'agency'),
          assessedOn: formText(form, 'assessedOn'),
        });
    this.save.run(request, (saved) => this.saved.emit(saved));
  }
}
