import { isKnownTimeZone } from '../time/zone';
import { checkLocalDate, checkOptionalLabel, checkTimeRange, checkWeekly, isRecord, ValidationReport } from './validation-rules';

/** Structural checks only (everything except "has open time"). */
export function checkCalendarShape(input: unknown, report: ValidationReport): void {
  if (!isRecord(input)) {
    report.add('$', 'must be an object', 'expected a calendar object with timezone, weekly, overrides and closures');
    return;
  }
  const timezone = input['timezone'];
  if (typeof timezone !== 'string' || !isKnownTimeZone(timezone)) {
    report.add('timezone', 'unknown time zone', `expected an IANA time zone name, got ${JSON.stringify(timezone)}`);
  }
  checkWeekly(input['weekly'], 'weekly', report);
  checkList(input['overrides'], 'overrides', report, checkOverride);
  checkList(input['closures'], 'closures', report, checkClosure);
}

function checkList(
  value: unknown,
  path: string,
  report: ValidationReport,
  checkItem: (item: unknown, itemPath: string, report: ValidationReport) => void,
): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    report.add(path, 'must be a list', 'expected a list');
    return;
  }
  value.forEach((item, index) => checkItem(item, `${path}[${index}]`, report));
}

function checkDateRange(value: Record<string, unknown>, path: string, report: ValidationReport): void {
  const from = checkLocalDate(value['from'], `${path}.from`, report);
  const to = checkLocalDate(value['to'], `${path}.to`, report);
  if (from !== null && to !== null && from > to) {
    report.add(path, 'from must not be after to', `from ${String(value['from'])} is after to ${String(value['to'])}`);
  }
}

function checkOverride(item: unknown, path: string, report: ValidationReport): void {
  if (!isRecord(item)) {
    report.add(path, 'must be an object', 'expected {from, to, weekly}');
    return;
  }
  checkDateRange(item, path, report);
  checkWeekly(item['weekly'], `${path}.weekly`, report);
}

function checkClosure(item: unknown, path: string, report: ValidationReport): void {
  if (!isRecord(item)) {
    report.add(path, 'must be an object', 'expected {from, to} or {date, start, end}');
    return;
  }
  const isWholeDay = 'from' in item || 'to' in item;
  const isPartial = 'date' in item || 'start' in item || 'end' in item;
  if (isWholeDay === isPartial) {
    report.add(path, 'must be a whole-day or a partial closure', 'expected either {from, to} or {date, start, end}');
    return;
  }
  if (isWholeDay) {
    checkDateRange(item, path, report);
  } else {
    checkLocalDate(item['date'], `${path}.date`, report);
    checkTimeRange(item['start'], item['end'], { start: `${path}.start`, end: `${path}.end`, range: path }, report);
  }
  checkOptionalLabel(item, path, report);
}
