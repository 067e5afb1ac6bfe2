import { BadRequestException } from '@nestjs/common';
import { csvRecords } from './csv-records';
import { duplicateKeys } from './duplicate-keys';
import { FeedItem, parseJsonAt } from './feed-items';
import { parseCsvBody } from './parse-csv-body';
import { parseJsonBody } from './parse-json-body';
import { parseNdjsonBody } from './parse-ndjson-body';
import { utf8Text } from './utf8-text';

function messageOf(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return String(((error as BadRequestException).getResponse() as { message: string }).message);
  }
  throw new Error('expected a 400');
}

const events = (items: FeedItem[]) => items.map((item) => ('event' in item ? item.event : item.unparseable.message));

describe('feed body parsers', () => {
  it('places a JSON error at its line and column, even where V8 names no position', () => {
    expect(parseJsonAt('[\n  {"a": 1},\n  }\n]')).toEqual({ ok: false, message: "Unexpected token '}' at line 3, column 3" });
    expect(parseJsonAt('[1, 2')).toEqual({ ok: false, message: "Expected ',' or ']' after array element at line 1, column 6" });
    expect(parseJsonAt('[{"a": 1}')).toEqual({ ok: false, message: "Expected ',' or ']' after array element at line 1, column 10" });
    expect(messageOf(() => parseJsonBody('{"eventId": "e1"}'))).toMatch(/must be a JSON array/);
  });

  it('rejects an unreadable NDJSON line at its index and keeps the others', () => {
    const items = parseNdjsonBody('{"n":1}\r\n\n{"n":2\n{"n":3}\n');
    expect(events(items)).toEqual([{ n: 1 }, 'line 3 is not valid JSON: Expected \',\' or \'}\' after property value at column 7', { n: 3 }]);
    expect(messageOf(() => parseNdjsonBody('nope\n[\n'))).toMatch(/No line of the body is valid JSON \(line 1 is not valid JSON/);
    expect(messageOf(() => parseNdjsonBody('\n \n'))).toMatch(/holds no events/);
  });

  it('splits RFC 4180 CSV: quotes, doubled quotes, commas and line breaks inside quotes, CRLF', () => {
    expect(csvRecords('a,b\r\n"x, ""y""","multi\nline"\r\n\r\nlast,\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'multi\nline'] },
      { line: 5, cells: ['last', ''] },
    ]);
    expect(messageOf(() => csvRecords('a,b\n"open,b\n'))).toBe('A quoted field opened at line 2, column 1 is never closed.');
    expect(messageOf(() => csvRecords('a,b\n"x"y,b\n'))).toBe('Line 2, column 4: a closing quote must be followed by a comma or the end of the line.');
  });

  it('turns CSV rows into events: nested columns, integer scores, empty cells absent', () => {
    const csv = [
      'eventId,type,caseId,serviceCode,occurredAt,channel,survey.score,survey.scale,attributes.branch',
      's1,survey.submitted,C-1,SVC,2026-01-01T10:00:00+03:00,web,4,csat5,',
      'o1,case.opened,C-2,SVC,2026-01-01T10:00:00+03:00,counter,,,"Doha, West"',
      'x1,case.opened,C-3',
      's2,survey.submitted,C-1,SVC,2026-01-01T10:00:00+03:00,web,four,csat5,',
    ].join('\n');
    expect(events(parseCsvBody(csv))).toEqual([
      { eventId: 's1', type: 'survey.submitted', caseId: 'C-1', serviceCode: 'SVC', occurredAt: '2026-01-01T10:00:00+03:00', channel: 'web', survey: { score: 4, scale: 'csat5' } },
      { eventId: 'o1', type: 'case.opened', caseId: 'C-2', serviceCode: 'SVC', occurredAt: '2026-01-01T10:00:00+03:00', channel: 'counter', attributes: { branch: 'Doha, West' } },
      'row 3 (line 4) has 3 cells; the header has 9',
      { eventId: 's2', type: 'survey.submitted', caseId: 'C-1', serviceCode: 'SVC', occurredAt: '2026-01-01T10:00:00+03:00', channel: 'web', survey: { score: 'four', scale: 'csat5' } },
    ]);
    expect(messageOf(() => parseCsvBody('eventId,colour\n1,red\n'))).toMatch(/Unknown CSV column\(s\) "colour"/);
    expect(messageOf(() => parseCsvBody('eventId,eventId\n1,2\n'))).toMatch(/named twice: eventId/);
  });
});

describe('duplicate keys and encodings', () => {
  it('finds the first key an object names twice, per array element, escapes decoded', () => {
    const text = '[{"a":1,"b":{"c":1,"c":2}},{"a":"x,\\"a\\":1"},{"t":1,"\\u0074":2,"t":3}]';
    expect([...duplicateKeys(text, true)]).toEqual([
      [0, 'b.c'],
      [2, 't'],
    ]);
    expect([...duplicateKeys('{"a":[{"k":1},{"k":1}],"a":2}', false)]).toEqual([[0, 'a']]);
  });

  it('reads UTF-8 only, naming where it is not', () => {
    expect(utf8Text(Buffer.from('\uFEFF[1]'))).toBe('[1]');
    expect(messageOf(() => utf8Text(Buffer.from([0x5b, 0x22, 0xe9, 0x22, 0x5d])))).toMatch(/offset 2 /);
    expect(messageOf(() => utf8Text(Buffer.from([0x5b, 0xed, 0xa0, 0x80])))).toMatch(/offset 1 /);
    expect(messageOf(() => utf8Text(Buffer.from('\uFEFF[]', 'utf16le')))).toMatch(/UTF-16/);
  });
});
