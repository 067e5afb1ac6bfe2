import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FieldError } from '@ws/contracts';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

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

/** What is wrong with one query or path value: one value, printable, not too long, one of the documented enum. */
function valueProblem(field: string, value: unknown, allowed: readonly unknown[] | undefined): FieldError | null {
  const fail = (rule: string, message: string) => ({ field, rule, message: `${field} ${message}` });
  if (typeof value !== 'string') return fail('single-value', 'must be given once, as a plain value');
  if (CONTROL_CHARACTER.test(value)) return fail('printable', 'must not contain control characters (NUL, CR, LF, ...)');
  if (value.length > MAX_PARAMETER_LENGTH) return fail('max-length', `must be at most ${MAX_PARAMETER_LENGTH} characters`);
  if (allowed && !allowed.includes(value)) return fail('one-of', `must be one of ${allowed.join(', ')}`);
  return null;
}

/**
 * Every route's query and path parameters checked against its OpenAPI declaration before the
 * handler runs, so a new route is covered as soon as it is documented: a parameter the route does
 * not declare (when it declares any), a repeated one, control characters, an over-long value or a
 * value outside the documented enum is a 400 naming the parameter and the rule.
 */
@Injectable()
export class RequestParametersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const declared = declaredParameters(context.getHandler());
    const queryDeclared = declared.filter((parameter) => parameter.in === 'query');
    const problems: FieldError[] = [];
    for (const [name, value] of Object.entries(request.query ?? {})) {
      const declaration = queryDeclared.find((parameter) => parameter.name === name);
      if (queryDeclared.length > 0 && !declaration) {
        const known = queryDeclared.map((parameter) => parameter.name).join(', ');
        problems.push({ field: name, rule: 'unknown', message: `${name} is not a parameter of this endpoint (known: ${known})` });
        continue;
      }
      const problem = valueProblem(name, value, declaration?.schema?.enum ?? declaration?.enum);
      if (problem) problems.push(problem);
    }
    for (const [name, value] of Object.entries(request.params ?? {})) {
      const problem = valueProblem(name, value, undefined);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) {
      throw new BadRequestException({ message: `Invalid request: ${problems.map((problem) => problem.message).join('; ')}`, errors: problems });
    }
    return next.handle();
  }
}
