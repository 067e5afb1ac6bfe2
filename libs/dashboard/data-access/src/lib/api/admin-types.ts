import type { Channel, UserRole } from '@ws/contracts';
import type { AgencyEntry, ServiceEntry } from './catalogue-api';

/** Shapes of the administration API's bodies and answers, as the dashboard uses them. */
export const SERVICE_TYPES = [
  'informational',
  'inquiry',
  'interactive',
  'procedural',
  'integrated',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const TARGET_UNITS = [
  'businessMinutes',
  'businessHours',
  'workingDays',
  'calendarMinutes',
  'calendarHours',
] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export interface AgencyInput {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** `GET /agencies` row as the administration reads it: with its expected feed interval. */
export interface AdminAgency extends AgencyEntry {
  /** Hours of working time (Sun-Thu) within which the agency's feed is expected to send a batch. */
  feedIntervalHours: number;
}

/** `PATCH /agencies/:code`: a field left out keeps its value. */
export interface AgencyChange {
  active?: boolean;
  feedIntervalHours?: number;
}

export interface SlaInput {
  target: { amount: number; unit: TargetUnit };
  calendar: string;
  atRiskRatio: number;
}

export interface ServiceInput {
  code: string;
  agency: string;
  nameAr: string;
  nameEn: string;
  type: ServiceType;
  channels: Channel[];
  digitised: boolean;
  sla: SlaInput;
}

export interface AdminService extends ServiceEntry {
  type: ServiceType;
  channels: Channel[];
  sla: SlaInput & { version: number; effectiveFrom: string };
}

export interface CalendarHoliday {
  from: string;
  to: string;
  name?: string;
  nameAr?: string;
  status?: 'provisional' | 'confirmed';
  source?: string;
}

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** Local `[start, end)` times, `"HH:MM"`; `end` may be `"24:00"`. */
export type HoursWindow = [string, string];
export type WeeklyHours = Partial<Record<Weekday, HoursWindow[]>>;

/** Other hours on some dates (Ramadan): inclusive local dates and their own week. */
export interface HoursOverride {
  from: string;
  to: string;
  name?: string;
  weekly: WeeklyHours;
}

export interface AdminCalendar {
  code: string;
  nameAr: string;
  nameEn: string;
  version: number;
  publishedAt: string;
  publishedBy: string;
  note: string;
  definition: {
    timezone: string;
    weekly?: WeeklyHours;
    overrides?: HoursOverride[];
    closures?: (CalendarHoliday | { date: string })[];
  };
}

/**
 * `PUT /calendars/{code}`: the whole calendar, with what a form typed left as typed (a window
 * that is not two times goes as its text) so that the API names the broken part.
 */
export interface CalendarPublishInput {
  nameAr: string;
  nameEn: string;
  timezone: string;
  weekly: Record<Weekday, unknown[]>;
  overrides: { from: string; to: string; name?: string; weekly: Record<Weekday, unknown[]> }[];
  closures: unknown[];
  note?: string;
  /** The version the edit started from: a calendar published since is refused (409). */
  expectedVersion: number;
}

export interface HolidayConfirmationInput {
  date?: string;
  source?: string;
}

export interface KpiTargetInput {
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
  comparison: 'strict' | 'inclusive';
  tolerance: number;
}

export interface AdminKpi extends KpiTargetInput {
  code: string;
  outcome: string;
  nameAr: string;
  nameEn: string;
  unit: string;
  direction: 'higher' | 'lower';
}

export interface UserInput {
  email: string;
  role: UserRole;
  agency: string | null;
}

export interface AdminUser extends UserInput {
  active: boolean;
}

export interface CreatedUser {
  user: AdminUser;
  /** Shown once: it is not stored. */
  password: string;
}

export interface FeedKeyInput {
  agency: string;
  label: string;
}

export interface AdminFeedKey {
  id: number;
  agency: string;
  label: string;
  keyPrefix: string;
  createdAt: string;
  revokedAt: string | null;
  /** Set once the key was rotated: it works until then, and is refused after. */
  expiresAt: string | null;
}

export interface CreatedFeedKey {
  agency: string;
  /** Shown once: only its hash is stored. */
  key: string;
}
