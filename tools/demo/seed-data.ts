/**
 * Types, loader and structural checks of the reference data in `seed-data/`.
 * Calendars are checked by the SLA engine; the rest is local to the demo tools.
 */
import type { Channel } from '@ws/contracts';
import { CHANNELS } from '@ws/contracts';
import { validateCalendar as validateCalendarDefinition } from '@ws/sla-engine';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A local `[start, end)` window, `"HH:MM"`, end may be `"24:00"`. */
export type TimeWindow = [string, string];
export type WeeklySchedule = Record<Weekday, TimeWindow[]>;

export interface CalendarOverride {
  from: string;
  to: string;
  name?: string;
  weekly: Partial<WeeklySchedule>;
}

export const CLOSURE_STATUSES = ['provisional', 'confirmed'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];

interface ClosureLabels {
  name?: string;
  nameAr?: string;
  status?: ClosureStatus;
  source?: string;
}
export interface DayClosure extends ClosureLabels {
  from: string;
  to: string;
}
export interface PartialClosure extends ClosureLabels {
  date: string;
  start: string;
  end: string;
}
export type CalendarClosure = DayClosure | PartialClosure;

export interface CalendarSeed {
  code: string;
  nameEn: string;
  nameAr: string;
  timezone: string;
  weekly: WeeklySchedule;
  overrides: CalendarOverride[];
  closures: CalendarClosure[];
}

export const SERVICE_TYPES = ['informational', 'inquiry', 'interactive', 'procedural', 'integrated'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const TARGET_UNITS = ['businessMinutes', 'businessHours', 'workingDays', 'calendarMinutes', 'calendarHours'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export interface ServiceSeed {
  code: string;
  agency: string;
  nameEn: string;
  nameAr: string;
  type: ServiceType;
  channels: Channel[];
  digitised: boolean;
  inScope: boolean;
  sla: { target: { amount: number; unit: TargetUnit }; calendar: string; atRiskRatio: number };
  demo: boolean;
}

export interface AgencySeed {
  code: string;
  nameEn: string;
  nameAr: string;
}

export interface InterAgencySeed {
  service: string;
  requestingAgencies: string[];
}

export interface SeedData {
  agencies: AgencySeed[];
  services: ServiceSeed[];
  calendars: CalendarSeed[];
  interAgency: InterAgencySeed[];
}

export const DEFAULT_SEED_DIR = join(__dirname, '../../seed-data');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Reads agencies, services, every calendar of `calendars/` and the inter-entity services. */
export function loadSeedData(dir: string = DEFAULT_SEED_DIR): SeedData {
  const calendarDir = join(dir, 'calendars');
  const calendars = readdirSync(calendarDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<CalendarSeed>(join(calendarDir, f)));
  return {
    agencies: readJson<AgencySeed[]>(join(dir, 'agencies.json')),
    services: readJson<ServiceSeed[]>(join(dir, 'services.json')),
    calendars,
    interAgency: readJson<InterAgencySeed[]>(join(dir, 'inter-agency.json')),
  };
}

// ---------------------------------------------------------------------------------------------
// Structural checks (used by the seed-data test; also handy before loading edited data)

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

export function isValidDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Minutes since midnight of `"HH:MM"` (00:00-24:00), or null when invalid. */
export function parseTime(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/**
 * Errors of one calendar (an empty list when it is well-formed): the catalogue fields here, the
 * calendar itself by the SLA engine's own rules, so seed data is judged exactly as the API judges it.
 */
export function validateCalendar(calendar: CalendarSeed): string[] {
  const where = calendar.code ?? '(no code)';
  const errors: string[] = [];
  if (typeof calendar.code !== 'string' || !/^[A-Z0-9-]+$/.test(calendar.code)) errors.push(`${where}: invalid code`);
  if (!calendar.nameEn || !calendar.nameAr) errors.push(`${where}: names missing`);
  const validation = validateCalendarDefinition(calendar);
  if (!validation.ok) errors.push(...validation.errors.map((error) => `${where}.${error.path}: ${error.message}`));
  return errors;
}

/** Errors of the whole catalogue: references, codes, enumerations. */
export function validateCatalogue(data: SeedData): string[] {
  const errors: string[] = [];
  const agencies = new Set(data.agencies.map((a) => a.code));
  const calendars = new Set(data.calendars.map((c) => c.code));
  const codes = new Set<string>();
  if (calendars.size !== data.calendars.length) errors.push('duplicate calendar codes');
  for (const s of data.services) {
    if (codes.has(s.code)) errors.push(`${s.code}: duplicate code`);
    codes.add(s.code);
    if (!/^[A-Z0-9]+(-[A-Z0-9]+)+$/.test(s.code)) errors.push(`${s.code}: code is not AGENCY-SHORT-NAME uppercase`);
    if (!agencies.has(s.agency)) errors.push(`${s.code}: unknown agency ${s.agency}`);
    if (!s.code.startsWith(`${s.agency}-`)) errors.push(`${s.code}: code does not start with its agency`);
    if (!s.nameEn || !s.nameAr || !/[\u0600-\u06ff]/.test(s.nameAr)) errors.push(`${s.code}: names missing or Arabic name not Arabic`);
    if (!(SERVICE_TYPES as readonly string[]).includes(s.type)) errors.push(`${s.code}: type ${s.type}`);
    if (!Array.isArray(s.channels) || s.channels.length === 0 || s.channels.some((c) => !(CHANNELS as readonly string[]).includes(c)))
      errors.push(`${s.code}: channels ${JSON.stringify(s.channels)}`);
    if (typeof s.digitised !== 'boolean' || typeof s.inScope !== 'boolean') errors.push(`${s.code}: digitised/inScope not boolean`);
    const t = s.sla?.target;
    if (!t || !(TARGET_UNITS as readonly string[]).includes(t.unit) || !(t.amount > 0)) errors.push(`${s.code}: invalid target`);
    if (!calendars.has(s.sla?.calendar)) errors.push(`${s.code}: unknown calendar ${s.sla?.calendar}`);
    if (!(s.sla?.atRiskRatio > 0 && s.sla.atRiskRatio <= 1)) errors.push(`${s.code}: atRiskRatio out of (0, 1]`);
  }
  const byCode = new Map(data.services.map((s) => [s.code, s]));
  for (const ia of data.interAgency) {
    const service = byCode.get(ia.service);
    if (!service) errors.push(`inter-agency: unknown service ${ia.service}`);
    if (!ia.requestingAgencies?.length) errors.push(`inter-agency ${ia.service}: no requesting agency`);
    for (const a of ia.requestingAgencies ?? []) {
      if (!agencies.has(a)) errors.push(`inter-agency ${ia.service}: unknown agency ${a}`);
      if (service && a === service.agency) errors.push(`inter-agency ${ia.service}: requested by its own agency`);
    }
  }
  return errors;
}
