import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FieldError } from '@ws/contracts';
import type { Request } from 'express';
import { catchError, mergeMap, Observable, throwError } from 'rxjs';

/** Where @nestjs/swagger keeps a handler's `@ApiQuery` / `@ApiParam` declarations. */
const OPENAPI_PARAMETERS = 'swagger/apiParameters';
/** Longer than any code, date, instant, id or filter a route takes. */
export const MAX_PARAMETER_LENGTH = 256;
// C0 controls and DEL: never part of a code, date, id or filter; NUL cannot even reach Postgres.
const CONTROL_CHARACTER = /[\p{Cc}]/u;

interface DeclaredParameter {
  name: string;
  in: string;
  enum?: unknown[];
  schema?: { enum?: unknown[] };
}

function declaredParameters(handler: object): DeclaredParameter[] {
  return (Reflect.getMetadata(OPENAPI_PARAMETERS, handler) as DeclaredParameter[] | undefined) ?? [];
}

/** A value no route takes: repeated, with control characters, or too long. The handler never sees it. */
function unsafeValueProblem(field: string, value: unknown): FieldError | null {
  const fail = (rule: string, message: string) => ({ field, rule, message: `${field} ${message}` });
  if (typeof value !== 'string') return fail('single-value', 'must be given once, as a plain value');
  if (CONTROL_CHARACTER.test(value)) return fail('printable', 'must not contain control characters (NUL, CR, LF, ...)');
  if (value.length > MAX_PARAMETER_LENGTH) return fail('max-length', `must be at most ${MAX_PARAMETER_LENGTH} characters`);
  return null;
}

function badRequest(problems: readonly FieldError[]): BadRequestException {
  return new BadRequestException({ message: `Invalid request: ${problems.map((problem) => problem.message).join('; ')}`, errors: problems });
}

/** The handler's own 400 with ours added, so one answer names every bad parameter; otherwise ours alone. */
function merged(error: unknown, problems: readonly FieldError[]): unknown {
  const theirs = error instanceof BadRequestException ? (error.getResponse() as { errors?: FieldError[] }).errors : undefined;
  if (!Array.isArray(theirs)) return badRequest(problems);
  const added = problems.filter((problem) => !theirs.some((known) => known.field === problem.field && known.rule === problem.rule));
  return badRequest([...theirs, ...added]);
}

/** Parameters not declared (when the route declares any) and values outside a documented enum. */
function contractProblems(query: Record<string, unknown>, declared: readonly DeclaredParameter[]): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(query)) {
    const declaration = declared.find((parameter) => parameter.name === name);
    const allowed = declaration?.schema?.enum ?? declaration?.enum;
    if (declared.length > 0 && !declaration) {
      const known = declared.map((parameter) => parameter.name).join(', ');
      problems.push({ field: name, rule: 'unknown', message: `${name} is not a parameter of this endpoint (known: ${known})` });
    } else if (allowed && !allowed.includes(value)) {
      problems.push({ field: name, rule: 'one-of', message: `${name} must be one of ${allowed.join(', ')}` });
    }
  }
  return problems;
}

/**
 * Every route's query and path parameters checked against its OpenAPI declaration, so a new route
 * is covered as soon as it is documented. A repeated value, control characters or an over-long
 * value is a 400 before the handler runs. A parameter the route does not declare (when it declares
 * any) or a value outside the documented enum is a 400 too; on a GET the handler's own checks run
 * first, so that one answer names every bad parameter with its rule.
 */
@Injectable()
export class RequestParametersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const values = [...Object.entries(request.query ?? {}), ...Object.entries(request.params ?? {})];
    const unsafe = values.map(([name, value]) => unsafeValueProblem(name, value)).filter((problem): problem is FieldError => problem !== null);
    if (unsafe.length > 0) throw badRequest(unsafe);
    const declared = declaredParameters(context.getHandler()).filter((parameter) => parameter.in === 'query');
    const problems = contractProblems(request.query ?? {}, declared);
    if (problems.length === 0) return next.handle();
    if (request.method !== 'GET') throw badRequest(problems);
    return next.handle().pipe(
      catchError((error: unknown) => throwError(() => merged(error, problems))),
      mergeMap(() => throwError(() => badRequest(problems))),
    );
  }
}
