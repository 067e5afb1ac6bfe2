import { MAX_KEPT_DEPTH, storableCopy } from './storable-text';
import { FeedContext, validateFeedEvent } from './validate-event';

const now = Date.parse('2026-03-01T12:00:00+03:00');
const context: FeedContext = {
  serviceIdByCode: new Map([['MOI-RP-RENEW', 7]]),
  agencyCodes: new Set(['MOI', 'MOJ']),
  nowMs: now,
};
const opened = {
  eventId: 'e1',
  type: 'case.opened',
  caseId: 'C-1',
  serviceCode: 'MOI-RP-RENEW',
  occurredAt: '2026-03-01T10:00:00+03:00',
  channel: 'web',
};

function errorsOf(raw: unknown) {
  const result = validateFeedEvent(raw, context);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.rule}`);
}

describe('validateFeedEvent', () => {
  it('accepts a valid opening and keeps it verbatim', () => {
    const result = validateFeedEvent(opened, context);
    expect(result).toEqual({
      ok: true,
      event: {
        eventId: 'e1',
        type: 'case.opened',
        caseId: 'C-1',
        serviceId: 7,
        occurredAtMs: Date.parse('2026-03-01T07:00:00Z'),
        payload: opened,
      },
    });
  });

  it('names each field and rule that is broken', () => {
    expect(errorsOf({ ...opened, eventId: '', type: 'case.lost', channel: 'fax' })).toEqual([
      'eventId:string(1..128)',
      'type:one-of',
    ]);
    expect(errorsOf({ ...opened, channel: 'fax' })).toEqual(['channel:one-of']);
    expect(errorsOf({ ...opened, serviceCode: 'MOJ-X' })).toEqual(['serviceCode:own-service']);
    expect(errorsOf({ ...opened, requestingAgency: 'NOPE' })).toEqual(['requestingAgency:known-agency']);
  });

  it('requires an offset and a plausible instant', () => {
    expect(errorsOf({ ...opened, occurredAt: '2026-03-01T10:00:00' })).toEqual(['occurredAt:iso8601-with-offset']);
    expect(errorsOf({ ...opened, occurredAt: '2026-03-01T12:06:00+03:00' })).toEqual(['occurredAt:not-in-future']);
    expect(errorsOf({ ...opened, occurredAt: '1999-12-31T23:00:00Z' })).toEqual(['occurredAt:not-before-2000']);
  });

  it('checks surveys on their scale', () => {
    const survey = { ...opened, type: 'survey.submitted', survey: { score: 4, scale: 'happiness3' } };
    expect(errorsOf(survey)).toEqual(['survey.score:integer-in-scale']);
    expect(errorsOf({ ...survey, survey: { score: 3, scale: 'happiness3' } })).toEqual([]);
    expect(errorsOf({ ...survey, survey: undefined })).toEqual(['survey:required']);
  });

  it('rejects what is not an object', () => {
    expect(errorsOf(42)).toEqual([':object']);
  });
});

describe('what Postgres could not store, and what the contract does not have', () => {
  it('names keys and strings with NUL or an unpaired surrogate', () => {
    expect(errorsOf({ ...opened, caseId: 'C\u0000', attributes: { 'k\ud800': 'v', ok: 'x\udc00' } })).toEqual([
      'caseId:printable',
      'caseId:storable-text',
      'attributes.k\ud800:storable-text',
      'attributes.ok:storable-text',
    ]);
  });

  it('keeps a copy of a rejected event that Postgres can store', () => {
    const deep = JSON.parse(`${'['.repeat(40)}"a\\u0000"${']'.repeat(40)}`);
    const copy = JSON.stringify(storableCopy({ deep, '\u0000': 'x\ud800' }));
    expect(copy).not.toMatch(/\\u0000|\\ud800/);
    expect(copy).toContain(`(nested deeper than ${MAX_KEPT_DEPTH} levels: not kept)`);
  });

  it('refuses unknown fields, prototype keys, impossible instants and infinite numbers', () => {
    expect(errorsOf({ ...opened, note: 'x', attributes: JSON.parse('{"__proto__": "x"}') })).toEqual(['attributes.__proto__:reserved-key', 'note:unknown-field']);
    expect(errorsOf({ ...opened, occurredAt: '2026-02-29T10:00:00+03:00' })).toEqual(['occurredAt:iso8601-with-offset']);
    expect(errorsOf({ ...opened, occurredAt: '2026-03-01T24:00:00Z' })).toEqual(['occurredAt:iso8601-with-offset']);
    expect(errorsOf({ ...opened, attributes: { n: Infinity } })).toEqual(['attributes:flat-object']);
  });
});
