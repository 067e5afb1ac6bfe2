import { parseLocalDate, parseLocalTime } from '../time/local-date';
import { CalendarValidationError, WEEKDAYS } from './calendar-types';

/** Collects validation errors with their paths. */
export class ValidationReport {
  readonly errors: CalendarValidationError[] = [];

  add(path: string, rule: string, message: string): void {
    this.errors.push({ path, rule, message: `${path}: ${message}` });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkLocalDate(value: unknown, path: string, report: ValidationReport): number | null {
  const day = typeof value === 'string' ? parseLocalDate(value) : null;
  if (day === null) report.add(path, 'must be a local date', `expected a real date "YYYY-MM-DD" between 1900 and 2200, got ${JSON.stringify(value)}`);
  return day;
}

function checkLocalTime(value: unknown, path: string, report: ValidationReport): number | null {
  const minutes = typeof value === 'string' ? parseLocalTime(value) : null;
  if (minutes === null) report.add(path, 'must be a local time', `expected "HH:MM" from 00:00 to 24:00, got ${JSON.stringify(value)}`);
  return minutes;
}

/** Checks a `[start, end)` pair of local times; returns its minutes when valid. */
export function checkTimeRange(
  start: unknown,
  end: unknown,
  paths: { start: string; end: string; range: string },
  report: ValidationReport,
): readonly [number, number] | null {
  const startMinutes = checkLocalTime(start, paths.start, report);
  const endMinutes = checkLocalTime(end, paths.end, report);
  if (startMinutes === null || endMinutes === null) return null;
  if (startMinutes >= endMinutes) {
    report.add(paths.range, 'start must be before end', `start ${String(start)} is not before end ${String(end)}`);
    return null;
  }
  return [startMinutes, endMinutes];
}

/** Validates a weekly template at `path`: known weekdays, well-formed windows, sorted, not overlapping. */
export function checkWeekly(value: unknown, path: string, report: ValidationReport): void {
  if (!isRecord(value)) {
    report.add(path, 'must be an object', 'expected an object of weekday -> windows');
    return;
  }
  for (const [key, windows] of Object.entries(value)) {
    const dayPath = `${path}.${key}`;
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      report.add(dayPath, 'unknown weekday', `expected one of ${WEEKDAYS.join(', ')}`);
    } else if (!Array.isArray(windows)) {
      report.add(dayPath, 'must be a list of windows', 'expected a list of ["HH:MM", "HH:MM"] windows');
    } else {
      checkWindows(windows, dayPath, report);
    }
  }
}

function checkWindows(windows: readonly unknown[], dayPath: string, report: ValidationReport): void {
  let previous: readonly [number, number] | null = null;
  windows.forEach((window, index) => {
    const path = `${dayPath}[${index}]`;
    if (!Array.isArray(window) || window.length !== 2) {
      report.add(path, 'must be a window', 'expected ["HH:MM", "HH:MM"]');
      return;
    }
    const range = checkTimeRange(window[0], window[1], { start: `${path}[0]`, end: `${path}[1]`, range: path }, report);
    if (range === null) return;
    if (previous !== null && range[1] <= previous[0]) {
      report.add(path, 'windows must be in order', 'window comes before the previous one; list windows by start time');
    } else if (previous !== null && range[0] < previous[1]) {
      report.add(path, 'windows must not overlap', `window starts before the previous one ends`);
    }
    previous = range;
  });
}

export function checkOptionalLabel(value: Record<string, unknown>, path: string, report: ValidationReport): void {
  for (const key of ['name', 'source']) {
    if (value[key] !== undefined && typeof value[key] !== 'string') report.add(`${path}.${key}`, 'must be a string', 'expected text');
  }
  if (value['status'] !== undefined && value['status'] !== 'provisional' && value['status'] !== 'confirmed') {
    report.add(`${path}.status`, 'unknown status', 'expected "provisional" or "confirmed"');
  }
}
