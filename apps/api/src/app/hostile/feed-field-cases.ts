import { MOJ_SERVICE } from '../read-metrics-fixture';
import { UNSTORABLE_STRINGS, WRONG_TYPES } from './bad-values';
import { badThenGood, validEvent } from './feed-support';
import { HostileCase } from './hostile-case';

const GROUP = 'feed event fields';

const BAD_VALUES: readonly [string, unknown][] = [...WRONG_TYPES, ...UNSTORABLE_STRINGS];

const STORABLE = 'storable-text';
const isBadText = (label: string) => label.startsWith('a string with');

/** The event type a field is checked on, and the rule each bad value breaks (undefined: the value is fine there). */
const FIELDS: readonly { field: string; type: string; rule: (label: string) => string | undefined }[] = [
  { field: 'eventId', type: 'case.opened', rule: (label) => (isBadText(label) ? STORABLE : 'string(1..128)') },
  { field: 'caseId', type: 'case.opened', rule: (label) => (isBadText(label) ? STORABLE : 'string(1..128)') },
  { field: 'type', type: 'case.opened', rule: () => 'one-of' },
  { field: 'serviceCode', type: 'case.opened', rule: (label) => (/string/.test(label) && label !== 'an empty string' ? 'own-service' : 'required') },
  { field: 'occurredAt', type: 'case.opened', rule: () => 'iso8601-with-offset' },
  { field: 'channel', type: 'case.opened', rule: () => 'one-of' },
  { field: 'channel', type: 'survey.submitted', rule: () => 'one-of' },
  { field: 'requestingAgency', type: 'case.opened', rule: () => 'known-agency' },
  { field: 'reason', type: 'case.paused', rule: () => 'one-of' },
  { field: 'survey', type: 'survey.submitted', rule: (label) => (label === 'an object' ? 'unknown-field' : 'required') },
  { field: 'attributes', type: 'case.opened', rule: (label) => (label === 'an object' ? undefined : 'flat-object') },
];

const NESTED: readonly { field: 'score' | 'scale'; rule: string }[] = [
  { field: 'score', rule: 'integer-in-scale' },
  { field: 'scale', rule: 'one-of' },
];

const REQUIRED: readonly [string, string, string][] = [
  ['eventId', 'case.opened', 'string(1..128)'],
  ['type', 'case.opened', 'one-of'],
  ['caseId', 'case.opened', 'string(1..128)'],
  ['serviceCode', 'case.opened', 'required'],
  ['occurredAt', 'case.opened', 'iso8601-with-offset'],
  ['channel', 'case.opened', 'one-of'],
  ['channel', 'survey.submitted', 'one-of'],
  ['survey', 'survey.submitted', 'required'],
];

function without(event: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...event };
  delete copy[field];
  return copy;
}

function wrongValueCases(): HostileCase[] {
  return FIELDS.flatMap(({ field, type, rule }) =>
    BAD_VALUES.flatMap(([label, value]) => {
      const broken = rule(label);
      if (broken === undefined) return [];
      const bad = { ...validEvent(type), [field]: value };
      const reported = broken === 'unknown-field' ? `${field}.a` : field;
      return [badThenGood(GROUP, `${field} of ${type} is ${label}`, bad, reported, broken)];
    }),
  );
}

function surveyFieldCases(): HostileCase[] {
  return NESTED.flatMap(({ field, rule }) => [
    ...BAD_VALUES.map(([label, value]) =>
      badThenGood(GROUP, `survey.${field} is ${label}`, validEvent('survey.submitted', { survey: { score: 4, scale: 'csat5', [field]: value } }), `survey.${field}`, rule),
    ),
    badThenGood(GROUP, `survey.${field} is missing`, validEvent('survey.submitted', { survey: without({ score: 4, scale: 'csat5' }, field) }), `survey.${field}`, rule),
  ]);
}

function missingFieldCases(): HostileCase[] {
  return REQUIRED.map(([field, type, rule]) => badThenGood(GROUP, `${field} of ${type} is missing`, without(validEvent(type), field), field, rule));
}

const OCCURRED_AT: readonly [string, string][] = [
  ['9999-12-31T23:59:59Z', 'not-in-future'],
  ['2100-01-01T00:00:00+03:00', 'not-in-future'],
  ['1999-12-31T23:59:59Z', 'not-before-2000'],
  ['0000-01-01T00:00:00Z', 'not-before-2000'],
  ['1970-01-01T00:00:00Z', 'not-before-2000'],
  ['-000001-01-01T00:00:00Z', 'iso8601-with-offset'],
  ['+275760-09-13T00:00:00Z', 'iso8601-with-offset'],
  ['2026-02-30T10:00:00+03:00', 'iso8601-with-offset'],
  ['2026-13-01T10:00:00Z', 'iso8601-with-offset'],
  ['2026-03-01T24:00:00Z', 'iso8601-with-offset'],
  ['2026-03-01T10:00:61Z', 'iso8601-with-offset'],
  ['2026-03-01T10:00:00+25:00', 'iso8601-with-offset'],
  ['2026-03-01T10:00:00', 'iso8601-with-offset'],
  ['2026-03-01', 'iso8601-with-offset'],
  ['2026-03-01T10:00:00.1234567891Z', 'iso8601-with-offset'],
  ['yesterday', 'iso8601-with-offset'],
];

function instantCases(): HostileCase[] {
  return OCCURRED_AT.map(([occurredAt, rule]) => badThenGood(GROUP, `occurredAt ${occurredAt}`, validEvent('case.opened', { occurredAt }), 'occurredAt', rule));
}

function valueCases(): HostileCase[] {
  const survey = (score: unknown, scale = 'csat5') => validEvent('survey.submitted', { survey: { score, scale } });
  const oversized = Object.fromEntries(Array.from({ length: 100 }, (_, n) => [`k${n}`, 'v'.repeat(40)]));
  return [
    badThenGood(GROUP, 'survey.score 0', survey(0), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'survey.score 6 on csat5', survey(6), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'survey.score 4 on happiness3', survey(4, 'happiness3'), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'survey.score 4.5', survey(4.5), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'survey.score -1', survey(-1), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'survey.score 1e300', survey(1e300), 'survey.score', 'integer-in-scale'),
    badThenGood(GROUP, 'serviceCode of another agency', validEvent('case.opened', { serviceCode: MOJ_SERVICE }), 'serviceCode', 'own-service'),
    badThenGood(GROUP, 'requestingAgency unknown', validEvent('case.opened', { requestingAgency: 'NOPE' }), 'requestingAgency', 'known-agency'),
    badThenGood(GROUP, 'eventId of 129 characters', validEvent('case.opened', { eventId: 'e'.repeat(129) }), 'eventId', 'string(1..128)'),
    badThenGood(GROUP, 'attributes with a nested object', validEvent('case.opened', { attributes: { a: { b: 1 } } }), 'attributes', 'flat-object'),
    badThenGood(GROUP, 'attributes with a null value', validEvent('case.opened', { attributes: { a: null } }), 'attributes', 'flat-object'),
    badThenGood(GROUP, 'attributes over 4 KB', validEvent('case.opened', { attributes: oversized }), 'attributes', 'max-4kb'),
    badThenGood(GROUP, 'attributes with a NUL key', validEvent('case.opened', { attributes: { 'a\u0000': 'x' } }), 'attributes.a\ufffd', STORABLE),
    badThenGood(GROUP, 'an unknown field', validEvent('case.opened', { note: 'x' }), 'note', 'unknown-field'),
    badThenGood(GROUP, 'a misspelt field', without(validEvent('case.opened', { occuredAt: '2026-01-04T08:00:00+03:00' }), 'occurredAt'), 'occuredAt', 'unknown-field'),
    badThenGood(GROUP, 'an event that is a number', 7, '', 'object'),
    badThenGood(GROUP, 'an event that is null', null, '', 'object'),
    badThenGood(GROUP, 'an event that is an array', [validEvent()], '', 'object'),
    badThenGood(GROUP, 'an event that is a string', 'case.opened', '', 'object'),
  ];
}

export function feedFieldCases(): HostileCase[] {
  return [...wrongValueCases(), ...surveyFieldCases(), ...missingFieldCases(), ...instantCases(), ...valueCases()];
}
