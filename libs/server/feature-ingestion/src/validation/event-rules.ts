import { CHANNELS, EVENT_TYPES, FieldError, PAUSE_REASONS, SURVEY_SCALES } from '@ws/contracts';
import { checkAttributeNames } from './event-shape';

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const MAX_ATTRIBUTES_BYTES = 4096;

export type Problems = FieldError[];

export function problem(field: string, rule: string, message: string): FieldError {
  return { field, rule, message };
}

/** Tab, CR, LF, NUL and the other control characters: an id holding one cannot be shown, logged or put in a URL as it is. */
const CONTROL_CHARACTER = /\p{Cc}/u;

export function checkIdentifier(value: unknown, field: string, problems: Problems): string | null {
  if (typeof value !== 'string' || value.length < 1 || value.length > 128) {
    problems.push(problem(field, 'string(1..128)', `${field} must be a string of 1 to 128 characters`));
    return null;
  }
  if (CONTROL_CHARACTER.test(value)) {
    problems.push(problem(field, 'printable', `${field} must not contain control characters (tab, CR, LF, NUL, ...)`));
    return null;
  }
  return value;
}

export function checkOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  problems: Problems,
): T | null {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    problems.push(problem(field, 'one-of', `${field} must be one of ${allowed.join(', ')}`));
    return null;
  }
  return value as T;
}

/** Every part names a real moment: no 30 February, no 24:00, no second 60, no offset beyond 23:59. */
function isRealInstant(value: string): boolean {
  const parts = ISO_WITH_OFFSET.exec(value);
  if (!parts) return false;
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4]);
  const local = new Date(Date.UTC(Number(parts[1]), month - 1, day, hour));
  const sameDay = local.getUTCMonth() === month - 1 && local.getUTCDate() === day && local.getUTCHours() === hour;
  return sameDay && Number(parts[5]) < 60 && Number(parts[6] ?? 0) < 60 && Number(parts[9] ?? 0) < 24 && Number(parts[10] ?? 0) < 60;
}

/** Returns epoch milliseconds of an ISO 8601 instant with an offset, within the accepted range. */
export function checkOccurredAt(value: unknown, nowMs: number, problems: Problems): number | null {
  const field = 'occurredAt';
  const ms = typeof value === 'string' && isRealInstant(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    problems.push(problem(field, 'iso8601-with-offset', 'occurredAt must be ISO 8601 with an offset, e.g. 2026-03-01T10:00:00+03:00'));
    return null;
  }
  if (ms > nowMs + FUTURE_TOLERANCE_MS) {
    problems.push(problem(field, 'not-in-future', 'occurredAt must not be more than 5 minutes in the future'));
    return null;
  }
  if (ms < EARLIEST_MS) {
    problems.push(problem(field, 'not-before-2000', 'occurredAt must not be before 2000-01-01'));
    return null;
  }
  return ms;
}

export function checkType(value: unknown, problems: Problems) {
  return checkOneOf(value, EVENT_TYPES, 'type', problems);
}

export function checkChannel(value: unknown, problems: Problems) {
  return checkOneOf(value, CHANNELS, 'channel', problems);
}

export function checkReason(value: unknown, problems: Problems) {
  return value === undefined ? null : checkOneOf(value, PAUSE_REASONS, 'reason', problems);
}

export function checkSurvey(value: unknown, problems: Problems): { score: number; scale: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(problem('survey', 'required', 'survey is required on survey.submitted: an object { score, scale }'));
    return null;
  }
  const { score, scale } = value as Record<string, unknown>;
  const checkedScale = checkOneOf(scale, SURVEY_SCALES, 'survey.scale', problems);
  const max = checkedScale === 'happiness3' ? 3 : 5;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > max) {
    problems.push(problem('survey.score', 'integer-in-scale', `survey.score must be an integer from 1 to ${max}`));
    return null;
  }
  return checkedScale ? { score, scale: checkedScale } : null;
}

export function checkAttributes(value: unknown, problems: Problems): void {
  if (value === undefined) return;
  const flat =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!flat) {
    problems.push(problem('attributes', 'flat-object', 'attributes must be a flat object of strings and (finite) numbers'));
    return;
  }
  checkAttributeNames(value, problems);
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_ATTRIBUTES_BYTES) {
    problems.push(problem('attributes', 'max-4kb', 'attributes must be at most 4 KB as JSON'));
  }
}
