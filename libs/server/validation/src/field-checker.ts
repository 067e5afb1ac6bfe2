import { BadRequestException } from '@nestjs/common';
import { FieldError } from '@ws/contracts';
import { isStorableText } from './storable-text';

const CODE = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` naming a day that exists (no 2026-13-01, no 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const instant = Date.parse(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(instant) && new Date(instant).toISOString().startsWith(value);
}

/**
 * Reads an untrusted JSON object field by field, collecting every broken rule with its field
 * path, so that one response tells the caller everything that is wrong.
 */
export class FieldChecker {
  private readonly input: Record<string, unknown>;

  constructor(
    input: unknown,
    private readonly prefix = '',
    readonly errors: FieldError[] = [],
  ) {
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    if (!isObject) this.fail('', 'object', 'must be a JSON object');
    this.input = isObject ? (input as Record<string, unknown>) : {};
  }

  fail(field: string, rule: string, message: string): void {
    const path = [this.prefix, field].filter(Boolean).join('.');
    this.errors.push({ field: path, rule, message: `${path || 'body'} ${message}` });
  }

  raw(field: string): unknown {
    return this.input[field];
  }

  code(field: string): string {
    const value = this.input[field];
    if (typeof value !== 'string' || !CODE.test(value)) {
      this.fail(field, 'code', 'must be 2-40 characters of A-Z, 0-9, "-" or "_", starting with a letter or digit');
      return '';
    }
    return value;
  }

  text(field: string, max = 200, optional = false): string {
    const value = this.input[field];
    if (optional && value === undefined) return '';
    if (typeof value !== 'string' || value.trim().length === 0 || value.length > max) {
      this.fail(field, 'text', `must be a non-empty string of at most ${max} characters`);
      return '';
    }
    if (!isStorableText(value)) {
      this.fail(field, 'storable-text', 'must not contain NUL characters or unpaired UTF-16 surrogates');
      return '';
    }
    return value.trim();
  }

  email(field: string): string {
    const value = this.input[field];
    if (typeof value !== 'string' || !EMAIL.test(value) || value.length > 200) {
      this.fail(field, 'email', 'must be an email address');
      return '';
    }
    return value.toLowerCase();
  }

  boolean(field: string, fallback?: boolean): boolean {
    const value = this.input[field];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(field, 'boolean', 'must be true or false');
      return false;
    }
    return value;
  }

  number(field: string, range: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean }, fallback?: number): number {
    const value = this.input[field] ?? fallback;
    const belowMin = typeof value === 'number' && (range.exclusiveMin ? value <= range.min : value < range.min);
    if (typeof value !== 'number' || !Number.isFinite(value) || belowMin || value > range.max || (range.integer && !Number.isInteger(value))) {
      const kind = range.integer ? 'an integer' : 'a number';
      const low = range.exclusiveMin ? `more than ${range.min}` : `at least ${range.min}`;
      this.fail(field, 'range', `must be ${kind}, ${low} and at most ${range.max}`);
      return 0;
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const value = this.input[field] ?? fallback;
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.fail(field, 'one-of', `must be one of ${allowed.join(', ')}`);
      return allowed[0] as T;
    }
    return value as T;
  }

  listOf<T extends string>(field: string, allowed: readonly T[]): T[] {
    const value = this.input[field];
    if (!Array.isArray(value) || value.length === 0 || value.some((item) => !allowed.includes(item as T))) {
      this.fail(field, 'list-of', `must be a non-empty list of ${allowed.join(', ')}`);
      return [];
    }
    return [...new Set(value as T[])];
  }

  date(field: string): string {
    const value = this.input[field];
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      this.fail(field, 'date', 'must be a date YYYY-MM-DD');
      return '';
    }
    return value;
  }

  /** A nested object, checked field by field into the same list of errors. */
  nested(field: string): FieldChecker {
    return new FieldChecker(this.input[field], [this.prefix, field].filter(Boolean).join('.'), this.errors);
  }

  /** Throws a 400 naming every field and rule when anything was wrong. */
  done(): void {
    if (this.errors.length === 0) return;
    throw new BadRequestException({
      message: `Invalid request: ${this.errors.map((error) => error.message).join('; ')}`,
      errors: this.errors,
    });
  }
}
