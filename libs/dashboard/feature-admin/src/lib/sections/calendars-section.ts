import { ChangeDetectionStrategy, Component, computed, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { AdminCalendar, CalendarHoliday } from '@ws/dashboard-data-access';
import type { RowAction, TableColumn } from '@ws/dashboard-ui-table';
import {
  DataTable,
  LoadState,
  SubmissionStatusText,
  TextField,
  listStatus,
  rowsOf,
} from '@ws/dashboard-ui-table';
import { CalendarHoursForm } from '../hours/calendar-hours-form';
import { ADMIN_SECTION_STYLES, AdminSectionBase } from './admin-section-base';
import { formText, submittedForm } from './form-values';

/** Whole-day closures of a calendar version: the holidays. */
export function holidaysOf(calendar: AdminCalendar | null): CalendarHoliday[] {
  return (calendar?.definition.closures ?? []).filter(
    (closure): closure is CalendarHoliday => 'from' in closure,
  );
}

/**
 * The Umm al-Qura (Hijri) date of a local date, shown beside the Gregorian one to help place an
 * Eid. An approximation for display only: holidays are never derived from it.
 */
export function hijriDate(date: string, lang: 'ar' | 'en'): string {
  const locale =
    lang === 'ar' ? 'ar-SA-u-ca-islamic-umalqura-nu-latn' : 'en-GB-u-ca-islamic-umalqura';
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Calendars: the working and Ramadan hours of the chosen one (editable), its holidays; confirm an Eid date. */
@Component({
  selector: 'ws-admin-calendars',
  imports: [CalendarHoursForm, DataTable, LoadState, SubmissionStatusText, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendars-section.html',
  styles: ADMIN_SECTION_STYLES,
  styleUrl: './admin-section.css',
})
export class CalendarsSection extends AdminSectionBase {
  protected readonly calendars = rxResource({ stream: () => this.api.calendars() });
  protected readonly options = computed(() => rowsOf(this.calendars));
  protected readonly status = computed(() => listStatus(this.calendars));
  /** The chosen calendar stays chosen when the list reloads (after a confirmation). */
  protected readonly chosenCode = linkedSignal<readonly AdminCalendar[], string>({
    source: this.options,
    computation: (options, previous) =>
      previous && options.some((c) => c.code === previous.value)
        ? previous.value
        : (options[0]?.code ?? ''),
  });
  protected readonly chosen = computed(
    () => this.options().find((c) => c.code === this.chosenCode()) ?? null,
  );
  protected readonly holidays = computed(() => holidaysOf(this.chosen()));
  protected readonly confirming = signal<CalendarHoliday | null>(null);
  protected readonly confirmation = this.newSubmission();
  protected readonly key = (row: CalendarHoliday) => row.from;

  protected readonly columns = computed<TableColumn<CalendarHoliday>[]>(() => {
    const t = this.t().calendars;
    return [
      { key: 'name', label: t.holiday, text: (r) => this.holidayName(r) },
      {
        key: 'from',
        label: t.from,
        text: (r) => `${this.i18n.date(r.from, 'long')} (${hijriDate(r.from, this.i18n.lang())})`,
        sortValue: (r) => r.from,
        csv: (r) => r.from,
      },
      {
        key: 'to',
        label: t.to,
        text: (r) => this.i18n.date(r.to, 'long'),
        sortValue: (r) => r.to,
        csv: (r) => r.to,
      },
      {
        key: 'status',
        label: this.t().common.status,
        text: (r) => (r.status === 'provisional' ? `◌ ${t.provisional}` : `✓ ${t.confirmed}`),
        csv: (r) => r.status ?? 'confirmed',
      },
      { key: 'source', label: t.source, text: (r) => r.source ?? '', unsorted: true },
    ];
  });

  protected readonly confirmAction = computed<RowAction<CalendarHoliday>>(() => ({
    header: this.t().common.actions,
    label: () => this.t().calendars.confirm,
    target: (r) => this.holidayName(r),
    testId: (r) => `confirm-${r.from}`,
    shown: (r) => r.status === 'provisional',
  }));

  protected holidayName(holiday: CalendarHoliday): string {
    return (this.i18n.lang() === 'ar' ? holiday.nameAr : holiday.name) ?? holiday.name ?? '';
  }

  protected startConfirm(holiday: CalendarHoliday): void {
    this.confirmation.reset();
    this.confirming.set(holiday);
  }

  protected submitConfirm(
    event: SubmitEvent,
    calendar: AdminCalendar,
    holiday: CalendarHoliday,
  ): void {
    const form = submittedForm(event);
    const announced = formText(form, 'date');
    const body = announced && announced !== holiday.from ? { date: announced } : {};
    this.confirmation.run(this.api.confirmHoliday(calendar.code, holiday.from, body), () => {
      this.confirming.set(null);
      this.calendars.reload();
    });
  }
}
