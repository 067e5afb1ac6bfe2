import { ONE_MB } from './bad-values';
import { feedCase, feedRequest, unreadable, validEvent } from './feed-support';
import { HostileCase } from './hostile-case';

const JSON_TYPE = 'application/json';
const NDJSON = 'application/x-ndjson';
const CSV = 'text/csv';
const GROUP = 'feed bodies';
const MB10 = 10 * 1024 * 1024;

const accepted = (name: string, contentType: string, body: string | Buffer, count: number, stored?: unknown[]) =>
  feedCase(GROUP, name, feedRequest(contentType, body), { status: 202, accepted: count, ...(stored ? { stored } : {}) });

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

function jsonCases(): HostileCase[] {
  const good = validEvent();
  const text = JSON.stringify([good]);
  const rejectedFirst = (name: string, first: string, field: string, rule: string, body?: string) => {
    const kept = validEvent();
    return feedCase(GROUP, name, feedRequest(JSON_TYPE, body ?? `[${first},${JSON.stringify(kept)}]`), {
      status: 202,
      accepted: 1,
      rejected: [{ index: 0, field, rule }],
      stored: [kept],
    });
  };
  const opening = validEvent();
  const openingJson = JSON.stringify(opening).slice(1, -1);
  return [
    unreadable(GROUP, 'JSON: empty body', JSON_TYPE, '', 'json'),
    unreadable(GROUP, 'JSON: only whitespace', JSON_TYPE, ' \n\t ', 'json'),
    unreadable(GROUP, 'JSON: truncated', JSON_TYPE, text.slice(0, text.length - 7), 'json'),
    unreadable(GROUP, 'JSON: a trailing comma', JSON_TYPE, `[${JSON.stringify(validEvent())},]`, 'json'),
    unreadable(GROUP, 'JSON: single quotes', JSON_TYPE, "[{'eventId': 'x'}]", 'json'),
    unreadable(GROUP, 'JSON: a NUL byte between tokens', JSON_TYPE, `[\u0000${JSON.stringify(validEvent())}]`, 'json'),
    unreadable(GROUP, 'JSON: a raw NUL byte inside a string', JSON_TYPE, `[{"eventId":"a\u0000b"}]`, 'json'),
    unreadable(GROUP, 'JSON: an object, not an array', JSON_TYPE, JSON.stringify(validEvent()), 'json-array'),
    unreadable(GROUP, 'JSON: null', JSON_TYPE, 'null', 'json-array'),
    unreadable(GROUP, 'JSON: a number', JSON_TYPE, '1e999', 'json-array'),
    unreadable(GROUP, 'JSON: a string', JSON_TYPE, '"[]"', 'json-array'),
    unreadable(GROUP, 'JSON: two BOMs', JSON_TYPE, `\uFEFF\uFEFF${JSON.stringify([validEvent()])}`, 'json'),
    unreadable(GROUP, 'JSON: UTF-16LE with its BOM', JSON_TYPE, Buffer.from(`\uFEFF${JSON.stringify([validEvent()])}`, 'utf16le'), 'utf-8'),
    unreadable(GROUP, 'JSON: Latin-1 bytes', JSON_TYPE, Buffer.from(JSON.stringify([validEvent('case.opened', { caseId: 'Café' })]), 'latin1'), 'utf-8'),
    unreadable(GROUP, 'JSON: an overlong UTF-8 sequence', JSON_TYPE, Buffer.concat([Buffer.from('["'), Buffer.from([0xc0, 0xaf]), Buffer.from('"]')]), 'utf-8'),
    accepted('JSON: a UTF-8 BOM', JSON_TYPE, `\uFEFF${JSON.stringify([good])}`, 1, [good]),
    accepted('JSON: an empty array', JSON_TYPE, '[]', 0),
    accepted('JSON: upper-case media type with charset', 'Application/JSON; charset=UTF-8', JSON.stringify([validEvent()]), 1),
    rejectedFirst('JSON: an event nested 100,000 deep', nested(100_000), '', 'object'),
    rejectedFirst('JSON: attributes nested 5,000 deep', JSON.stringify(validEvent()).replace(/}$/, `,"attributes":${deepObject(5000)}}`), 'attributes', 'flat-object'),
    rejectedFirst('JSON: an unknown field nested 5,000 deep', JSON.stringify(validEvent()).replace(/}$/, `,"extra":${nested(5000)}}`), 'extra', 'unknown-field'),
    rejectedFirst('JSON: an escaped NUL in caseId', JSON.stringify(validEvent()).replace(/"caseId":"[^"]*"/, '"caseId":"A\\u0000B"'), 'caseId', 'storable-text'),
    rejectedFirst('JSON: an escaped unpaired surrogate in eventId', JSON.stringify(validEvent()).replace(/"eventId":"[^"]*"/, '"eventId":"x\\udc00"'), 'eventId', 'storable-text'),
    rejectedFirst('JSON: a number too large for a double in attributes', JSON.stringify(validEvent()).replace(/}$/, ',"attributes":{"n":1e400}}'), 'attributes', 'flat-object'),
    rejectedFirst('JSON: score too large for a double', JSON.stringify(validEvent('survey.submitted')).replace('"score":4', '"score":1e400'), 'survey.score', 'integer-in-scale'),
    rejectedFirst('JSON: a duplicate key', `{${openingJson},"type":"case.closed"}`, 'type', 'duplicate-key'),
    rejectedFirst('JSON: a duplicate key spelt with an escape', `{${openingJson},"\\u0074ype":"case.opened"}`, 'type', 'duplicate-key'),
    rejectedFirst('JSON: a __proto__ key', `{${openingJson},"__proto__":{"polluted":true}}`, '__proto__', 'unknown-field'),
    rejectedFirst('JSON: constructor.prototype', `{${openingJson},"constructor":{"prototype":{"polluted":true}}}`, 'constructor', 'unknown-field'),
    rejectedFirst('JSON: __proto__ in attributes', `{${openingJson},"attributes":{"__proto__":"x"}}`, 'attributes.__proto__', 'reserved-key'),
    rejectedFirst('JSON: __proto__ in survey', JSON.stringify(validEvent('survey.submitted')).replace('"score":4', '"__proto__":{"score":4},"score":4'), 'survey.__proto__', 'unknown-field'),
  ];
}

function ndjsonCases(): HostileCase[] {
  const [first, second] = [validEvent(), validEvent()];
  const line = (event: unknown) => JSON.stringify(event);
  const partial = (name: string, lines: string[], rejectedIndex: number, field: string, rule: string, stored: unknown[]) =>
    feedCase(GROUP, name, feedRequest(NDJSON, lines.join('\n')), { status: 202, accepted: stored.length, rejected: [{ index: rejectedIndex, field, rule }], stored });
  const [a, b, c, d, e] = [validEvent(), validEvent(), validEvent(), validEvent(), validEvent()];
  return [
    unreadable(GROUP, 'NDJSON: empty body', NDJSON, '', 'ndjson'),
    unreadable(GROUP, 'NDJSON: only blank lines', NDJSON, '\n\r\n \n', 'ndjson'),
    unreadable(GROUP, 'NDJSON: no line is JSON', NDJSON, 'nope\n{"a":\n', 'ndjson'),
    unreadable(GROUP, 'NDJSON: Latin-1 bytes', NDJSON, Buffer.from(line(validEvent('case.opened', { caseId: 'Été' })), 'latin1'), 'utf-8'),
    accepted('NDJSON: CRLF, a BOM and blank lines', NDJSON, `\uFEFF${line(first)}\r\n\r\n${line(second)}\r\n`, 2, [first, second]),
    partial('NDJSON: a truncated last line', [line(a), line(validEvent()).slice(0, 30)], 1, '', 'json', [a]),
    partial('NDJSON: a raw NUL byte in a line', [`{"eventId":"\u0000"}`, line(b)], 0, '', 'json', [b]),
    partial('NDJSON: a line that is an array', [line([validEvent()]), line(c)], 0, '', 'object', [c]),
    partial('NDJSON: a line nested 100,000 deep', [nested(100_000), line(d)], 0, '', 'object', [d]),
    partial('NDJSON: a 1 MB line of garbage', [ONE_MB, line(e)], 0, '', 'json', [e]),
  ];
}

const HEADER = 'eventId,type,caseId,serviceCode,occurredAt,channel';
const row = (event: Record<string, unknown>) => [event['eventId'], event['type'], event['caseId'], event['serviceCode'], event['occurredAt'], event['channel']].join(',');

function csvCases(): HostileCase[] {
  const [a, b, c, d] = [validEvent(), validEvent(), validEvent(), validEvent()];
  const partial = (name: string, body: string, rejectedIndex: number, field: string, rule: string, stored: unknown[]) =>
    feedCase(GROUP, name, feedRequest(CSV, body), { status: 202, accepted: stored.length, rejected: [{ index: rejectedIndex, field, rule }], stored });
  const protoEvent = validEvent();
  return [
    unreadable(GROUP, 'CSV: empty body', CSV, '', 'csv'),
    unreadable(GROUP, 'CSV: a header and no rows', CSV, `${HEADER}\r\n`, 'csv'),
    unreadable(GROUP, 'CSV: an unknown column', CSV, `${HEADER},colour\r\n${row(validEvent())},red\r\n`, 'csv-header'),
    unreadable(GROUP, 'CSV: a column named twice', CSV, `${HEADER},caseId\r\n${row(validEvent())},X\r\n`, 'csv-header'),
    unreadable(GROUP, 'CSV: an unclosed quote', CSV, `${HEADER}\r\n"${row(validEvent())}\r\n`, 'csv'),
    unreadable(GROUP, 'CSV: text after a closing quote', CSV, `${HEADER}\r\n"a"b,${row(validEvent()).slice(2)}\r\n`, 'csv'),
    unreadable(GROUP, 'CSV: Windows-1256 bytes', CSV, Buffer.concat([Buffer.from(`${HEADER}\r\n`), Buffer.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7])]), 'utf-8'),
    unreadable(GROUP, 'CSV: a NUL byte in the header', CSV, `event\u0000Id,type\r\nx,case.opened\r\n`, 'csv-header'),
    accepted('CSV: a BOM, LF line ends, quoted cells', CSV, `\uFEFF${HEADER}\n"${String(a['eventId'])}",${row(a).split(',').slice(1).join(',')}\n`, 1, [a]),
    partial('CSV: a row with one cell too many', `${HEADER}\r\n${row(validEvent())},extra\r\n${row(b)}\r\n`, 0, '', 'csv-row', [b]),
    partial('CSV: a row with one cell too few', `${HEADER}\r\n${row(validEvent()).replace(/,web$/, '')}\r\n${row(c)}\r\n`, 0, '', 'csv-row', [c]),
    partial('CSV: a NUL in a cell', `${HEADER}\r\n${row(validEvent()).replace(/^hostile/, 'nul\u0000')}\r\n${row(d)}\r\n`, 0, 'eventId', 'storable-text', [d]),
    feedCase(GROUP, 'CSV: an attributes.__proto__ column', feedRequest(CSV, `${HEADER},attributes.__proto__\r\n${row(protoEvent)},x\r\n`), {
      status: 202,
      accepted: 0,
      rejected: [{ index: 0, field: 'attributes.__proto__', rule: 'reserved-key' }],
    }),
  ];
}

function transportCases(): HostileCase[] {
  const body = JSON.stringify([validEvent()]);
  const padded = (size: number) => `${JSON.stringify([validEvent()])}${' '.repeat(size)}`;
  const slow = [validEvent(), validEvent()];
  const slowText = JSON.stringify(slow);
  const third = Math.ceil(slowText.length / 3);
  const tooMany = Array.from({ length: 10_001 }, (_, n) => `{"n":${n}}`).join('\n');
  const wrongType = (contentType: string) =>
    feedCase(GROUP, `type ${contentType || '(none)'}`, feedRequest(contentType, body), { status: 415, errors: [{ field: 'Content-Type', rule: 'media-type' }] });
  return [
    ...['', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json-patch+json', 'application/octet-stream', 'json'].map(wrongType),
    ...['application/json; charset=iso-8859-1', 'text/csv; charset=windows-1256', 'application/x-ndjson; charset=utf-16'].map((contentType) =>
      feedCase(GROUP, `type ${contentType}`, feedRequest(contentType, body), { status: 415, errors: [{ field: 'Content-Type', rule: 'charset' }] }),
    ),
    feedCase(GROUP, 'a body of 10 MB + 1 byte', feedRequest(JSON_TYPE, padded(MB10 + 1 - Buffer.byteLength(body))), { status: 413, errors: [{ field: 'body', rule: 'max-bytes' }] }),
    feedCase(GROUP, 'a chunked body past 10 MB', { method: 'POST', path: '/api/v1/events', headers: { 'Content-Type': JSON_TYPE }, chunks: { parts: ['[', ' '.repeat(6 * 1024 * 1024), ' '.repeat(6 * 1024 * 1024), ']'], pauseMs: 0 } }, { status: 413, errors: [{ field: 'body', rule: 'max-bytes' }] }),
    feedCase(GROUP, '10,001 NDJSON events', feedRequest(NDJSON, tooMany), { status: 413, errors: [{ field: 'body', rule: 'max-events' }] }),
    feedCase(GROUP, 'a slow body in three parts, 300 ms apart', { method: 'POST', path: '/api/v1/events', headers: { 'Content-Type': JSON_TYPE }, chunks: { parts: [slowText.slice(0, third), slowText.slice(third, 2 * third), slowText.slice(2 * third)], pauseMs: 300 } }, { status: 202, accepted: 2, stored: slow }),
  ];
}

function authCases(): HostileCase[] {
  const body = JSON.stringify([validEvent()]);
  const withAuthorization = (name: string, authorization: string | undefined, rule: string) => ({
    group: GROUP,
    name,
    as: 'anonymous' as const,
    request: feedRequest(JSON_TYPE, body, authorization === undefined ? {} : { Authorization: authorization }),
    expect: { status: 401, errors: [{ field: 'Authorization', rule }] },
  });
  return [
    withAuthorization('no feed key', undefined, 'bearer'),
    withAuthorization('an unknown feed key', 'Bearer fk_nope', 'feed-key'),
    withAuthorization('an empty bearer', 'Bearer ', 'bearer'),
    withAuthorization('a 10 KB key', `Bearer ${'k'.repeat(10_000)}`, 'feed-key'),
    withAuthorization('basic authentication', 'Basic YWRtaW46YWRtaW4=', 'bearer'),
    withAuthorization('SQL in the key', "Bearer ' OR '1'='1", 'bearer'),
  ];
}

export function feedBodyCases(): HostileCase[] {
  return [...jsonCases(), ...ndjsonCases(), ...csvCases(), ...transportCases(), ...authCases()];
}
