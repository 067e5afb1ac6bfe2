import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { CHANNELS } from '@ws/contracts';
import type { AgencyEntry, ServiceEntry } from '@ws/dashboard-data-access';
import { I18n } from '@ws/dashboard-data-access';
import type { TrackingFilter } from './tracking-filter';
import { INTERVALS } from './tracking-filter';
import { TRACKING_TEXT } from './tracking-text';

/** The filter form: period, interval, entity, service, channel. Every change goes to the URL. */
@Component({
  selector: 'ws-tracking-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tracking-filters.html',
  styles: `
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.25rem;
      align-items: end;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--ws-border);
      border-radius: 8px;
      background: var(--ws-surface);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-size: 0.875rem;
    }
    label {
      font-weight: 600;
    }
    select {
      max-inline-size: 18rem;
    }
  `,
})
export class TrackingFilters {
  protected readonly i18n = inject(I18n);
  protected readonly text = this.i18n.select(TRACKING_TEXT);
  readonly filter = input.required<TrackingFilter>();
  readonly agencies = input.required<readonly AgencyEntry[]>();
  readonly services = input.required<readonly ServiceEntry[]>();
  readonly changed = output<Partial<Record<keyof TrackingFilter, string | null>>>();
  protected readonly intervals = INTERVALS;
  protected readonly channels = CHANNELS;
  protected readonly agencyServices = computed(() =>
    this.services().filter((s) => s.agency === this.filter().agency),
  );

  protected set(key: keyof TrackingFilter, value: string): void {
    // a new entity starts again at the entity level: its services differ
    this.changed.emit(key === 'agency' ? { agency: value || null, service: null } : { [key]: value || null });
  }
}
