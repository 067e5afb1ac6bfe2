import { NotFoundException } from '@nestjs/common';
import { AuthenticatedUser } from '@ws/server-access';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';

export interface MonthlyReportQuery {
  month: string;
  agency: string | null;
  lang: 'ar' | 'en';
}

const PARAMETERS = ['month', 'agency', 'lang'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `month` (YYYY-MM, required, not after this month), `agency` (a code), `lang` (`ar` default, or `en`); every problem at once. */
export function parseMonthlyReportQuery(
  query: Record<string, unknown>,
  thisMonth: string,
): MonthlyReportQuery {
  const check = new FieldChecker(query);
  for (const field of Object.keys(query).filter((name) => !PARAMETERS.includes(name))) {
    check.fail(
      field,
      'unknown',
      `is not a parameter of the monthly report (${PARAMETERS.join(', ')})`,
    );
  }
  const month = query['month'];
  if (typeof month !== 'string' || !MONTH.test(month))
    check.fail('month', 'month', 'must be a month YYYY-MM');
  else if (month > thisMonth || month < '2000-01')
    check.fail('month', 'range', `must be between 2000-01 and this month (${thisMonth})`);
  const agency = query['agency'] === undefined ? null : check.code('agency');
  const lang = check.oneOf('lang', ['ar', 'en'] as const, 'ar');
  check.done();
  return { month: month as string, agency, lang };
}

const notFound = (code: string | null) =>
  new NotFoundException(
    code === null
      ? "An agency manager's report is their own agency's: give agency=<your code>."
      : `No agency ${code}.`,
  );

/**
 * Who may have which report: leadership and the central office the national one and any entity's;
 * an agency manager their own entity's only. Anything else is the 404 of an unknown agency.
 */
export async function checkReportScope(
  manager: EntityManager,
  user: AuthenticatedUser,
  agency: string | null,
): Promise<void> {
  if (user.role === 'agency_manager' && (agency === null || agency !== user.agencyCode))
    throw notFound(agency);
  if (agency === null) return;
  const [row]: { id: number }[] = await manager.query(`SELECT id FROM agency WHERE code = $1`, [
    agency,
  ]);
  if (!row) throw notFound(agency);
}
