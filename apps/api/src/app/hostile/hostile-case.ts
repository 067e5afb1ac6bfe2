import { RawRequest, RawResponse } from './hostile-http';

/** Who sends the request: nobody signed in, the MOI feed key, or a signed-in user of a role. */
export type Caller = 'anonymous' | 'feed' | 'central_office' | 'leadership' | 'agency_manager';

export interface ExpectedError {
  field: string;
  /** The rule broken; `*` where any rule will do (a generated bad value may break one of several). */
  rule: string;
}

export interface ExpectedRejection extends ExpectedError {
  index: number;
}

export interface Expectation {
  /** The status, or the statuses any of which is right (a bad path id may be 400 or 404). */
  status: number | readonly number[];
  /** Each must be among the body's `errors` (same field and rule). */
  errors?: readonly ExpectedError[];
  /** 202: the `accepted` count, checked against the events stored for the batch too. */
  accepted?: number;
  /** 202: each must be among `rejected` (index, and an error with that field and rule). */
  rejected?: readonly ExpectedRejection[];
  /** 202: the payloads stored for the batch, in order, exactly. */
  stored?: readonly unknown[];
}

/** One hostile request and the precise answer it must get. */
export interface HostileCase {
  group: string;
  name: string;
  as: Caller;
  request: RawRequest;
  expect: Expectation;
}

interface ErrorBody {
  statusCode?: unknown;
  error?: unknown;
  message?: unknown;
  errors?: unknown;
}

interface BatchBody {
  batchId?: string;
  accepted?: number;
  rejected?: { index: number; errors: { field: string; rule: string }[] }[];
}

const hasError = (errors: unknown, wanted: ExpectedError): boolean =>
  Array.isArray(errors) && errors.some((error: ExpectedError) => error.field === wanted.field && (wanted.rule === '*' || error.rule === wanted.rule));

/** What is wrong with an error body: the shape `{ statusCode, error, message[, errors] }` of docs/ingestion.md. */
function errorBodyProblems(response: RawResponse): string[] {
  const body = response.json as ErrorBody | undefined;
  if (typeof body !== 'object' || body === null) return [`error body is not JSON: ${response.text.slice(0, 120)}`];
  const problems: string[] = [];
  if (body.statusCode !== response.status) problems.push(`statusCode ${String(body.statusCode)} in the body`);
  if (typeof body.error !== 'string' || typeof body.message !== 'string' || body.message === '') problems.push('no error or message');
  const errors = body.errors;
  if (response.status === 400 && (!Array.isArray(errors) || errors.length === 0)) problems.push(`a 400 without errors naming the field and rule: ${response.text.slice(0, 200)}`);
  if (errors !== undefined) {
    const wellFormed = Array.isArray(errors) && errors.every((e: Record<string, unknown>) => ['field', 'rule', 'message'].every((key) => typeof e[key] === 'string'));
    if (!wellFormed) problems.push(`errors not of { field, rule, message }: ${JSON.stringify(errors).slice(0, 200)}`);
  }
  return problems;
}

function batchProblems(body: BatchBody, expectation: Expectation): string[] {
  const problems: string[] = [];
  if (expectation.accepted !== undefined && body.accepted !== expectation.accepted) {
    problems.push(`accepted ${String(body.accepted)}, expected ${expectation.accepted}`);
  }
  for (const wanted of expectation.rejected ?? []) {
    const rejection = body.rejected?.find((r) => r.index === wanted.index);
    if (!rejection || !hasError(rejection.errors, wanted)) problems.push(`no rejection ${wanted.index} ${wanted.field}:${wanted.rule} in ${JSON.stringify(body.rejected).slice(0, 300)}`);
  }
  return problems;
}

/** Every way the answer differs from the expectation; empty when it is right. */
export function answerProblems(hostile: HostileCase, response: RawResponse): string[] {
  const wanted = hostile.expect;
  const statuses = typeof wanted.status === 'number' ? [wanted.status] : wanted.status;
  const problems: string[] = [];
  if (!statuses.includes(response.status)) problems.push(`status ${response.status}, expected ${statuses.join(' or ')}: ${response.text.slice(0, 300)}`);
  if (response.status >= 400) problems.push(...errorBodyProblems(response));
  for (const error of wanted.errors ?? []) {
    if (!hasError((response.json as ErrorBody | undefined)?.errors, error)) problems.push(`no error ${error.field}:${error.rule} in ${response.text.slice(0, 300)}`);
  }
  if (response.status === 202) problems.push(...batchProblems(response.json as BatchBody, wanted));
  return problems;
}
