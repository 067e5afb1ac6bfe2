import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { AuthSession, I18n } from '@ws/dashboard-data-access';
import { TabNav } from '@ws/dashboard-ui-kit';
import { map } from 'rxjs';
import { ADMIN_DICTIONARIES } from './i18n/admin-dictionaries';
import { MaturitySection } from './maturity/maturity-section';
import { CalendarsSection } from './sections/calendars-section';
import { EntitiesSection } from './sections/entities-section';
import { FeedKeysSection } from './sections/feed-keys-section';
import { KpisSection } from './sections/kpis-section';
import { ServicesSection } from './sections/services-section';
import { UsersSection } from './sections/users-section';

export const ADMIN_SECTIONS = [
  'entities',
  'services',
  'calendars',
  'kpis',
  'maturity',
  'users',
  'feedKeys',
] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

function toSection(value: string | null): AdminSection {
  return (ADMIN_SECTIONS as readonly string[]).includes(value ?? '')
    ? (value as AdminSection)
    : 'entities';
}

/** The central office's administration: one section at a time, chosen in the URL (`?section=`). */
@Component({
  selector: 'ws-admin-page',
  imports: [
    CalendarsSection,
    EntitiesSection,
    FeedKeysSection,
    KpisSection,
    MaturitySection,
    ServicesSection,
    TabNav,
    UsersSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-page.html',
  styleUrl: './admin-page.css',
})
export class AdminPage {
  private readonly session = inject(AuthSession);
  protected readonly i18n = inject(I18n);
  protected readonly t = this.i18n.select(ADMIN_DICTIONARIES);
  protected readonly tabs = computed(() =>
    ADMIN_SECTIONS.map((name) => ({
      key: name,
      label: this.t().section[name],
      queryParams: { section: name },
    })),
  );
  protected readonly allowed = computed(() => this.session.user()?.role === 'central_office');
  protected readonly section = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => toSection(params.get('section')))),
    { initialValue: 'entities' as AdminSection },
  );
}
