import { csvRecords } from './csv-records';
import { FeedItem, unreadableBody } from './feed-items';

const PLAIN_COLUMNS = ['eventId', 'type', 'caseId', 'serviceCode', 'occurredAt', 'channel', 'requestingAgency', 'reason'];
const SURVEY_COLUMNS = ['survey.score', 'survey.scale'];
const ATTRIBUTE_COLUMN = /^attributes\.(.+)$/;
const INTEGER = /^[+-]?\d+$/;

function checkHeader(header: readonly string[]): void {
  const unknown = header.filter((name) => !PLAIN_COLUMNS.includes(name) && !SURVEY_COLUMNS.includes(name) && !ATTRIBUTE_COLUMN.test(name));
  if (unknown.length > 0) {
    throw unreadableBody(
      'csv-header',
      `Unknown CSV column(s) ${unknown.map((name) => `"${name}"`).join(', ')}; the columns are ${[...PLAIN_COLUMNS, ...SURVEY_COLUMNS].join(', ')} and attributes.<name>.`,
    );
  }
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (repeated.length > 0) throw unreadableBody('csv-header', `CSV column(s) named twice: ${[...new Set(repeated)].join(', ')}.`);
}

/** A row as the JSON event it stands for: empty cells are absent, `survey.score` an integer when it is one. */
function eventOf(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const survey: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};
  header.forEach((name, index) => {
    const value = cells[index] ?? '';
    if (value === '') return;
    const attribute = ATTRIBUTE_COLUMN.exec(name)?.[1];
    // A data property even for `__proto__`, so validation sees (and refuses) the name as sent.
    if (attribute !== undefined) Object.defineProperty(attributes, attribute, { value, enumerable: true, writable: true, configurable: true });
    else if (name === 'survey.score') survey['score'] = INTEGER.test(value) ? Number(value) : value;
    else if (name === 'survey.scale') survey['scale'] = value;
    else event[name] = value;
  });
  if (Object.keys(survey).length > 0) event['survey'] = survey;
  if (Object.keys(attributes).length > 0) event['attributes'] = attributes;
  return event;
}

/**
 * `text/csv` with a header row naming the fields (nested ones as `survey.score`, `survey.scale`,
 * `attributes.<name>`). A row with more or fewer cells than the header is a rejected event.
 */
export function parseCsvBody(text: string): FeedItem[] {
  const [headerRecord, ...rows] = csvRecords(text);
  if (!headerRecord) throw unreadableBody('csv', 'The body holds no CSV: send a header row, then one row per event.');
  const header = headerRecord.cells.map((name) => name.trim());
  checkHeader(header);
  if (rows.length === 0) throw unreadableBody('csv', 'The CSV has a header row but no events.');
  return rows.map((row, index): FeedItem => {
    if (row.cells.length === header.length) return { event: eventOf(header, row.cells) };
    const message = `row ${index + 1} (line ${row.line}) has ${row.cells.length} cells; the header has ${header.length}`;
    return { unparseable: { field: '', rule: 'csv-row', message }, raw: row.cells.join(',') };
  });
}
