import { HostileCase } from './hostile-case';

interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema?: { example?: unknown; enum?: unknown[] };
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  responses?: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** Values that exist in the test database, for the parameters that name a record. */
export interface KnownRecords {
  batchId: string;
  caseId: string;
  kpiCode: string;
}

const GROUP = 'route parameters';

/** Valid values by parameter name, where the document's example or enum is not one for this database. */
/** The date of the maturity assessment the spec records for MOI, so that its routes have one to name. */
export const KNOWN_ASSESSMENT_DATE = '2025-06-30';

const VALID_BY_NAME: Record<string, string> = {
  from: '2026-01-01',
  to: '2026-03-31',
  agency: 'MOI',
  service: 'MOI-RP-RENEW',
  requestingAgency: 'MOJ',
  year: '2026',
  since: '2026-01-01T00:00:00+03:00',
  entity: 'agency',
  key: 'MOI',
  assessedOn: KNOWN_ASSESSMENT_DATE,
};

/** A path's record-naming parameter: `code` names a different kind of record on each route. */
function pathValue(path: string, name: string, known: KnownRecords): string {
  if (name === 'batchId') return known.batchId;
  if (name === 'caseId') return known.caseId;
  if (name === 'code') {
    if (path.startsWith('/api/v1/calendars')) return 'QA-GOV';
    if (path.startsWith('/api/v1/services')) return 'MOI-RP-RENEW';
    if (path.startsWith('/api/v1/kpis')) return known.kpiCode;
  }
  return VALID_BY_NAME[name] ?? 'MOI';
}

function validQueryValue(parameter: OpenApiParameter): string {
  const byName = VALID_BY_NAME[parameter.name];
  if (byName !== undefined) return byName;
  const example = parameter.schema?.example ?? parameter.schema?.enum?.[0];
  return String(example ?? 'x');
}

/** Values no read parameter may take (a date, code, enum, number or instant), as they appear in the query string. */
const BAD_QUERY_VALUES: readonly [string, string][] = [
  ['empty', ''],
  ['5,000 characters', 'x'.repeat(5000)],
  ['SQL', encodeURIComponent("' OR '1'='1' --")],
  ['a NUL byte', 'a%00b'],
  ['a broken percent-encoding', '%E0%A4%A'],
  ['a CR LF', 'a%0D%0Ab'],
  ['Cyrillic look-alike letters', encodeURIComponent('МОІ')],
];

/** Free-text filters: any text is a valid (if unmatched) value there, but never NUL or 5,000 characters. */
const FREE_TEXT = new Set(['entity', 'key']);

const BAD_PATH_VALUES: readonly [string, string][] = [
  ['a NUL byte', 'a%00b'],
  ['300 characters', 'x'.repeat(300)],
  ['a number past 32 bits', '99999999999'],
  ['SQL', encodeURIComponent("1' OR '1'='1")],
  ['a broken percent-encoding', '%E0%A4%A'],
  ['an encoded path traversal', '..%2F..%2Fetc%2Fpasswd'],
  ['a CR LF', 'a%0D%0Ab'],
];

const callerOf = (path: string) => (path.startsWith('/api/v1/batches') ? 'feed' : 'central_office');

function url(
  path: string,
  pathValues: Record<string, string>,
  query: readonly [string, string][],
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => pathValues[name] ?? '');
  return query.length === 0
    ? filled
    : `${filled}?${query.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

function routeCases(path: string, operation: OpenApiOperation, known: KnownRecords): HostileCase[] {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const queryParameters = parameters.filter((p) => p.in === 'query');
  const pathValues = Object.fromEntries(
    pathParameters.map((p) => [p.name, pathValue(path, p.name, known)]),
  );
  const required = queryParameters
    .filter((p) => p.required)
    .map((p): [string, string] => [p.name, encodeURIComponent(validQueryValue(p))]);
  const as = callerOf(path);
  const get = (
    name: string,
    target: string,
    status: number | number[],
    errors: { field: string; rule: string }[] = [],
  ): HostileCase => ({
    group: GROUP,
    name: `GET ${path}: ${name}`,
    as,
    request: { method: 'GET', path: target },
    expect: { status, errors },
  });
  const withValue = (name: string, value: string) => [
    ...required.filter(([other]) => other !== name),
    [name, value] as [string, string],
  ];
  // A route that documents a 503 depends on more than its input (the PDF report needs Chromium and the
  // built dashboard, which this stack does not serve): its valid answer is the browser test's to check.
  const cases = operation.responses?.['503']
    ? []
    : [get('valid', url(path, pathValues, required), 200)];
  for (const parameter of queryParameters) {
    const { name } = parameter;
    const valid = encodeURIComponent(validQueryValue(parameter));
    const bad = (label: string, query: [string, string][]) =>
      get(`${name} ${label}`, url(path, pathValues, query), 400, [{ field: name, rule: '*' }]);
    if (parameter.required)
      cases.push(
        bad(
          'missing',
          required.filter(([other]) => other !== name),
        ),
      );
    cases.push(bad('given twice', [...withValue(name, valid), [name, valid]]));
    for (const [label, value] of BAD_QUERY_VALUES) {
      if (FREE_TEXT.has(name) && !['5,000 characters', 'a NUL byte', 'a CR LF'].includes(label))
        continue;
      cases.push(bad(label, withValue(name, value)));
    }
  }
  if (queryParameters.length > 0)
    cases.push(
      get('an unknown parameter', url(path, pathValues, [...required, ['zzz', '1']]), 400, [
        { field: 'zzz', rule: 'unknown' },
      ]),
    );
  for (const parameter of pathParameters) {
    for (const [label, value] of BAD_PATH_VALUES) {
      cases.push(
        get(
          `path ${parameter.name} ${label}`,
          url(path, { ...pathValues, [parameter.name]: value }, required),
          [400, 404],
        ),
      );
    }
  }
  return cases;
}

/**
 * The path ids of the routes that change something (POST, PUT, PATCH, DELETE), each given bad
 * values one at a time with an empty JSON body: refused (or not found, or not this role's) before
 * anything is read or written.
 */
function changeRouteCases(
  path: string,
  method: string,
  parameters: readonly OpenApiParameter[],
  known: KnownRecords,
): HostileCase[] {
  const pathParameters = parameters.filter((p) => p.in === 'path');
  const pathValues = Object.fromEntries(
    pathParameters.map((p) => [p.name, pathValue(path, p.name, known)]),
  );
  return pathParameters.flatMap((parameter) =>
    BAD_PATH_VALUES.map(
      ([label, value]): HostileCase => ({
        group: GROUP,
        name: `${method.toUpperCase()} ${path}: path ${parameter.name} ${label}`,
        as: 'central_office',
        request: {
          method: method.toUpperCase(),
          path: url(path, { ...pathValues, [parameter.name]: value }, []),
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        },
        expect: { status: [400, 403, 404] },
      }),
    ),
  );
}

/**
 * Every route of the OpenAPI document the API serves: each GET parameter given bad values one at
 * a time, and the path ids of the other routes.
 */
export function routeParameterCases(document: OpenApiDocument, known: KnownRecords): HostileCase[] {
  return Object.entries(document.paths).flatMap(([path, operations]) => {
    if (path.startsWith('/api/docs')) return [];
    return Object.entries(operations).flatMap(([method, operation]) =>
      method === 'get'
        ? routeCases(path, operation, known)
        : changeRouteCases(path, method, operation.parameters ?? [], known),
    );
  });
}
