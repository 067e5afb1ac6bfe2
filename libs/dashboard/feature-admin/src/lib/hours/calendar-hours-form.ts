import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { AdminCalendar, Weekday } from '@ws/dashboard-data-access';
import { WEEKDAYS } from '@ws/dashboard-data-access';
import { FieldErrorText, SubmissionStatusText, TextField } from '@ws/dashboard-ui-table';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from '../sections/admin-section-base';
import { formText, submittedForm } from '../sections/form-values';
import { dayField, hoursInput, overridePrefix, weekText } from './calendar-hours';
import { HOURS_TEXT } from './hours-text';

/**
 * The working week and the Ramadan (override) hours and dates of a calendar, edited as text and
 * published as its next version (`PUT /calendars/{code}` with the version it started from).
 */
@Component({
  selector: 'ws-calendar-hours',
  imports: [FieldErrorText, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-hours-form.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: '../sections/admin-section.css',
})
export class CalendarHoursForm extends AdminSectionBase {
  readonly calendar = input.required<AdminCalendar>();
  readonly published = output<AdminCalendar>();

  protected readonly h = this.i18n.select(HOURS_TEXT);
  protected readonly weekdays = WEEKDAYS;
  protected readonly editing = signal(false);
  protected readonly save = this.newSubmission();
  protected readonly publishedVersion = signal<number | null>(null);
  protected readonly week = computed(() => weekText(this.calendar().definition.weekly));
  /** New periods of other hours added in this edit (each starts from the last period's hours). */
  protected readonly added = signal(0);
  protected readonly overrides = computed(() => {
    const kept = this.calendar().definition.overrides ?? [];
    const template = weekText(kept[kept.length - 1]?.weekly ?? this.calendar().definition.weekly);
    const existing = kept.map((override) => ({
      name: override.name ?? '',
      title: this.h().overrideTitle(override.name ?? this.h().overrideUnnamed),
      from: override.from,
      to: override.to,
      week: weekText(override.weekly),
      isNew: false,
    }));
    const fresh = Array.from({ length: this.added() }, () => ({
      name: '',
      title: this.h().newPeriod,
      from: '',
      to: '',
      week: template,
      isNew: true,
    }));
    return [...existing, ...fresh].map((override, index) => ({
      ...override,
      prefix: overridePrefix(index),
      path: `overrides[${index}]`,
    }));
  });
  protected readonly dayField = dayField;
  /** An element id for a day's control (`hours-overrides-0-weekly-sun`). */
  protected dayInputId(prefix: string, day: Weekday): string {
    return `hours-${dayField(prefix, day).replace(/[^a-z0-9]+/gi, '-')}`;
  }
  /** The text fields of a period: its dates, and for a new one its name first. */
  protected readonly keptParts = ['from', 'to'] as const;
  protected readonly newParts = ['name', 'from', 'to'] as const;

  protected open(): void {
    this.save.reset();
    this.publishedVersion.set(null);
    this.added.set(0);
    this.editing.set(true);
  }

  protected submit(event: SubmitEvent): void {
    const form = submittedForm(event);
    const input = hoursInput(this.calendar(), (name) => formText(form, name), this.added());
    this.save.run(this.api.publishCalendar(this.calendar().code, input), (calendar) => {
      this.editing.set(false);
      this.added.set(0);
      this.publishedVersion.set(calendar.version);
      this.published.emit(calendar);
    });
  }
}
