import type { ApiErrorBody, FieldError } from '@ws/contracts';

/** The API's errors per field path (400/409 bodies with `errors`). */
export type FieldMessages = Readonly<Record<string, readonly FieldError[]>>;

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/** The API's error body from a failed request (HttpErrorResponse carries it in `error`). */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
  const body = typeof error === 'object' && error !== null && 'error' in error ? error.error : null;
  return isErrorBody(body) ? body : null;
}

/** `{ field: [errors] }` of an API error; empty when it named no field. */
export function fieldMessages(error: unknown): FieldMessages {
  const byField: Record<string, FieldError[]> = {};
  for (const item of apiErrorBody(error)?.errors ?? ([] as FieldError[])) {
    (byField[item.field] ??= []).push(item);
  }
  return byField;
}

/** The general message of an API error (for errors that name no field), or null. */
export function generalMessage(error: unknown): string | null {
  const body = apiErrorBody(error);
  if (!body) {
    return null;
  }
  return body.errors && body.errors.length > 0 ? null : body.message;
}
