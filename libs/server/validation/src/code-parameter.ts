import { FieldChecker } from './field-checker';

/** An optional code in the query (`?agency=MOI`): undefined when absent, else a code, or a 400 naming the parameter. */
export function optionalCodeParameter(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const check = new FieldChecker({ [field]: value });
  const code = check.code(field);
  check.done();
  return code;
}
