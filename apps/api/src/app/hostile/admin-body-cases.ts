import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSTORABLE_STRINGS, WRONG_TYPES } from './bad-values';
import { Expectation, HostileCase } from './hostile-case';

const GROUP = 'administration bodies';
const JSON_TYPE = 'application/json';

let sequence = 0;
const nextCode = () => `HOSTILE-${(sequence += 1)}`;

function post(name: string, path: string, body: string | Buffer, expect: Expectation, contentType = JSON_TYPE, headers: Record<string, string> = {}): HostileCase {
  return { group: GROUP, name, as: 'central_office', request: { method: 'POST', path, headers: { 'Content-Type': contentType, ...headers }, body }, expect };
}

const TEXT_PROBLEMS: readonly [string, unknown][] = [...WRONG_TYPES, ['only spaces', '   ']];

function agencyFieldCases(): HostileCase[] {
  const agency = (field: string, value: unknown) => JSON.stringify({ code: nextCode(), nameAr: 'وزارة', nameEn: 'Ministry', [field]: value });
  const cases: HostileCase[] = [];
  for (const [label, value] of [...TEXT_PROBLEMS, ...UNSTORABLE_STRINGS, ['lower case', 'moi'], ['SQL', "X'); DROP TABLE agency; --"]] as [string, unknown][]) {
    cases.push(post(`agency code ${label}`, '/api/v1/agencies', agency('code', value), { status: 400, errors: [{ field: 'code', rule: 'code' }] }));
  }
  for (const field of ['nameAr', 'nameEn']) {
    for (const [label, value] of TEXT_PROBLEMS) cases.push(post(`agency ${field} ${label}`, '/api/v1/agencies', agency(field, value), { status: 400, errors: [{ field, rule: 'text' }] }));
    for (const [label, value] of UNSTORABLE_STRINGS) cases.push(post(`agency ${field} ${label}`, '/api/v1/agencies', agency(field, value), { status: 400, errors: [{ field, rule: 'storable-text' }] }));
    cases.push(post(`agency ${field} missing`, '/api/v1/agencies', JSON.stringify({ code: nextCode(), nameAr: 'x', nameEn: 'x', [field]: undefined }), { status: 400, errors: [{ field, rule: 'text' }] }));
  }
  return cases;
}

function calendar(extra: Record<string, unknown>): string {
  const definition = JSON.parse(readFileSync(join(__dirname, '../../../../../seed-data/calendars/qatar-24x7.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...definition, code: nextCode(), ...extra });
}

function bodyCases(): HostileCase[] {
  const valid = JSON.stringify({ code: nextCode(), nameAr: 'وزارة', nameEn: 'Ministry' });
  const body = (status: number, field: string, rule: string): Expectation => ({ status, errors: [{ field, rule }] });
  return [
    post('JSON truncated', '/api/v1/agencies', valid.slice(0, -5), body(400, 'body', 'json')),
    post('JSON with a trailing comma', '/api/v1/agencies', valid.replace(/}$/, ',}'), body(400, 'body', 'json')),
    post('JSON null', '/api/v1/agencies', 'null', body(400, 'body', 'json')),
    post('JSON a bare string', '/api/v1/agencies', '"x"', body(400, 'body', 'json')),
    post('an array body', '/api/v1/agencies', '[]', body(400, '', 'object')),
    post('an empty body', '/api/v1/agencies', '', body(400, 'code', 'code')),
    post('a body nested 100,000 deep', '/api/v1/agencies', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, body(400, 'code', 'code')),
    post('a body over 10 MB', '/api/v1/agencies', `{"code":"${'x'.repeat(10 * 1024 * 1024)}"}`, body(413, 'body', 'max-bytes')),
    post('text/plain', '/api/v1/agencies', valid, body(400, '', 'object'), 'text/plain'),
    post('form-encoded', '/api/v1/agencies', 'code=X&nameAr=y&nameEn=z', body(400, 'code', 'code'), 'application/x-www-form-urlencoded'),
    post('charset Latin-1', '/api/v1/agencies', valid, body(415, 'Content-Type', 'charset'), 'application/json; charset=iso-8859-1'),
    post('Content-Encoding compress', '/api/v1/agencies', valid, body(415, 'Content-Encoding', 'encoding'), JSON_TYPE, { 'Content-Encoding': 'compress' }),
    post('brotli that is not brotli', '/api/v1/agencies', valid, body(400, 'body', 'readable'), JSON_TYPE, { 'Content-Encoding': 'br' }),
    post('gzip that is not gzip', '/api/v1/agencies', valid, body(400, 'body', 'readable'), JSON_TYPE, { 'Content-Encoding': 'gzip' }),
    post('a __proto__ key', '/api/v1/agencies', `{"__proto__":{"code":"${nextCode()}"},"nameAr":"x","nameEn":"y"}`, body(400, 'code', 'code')),
    post('constructor.prototype', '/api/v1/agencies', `{"constructor":{"prototype":{"code":"X"}},"nameAr":"x","nameEn":"y"}`, body(400, 'code', 'code')),
    post('calendar name with NUL', '/api/v1/calendars', calendar({ nameEn: 'Cal\u0000' }), body(400, 'nameEn', 'storable-text')),
    post('calendar weekly a string', '/api/v1/calendars', calendar({ weekly: 'always' }), { status: 400, errors: [{ field: 'weekly', rule: '*' }] }),
  ];
}

export function adminBodyCases(): HostileCase[] {
  return [...agencyFieldCases(), ...bodyCases()];
}
