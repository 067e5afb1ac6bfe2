import { badThenGood, feedCase, feedRequest, validEvent } from './feed-support';
import { HostileCase } from './hostile-case';

const GROUP = 'injection in free text';

/** SQL that would do harm if any query were built by string concatenation. */
export const SQL_INJECTIONS: readonly string[] = [
  "'; DROP TABLE feed_event; --",
  "1' OR '1'='1",
  '" OR 1=1 --',
  "$$; SELECT pg_sleep(10); $$",
  "'); COPY feed_event TO '/tmp/stolen'; --",
  "\\'; DELETE FROM agency; --",
];

/** Cell starts a spreadsheet runs as a formula (OWASP), each written with a leading `'` in our CSV. */
export const FORMULAS: readonly string[] = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+1', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'];

/** Agency names and breach notes sent with injection text: stored and answered as the text they are. */
export const FREE_TEXT_SAMPLES: readonly string[] = [...SQL_INJECTIONS, ...FORMULAS];

/** An id with a control character (tab, CR) could be neither addressed in a URL nor logged as it is. */
const hasControlCharacter = (text: string) => /\p{Cc}/u.test(text);

function caseIdCase(text: string, n: number): HostileCase {
  const event = validEvent('case.opened', { caseId: `${text}-${n}`, attributes: { note: text, [text]: 'x' } });
  const name = `caseId and attributes ${JSON.stringify(text)}`;
  if (hasControlCharacter(text)) return badThenGood(GROUP, name, event, 'caseId', 'printable');
  return feedCase(GROUP, name, feedRequest('application/json', JSON.stringify([event])), { status: 202, accepted: 1, stored: [event] });
}

function feedInjectionCases(): HostileCase[] {
  return FREE_TEXT_SAMPLES.flatMap((text, n) => {
    const paused = validEvent('case.paused', { reason: text });
    return [
      caseIdCase(text, n),
      badThenGood(GROUP, `pause reason ${JSON.stringify(text)}`, paused, 'reason', 'one-of'),
      badThenGood(GROUP, `serviceCode ${JSON.stringify(text)}`, validEvent('case.opened', { serviceCode: text }), 'serviceCode', 'own-service'),
    ];
  });
}

let sequence = 0;

/** An agency whose English name is the injection text: created (201), its name kept verbatim. */
export function agencyWithName(text: string): { code: string; nameAr: string; nameEn: string } {
  sequence += 1;
  return { code: `INJ-${sequence}`, nameAr: text, nameEn: text };
}

function agencyInjectionCases(): HostileCase[] {
  return FREE_TEXT_SAMPLES.map((text) => ({
    group: GROUP,
    name: `agency names ${JSON.stringify(text)}`,
    as: 'central_office' as const,
    request: { method: 'POST', path: '/api/v1/agencies', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(agencyWithName(text)) },
    expect: { status: 201 },
  }));
}

export function injectionCases(): HostileCase[] {
  return [...feedInjectionCases(), ...agencyInjectionCases()];
}

/** Breach acknowledgements (agency manager) whose notes are the injection texts: 201, kept as text. */
export function acknowledgementCases(cycles: readonly { caseId: string; cycle: number }[]): HostileCase[] {
  return FREE_TEXT_SAMPLES.map((note, n) => {
    const target = cycles[n % cycles.length] ?? { caseId: 'none', cycle: 1 };
    return {
      group: GROUP,
      name: `breach note ${JSON.stringify(note)}`,
      as: 'agency_manager' as const,
      request: {
        method: 'POST',
        path: `/api/v1/agencies/MOI/cases/${encodeURIComponent(target.caseId)}/cycles/${target.cycle}/acknowledgement`,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rootCause: 'staffing', note }),
      },
      expect: { status: 201 },
    };
  });
}
