import { FieldError } from '@ws/contracts';
import { isStorableText, storableText } from '@ws/server-validation';

/** Deeper than any valid event (event, survey or attributes, value): what lies below is rejected by other rules. */
const CHECKED_DEPTH = 3;
/** How deep a rejected event is kept as sent; below it, a note says what was cut. */
export const MAX_KEPT_DEPTH = 16;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Each key or string value (by field path) holding NUL or an unpaired surrogate. */
export function checkStorableText(value: unknown, path: string, problems: FieldError[], depth = 0): void {
  const bad = (field: string) =>
    problems.push({ field, rule: 'storable-text', message: `${field || 'the event'} must not contain NUL characters or unpaired UTF-16 surrogates` });
  if (typeof value === 'string') {
    if (!isStorableText(value)) bad(path);
    return;
  }
  if (typeof value !== 'object' || value === null || depth >= CHECKED_DEPTH) return;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) bad(join(path, key));
    else checkStorableText(item, join(path, key), problems, depth + 1);
  }
}

/**
 * A rejected event as it can be stored for the agency to look at: NUL and unpaired surrogates
 * replaced by U+FFFD, and anything nested deeper than MAX_KEPT_DEPTH replaced by a note.
 */
export function storableCopy(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return storableText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_KEPT_DEPTH) return `(nested deeper than ${MAX_KEPT_DEPTH} levels: not kept)`;
  if (Array.isArray(value)) return value.map((item: unknown) => storableCopy(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storableCopy(item, depth + 1)]));
}

/** Field errors as they can be stored: a field path or message may quote a key that held NUL. */
export function storableErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map(({ field, rule, message }) => ({ field: storableText(field), rule, message: storableText(message) }));
}
